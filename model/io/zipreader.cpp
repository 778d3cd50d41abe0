#include "zipreader.h"
#include "safewrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace apim {

namespace {

constexpr qint64 ChunkBytes = qint64(16) * 1024;

// Unix file type bits as stored in the top half of externalAttr.
constexpr quint32 UnixTypeMask = 0170000;
constexpr quint32 UnixRegular = 0100000;
constexpr quint32 UnixDirectory = 0040000;
constexpr quint32 UnixSymlink = 0120000;

constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
constexpr quint16 MethodBzip2 = 12;

class Reader
{
public:
    Reader(const QString &archiveName, const ZipLimits &limits, QString *error)
        : m_archive(archiveName), m_limits(limits), m_error(error)
    {}

    bool read(QIODevice *device, QList<ZipEntry> *entries);

private:
    bool fail(const QString &message)
    {
        if (m_error)
            *m_error = m_archive.isEmpty() ? message : m_archive + QLatin1String(": ") + message;
        return false;
    }
    bool failEntry(const QString &name, const QString &why)
    {
        return fail(QCoreApplication::translate("ZipReader", "entry \"%1\" refused: %2").arg(name, why));
    }
    bool checkName(const QString &name);
    bool checkHeader(const QuaZipFileInfo64 &info, bool *isDirectory);
    bool readEntry(QuaZip *zip, const QuaZipFileInfo64 &info, QByteArray *data);
    bool ratioTooHigh(quint64 uncompressed, quint64 compressed) const
    {
        if (uncompressed <= quint64(m_limits.ratioFloorBytes))
            return false;
        return uncompressed / qMax<quint64>(compressed, 1) > quint64(qMax(m_limits.maxRatio, 1));
    }

    QString m_archive;
    ZipLimits m_limits;
    QString *m_error;
    qint64 m_total = 0;
};

bool Reader::checkName(const QString &name)
{
    if (name.isEmpty())
        return failEntry(name, QCoreApplication::translate("ZipReader", "it has no name"));
    if (name.contains(QLatin1Char('\\')))
        return failEntry(name, QCoreApplication::translate("ZipReader", "its name contains a backslash"));
    if (name.startsWith(QLatin1Char('/')) || QDir::isAbsolutePath(name) ||
        (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter()))
        return failEntry(name, QCoreApplication::translate("ZipReader", "its path is absolute"));
    // A directory entry keeps one trailing slash; everything else must be clean.
    const QString path = name.endsWith(QLatin1Char('/')) ? name.chopped(1) : name;
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment == QLatin1String(".."))
            return failEntry(name, QCoreApplication::translate("ZipReader", "its path contains \"..\""));
    }
    if (path.isEmpty() || QDir::cleanPath(path) != path)
        return failEntry(name, QCoreApplication::translate("ZipReader", "its path is not in clean form"));
    return true;
}

bool Reader::checkHeader(const QuaZipFileInfo64 &info, bool *isDirectory)
{
    const QString &name = info.name;
    if (!checkName(name))
        return false;

    const quint32 type = (info.externalAttr >> 16) & UnixTypeMask;
    if (info.isSymbolicLink() || type == UnixSymlink)
        return failEntry(name, QCoreApplication::translate("ZipReader", "it is a symbolic link"));
    if (type != 0 && type != UnixRegular && type != UnixDirectory)
        return failEntry(name, QCoreApplication::translate("ZipReader", "it is a device, fifo or socket"));
    if (info.isEncrypted())
        return failEntry(name, QCoreApplication::translate("ZipReader", "it is encrypted"));

    *isDirectory = name.endsWith(QLatin1Char('/')) || type == UnixDirectory;
    if (*isDirectory)
        return true;

    if (info.method != MethodStored && info.method != MethodDeflated && info.method != MethodBzip2)
        return failEntry(name,
                         QCoreApplication::translate("ZipReader", "compression method %1 is not supported")
                             .arg(info.method));
    if (info.uncompressedSize > quint64(m_limits.maxEntryBytes))
        return failEntry(
            name, QCoreApplication::translate("ZipReader", "it declares %1 bytes, more than the %2 allowed")
                      .arg(info.uncompressedSize)
                      .arg(m_limits.maxEntryBytes));
    if (m_total + qint64(info.uncompressedSize) > m_limits.maxTotalBytes)
        return failEntry(name, QCoreApplication::translate(
                                   "ZipReader", "the archive holds more than the %1 bytes allowed in total")
                                   .arg(m_limits.maxTotalBytes));
    if (ratioTooHigh(info.uncompressedSize, info.compressedSize))
        return failEntry(
            name, QCoreApplication::translate("ZipReader", "it expands more than %1 times (%2 bytes from %3)")
                      .arg(m_limits.maxRatio)
                      .arg(info.uncompressedSize)
                      .arg(info.compressedSize));
    return true;
}

