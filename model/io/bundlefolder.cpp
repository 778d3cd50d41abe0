// Folder export: never deletes what the tool did not write, and is atomic.
#include "bundlewriter.h"
#include "safewrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>

#include <cerrno>
#include <sys/stat.h>

namespace apim {

namespace {

constexpr int DirectoryMode = 0755;
// The marker's first line; the rest lists the files the tool wrote, one a line.
const QByteArray MarkerHeader = QByteArrayLiteral("apim-designer bundle folder: written by the tool; "
                                                  "an export with --force replaces this folder.\n");
// How many foreign entries a refusal names before "and N more".
constexpr int ShownEntries = 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("BundleWriter", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QFileDevice::Permissions toPermissions(int mode)
{
    QFileDevice::Permissions p;
    const QFileDevice::Permission bits[] = {
        QFileDevice::ExeOther, QFileDevice::WriteOther, QFileDevice::ReadOther,
        QFileDevice::ExeGroup, QFileDevice::WriteGroup, QFileDevice::ReadGroup,
        QFileDevice::ExeOwner, QFileDevice::WriteOwner, QFileDevice::ReadOwner,
    };
    for (int i = 0; i < 9; ++i) {
        if (mode & (1 << i))
            p |= bits[i];
    }
    return p;
}

dev_t deviceOf(const QString &path, bool *ok)
{
    struct stat st
    {
    };
    *ok = ::lstat(QFile::encodeName(path).constData(), &st) == 0;
    return st.st_dev;
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/')) || folder == QLatin1String("/");
}

QString canonicalOrClean(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : canonical;
}

// Folders that no export may replace, whatever the options: losing them loses work.
bool refuseProtectedFolder(const QString &given, const QString &target, const BundleWriteOptions &options,
                           QString *error)
{
    QString trimmed = given;
    while (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QString last = trimmed.section(QLatin1Char('/'), -1);
    const QString real = canonicalOrClean(target);
    const auto refuse = [&](const QString &why) {
        return fail(error, tr("Refusing to replace %1: %2. Nothing was written; give a new folder name.")
                               .arg(shown(target), why));
    };
    if (last == QLatin1String(".") || last == QLatin1String(".."))
        return refuse(tr("\".\" and \"..\" name folders that hold other work"));
    if (real == QLatin1String("/"))
        return refuse(tr("it is the root folder"));
    if (real == canonicalOrClean(QDir::homePath()))
        return refuse(tr("it is your home folder"));
    if (isInside(canonicalOrClean(QDir::currentPath()), real))
        return refuse(tr("it is the current folder or one of its parents"));
    for (const QString &keep : options.keepPaths) {
        if (!keep.isEmpty() && isInside(canonicalOrClean(keep), real))
            return refuse(tr("it holds %1, which the export reads").arg(shown(keep)));
    }
    return true;
}

// Lists what is in `folder` (relative paths, folders with a trailing '/'); stops at
// another file system so that a mount inside is reported, never walked into.
QStringList entriesOf(const QString &folder, bool *crossesMount)
{
    bool ok = false;
    const dev_t device = deviceOf(folder, &ok);
    *crossesMount = false;
    QStringList out;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        bool same = false;
        if (deviceOf(path, &same) != device && same)
            *crossesMount = true;
        const QFileInfo info = it.fileInfo();
        out.append(QDir(folder).relativeFilePath(path) +
                   (info.isDir() && !info.isSymLink() ? QStringLiteral("/") : QString()));
    }
    out.sort();
    return out;
}

QSet<QString> markedFiles(const QString &folder, bool *hasMarker)
{
    QFile marker(folder + QLatin1Char('/') + BundleMarkerName);
    QSet<QString> files;
    *hasMarker = false;
    if (!QFileInfo(marker.fileName()).isFile() || QFileInfo(marker.fileName()).isSymLink() ||
        !marker.open(QIODevice::ReadOnly))
        return files;
    const QByteArray data = marker.read(qint64(16) * 1024 * 1024);
    if (!data.startsWith(MarkerHeader))
        return files;
    *hasMarker = true;
    for (const QByteArray &line : data.mid(MarkerHeader.size()).split('\n')) {
        if (!line.isEmpty())
            files.insert(QString::fromUtf8(line));
    }
    return files;
}

QString listed(const QStringList &entries)
{
    QStringList head = entries.mid(0, ShownEntries);
    QString text = head.join(QLatin1String(", "));
    if (entries.size() > ShownEntries)
        text += tr(" and %1 more").arg(entries.size() - ShownEntries);
    return text;
}

// An existing folder may be replaced only when it is the tool's, unchanged but for its own files.
bool checkReplaceable(const QString &target, QString *error)
{
    bool crossesMount = false;
    const QStringList entries = entriesOf(target, &crossesMount);
    bool parentOk = false, targetOk = false;
    if (deviceOf(target, &targetOk) != deviceOf(QFileInfo(target).absolutePath(), &parentOk) || crossesMount)
        return fail(error, tr("Refusing to replace %1: it is or holds a mount point; its files belong to "
                              "another file system. Nothing was written.")
                               .arg(shown(target)));
    bool hasMarker = false;
    const QSet<QString> ours = markedFiles(target, &hasMarker);
    QStringList foreign;
    for (const QString &entry : entries) {
        const bool folder = entry.endsWith(QLatin1Char('/'));
        if (entry == BundleMarkerName || (!folder && ours.contains(entry)))
            continue;
        // A folder is ours when one of our files lies inside it.
        bool holdsOurs = false;
        for (const QString &file : ours)
            holdsOurs = holdsOurs || (folder && file.startsWith(entry));
        if (!holdsOurs)
            foreign.append(entry);
    }
    if (!hasMarker)
        return fail(error, tr("Refusing to replace %1 even with --force: the tool did not write it (it has "
                              "no %2 file). Replacing it would delete %3. Choose an empty or new folder.")
                               .arg(shown(target), BundleMarkerName,
                                    entries.isEmpty() ? tr("nothing, but it is not ours") : listed(entries)));
    if (!foreign.isEmpty())
        return fail(error, tr("Refusing to replace %1 even with --force: it holds files the tool did not "
                              "write, which would be lost: %2. Move them away first.")
                               .arg(shown(target), listed(foreign)));
    return true;
}

// Removes a folder of ours with its marker last, so that a kill in the middle
// leaves a folder the next run still recognises as ours.
void removeOurFolder(const QString &folder)
{
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName() == BundleMarkerName)
            continue;
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(entry.absoluteFilePath());
    }
    QFile::remove(folder + QLatin1Char('/') + BundleMarkerName);
    QDir().rmdir(folder);
}

// .NAME.tmp-* and .NAME.old-* left by an interrupted run: removed only when they carry our marker.
void removeLeftovers(const QString &parent, const QString &name)
{
    const QStringList patterns{QLatin1Char('.') + name + QLatin1String(".tmp-*"),
                               QLatin1Char('.') + name + QLatin1String(".old-*")};
    const QFileInfoList found = QDir(parent).entryInfoList(
        patterns, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &info : found) {
        bool hasMarker = false;
        markedFiles(info.absoluteFilePath(), &hasMarker);
        if (hasMarker || QDir(info.absoluteFilePath())
                             .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
            removeOurFolder(info.absoluteFilePath());
    }
}

// `atomic` for the marker: a killed run leaves either a whole marker or none.
bool writeOneFile(const QString &dest, const BundleFile &f, QString *error, bool atomic = false)
{
    WriteOptions options;
    options.overwrite = false;
    options.atomic = atomic; // the rest is inside a private temporary folder: nothing to keep
    options.privateFile = true;
    if (!writeFileSafely(dest, f.data, options, error))
        return false;
    // Set explicitly so that the umask cannot change the result.
    if (!QFile::setPermissions(dest, toPermissions(f.mode())))
        return fail(error, tr("Cannot set the permissions of %1.").arg(shown(dest)));
    return true;
}

// Fills `root` (the temporary folder): the marker first, so that a leftover is recognisable.
bool fillFolder(const QString &root, const BundleFiles &files, QString *error)
{
    QByteArray marker = MarkerHeader;
    for (const BundleFile *f : bundlewriter::sortedByPath(files))
        marker += f->path.toUtf8() + '\n';
    BundleFile markerFile;
    markerFile.path = BundleMarkerName;
    markerFile.data = marker;
    if (!writeOneFile(root + QLatin1Char('/') + BundleMarkerName, markerFile, error, true))
        return false;

    const QString rootPrefix = root + QLatin1Char('/');
    QStringList madeFolders;
    for (const BundleFile *f : bundlewriter::sortedByPath(files)) {
        const QString dest = rootPrefix + f->path;
        // Validation already excludes this; kept as a last guard against escaping.
        if (!QDir::cleanPath(dest).startsWith(rootPrefix))
            return fail(error, bundlewriter::unsafePathMessage(f->path, tr("it leaves the folder")));
        const QStringList segments = f->path.split(QLatin1Char('/'));
        QString folder = root;
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            folder += QLatin1Char('/') + segments.at(i);
            if (madeFolders.contains(folder))
                continue;
            if (!QDir().mkdir(folder) || !QFile::setPermissions(folder, toPermissions(DirectoryMode)))
                return fail(error, tr("Cannot create the folder %1.").arg(shown(folder)));
            madeFolders.append(folder);
        }
        if (!writeOneFile(dest, *f, error))
            return false;
    }
    // Every entry durable before the rename makes the folder visible.
    for (const QString &folder : madeFolders) {
        if (!syncFolder(folder, error))
            return false;
    }
    if (!QFile::setPermissions(root, toPermissions(DirectoryMode)))
        return fail(error, tr("Cannot set the permissions of %1.").arg(shown(root)));
    return syncFolder(root, error);
}

// Replaces `target` by `root`: one rename-exchange, or (file systems without it)
// two renames with the old folder put back if the second fails.
bool swapInto(const QString &root, const QString &target, QString *error)
{
    const int exchanged = renameExchange(root, target);
    if (exchanged == 0)
        return true; // the old folder is now at `root`, which the caller removes
    if (exchanged != EINVAL && exchanged != ENOSYS)
        return fail(error,
                    tr("Cannot move the new bundle to %1: %2").arg(shown(target), errnoText(exchanged)));
    const QString parent = QFileInfo(target).absolutePath();
    const QString asideName = parent + QLatin1String("/.") + QFileInfo(target).fileName() +
                              QLatin1String(".old-") +
                              QFileInfo(root).fileName().section(QLatin1Char('-'), -1);
    if (const int err = renameNoReplace(target, asideName))
        return fail(error, tr("Cannot move the existing %1 aside: %2").arg(shown(target), errnoText(err)));
    if (const int err = renameNoReplace(root, target)) {
        renameNoReplace(asideName, target);
        return fail(error, tr("Cannot move the new bundle to %1: %2").arg(shown(target), errnoText(err)));
    }
    removeOurFolder(asideName);
    return true;
}

} // namespace

