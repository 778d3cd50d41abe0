// Safe in-memory zip reading: every hostile archive is built here with QuaZip,
// and each refusal has a harmless twin that must be accepted.
#include "zipreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quacrc32.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace apim;

namespace {

struct RawEntry
{
    QString name;
    QByteArray data;
    quint32 unixMode = 0100644;
    const char *password = nullptr;
    int method = Z_DEFLATED;
};

RawEntry raw(const QString &name, const QByteArray &data, quint32 unixMode = 0100644)
{
    RawEntry e;
    e.name = name;
    e.data = data;
    e.unixMode = unixMode;
    return e;
}

// Empty on failure. Without data descriptors the sizes sit in the local header
// too, which keeps the byte patching below simple.
QByteArray buildZip(const QList<RawEntry> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    zip.setDataDescriptorWritingEnabled(false);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const RawEntry &e : entries) {
        QuaZipNewInfo info(e.name);
        info.externalAttr = e.unixMode << 16;
        QuaZipFile f(&zip);
        QuaCrc32 crc;
        const int level = e.method == 0 ? 0 : Z_DEFAULT_COMPRESSION;
        if (!f.open(QIODevice::WriteOnly, info, e.password, quint32(crc.calculate(e.data)), e.method, level))
            return {};
        if (f.write(e.data) != e.data.size())
            return {};
        f.close();
        if (f.getZipError() != ZIP_OK)
            return {};
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return {};
    return bytes;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(gen.bounded(256));
    return out;
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | quint8(b[at + 1]) << 8);
}

void putLe32(QByteArray *b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        (*b)[at + i] = char((v >> (8 * i)) & 0xff);
}

// Offsets in a single-entry zip written by buildZip().
qsizetype centralHeaderOffset(const QByteArray &zip)
{
    return zip.lastIndexOf(QByteArray("PK\x01\x02", 4));
}

qsizetype localDataOffset(const QByteArray &zip)
{
    return 30 + le16(zip, 26) + le16(zip, 28);
}

// Makes both headers claim `size` uncompressed bytes.
bool patchUncompressedSize(QByteArray *zip, quint32 size)
{
    const qsizetype central = centralHeaderOffset(*zip);
    if (!zip->startsWith(QByteArray("PK\x03\x04", 4)) || central < 0)
        return false;
    putLe32(zip, 22, size);
    putLe32(zip, central + 24, size);
    return true;
}

bool readBytes(const QByteArray &zip, QList<ZipEntry> *entries, QString *error, const ZipLimits &limits = {})
{
    return readZipSafely(zip, entries, error, limits);
}

} // namespace

class TestZipReader : public QObject
{
    Q_OBJECT

private slots:
    void readsGoodZip();
    void readsFromFile();
    void readsRealZips_data();
    void readsRealZips();
    void refusesKeptHostileZips();
    void refusesUnsafeNames_data();
    void refusesUnsafeNames();
    void refusesSymlink();
    void refusesSpecialFiles_data();
    void refusesSpecialFiles();
    void refusesEncrypted();
    void refusesTooManyEntries();
    void refusesDeclaredBomb();
    void refusesHighRatio();
    void refusesTotalOverLimit();
    void refusesLyingSize_data();
    void refusesLyingSize();
    void refusesCorruptedData_data();
    void refusesCorruptedData();
    void refusesDuplicates();
    void refusesGarbage();
    void leavesEntriesUntouchedOnFailure();
};

void TestZipReader::readsGoodZip()
{
    RawEntry stored = raw(QStringLiteral("conf/stored.toml"), "[server]\nhostname = \"a\"\n");
    stored.method = 0;
    const QList<RawEntry> input = {
        raw(QStringLiteral("README.txt"), "hello\n"),
        raw(QStringLiteral("dir/"), QByteArray(), 0040755),
        raw(QStringLiteral("bin/data.bin"), randomBytes(100 * 1024, 1)),
        raw(QStringLiteral("empty.txt"), QByteArray()),
        stored,
        raw(QStringLiteral("conf/naïve.toml"), "x = 1\n"),
        // Very compressible but below the ratio floor: fine.
        raw(QStringLiteral("zeros.bin"), QByteArray(60000, '\0')),
        raw(QStringLiteral("bin/run.sh"), "#!/bin/sh\n", 0100755),
    };
    const QByteArray zip = buildZip(input);
    QVERIFY(!zip.isEmpty());

    QList<ZipEntry> entries;
    QString error;
    QVERIFY2(readBytes(zip, &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), input.size() - 1); // the directory entry is skipped
    qsizetype i = 0;
    for (const RawEntry &e : input) {
        if (e.name.endsWith(QLatin1Char('/')))
            continue;
        QCOMPARE(entries.at(i).path, e.name);
        QCOMPARE(entries.at(i).data, e.data);
        ++i;
    }
}

