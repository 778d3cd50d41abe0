// The one way every output reaches the disk (project save, recovery file, zip,
// `new -o`, `import -o`), and the one check every input path passes first.
//
// Qt 6.4's QSaveFile::commit() ignores a failed final flush, so a full disk could
// replace a good file with a short one and report success. This writer checks
// every step itself: a temporary beside the target, every write(), fsync() of the
// file, close(), an atomic rename, fsync() of the folder. On any failure the old
// file is byte-identical, the temporary is gone and the message says why in words.
#pragma once

#include <QByteArray>
#include <QString>

namespace apim {

struct WriteOptions
{
    // Replace an existing regular file. Never a folder, a device or a symbolic link.
    bool overwrite = true;
    // 0600 whatever the umask: the file may hold passwords. Otherwise 0644.
    bool privateFile = true;
    // false: rewrite the file in place (folders where rename fails: some network and
    // sync drives). Still checked; on failure the old bytes are written back.
    bool atomic = true;
    // Appended to "already exists": how the user asks for replacing ("use --force ...").
    QString replaceHint;
};

// Writes `data` to `path` as described above. Returns false with `error` filled.
bool writeFileSafely(const QString &path, const QByteArray &data, const WriteOptions &options,
                     QString *error);

// An errno value in words ("no space left on device"), translated.
QString errnoText(int errnum);

// errnoText() plus, for a full disk or quota, the sizes: "12 KB needed, 4 KB free".
QString writeErrorText(int errnum, const QString &folder, qint64 needed);

// "4 KB", "1.2 MB": sizes in messages.
QString sizeText(qint64 bytes);

// Fsyncs a folder so that a rename or a new entry in it survives a power loss.
bool syncFolder(const QString &folder, QString *error);

// True when `path` (after following symbolic links) is a regular file no bigger
// than `maxBytes`. FIFOs, devices, sockets and folders are refused without
// opening them, so that a named pipe cannot hang the program.
bool checkInputFile(const QString &path, qint64 maxBytes, QString *error);

// rename(2) that fails with EEXIST instead of replacing (RENAME_NOREPLACE, or a
// check-then-rename where the file system lacks it). Returns 0 or an errno value.
int renameNoReplace(const QString &from, const QString &to);
// Swaps two existing paths in one step (RENAME_EXCHANGE). Returns 0, or an errno
// value; EINVAL / ENOSYS mean the file system cannot, and nothing changed.
int renameExchange(const QString &a, const QString &b);

} // namespace apim
