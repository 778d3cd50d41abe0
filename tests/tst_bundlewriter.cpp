// Zip and folder output of a bundle: order, modes, determinism, refusal of
// unsafe paths and atomic replacement.
#include "bundlewriter.h"
#include "testutil.h"
#include "zipreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <sys/stat.h>
#include <time.h>

using namespace apim;

namespace {

BundleFile file(const char *path, const QByteArray &data, bool executable = false, bool secret = false)
{
    BundleFile f;
    f.path = QString::fromUtf8(path);
    f.data = data;
    f.executable = executable;
    f.secret = secret;
    return f;
}

// Deliberately not in path order.
BundleFiles sampleBundle()
{
    return {
        file("nodes/gw-1/conf/deployment.toml", "[server]\nhostname = \"gw-1\"\n"),
        file("bin/apply.sh", "#!/bin/sh\necho applied\n", true),
        file("README.txt", "Bundle\n"),
        file("secrets/admin-password.txt", "s3cret\n", false, true),
        file("empty.txt", QByteArray()),
        file("conf/deployment.toml", QByteArray(5000, 'x')),
    };
}

const QStringList sampleOrder = {
    QStringLiteral("README.txt"),
    QStringLiteral("bin/apply.sh"),
    QStringLiteral("conf/deployment.toml"),
    QStringLiteral("empty.txt"),
    QStringLiteral("nodes/gw-1/conf/deployment.toml"),
    QStringLiteral("secrets/admin-password.txt"),
};

struct ListedEntry
{
    QString name;
    quint32 unixMode = 0;
    QDateTime dateTime;
    QByteArray data;
};

// Reads back with plain QuaZip, independent of the code under test.
QList<ListedEntry> listZip(const QString &path, bool *ok)
{
    *ok = false;
    QList<ListedEntry> out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return out;
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        ListedEntry e{info.name, info.externalAttr >> 16, info.dateTime, f.readAll()};
        f.close();
        if (f.getZipError() != UNZ_OK)
            return out;
        out.append(e);
    }
    *ok = zip.getZipError() == UNZ_OK;
    return out;
}

int modeOf(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Everything below `dir`, relative and sorted, folders with a trailing slash.
QStringList tree(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QString rel = QDir(dir).relativeFilePath(path);
        if (it.fileInfo().isDir() && !it.fileInfo().isSymLink())
            rel += QLatin1Char('/');
        out.append(rel);
    }
    out.sort();
    return out;
}

void setTimeZone(const QByteArray &tz)
{
    if (tz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", tz);
    ::tzset();
}

} // namespace

class TestBundleWriter : public QObject
{
    Q_OBJECT

private slots:
    void zipEntriesSortedWithExactData();
    void zipModesAndTimestamps();
    void zipModesWithUnzip();
    void zipIsDeterministic();
    void refusesBadPaths_data();
    void refusesBadPaths();
    void acceptsOrdinaryPaths();
    void zipNoOverwriteWithoutFlag();
    void zipFailureKeepsExistingFile();
    void zipUnwritableTargets();
    void directoryContentsAndModes();
    void directoryNoOverwriteWithoutFlag();
    void directoryAtomicReplace();
    void directoryFailureChangesNothing();
    void directoryUnusableTargets();
};

void TestBundleWriter::zipEntriesSortedWithExactData()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString zipPath = tmp.filePath(QStringLiteral("bundle.zip"));
    QString error;
    QVERIFY2(writeBundleZip(sampleBundle(), zipPath, false, &error), qPrintable(error));

    bool ok = false;
    const QList<ListedEntry> entries = listZip(zipPath, &ok);
    QVERIFY(ok);
    QStringList names;
    for (const ListedEntry &e : entries)
        names.append(e.name);
    // No directory entries: exactly the files, in path order.
    QCOMPARE(names, sampleOrder);

    const BundleFiles input = sampleBundle();
    for (const ListedEntry &e : entries) {
        const auto it =
            std::find_if(input.begin(), input.end(), [&](const BundleFile &f) { return f.path == e.name; });
        QVERIFY(it != input.end());
        QCOMPARE(e.data, it->data);
    }

    // The safe reader accepts what the writer produces.
    QList<ZipEntry> read;
    QVERIFY2(readZipSafely(zipPath, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), sampleOrder.size());
}

