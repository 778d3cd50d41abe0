#include "bundlewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

namespace apim {

namespace {

// Fixed so that a given zlib produces the same bytes on every run.
constexpr int ZipCompressionLevel = 6;
// Linux PATH_MAX; also far below the 64 KiB limit of a zip entry name.
constexpr qsizetype MaxPathBytes = 4096;
constexpr int DirectoryMode = 0755;
constexpr quint32 UnixRegularFile = 0100000;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QFileDevice::Permissions toPermissions(int mode)
{
    QFileDevice::Permissions p;
    if (mode & 0400)
        p |= QFileDevice::ReadOwner;
    if (mode & 0200)
        p |= QFileDevice::WriteOwner;
    if (mode & 0100)
        p |= QFileDevice::ExeOwner;
    if (mode & 0040)
        p |= QFileDevice::ReadGroup;
    if (mode & 0020)
        p |= QFileDevice::WriteGroup;
    if (mode & 0010)
        p |= QFileDevice::ExeGroup;
    if (mode & 0004)
        p |= QFileDevice::ReadOther;
    if (mode & 0002)
        p |= QFileDevice::WriteOther;
    if (mode & 0001)
        p |= QFileDevice::ExeOther;
    return p;
}

// Entry order must not depend on the order the generators produced the files.
QList<const BundleFile *> sortedByPath(const BundleFiles &files)
{
    QList<const BundleFile *> sorted;
    sorted.reserve(files.size());
    for (const BundleFile &f : files)
        sorted.append(&f);
    std::sort(sorted.begin(), sorted.end(),
              [](const BundleFile *a, const BundleFile *b) { return a->path < b->path; });
    return sorted;
}

QString unsafePathMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("BundleWriter", "Refusing to write the bundle: unsafe path \"%1\": %2")
        .arg(path, reason);
}

// A name next to `parent/name` that does not exist yet, for moving a folder aside.
QString unusedSibling(const QString &parent, const QString &name)
{
    for (int attempt = 0; attempt < 32; ++attempt) {
        QString candidate = parent + QLatin1String("/.") + name + QLatin1String(".old-") +
                            QString::number(QRandomGenerator::global()->generate(), 16);
        if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
            return candidate;
    }
    return {};
}

} // namespace

bool isSafeBundlePath(const QString &path, QString *reason)
{
    auto refuse = [reason](const char *why) {
        if (reason)
            *reason = QCoreApplication::translate("BundleWriter", why);
        return false;
    };
    if (path.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path is empty"));
    if (path.contains(QChar(0)))
        return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path contains a NUL character"));
    if (path.contains(QLatin1Char('\\')))
        return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path contains a backslash"));
    if (path.startsWith(QLatin1Char('/')) || QDir::isAbsolutePath(path))
        return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path is absolute"));
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter())
        return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path starts with a drive letter"));
    if (path.toUtf8().size() > MaxPathBytes)
        return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path is too long"));
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path has an empty segment"));
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path has a \".\" or \"..\" segment"));
    }
    return true;
}

bool validateBundleFiles(const BundleFiles &files, QString *error)
{
    QSet<QString> filePaths;
    QSet<QString> folderPaths;
    for (const BundleFile &f : files) {
        QString reason;
        if (!isSafeBundlePath(f.path, &reason))
            return fail(error, unsafePathMessage(f.path, reason));
        if (filePaths.contains(f.path))
            return fail(error, unsafePathMessage(
                                   f.path, QCoreApplication::translate("BundleWriter", "it occurs twice")));
        filePaths.insert(f.path);
        for (qsizetype slash = f.path.indexOf(QLatin1Char('/')); slash > 0;
             slash = f.path.indexOf(QLatin1Char('/'), slash + 1))
            folderPaths.insert(f.path.left(slash));
    }
    // "a" as a file and "a/b" can be neither extracted nor written as a folder tree.
    for (const BundleFile &f : files) {
        if (folderPaths.contains(f.path))
            return fail(error,
                        unsafePathMessage(f.path, QCoreApplication::translate(
                                                      "BundleWriter", "it is both a file and a folder")));
    }
    return true;
}