bool Reader::readEntry(QuaZip *zip, const QuaZipFileInfo64 &info, QByteArray *data)
{
    const QString &name = info.name;
    QuaZipFile file(zip);
    if (!file.open(QIODevice::ReadOnly))
        return failEntry(name, QCoreApplication::translate("ZipReader", "it cannot be opened (error %1)")
                                   .arg(file.getZipError()));

    data->reserve(qsizetype(info.uncompressedSize));
    char chunk[ChunkBytes];
    // Count what really comes out rather than trusting the header.
    for (;;) {
        const qint64 n = file.read(chunk, ChunkBytes);
        if (n <= 0)
            break;
        const qint64 size = data->size() + n;
        if (size > m_limits.maxEntryBytes)
            return failEntry(
                name, QCoreApplication::translate("ZipReader", "it holds more than the %1 bytes allowed")
                          .arg(m_limits.maxEntryBytes));
        if (m_total + size > m_limits.maxTotalBytes)
            return failEntry(
                name, QCoreApplication::translate("ZipReader",
                                                  "the archive holds more than the %1 bytes allowed in total")
                          .arg(m_limits.maxTotalBytes));
        if (ratioTooHigh(quint64(size), info.compressedSize))
            return failEntry(name, QCoreApplication::translate("ZipReader", "it expands more than %1 times")
                                       .arg(m_limits.maxRatio));
        data->append(chunk, n);
    }
    const int readError = file.getZipError();
    // Closing checks the CRC, which is only known once everything was read.
    file.close();
    const int closeError = file.getZipError();
    if (readError == UNZ_OK && closeError == UNZ_CRCERROR)
        return failEntry(name,
                         QCoreApplication::translate("ZipReader", "its data is damaged (CRC mismatch)"));
    if (readError != UNZ_OK || closeError != UNZ_OK)
        return failEntry(name, QCoreApplication::translate("ZipReader", "its data is damaged (error %1)")
                                   .arg(readError != UNZ_OK ? readError : closeError));
    if (quint64(data->size()) != info.uncompressedSize)
        return failEntry(name, QCoreApplication::translate("ZipReader", "it holds %1 bytes but declares %2")
                                   .arg(data->size())
                                   .arg(info.uncompressedSize));
    m_total += data->size();
    return true;
}

bool Reader::read(QIODevice *device, QList<ZipEntry> *entries)
{
    QuaZip zip(device);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(QCoreApplication::translate("ZipReader", "not a readable zip archive (error %1)")
                        .arg(zip.getZipError()));
    const int declared = zip.getEntriesCount();
    if (declared < 0)
        return fail(QCoreApplication::translate("ZipReader", "the zip directory is damaged (error %1)")
                        .arg(zip.getZipError()));
    if (declared > m_limits.maxEntries)
        return fail(
            QCoreApplication::translate("ZipReader", "the archive has %1 entries, more than the %2 allowed")
                .arg(declared)
                .arg(m_limits.maxEntries));

    QList<ZipEntry> result;
    QSet<QString> seen;
    int count = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++count > m_limits.maxEntries)
            return fail(
                QCoreApplication::translate("ZipReader", "the archive has more than the %1 entries allowed")
                    .arg(m_limits.maxEntries));
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return fail(QCoreApplication::translate("ZipReader", "entry %1 has a damaged header (error %2)")
                            .arg(count)
                            .arg(zip.getZipError()));
        bool isDirectory = false;
        if (!checkHeader(info, &isDirectory))
            return false;
        if (isDirectory)
            continue;
        if (seen.contains(info.name))
            return failEntry(info.name, QCoreApplication::translate("ZipReader", "it occurs twice"));
        seen.insert(info.name);

        ZipEntry entry;
        entry.path = info.name;
        if (!readEntry(&zip, info, &entry.data))
            return false;
        result.append(std::move(entry));
    }
    if (zip.getZipError() != UNZ_OK)
        return fail(QCoreApplication::translate("ZipReader", "the zip directory is damaged (error %1)")
                        .arg(zip.getZipError()));
    zip.close();
    if (entries)
        *entries = std::move(result);
    return true;
}

} // namespace

bool readZipSafely(const QString &zipPath, QList<ZipEntry> *entries, QString *error, const ZipLimits &limits)
{
    const QString shown = QDir::toNativeSeparators(zipPath);
    const QFileInfo info(zipPath);
    if (!info.isFile()) {
        if (error)
            *error = QCoreApplication::translate("ZipReader", "%1: not a file").arg(shown);
        return false;
    }
    // Regular files only, and no bigger than what its entries may total: checked before reading.
    if (!checkInputFile(zipPath, limits.maxTotalBytes, error))
        return false;
    QFile file(zipPath);
    Reader reader(shown, limits, error);
    return reader.read(&file, entries);
}

bool readZipSafely(const QByteArray &zipData, QList<ZipEntry> *entries, QString *error,
                   const ZipLimits &limits)
{
    QBuffer buffer;
    buffer.setData(zipData);
    Reader reader(QString(), limits, error);
    return reader.read(&buffer, entries);
}

} // namespace apim