void TestBundleWriter::zipModesAndTimestamps()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString zipPath = tmp.filePath(QStringLiteral("bundle.zip"));
    QString error;
    QVERIFY2(writeBundleZip(sampleBundle(), zipPath, false, &error), qPrintable(error));

    bool ok = false;
    const QList<ListedEntry> entries = listZip(zipPath, &ok);
    QVERIFY(ok);
    QCOMPARE(entries.size(), sampleOrder.size());
    for (const ListedEntry &e : entries) {
        quint32 expected = 0100644;
        if (e.name == QLatin1String("bin/apply.sh"))
            expected = 0100755;
        else if (e.name == QLatin1String("secrets/admin-password.txt"))
            expected = 0100600;
        QCOMPARE(e.unixMode, expected);
        QCOMPARE(e.dateTime.date(), QDate(1980, 1, 1));
        QCOMPARE(e.dateTime.time(), QTime(0, 0));
    }
}

void TestBundleWriter::zipModesWithUnzip()
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QSKIP("unzip is not installed");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString zipPath = tmp.filePath(QStringLiteral("bundle.zip"));
    QString error;
    QVERIFY2(writeBundleZip(sampleBundle(), zipPath, false, &error), qPrintable(error));

    QProcess test;
    test.start(unzip, {QStringLiteral("-tq"), zipPath});
    QVERIFY(test.waitForFinished());
    QCOMPARE(test.exitCode(), 0);

    QProcess info;
    info.start(unzip, {QStringLiteral("-Z"), zipPath});
    QVERIFY(info.waitForFinished());
    QCOMPARE(info.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(info.readAllStandardOutput()).split(QLatin1Char('\n'));
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("-rw-r--r--"), QStringLiteral("README.txt")},
        {QStringLiteral("-rwxr-xr-x"), QStringLiteral("bin/apply.sh")},
        {QStringLiteral("-rw-------"), QStringLiteral("secrets/admin-password.txt")},
    };
    for (const auto &[perms, name] : expected) {
        const auto it = std::find_if(lines.begin(), lines.end(), [&](const QString &line) {
            return line.endsWith(QLatin1Char(' ') + name);
        });
        QVERIFY2(it != lines.end(), qPrintable(name));
        QVERIFY2(it->startsWith(perms), qPrintable(*it));
        QVERIFY2(it->contains(QLatin1String("80-Jan-01 00:00")), qPrintable(*it));
    }
}

void TestBundleWriter::zipIsDeterministic()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QString error;
    const QString first = tmp.filePath(QStringLiteral("first.zip"));
    QVERIFY2(writeBundleZip(sampleBundle(), first, false, &error), qPrintable(error));

    // Input order must not matter.
    BundleFiles reversed = sampleBundle();
    std::reverse(reversed.begin(), reversed.end());
    const QString second = tmp.filePath(QStringLiteral("second.zip"));
    QVERIFY2(writeBundleZip(reversed, second, false, &error), qPrintable(error));

    // Nor the time zone: +14 h and -3.5 h differ in date and hour from UTC.
    const QByteArray savedTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    const auto restore = qScopeGuard([&] { setTimeZone(hadTz ? savedTz : QByteArray()); });
    setTimeZone("Pacific/Kiritimati");
    const QString kiritimati = tmp.filePath(QStringLiteral("kiritimati.zip"));
    QVERIFY2(writeBundleZip(sampleBundle(), kiritimati, false, &error), qPrintable(error));
    setTimeZone("America/St_Johns");
    const QString stJohns = tmp.filePath(QStringLiteral("stjohns.zip"));
    QVERIFY2(writeBundleZip(sampleBundle(), stJohns, false, &error), qPrintable(error));

    const QByteArray reference = testutil::readFile(first);
    QVERIFY(!reference.isEmpty());
    QCOMPARE(testutil::readFile(second), reference);
    QCOMPARE(testutil::readFile(kiritimati), reference);
    QCOMPARE(testutil::readFile(stJohns), reference);
}