void TestZipReader::readsFromFile()
{
    const QByteArray zip = buildZip({raw(QStringLiteral("a/b.txt"), "bee")});
    QVERIFY(!zip.isEmpty());
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("in.zip"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(zip), zip.size());
    }
    QList<ZipEntry> entries;
    QString error;
    QVERIFY2(readZipSafely(path, &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).path, QStringLiteral("a/b.txt"));
    QCOMPARE(entries.at(0).data, QByteArray("bee"));

    QVERIFY(!readZipSafely(tmp.filePath(QStringLiteral("missing.zip")), &entries, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!readZipSafely(tmp.path(), &entries, &error));
}

// Archives made by Info-ZIP and by our own bundle writer; they also seed the
// zip reader's fuzzer, so they must stay readable.
void TestZipReader::readsRealZips_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("firstToml");
    QTest::addColumn<int>("tomlFiles");
    QTest::newRow("info-zip deflated") << QStringLiteral("seed-ha-deflated.zip")
                                       << QStringLiteral("gateway-ha/repository/conf/deployment.toml") << 2;
    QTest::newRow("info-zip stored") << QStringLiteral("seed-ha-stored.zip")
                                     << QStringLiteral("gateway-ha/repository/conf/deployment.toml") << 2;
    QTest::newRow("exported bundle") << QStringLiteral("bundle-gw-cp.zip")
                                     << QStringLiteral("gw-cp/nodes/apim-cp/repository/conf/deployment.toml")
                                     << 2;
}

void TestZipReader::readsRealZips()
{
    QFETCH(QString, file);
    QFETCH(QString, firstToml);
    QFETCH(int, tomlFiles);
    QList<ZipEntry> entries;
    QString error;
    const QString path = QStringLiteral(APIM_TEST_DATA "/zip/") + file;
    QVERIFY2(readZipSafely(path, &entries, &error), qPrintable(error));
    int tomls = 0;
    bool sawFirst = false;
    for (const ZipEntry &e : std::as_const(entries)) {
        QVERIFY2(!e.path.endsWith(QLatin1Char('/')), qPrintable(e.path));
        if (e.path.endsWith(QLatin1String("deployment.toml"))) {
            ++tomls;
            QVERIFY(e.data.contains("[server]"));
        }
        sawFirst = sawFirst || e.path == firstToml;
    }
    QCOMPARE(tomls, tomlFiles);
    QVERIFY2(sawFirst, qPrintable(firstToml));
}

// The hostile archives kept for the fuzz replays, made by Python's zipfile
// rather than QuaZip, are all refused whole.
void TestZipReader::refusesKeptHostileZips()
{
    QDir dir(QStringLiteral(APIM_TEST_DATA "/fuzz/fuzz_zipreader"));
    const QStringList files = dir.entryList({QStringLiteral("*.zip")}, QDir::Files);
    QVERIFY(files.size() >= 10);
    for (const QString &name : files) {
        QList<ZipEntry> entries;
        QString error;
        QVERIFY2(!readZipSafely(dir.filePath(name), &entries, &error), qPrintable(name));
        QVERIFY2(!error.isEmpty(), qPrintable(name));
        QVERIFY2(entries.isEmpty(), qPrintable(name));
    }
}

void TestZipReader::refusesUnsafeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent") << QStringLiteral("../x");
    QTest::newRow("deep parent") << QStringLiteral("a/../../x");
    QTest::newRow("inner parent") << QStringLiteral("a/../b");
    QTest::newRow("only parent") << QStringLiteral("..");
    QTest::newRow("parent dir entry") << QStringLiteral("../");
    QTest::newRow("absolute") << QStringLiteral("/etc/x");
    QTest::newRow("absolute dir entry") << QStringLiteral("/etc/");
    QTest::newRow("drive") << QStringLiteral("C:/x");
    QTest::newRow("backslash") << QStringLiteral("a\\b");
    QTest::newRow("backslash parent") << QStringLiteral("..\\x");
    QTest::newRow("dot") << QStringLiteral("./a");
    QTest::newRow("double slash") << QStringLiteral("a//b");
    QTest::newRow("root") << QStringLiteral("/");
}

void TestZipReader::refusesUnsafeNames()
{
    QFETCH(QString, name);
    const RawEntry good = raw(QStringLiteral("good.txt"), "good");
    QList<ZipEntry> entries;
    QString error;
    const QByteArray control = buildZip({good});
    QVERIFY(!control.isEmpty());
    QVERIFY2(readBytes(control, &entries, &error), qPrintable(error));

    const QByteArray zip = buildZip({good, raw(name, "evil")});
    QVERIFY(!zip.isEmpty());
    QVERIFY(!readBytes(zip, &entries, &error));
    QVERIFY2(error.contains(name), qPrintable(error));
}