bool writeBundleZip(const BundleFiles &files, const QString &zipPath, bool overwrite, QString *error)
{
    if (zipPath.isEmpty())
        return fail(error, QCoreApplication::translate("BundleWriter", "No zip file name given."));
    if (!validateBundleFiles(files, error))
        return false;

    const QFileInfo target(zipPath);
    if (target.exists() || target.isSymLink()) {
        if (target.isDir())
            return fail(error, QCoreApplication::translate("BundleWriter", "Cannot write %1: it is a folder.")
                                   .arg(QDir::toNativeSeparators(zipPath)));
        if (!overwrite)
            return fail(error, QCoreApplication::translate(
                                   "BundleWriter", "%1 already exists; choose overwrite to replace it.")
                                   .arg(QDir::toNativeSeparators(zipPath)));
    }

    // QSaveFile writes a sibling temporary file and renames it over the target on
    // commit(), so a failure at any point leaves the old file untouched.
    QSaveFile out(zipPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(error, QCoreApplication::translate("BundleWriter", "Cannot create %1: %2")
                               .arg(QDir::toNativeSeparators(zipPath), out.errorString()));

    const auto abort = [&](const QString &message) {
        out.cancelWriting();
        return fail(error, message);
    };

    QuaZip zip(&out);
    // We commit the QSaveFile ourselves, only once every entry is known to be good.
    zip.setAutoClose(false);
    zip.setUtf8Enabled(true);
    // Sizes and CRC go into the local headers: simpler for other readers.
    zip.setDataDescriptorWritingEnabled(false);
    if (!zip.open(QuaZip::mdCreate))
        return abort(QCoreApplication::translate("BundleWriter", "Cannot start the zip file %1 (error %2).")
                         .arg(QDir::toNativeSeparators(zipPath))
                         .arg(zip.getZipError()));

    // QuaZip copies the date fields as given, so a UTC value is the same everywhere.
    const QDateTime fixedTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
    for (const BundleFile *f : sortedByPath(files)) {
        QuaZipNewInfo info(f->path);
        info.dateTime = fixedTime;
        info.externalAttr = (UnixRegularFile | quint32(f->mode())) << 16;
        info.uncompressedSize = ulong(f->data.size());
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, ZipCompressionLevel)) {
            const int code = entry.getZipError();
            zip.close();
            return abort(
                QCoreApplication::translate("BundleWriter", "Cannot add %1 to the zip file (error %2).")
                    .arg(f->path)
                    .arg(code));
        }
        const bool written = entry.write(f->data) == f->data.size();
        entry.close();
        if (!written || entry.getZipError() != ZIP_OK) {
            const int code = entry.getZipError();
            zip.close();
            return abort(
                QCoreApplication::translate("BundleWriter", "Cannot write %1 into the zip file (error %2).")
                    .arg(f->path)
                    .arg(code));
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return abort(QCoreApplication::translate("BundleWriter", "Cannot finish the zip file %1 (error %2).")
                         .arg(QDir::toNativeSeparators(zipPath))
                         .arg(zip.getZipError()));
    if (!out.commit())
        return fail(error, QCoreApplication::translate("BundleWriter", "Cannot save %1: %2")
                               .arg(QDir::toNativeSeparators(zipPath), out.errorString()));
    return true;
}

bool writeBundleDirectory(const BundleFiles &files, const QString &dirPath, bool overwrite, QString *error)
{
    if (dirPath.isEmpty())
        return fail(error, QCoreApplication::translate("BundleWriter", "No folder name given."));
    if (!validateBundleFiles(files, error))
        return false;

    const QString targetPath = QDir::cleanPath(QFileInfo(dirPath).absoluteFilePath());
    const QFileInfo target(targetPath);
    const QString name = target.fileName();
    const QString parent = target.absolutePath();
    const QString nativeTarget = QDir::toNativeSeparators(targetPath);
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return fail(error, QCoreApplication::translate("BundleWriter", "Cannot write the bundle into %1.")
                               .arg(nativeTarget));
    if (!QFileInfo(parent).isDir())
        return fail(error, QCoreApplication::translate("BundleWriter", "The folder %1 does not exist.")
                               .arg(QDir::toNativeSeparators(parent)));

    const bool exists = target.exists() || target.isSymLink();
    if (exists) {
        // Renaming a link aside would not replace what it points to; be explicit.
        if (target.isSymLink())
            return fail(error, QCoreApplication::translate("BundleWriter",
                                                           "%1 is a symbolic link; refusing to replace it.")
                                   .arg(nativeTarget));
        if (!target.isDir())
            return fail(error, QCoreApplication::translate("BundleWriter", "%1 exists and is not a folder.")
                                   .arg(nativeTarget));
        if (!overwrite)
            return fail(error, QCoreApplication::translate(
                                   "BundleWriter", "%1 already exists; choose overwrite to replace it.")
                                   .arg(nativeTarget));
    }

    // Same parent, so the final step is a rename on one file system. The folder
    // is 0700 while it is filled, so secrets are never readable by others.
    QTemporaryDir temp(parent + QLatin1String("/.") + name + QLatin1String(".tmp-XXXXXX"));
    if (!temp.isValid())
        return fail(error,
                    QCoreApplication::translate("BundleWriter", "Cannot create a temporary folder in %1: %2")
                        .arg(QDir::toNativeSeparators(parent), temp.errorString()));
    const QString root = temp.path();
    const QString rootPrefix = root + QLatin1Char('/');

    QSet<QString> madeFolders;
    for (const BundleFile *f : sortedByPath(files)) {
        const QString dest = rootPrefix + f->path;
        // Validation already excludes this; kept as a last guard against escaping.
        if (!QDir::cleanPath(dest).startsWith(rootPrefix))
            return fail(error, unsafePathMessage(f->path, QCoreApplication::translate(
                                                              "BundleWriter", "it leaves the folder")));

        const QStringList segments = f->path.split(QLatin1Char('/'));
        QString folder = root;
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            folder += QLatin1Char('/') + segments.at(i);
            if (madeFolders.contains(folder))
                continue;
            if (!QDir().mkdir(folder) || !QFile::setPermissions(folder, toPermissions(DirectoryMode)))
                return fail(error, QCoreApplication::translate("BundleWriter", "Cannot create the folder %1.")
                                       .arg(QDir::toNativeSeparators(folder)));
            madeFolders.insert(folder);
        }

        QFile out(dest);
        // NewOnly: never follow or reuse anything that is already there.
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(error, QCoreApplication::translate("BundleWriter", "Cannot create %1: %2")
                                   .arg(QDir::toNativeSeparators(dest), out.errorString()));
        const bool written = out.write(f->data) == f->data.size() && out.flush();
        const QString writeError = out.errorString();
        out.close();
        if (!written || out.error() != QFileDevice::NoError)
            return fail(error, QCoreApplication::translate("BundleWriter", "Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(dest), writeError));
        // Set explicitly so that the umask cannot change the result.
        if (!out.setPermissions(toPermissions(f->mode())))
            return fail(error,
                        QCoreApplication::translate("BundleWriter", "Cannot set the permissions of %1: %2")
                            .arg(QDir::toNativeSeparators(dest), out.errorString()));
    }
    if (!QFile::setPermissions(root, toPermissions(DirectoryMode)))
        return fail(error, QCoreApplication::translate("BundleWriter", "Cannot set the permissions of %1.")
                               .arg(QDir::toNativeSeparators(root)));

    if (!exists) {
        if (!QDir().rename(root, targetPath))
            return fail(error,
                        QCoreApplication::translate("BundleWriter", "Cannot move the new bundle to %1.")
                            .arg(nativeTarget));
        temp.setAutoRemove(false);
        return true;
    }

    const QString aside = unusedSibling(parent, name);
    if (aside.isEmpty() || !QDir().rename(targetPath, aside))
        return fail(error, QCoreApplication::translate("BundleWriter", "Cannot move the existing %1 aside.")
                               .arg(nativeTarget));
    if (!QDir().rename(root, targetPath)) {
        // Put the old folder back; the temporary one is removed by QTemporaryDir.
        QDir().rename(aside, targetPath);
        return fail(error, QCoreApplication::translate("BundleWriter", "Cannot move the new bundle to %1.")
                               .arg(nativeTarget));
    }
    temp.setAutoRemove(false);
    // The new bundle is in place; a leftover old copy is only clutter.
    QDir(aside).removeRecursively();
    return true;
}

} // namespace apim