void TestBundleWriter::refusesBadPaths_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("parent") << QStringList{QStringLiteral("../x")};
    QTest::newRow("nested parent") << QStringList{QStringLiteral("a/../../x")};
    QTest::newRow("inner parent") << QStringList{QStringLiteral("a/../b")};
    QTest::newRow("trailing parent") << QStringList{QStringLiteral("a/..")};
    QTest::newRow("absolute") << QStringList{QStringLiteral("/etc/passwd")};
    QTest::newRow("drive") << QStringList{QStringLiteral("C:/x")};
    QTest::newRow("backslash") << QStringList{QStringLiteral("a\\b")};
    QTest::newRow("backslash parent") << QStringList{QStringLiteral("..\\x")};
    QTest::newRow("double slash") << QStringList{QStringLiteral("a//b")};
    QTest::newRow("trailing slash") << QStringList{QStringLiteral("a/")};
    QTest::newRow("dot") << QStringList{QStringLiteral("./a")};
    QTest::newRow("inner dot") << QStringList{QStringLiteral("a/./b")};
    QTest::newRow("empty") << QStringList{QString()};
    QTest::newRow("nul") << QStringList{QStringLiteral("a") + QChar(0) + QStringLiteral("b")};
    QTest::newRow("duplicate") << QStringList{QStringLiteral("a/b"), QStringLiteral("a/b")};
    QTest::newRow("file and folder") << QStringList{QStringLiteral("a"), QStringLiteral("a/b")};
}

