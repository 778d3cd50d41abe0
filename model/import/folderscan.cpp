#include "folderscan.h"
#include "parallel.h"
#include "safewrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <dirent.h>
#include <sys/stat.h>

#include <memory>

namespace apim {

namespace {

struct ImporterTr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// What one folder holds: its sub-folders to walk next, its files read.
struct FolderContent
{
    QStringList folders;
    ImportedFiles files;
    QString errorPath; // the first file, by path, that could not be read
    QString error;
};

bool isTomlName(const QString &name)
{
    return name.endsWith(QLatin1String(".toml"), Qt::CaseInsensitive);
}

void scanOne(const QString &folder, FolderContent *out)
{
    const QByteArray native = QFile::encodeName(folder);
    const std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(native.constData()), ::closedir);
    if (!dir)
        return; // QDirIterator passes over a folder it cannot open, too
    // Entries are "folder/name", or "folder" + name when it ends in a slash already.
    const QByteArray prefix = native.endsWith('/') ? native : native + '/';
    while (const dirent *e = ::readdir(dir.get())) {
        if (e->d_name[0] == '.')
            continue; // ".", ".." and hidden entries
        const QByteArray path = prefix + e->d_name;
        unsigned char type = e->d_type;
        bool link = type == DT_LNK;
        if (type == DT_UNKNOWN || link) {
            struct stat st
            {
            };
            if (::lstat(path.constData(), &st) != 0)
                continue;
            // A link counts as what it points at, but a link to a folder is not followed.
            link = S_ISLNK(st.st_mode);
            if (link && ::stat(path.constData(), &st) != 0)
                continue; // a dangling link
            // As QDirIterator: a link to a device or FIFO is listed (the read then refuses
            // it with a message), a FIFO itself is not.
            type = S_ISDIR(st.st_mode) ? DT_DIR : (S_ISREG(st.st_mode) || link) ? DT_REG : DT_UNKNOWN;
        }
        if (type == DT_DIR) {
            if (!link)
                out->folders.append(QFile::decodeName(path));
            continue;
        }
        const QString name = QFile::decodeName(e->d_name);
        if (type != DT_REG || !isTomlName(name))
            continue;
        ImportedFile f;
        f.path = QFile::decodeName(path);
        f.namingPath = QFileInfo(f.path).absoluteFilePath();
        QString error;
        if (!readDiskFile(f.path, &f.text, &error)) {
            if (out->errorPath.isEmpty() || f.path < out->errorPath) {
                out->errorPath = f.path;
                out->error = error;
            }
            continue;
        }
        out->files.append(std::move(f));
    }
}

} // namespace

bool readDiskFile(const QString &path, QByteArray *data, QString *error)
{
    // A FIFO would hang and /dev/zero would never end: only regular files are read.
    // The size is checked by the reader (one byte over the limit is kept for its message).
    if (!checkInputFile(path, -1, error))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = ImporterTr::tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *data = f.size() > TomlLimits::MaxFileBytes ? f.read(TomlLimits::MaxFileBytes + 1) : f.readAll();
    return true;
}

bool scanTomlFolder(const QString &folder, ImportedFiles *found, QString *error)
{
    // Level by level: each level's folders are listed, and their files read, in parallel.
    QStringList level{folder};
    QString errorPath;
    while (!level.isEmpty()) {
        QList<FolderContent> contents(level.size());
        FolderContent *const content = contents.data();
        parallel::forEach(level.size(),
                          [&level, content](qsizetype i) { scanOne(level.at(i), &content[i]); });
        QStringList next;
        for (FolderContent &c : contents) {
            next.append(c.folders);
            found->append(std::move(c.files));
            if (!c.errorPath.isEmpty() && (errorPath.isEmpty() || c.errorPath < errorPath)) {
                errorPath = c.errorPath;
                *error = c.error;
            }
        }
        level = std::move(next);
    }
    return errorPath.isEmpty();
}

} // namespace apim
