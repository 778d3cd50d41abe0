// Writes a generated bundle to disk, as a zip or as a folder tree.
//
// Both writers are deterministic and atomic: the same files give the same bytes
// (sorted entries, fixed DOS time 1980-01-01 00:00, fixed compression level, no
// directory entries), and a failure never leaves a half-written result at the
// target nor touches what was there before.
#pragma once

#include "bundlefile.h"

#include <QString>
#include <QStringList>

namespace apim {

struct BundleWriteOptions
{
    bool overwrite = false;
    // How the user asks for replacing, appended to "already exists" (the CLI names
    // --force, the GUI its dialog).
    QString replaceHint;
    // Files a replaced folder must not contain (the project, the import sources).
    QStringList keepPaths;
};

// The hidden file in every bundle folder the tool writes. It lists the files written,
// so that a later export replaces that folder only while it holds nothing else.
inline const QString BundleMarkerName = QStringLiteral(".apim-designer-bundle");

// True when `path` is usable as a bundle entry: relative, '/'-separated, no
// empty, "." or ".." segments, no backslash, no NUL, not absolute. Otherwise
// fills `reason` (translated) and returns false.
bool isSafeBundlePath(const QString &path, QString *reason = nullptr);

// Checks every path, duplicates and file/folder clashes ("a" and "a/b").
bool validateBundleFiles(const BundleFiles &files, QString *error);

// Replaces the file's data by its raw deflate at the zip writer's level (BundleFile::deflated),
// so that an export can compress each file as soon as it is generated. Thread-safe; on
// failure the file stays as it was (and the writer reports it).
void deflateBundleFile(BundleFile &file);

// Writes `files` as a zip at `zipPath` through a QSaveFile. Fails when the
// target exists and `overwrite` is false, or when it is a directory.
bool writeBundleZip(const BundleFiles &files, const QString &zipPath, bool overwrite, QString *error);
// The zip is built in memory and written by writeFileSafely() (0600, checked to the end).
bool writeBundleZip(const BundleFiles &files, const QString &zipPath, const BundleWriteOptions &options,
                    QString *error);
// The same, dropping each file's data once it is deflated (the export's own files).
bool writeBundleZip(BundleFiles &&files, const QString &zipPath, const BundleWriteOptions &options,
                    QString *error);

// Writes `files` under `dirPath`, built in a sibling temporary folder (every file
// and folder fsynced) and renamed into place in one step. With `overwrite` an
// existing folder is replaced (one rename-exchange where the file system has it)
// only when the tool wrote it (BundleMarkerName) and it holds nothing else; the
// current folder, its parents, home, "/", mount points and folders holding a
// keepPaths file are always refused. Leftovers of interrupted runs are removed.
// The parent folder must exist. Implemented in bundlefolder.cpp.
bool writeBundleDirectory(const BundleFiles &files, const QString &dirPath, bool overwrite, QString *error);
bool writeBundleDirectory(const BundleFiles &files, const QString &dirPath, const BundleWriteOptions &options,
                          QString *error);

namespace bundlewriter {
// Entries in path order, whatever order the generators produced them in.
QList<const BundleFile *> sortedByPath(const BundleFiles &files);
QString unsafePathMessage(const QString &path, const QString &reason);
} // namespace bundlewriter

} // namespace apim
