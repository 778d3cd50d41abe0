#include "bundlewriter.h"
#include "parallel.h"
#include "safewrite.h"
#include "zipcontainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QStringTokenizer>

#include <zlib.h>

#include <algorithm>
#include <vector>

namespace apim {

namespace {

// Fixed so that a given zlib produces the same bytes on every run.
constexpr int ZipCompressionLevel = 6;
// Linux PATH_MAX; also far below the 64 KiB limit of a zip entry name.
constexpr qsizetype MaxPathBytes = 4096;
constexpr quint32 UnixRegularFile = 0100000;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// One entry deflated ahead of the zip writer: raw deflate (no zlib header), as a zip
// stores it.
struct Deflated
{
    QByteArray data;
    quint32 crc = 0;
    qsizetype size = 0; // uncompressed
    bool ok = false;
};

// One deflate stream per thread, reset between entries: a fresh stream allocates and
// frees about 270 KB of tables, which for a 10,000-gateway bundle's 50,000 small entries
// cost more than compressing many of them. deflateReset() leaves the state deflateInit2()
// does, so the bytes are the same.
class Deflater
{
public:
    Deflater()
    {
        m_ok = deflateInit2(&m_z, ZipCompressionLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater()
    {
        if (m_ok)
            deflateEnd(&m_z);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    bool run(const QByteArray &in, QByteArray *out)
    {
        if (!m_ok)
            return false;
        const qsizetype bound = qsizetype(deflateBound(&m_z, uLong(in.size())));
        if (m_scratch.size() < bound)
            m_scratch.resize(bound);
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        m_z.avail_in = uInt(in.size());
        m_z.next_out = reinterpret_cast<Bytef *>(m_scratch.data());
        m_z.avail_out = uInt(m_scratch.size());
        // deflateBound() leaves room for everything, so one call finishes the stream.
        const bool ok = deflate(&m_z, Z_FINISH) == Z_STREAM_END;
        if (ok)
            *out = QByteArray(m_scratch.constData(), qsizetype(m_z.total_out)); // exactly its size
        m_ok = deflateReset(&m_z) == Z_OK;
        if (m_scratch.size() > ScratchKept) // a control plane's file: not kept for the thread's life
            m_scratch = QByteArray();
        return ok;
    }

private:
    static constexpr qsizetype ScratchKept = 1 << 20;
    z_stream m_z{};
    bool m_ok = false;
    QByteArray m_scratch;
};

Deflated deflateEntry(const QByteArray &in)
{
    thread_local Deflater deflater;
    Deflated out;
    out.size = in.size();
    out.crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(in.constData()), uInt(in.size())));
    out.ok = deflater.run(in, &out.data);
    return out;
}

} // namespace

void deflateBundleFile(BundleFile &file)
{
    if (file.deflated)
        return;
    Deflated d = deflateEntry(file.data);
    if (!d.ok)
        return;
    file.data = std::move(d.data);
    file.crc = d.crc;
    file.size = d.size;
    file.deflated = true;
}

namespace bundlewriter {

// Entry order must not depend on the order the generators produced the files.
QList<const BundleFile *> sortedByPath(const BundleFiles &files)
{
    QList<const BundleFile *> sorted;
    sorted.reserve(files.size());
    for (const BundleFile &f : files)
        sorted.append(&f);
    const auto byPath = [](const BundleFile *a, const BundleFile *b) { return a->path < b->path; };
    if (!std::is_sorted(sorted.cbegin(), sorted.cend(), byPath)) // generated bundles come sorted
        std::sort(sorted.begin(), sorted.end(), byPath);
    return sorted;
}

QString unsafePathMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("BundleWriter", "Refusing to write the bundle: unsafe path \"%1\": %2")
        .arg(path, reason);
}

} // namespace bundlewriter

using bundlewriter::sortedByPath;
using bundlewriter::unsafePathMessage;

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
    // A UTF-16 unit is at most 3 bytes of UTF-8: most paths need no conversion to tell.
    if (path.size() * 3 > MaxPathBytes && path.toUtf8().size() > MaxPathBytes)
        return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path is too long"));
    for (const QStringView segment : QStringView(path).tokenize(u'/')) {
        if (segment.isEmpty())
            return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path has an empty segment"));
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return refuse(QT_TRANSLATE_NOOP("BundleWriter", "the path has a \".\" or \"..\" segment"));
    }
    return true;
}