void TestBundleWriter::refusesBadPaths()
{
    QFETCH(QStringList, paths);
    // A good file first, so that a writer which checks lazily would start writing.
    BundleFiles files = {file("0-good.txt", "good")};
    for (const QString &p : paths) {
        BundleFile f;
        f.path = p;
        f.data = "bad";
        files.append(f);
    }

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString base = tmp.filePath(QStringLiteral("base"));
    QVERIFY(QDir().mkdir(base));

    QString error;
    const QString zipPath = base + QStringLiteral("/bundle.zip");
    QVERIFY(!writeBundleZip(files, zipPath, true, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(zipPath));

    error.clear();
    const QString dirPath = base + QStringLiteral("/bundle");
    QVERIFY(!writeBundleDirectory(files, dirPath, true, &error));
    QVERIFY(!error.isEmpty());
    // Nothing at the target, no temporary leftovers, nothing outside.
    QCOMPARE(tree(tmp.path()), QStringList{QStringLiteral("base/")});
}

void TestBundleWriter::acceptsOrdinaryPaths()
{
    QVERIFY(isSafeBundlePath(QStringLiteral("a")));
    QVERIFY(isSafeBundlePath(QStringLiteral("conf/deployment.toml")));
    QVERIFY(isSafeBundlePath(QStringLiteral(".hidden/..name")));
    QVERIFY(isSafeBundlePath(QStringLiteral("nodes/gw 1/naïve.txt")));
    QString why;
    QVERIFY(!isSafeBundlePath(QStringLiteral("../x"), &why));
    QVERIFY(!why.isEmpty());
}

void TestBundleWriter::zipNoOverwriteWithoutFlag()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString zipPath = tmp.filePath(QStringLiteral("bundle.zip"));
    {
        QFile old(zipPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    QString error;
    QVERIFY(!writeBundleZip(sampleBundle(), zipPath, false, &error));
    QVERIFY2(error.contains(QLatin1String("bundle.zip")), qPrintable(error));
    QCOMPARE(testutil::readFile(zipPath), QByteArray("old contents"));

    QVERIFY2(writeBundleZip(sampleBundle(), zipPath, true, &error), qPrintable(error));
    bool ok = false;
    QCOMPARE(listZip(zipPath, &ok).size(), sampleOrder.size());
    QVERIFY(ok);
    QCOMPARE(tree(tmp.path()), QStringList{QStringLiteral("bundle.zip")});
}

void TestBundleWriter::zipFailureKeepsExistingFile()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString zipPath = tmp.filePath(QStringLiteral("bundle.zip"));
    QString error;
    QVERIFY2(writeBundleZip(sampleBundle(), zipPath, false, &error), qPrintable(error));
    const QByteArray before = testutil::readFile(zipPath);

    BundleFiles bad = sampleBundle();
    bad.append(file("zzz/../../escape.txt", "x"));
    QVERIFY(!writeBundleZip(bad, zipPath, true, &error));
    QCOMPARE(testutil::readFile(zipPath), before);
    // QSaveFile's temporary file is gone as well.
    QCOMPARE(tree(tmp.path()), QStringList{QStringLiteral("bundle.zip")});
}

void TestBundleWriter::zipUnwritableTargets()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QString error;

    // The parent "folder" is a file: creating the temporary file fails.
    const QString plain = tmp.filePath(QStringLiteral("plain"));
    {
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain");
    }
    QVERIFY(!writeBundleZip(sampleBundle(), plain + QStringLiteral("/bundle.zip"), true, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(testutil::readFile(plain), QByteArray("plain"));

    // The target is a folder, even with overwrite.
    const QString folder = tmp.filePath(QStringLiteral("folder.zip"));
    QVERIFY(QDir().mkdir(folder));
    error.clear();
    QVERIFY(!writeBundleZip(sampleBundle(), folder, true, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(folder).isDir());

    // Missing parent folder.
    error.clear();
    QVERIFY(
        !writeBundleZip(sampleBundle(), tmp.filePath(QStringLiteral("missing/bundle.zip")), true, &error));
    QVERIFY(!error.isEmpty());

    QCOMPARE(tree(tmp.path()), (QStringList{QStringLiteral("folder.zip/"), QStringLiteral("plain")}));
}

void TestBundleWriter::directoryContentsAndModes()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dirPath = tmp.filePath(QStringLiteral("out"));

    // A strict umask must not change the result: modes are set explicitly.
    const mode_t savedMask = ::umask(0077);
    const auto restore = qScopeGuard([&] { ::umask(savedMask); });
    QString error;
    QVERIFY2(writeBundleDirectory(sampleBundle(), dirPath, false, &error), qPrintable(error));

    QCOMPARE(tree(tmp.path()), (QStringList{
                                   QStringLiteral("out/"),
                                   QStringLiteral("out/.apim-designer-bundle"), // the tool's marker
                                   QStringLiteral("out/README.txt"),
                                   QStringLiteral("out/bin/"),
                                   QStringLiteral("out/bin/apply.sh"),
                                   QStringLiteral("out/conf/"),
                                   QStringLiteral("out/conf/deployment.toml"),
                                   QStringLiteral("out/empty.txt"),
                                   QStringLiteral("out/nodes/"),
                                   QStringLiteral("out/nodes/gw-1/"),
                                   QStringLiteral("out/nodes/gw-1/conf/"),
                                   QStringLiteral("out/nodes/gw-1/conf/deployment.toml"),
                                   QStringLiteral("out/secrets/"),
                                   QStringLiteral("out/secrets/admin-password.txt"),
                               }));
    for (const BundleFile &f : sampleBundle()) {
        const QString path = dirPath + QLatin1Char('/') + f.path;
        QCOMPARE(testutil::readFile(path), f.data);
        QCOMPARE(modeOf(path), f.mode());
    }
    QCOMPARE(modeOf(dirPath), 0755);
    QCOMPARE(modeOf(dirPath + QStringLiteral("/nodes/gw-1/conf")), 0755);
    QCOMPARE(modeOf(dirPath + QStringLiteral("/secrets")), 0755);
}

void TestBundleWriter::directoryNoOverwriteWithoutFlag()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dirPath = tmp.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkdir(dirPath));
    {
        QFile old(dirPath + QStringLiteral("/old.txt"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QString error;
    QVERIFY(!writeBundleDirectory(sampleBundle(), dirPath, false, &error));
    QVERIFY2(error.contains(QLatin1String("out")), qPrintable(error));
    QCOMPARE(tree(tmp.path()), (QStringList{QStringLiteral("out/"), QStringLiteral("out/old.txt")}));
}

void TestBundleWriter::directoryAtomicReplace()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dirPath = tmp.filePath(QStringLiteral("out"));
    QString error;
    // Only a folder the tool wrote (it carries the marker) may be replaced.
    QVERIFY2(writeBundleDirectory({file("stale/old.txt", "old")}, dirPath, false, &error), qPrintable(error));
    const BundleFiles files = {file("bin/apply.sh", "#!/bin/sh\n", true), file("README.txt", "new\n")};
    QVERIFY2(writeBundleDirectory(files, dirPath, true, &error), qPrintable(error));
    // Old content gone, new content complete, no temporary or backup folders left.
    QCOMPARE(tree(tmp.path()),
             (QStringList{QStringLiteral("out/"), QStringLiteral("out/.apim-designer-bundle"),
                          QStringLiteral("out/README.txt"), QStringLiteral("out/bin/"),
                          QStringLiteral("out/bin/apply.sh")}));
    QCOMPARE(testutil::readFile(dirPath + QStringLiteral("/README.txt")), QByteArray("new\n"));
    QCOMPARE(modeOf(dirPath + QStringLiteral("/bin/apply.sh")), 0755);

    // And once more over the folder it just wrote.
    QVERIFY2(writeBundleDirectory(sampleBundle(), dirPath, true, &error), qPrintable(error));
    QCOMPARE(testutil::readFile(dirPath + QStringLiteral("/README.txt")), QByteArray("Bundle\n"));
    QCOMPARE(tree(tmp.path()).filter(QRegularExpression(QStringLiteral("^[^/]+/?$"))),
             QStringList{QStringLiteral("out/")});
}

void TestBundleWriter::directoryFailureChangesNothing()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dirPath = tmp.filePath(QStringLiteral("out"));
    // A segment longer than NAME_MAX passes validation but fails while writing,
    // after earlier files were already written to the temporary folder.
    BundleFiles files = sampleBundle();
    files.append(file("zzz/", "x"));
    files.last().path += QString(300, QLatin1Char('n'));

    QString error;
    QVERIFY(!writeBundleDirectory(files, dirPath, true, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(tree(tmp.path()), QStringList());

    QVERIFY(QDir().mkdir(dirPath));
    {
        QFile old(dirPath + QStringLiteral("/old.txt"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    error.clear();
    QVERIFY(!writeBundleDirectory(files, dirPath, true, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(tree(tmp.path()), (QStringList{QStringLiteral("out/"), QStringLiteral("out/old.txt")}));
    QCOMPARE(testutil::readFile(dirPath + QStringLiteral("/old.txt")), QByteArray("old"));
}

void TestBundleWriter::directoryUnusableTargets()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QString error;

    const QString plain = tmp.filePath(QStringLiteral("plain"));
    {
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain");
    }
    // The target is a file.
    QVERIFY(!writeBundleDirectory(sampleBundle(), plain, true, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(testutil::readFile(plain), QByteArray("plain"));

    // The parent is a file, or missing.
    error.clear();
    QVERIFY(!writeBundleDirectory(sampleBundle(), plain + QStringLiteral("/out"), true, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!writeBundleDirectory(sampleBundle(), tmp.filePath(QStringLiteral("missing/out")), true, &error));
    QVERIFY(!error.isEmpty());

    // A symbolic link to a folder is not replaced.
    const QString real = tmp.filePath(QStringLiteral("real"));
    QVERIFY(QDir().mkdir(real));
    const QString link = tmp.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(real, link));
    error.clear();
    QVERIFY(!writeBundleDirectory(sampleBundle(), link, true, &error));
    QVERIFY(!error.isEmpty());

    QCOMPARE(tree(tmp.path()),
             (QStringList{QStringLiteral("link"), QStringLiteral("plain"), QStringLiteral("real/")}));
}

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