void TestZipReader::refusesSymlink()
{
    QList<ZipEntry> entries;
    QString error;
    const QByteArray control = buildZip({raw(QStringLiteral("link"), "/etc/passwd", 0100777)});
    QVERIFY(!control.isEmpty());
    QVERIFY2(readBytes(control, &entries, &error), qPrintable(error));

    const QByteArray zip = buildZip({raw(QStringLiteral("link"), "/etc/passwd", 0120777),
                                     raw(QStringLiteral("link/evil.txt"), "through the link")});
    QVERIFY(!zip.isEmpty());
    QVERIFY(!readBytes(zip, &entries, &error));
    QVERIFY2(error.contains(QLatin1String("\"link\"")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
}

void TestZipReader::refusesSpecialFiles_data()
{
    QTest::addColumn<quint32>("mode");
    QTest::newRow("fifo") << quint32(0010644);
    QTest::newRow("char device") << quint32(0020644);
    QTest::newRow("block device") << quint32(0060644);
    QTest::newRow("socket") << quint32(0140644);
}

void TestZipReader::refusesSpecialFiles()
{
    QFETCH(quint32, mode);
    QList<ZipEntry> entries;
    QString error;
    const QByteArray zip = buildZip({raw(QStringLiteral("dev/node"), "", mode)});
    QVERIFY(!zip.isEmpty());
    QVERIFY(!readBytes(zip, &entries, &error));
    QVERIFY2(error.contains(QLatin1String("dev/node")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("device, fifo or socket")), qPrintable(error));
}

void TestZipReader::refusesEncrypted()
{
    QList<ZipEntry> entries;
    QString error;
    RawEntry e = raw(QStringLiteral("secret.txt"), "hidden content");
    const QByteArray control = buildZip({e});
    QVERIFY(!control.isEmpty());
    QVERIFY2(readBytes(control, &entries, &error), qPrintable(error));

    e.password = "password";
    const QByteArray zip = buildZip({e});
    QVERIFY(!zip.isEmpty());
    QVERIFY(!readBytes(zip, &entries, &error));
    QVERIFY2(error.contains(QLatin1String("secret.txt")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("encrypted")), qPrintable(error));
}

void TestZipReader::refusesTooManyEntries()
{
    QList<RawEntry> input;
    for (int i = 0; i < 5; ++i)
        input.append(raw(QStringLiteral("f%1.txt").arg(i), QByteArray::number(i)));
    const QByteArray zip = buildZip(input);
    QVERIFY(!zip.isEmpty());

    QList<ZipEntry> entries;
    QString error;
    ZipLimits limits;
    limits.maxEntries = 5;
    QVERIFY2(readBytes(zip, &entries, &error, limits), qPrintable(error));
    QCOMPARE(entries.size(), 5);

    limits.maxEntries = 4;
    QVERIFY(!readBytes(zip, &entries, &error, limits));
    QVERIFY2(error.contains(QLatin1String("entries")), qPrintable(error));
}

void TestZipReader::refusesDeclaredBomb()
{
    // 4 MiB of zeros compress to a few KiB.
    const QByteArray zip = buildZip({raw(QStringLiteral("bomb.bin"), QByteArray(4 * 1024 * 1024, '\0'))});
    QVERIFY(!zip.isEmpty());
    QVERIFY(zip.size() < 64 * 1024);

    QList<ZipEntry> entries;
    QString error;
    ZipLimits limits;
    limits.maxRatio = 1000000;
    QVERIFY2(readBytes(zip, &entries, &error, limits), qPrintable(error));
    QCOMPARE(entries.at(0).data.size(), 4 * 1024 * 1024);

    limits.maxEntryBytes = 1024 * 1024;
    QVERIFY(!readBytes(zip, &entries, &error, limits));
    QVERIFY2(error.contains(QLatin1String("bomb.bin")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("1048576")), qPrintable(error));
}

void TestZipReader::refusesHighRatio()
{
    const QByteArray zip = buildZip({raw(QStringLiteral("bomb.bin"), QByteArray(4 * 1024 * 1024, '\0'))});
    QVERIFY(!zip.isEmpty());
    QList<ZipEntry> entries;
    QString error;
    // Under the default size limit, but far over the default 200:1 ratio.
    QVERIFY(!readBytes(zip, &entries, &error));
    QVERIFY2(error.contains(QLatin1String("bomb.bin")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("expands")), qPrintable(error));
}

void TestZipReader::refusesTotalOverLimit()
{
    const QByteArray zip = buildZip({raw(QStringLiteral("a.bin"), randomBytes(100 * 1024, 2)),
                                     raw(QStringLiteral("b.bin"), randomBytes(100 * 1024, 3)),
                                     raw(QStringLiteral("c.bin"), randomBytes(100 * 1024, 4))});
    QVERIFY(!zip.isEmpty());
    QList<ZipEntry> entries;
    QString error;
    ZipLimits limits;
    limits.maxTotalBytes = 300 * 1024;
    QVERIFY2(readBytes(zip, &entries, &error, limits), qPrintable(error));

    limits.maxTotalBytes = 250 * 1024;
    QVERIFY(!readBytes(zip, &entries, &error, limits));
    QVERIFY2(error.contains(QLatin1String("c.bin")), qPrintable(error));
}

void TestZipReader::refusesLyingSize_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("declared");
    QTest::newRow("stored, claims less") << 0 << QByteArray(1000, 'A') << quint32(100);
    QTest::newRow("stored, claims more") << 0 << QByteArray(1000, 'A') << quint32(2000);
    QTest::newRow("deflated, claims more") << int(Z_DEFLATED) << randomBytes(1000, 5) << quint32(2000);
    // A bomb hiding behind a small declared size.
    QTest::newRow("deflated bomb, claims little")
        << int(Z_DEFLATED) << QByteArray(8 * 1024 * 1024, '\0') << quint32(100);
}

void TestZipReader::refusesLyingSize()
{
    QFETCH(int, method);
    QFETCH(QByteArray, data);
    QFETCH(quint32, declared);
    RawEntry e = raw(QStringLiteral("liar.bin"), data);
    e.method = method;
    QByteArray zip = buildZip({e});
    QVERIFY(!zip.isEmpty());

    QList<ZipEntry> entries;
    QString error;
    ZipLimits generous;
    generous.maxRatio = 1000000;
    generous.maxEntryBytes = 16 * 1024 * 1024;
    QVERIFY2(readBytes(zip, &entries, &error, generous), qPrintable(error));

    QVERIFY(patchUncompressedSize(&zip, declared));
    QVERIFY(!readBytes(zip, &entries, &error, generous));
    QVERIFY2(error.contains(QLatin1String("liar.bin")), qPrintable(error));
}

void TestZipReader::refusesCorruptedData_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("stored") << 0;
    QTest::newRow("deflated") << int(Z_DEFLATED);
}