bool writeBundleDirectory(const BundleFiles &files, const QString &dirPath, bool overwrite, QString *error)
{
    BundleWriteOptions options;
    options.overwrite = overwrite;
    options.replaceHint = tr("choose overwrite to replace it");
    return writeBundleDirectory(files, dirPath, options, error);
}

bool writeBundleDirectory(const BundleFiles &files, const QString &dirPath, const BundleWriteOptions &options,
                          QString *error)
{
    if (dirPath.isEmpty())
        return fail(error, tr("No folder name given."));
    if (!validateBundleFiles(files, error))
        return false;

    const QString targetPath = QDir::cleanPath(QFileInfo(dirPath).absoluteFilePath());
    const QFileInfo target(targetPath);
    const QString name = target.fileName();
    const QString parent = target.absolutePath();
    if (name.isEmpty() || !refuseProtectedFolder(dirPath, targetPath, options, error))
        return name.isEmpty() ? fail(error, tr("Cannot write the bundle into %1.").arg(shown(targetPath)))
                              : false;
    if (!QFileInfo(parent).isDir())
        return fail(error, tr("The folder %1 does not exist.").arg(shown(parent)));

    const bool exists = target.exists() || target.isSymLink();
    if (exists) {
        // Renaming a link aside would not replace what it points to; be explicit.
        if (target.isSymLink())
            return fail(error,
                        tr("%1 is a symbolic link; refusing to write through it.").arg(shown(targetPath)));
        if (!target.isDir())
            return fail(error, tr("%1 exists and is not a folder.").arg(shown(targetPath)));
        if (!options.overwrite) {
            QString message = tr("%1 already exists").arg(shown(targetPath));
            if (!options.replaceHint.isEmpty())
                message += QLatin1String("; ") + options.replaceHint;
            return fail(error, message + QLatin1Char('.'));
        }
        if (!checkReplaceable(targetPath, error))
            return false;
    }
    removeLeftovers(parent, name);

    // Same parent, so the final step is a rename on one file system. The folder
    // is 0700 while it is filled, so secrets are never readable by others.
    QTemporaryDir temp(parent + QLatin1String("/.") + name + QLatin1String(".tmp-XXXXXX"));
    if (!temp.isValid())
        return fail(error,
                    tr("Cannot create a temporary folder in %1: %2").arg(shown(parent), temp.errorString()));
    // Removed by us, marker last (QTemporaryDir's removal order could drop the marker first).
    temp.setAutoRemove(false);
    const QString root = temp.path();
    auto cleanup = qScopeGuard([&] { removeOurFolder(root); });
    if (!fillFolder(root, files, error))
        return false;

    if (exists) {
        if (!swapInto(root, targetPath, error))
            return false;
    } else {
        if (const int err = renameNoReplace(root, targetPath))
            return fail(error,
                        tr("Cannot move the new bundle to %1: %2").arg(shown(targetPath), errnoText(err)));
        cleanup.dismiss();
    }
    return syncFolder(parent, error);
}

} // namespace apim
