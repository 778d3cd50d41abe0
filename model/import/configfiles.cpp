#include "configfiles.h"
#include "folderscan.h"
#include "safewrite.h"
#include "zipreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace apim {

namespace {

struct ImporterTr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

QString sourceDiskPath(const QString &sourcePath, QString *entry)
{
    const qsizetype bang = sourcePath.indexOf(QLatin1String(".zip!/"), 0, Qt::CaseInsensitive);
    *entry = bang < 0 ? QString() : sourcePath.mid(bang + 4);
    return bang < 0 ? sourcePath : sourcePath.left(bang + 4);
}

bool looksLikeZip(const QString &path)
{
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return true;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("PK\x03\x04", 4);
}

bool collectConfigFiles(const QStringList &paths, ImportedFiles *files, QString *error)
{
    ImportedFiles out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        ImportedFiles found;
        if (!info.exists()) {
            *error = ImporterTr::tr("cannot read %1: no such file or folder").arg(path);
            return false;
        }
        if (info.isDir()) {
            if (!scanTomlFolder(path, &found, error))
                return false;
        } else if (!checkInputFile(path, -1, error)) {
            return false;
        } else if (looksLikeZip(path)) {
            QList<ZipEntry> entries;
            QString zipError;
            if (!readZipSafely(path, &entries, &zipError)) {
                *error = ImporterTr::tr("cannot read %1: %2").arg(path, zipError);
                return false;
            }
            for (const ZipEntry &e : entries) {
                if (!e.path.endsWith(QLatin1String(".toml"), Qt::CaseInsensitive))
                    continue;
                ImportedFile f;
                f.path = path + QLatin1String("!/") + e.path;
                f.namingPath = info.completeBaseName() + QLatin1Char('/') + e.path;
                f.text = e.data;
                found.append(f);
            }
        } else {
            ImportedFile f;
            f.path = path;
            f.namingPath = info.absoluteFilePath();
            if (!readDiskFile(path, &f.text, error))
                return false;
            found.append(f);
        }
        if (found.isEmpty()) {
            *error = ImporterTr::tr("%1 holds no *.toml file").arg(path);
            return false;
        }
        std::sort(found.begin(), found.end(),
                  [](const ImportedFile &a, const ImportedFile &b) { return a.path < b.path; });
        out.append(found);
    }
    *files = out;
    return true;
}

ImportedFiles readSourceFiles(const Design &design, const QString &baseDir)
{
    ImportedFiles out;
    QHash<QString, ImportedFiles> archives; // each zip is read once
    for (const Node &node : design.topology.nodes()) {
        if (node.sourceFile.isEmpty())
            continue;
        QString entry;
        QString disk = sourceDiskPath(node.sourceFile, &entry);
        if (QFileInfo(disk).isRelative() && !baseDir.isEmpty() &&
            QFileInfo::exists(QDir(baseDir).filePath(disk)))
            disk = QDir(baseDir).filePath(disk);
        if (!QFileInfo(disk).isFile())
            continue;
        ImportedFile file;
        if (entry.isEmpty()) {
            file.path = disk;
            file.namingPath = QFileInfo(disk).absoluteFilePath();
            QString ignored;
            if (!readDiskFile(disk, &file.text, &ignored))
                continue;
        } else {
            if (!archives.contains(disk)) {
                ImportedFiles entries;
                QString ignored;
                collectConfigFiles({disk}, &entries, &ignored);
                archives.insert(disk, entries);
            }
            const ImportedFiles &entries = archives[disk];
            const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                         [&](const ImportedFile &f) { return f.path == disk + entry; });
            if (it == entries.cend())
                continue;
            file = *it;
        }
        file.parsed = readToml(file.text, file.path, &file.table, &file.error);
        file.node = node.id;
        out.append(file);
    }
    return out;
}

QString absoluteSourcePath(const QString &path)
{
    QString entry;
    return QFileInfo(sourceDiskPath(path, &entry)).absoluteFilePath() + entry;
}

} // namespace apim