void TestZipReader::refusesCorruptedData()
{
    QFETCH(int, method);
    RawEntry e = raw(QStringLiteral("data.txt"),
                     QByteArray("The quick brown fox jumps over the lazy dog. ").repeated(20));
    e.method = method;
    QByteArray zip = buildZip({e});
    QVERIFY(!zip.isEmpty());
    QList<ZipEntry> entries;
    QString error;
    QVERIFY2(readBytes(zip, &entries, &error), qPrintable(error));

    const qsizetype at = localDataOffset(zip) + 5;
    QVERIFY(at < centralHeaderOffset(zip));
    zip[at] = char(zip[at] ^ 0x20);
    QVERIFY(!readBytes(zip, &entries, &error));
    QVERIFY2(error.contains(QLatin1String("data.txt")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
}

void TestZipReader::refusesDuplicates()
{
    const QByteArray zip =
        buildZip({raw(QStringLiteral("a.txt"), "one"), raw(QStringLiteral("a.txt"), "two")});
    QVERIFY(!zip.isEmpty());
    QList<ZipEntry> entries;
    QString error;
    QVERIFY(!readBytes(zip, &entries, &error));
    QVERIFY2(error.contains(QLatin1String("a.txt")), qPrintable(error));
}

void TestZipReader::refusesGarbage()
{
    QList<ZipEntry> entries;
    QString error;
    QVERIFY(!readBytes(QByteArray("this is not a zip file at all"), &entries, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!readBytes(QByteArray(), &entries, &error));
    QVERIFY(!error.isEmpty());

    const QByteArray zip = buildZip({raw(QStringLiteral("a.bin"), randomBytes(4096, 6))});
    QVERIFY(!zip.isEmpty());
    QVERIFY2(readBytes(zip, &entries, &error), qPrintable(error));
    error.clear();
    QVERIFY(!readBytes(zip.left(zip.size() / 2), &entries, &error));
    QVERIFY(!error.isEmpty());
}

void TestZipReader::leavesEntriesUntouchedOnFailure()
{
    const QByteArray zip =
        buildZip({raw(QStringLiteral("ok.txt"), "ok"), raw(QStringLiteral("../evil"), "x")});
    QVERIFY(!zip.isEmpty());
    QList<ZipEntry> entries = {ZipEntry{QStringLiteral("sentinel"), QByteArray("s")}};
    QString error;
    QVERIFY(!readBytes(zip, &entries, &error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).path, QStringLiteral("sentinel"));
}

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"