bool validateBundleFiles(const BundleFiles &files, QString *error)
{
    // Each path's own checks are independent: they run on every core, and the first unsafe
    // path in list order is the one reported, as in a single pass.
    std::vector<QString> reasons(size_t(files.size()));
    std::vector<char> unsafe(size_t(files.size()), 0);
    parallel::forEach(files.size(), [&](qsizetype i) {
        unsafe[size_t(i)] = !isSafeBundlePath(files.at(i).path, &reasons[size_t(i)]);
    });
    QSet<QString> filePaths;
    QSet<QString> folderPaths;
    filePaths.reserve(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const BundleFile &f = files.at(i);
        if (unsafe[size_t(i)])
            return fail(error, unsafePathMessage(f.path, reasons[size_t(i)]));
        if (filePaths.contains(f.path))
            return fail(error, unsafePathMessage(
                                   f.path, QCoreApplication::translate("BundleWriter", "it occurs twice")));
        filePaths.insert(f.path);
        // Longest folder first: once one is known, so are all that contain it (a node folder's
        // files share theirs), which spares 50,000 paths their every prefix.
        for (qsizetype slash = f.path.lastIndexOf(QLatin1Char('/')); slash > 0;
             slash = f.path.lastIndexOf(QLatin1Char('/'), slash - 1)) {
            const QString folder = f.path.left(slash);
            if (folderPaths.contains(folder))
                break;
            folderPaths.insert(folder);
        }
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
    BundleWriteOptions options;
    options.overwrite = overwrite;
    options.replaceHint = QCoreApplication::translate("BundleWriter", "choose overwrite to replace it");
    return writeBundleZip(files, zipPath, options, error);
}

namespace {

// `release`: the caller's files (the same list as `files`), whose data is dropped as soon as
// each entry is deflated, so that a large export holds its text and its zip only briefly at once.
bool writeZip(const BundleFiles &files, BundleFiles *release, const QString &zipPath,
              const BundleWriteOptions &options, QString *error)
{
    if (zipPath.isEmpty())
        return fail(error, QCoreApplication::translate("BundleWriter", "No zip file name given."));
    if (!validateBundleFiles(files, error))
        return false;

    const auto zipFailed = [&](const QString &what) {
        return fail(error, QCoreApplication::translate("BundleWriter", "Cannot build the zip file %1: %2")
                               .arg(QDir::toNativeSeparators(zipPath), what));
    };
    // Deflate is most of the work: every entry is compressed on its own core first, then
    // framed in path order, so the bytes do not depend on the thread count.
    BundleFile *owned = release ? release->data() : nullptr; // detached here, not in the workers
    const QList<const BundleFile *> sorted = sortedByPath(files);
    std::vector<Deflated> deflated(size_t(sorted.size()));
    parallel::forEach(sorted.size(), [&](qsizetype i) {
        const BundleFile *f = sorted.at(i);
        deflated[size_t(i)] =
            f->deflated ? Deflated{f->data, f->crc, qsizetype(f->size), true} : deflateEntry(f->data);
        if (owned)
            owned[sorted.at(i) - files.constData()].data = QByteArray();
    });

    // Built in memory (a bundle is a few MB), so that every byte reaching the disk goes
    // through the one checked writer.
    qsizetype total = 22;
    for (qsizetype i = 0; i < sorted.size(); ++i)
        total += 2 * (46 + sorted.at(i)->path.size()) + deflated[size_t(i)].data.size();
    QByteArray bytes;
    bytes.reserve(total);
    zip::ContainerWriter container;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const BundleFile *f = sorted.at(i);
        Deflated &d = deflated[size_t(i)];
        if (!d.ok)
            return zipFailed(QCoreApplication::translate("BundleWriter", "cannot compress %1").arg(f->path));
        const zip::RawEntry entry{f->path.toUtf8(), std::move(d.data), d.crc, quint32(d.size),
                                  UnixRegularFile | quint32(f->mode())};
        if (quint64(d.size) > 0xffffffffULL || !container.add(entry, bytes))
            return zipFailed(QCoreApplication::translate("BundleWriter", "cannot add %1").arg(f->path));
    }
    if (!container.finish(bytes))
        return zipFailed(QCoreApplication::translate("BundleWriter", "cannot finish the central directory"));

    WriteOptions write;
    write.overwrite = options.overwrite;
    write.privateFile = true; // the bundle holds passwords
    write.replaceHint = options.replaceHint;
    return writeFileSafely(zipPath, bytes, write, error);
}

} // namespace

bool writeBundleZip(const BundleFiles &files, const QString &zipPath, const BundleWriteOptions &options,
                    QString *error)
{
    return writeZip(files, nullptr, zipPath, options, error);
}

bool writeBundleZip(BundleFiles &&files, const QString &zipPath, const BundleWriteOptions &options,
                    QString *error)
{
    BundleFiles owned = std::move(files);
    return writeZip(owned, &owned, zipPath, options, error);
}

} // namespace apim
