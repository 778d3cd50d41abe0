// Reading imported nodes' original files again (after a save and reopen):
// plain paths, paths relative to the project, entries of a zip, missing files; and
// the parallel folder walk, which must find what QDirIterator finds.
#include "configfiles.h"
#include "importer.h"
#include "parallel.h"
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace apim;

class TestConfigFiles : public QObject
{
    Q_OBJECT

private slots:
    void zipEntriesComeBack()
    {
        const QString zip = testutil::dataPath(QStringLiteral("zip/seed-ha-deflated.zip"));
        Design d;
        Findings findings;
        QString error;
        ImportedFiles imported;
        QVERIFY2(importConfigs({zip}, &d, &findings, &error, &imported), qPrintable(error));
        QCOMPARE(imported.size(), 2);

        const ImportedFiles again = readSourceFiles(d, QString());
        QCOMPARE(again.size(), 2);
        for (const ImportedFile &f : again) {
            const Node *n = d.topology.node(f.node);
            QVERIFY(n);
            QCOMPARE(f.path, n->sourceFile);
            QVERIFY(f.path.startsWith(zip + QLatin1String("!/")));
            QVERIFY(f.parsed);
            const auto it = std::find_if(imported.cbegin(), imported.cend(),
                                         [&](const ImportedFile &i) { return i.path == f.path; });
            QVERIFY(it != imported.cend());
            QCOMPARE(f.text, it->text);
        }
    }

    void importRecordsAbsoluteSources()
    {
        const QString old = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QStringLiteral(APIM_TEST_DATA)));
        Design d;
        Findings findings;
        QString error;
        const bool ok = importConfigs(
            {QStringLiteral("zip/seed-ha-stored.zip"), QStringLiteral("seed/gateway-single.toml")}, &d,
            &findings, &error);
        QDir::setCurrent(old);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(d.topology.nodes().size() >= 3, true);
        int sources = 0;
        for (const Node &n : d.topology.nodes()) {
            if (n.sourceFile.isEmpty())
                continue;
            ++sources;
            QVERIFY2(n.sourceFile.startsWith(QLatin1String(APIM_TEST_DATA "/")), qPrintable(n.sourceFile));
        }
        QCOMPARE(sources, 3);
        // ...so they are found again from anywhere.
        QCOMPARE(readSourceFiles(d, QString()).size(), 3);
    }

    void relativePathsResolveAgainstTheProject()
    {
        Design d;
        Node gw;
        gw.id = d.topology.allocateNodeId();
        gw.kind = NodeKind::Gateway;
        gw.values.insert(Field::Name, QStringLiteral("gw"));
        gw.sourceFile = QStringLiteral("seed/gateway-ha.toml");
        d.topology.insertNode(0, gw);
        Node gone = gw;
        gone.id = d.topology.allocateNodeId();
        gone.values.insert(Field::Name, QStringLiteral("gone"));
        gone.sourceFile = QStringLiteral("seed/no-such-file.toml");
        d.topology.insertNode(1, gone);
        Node drawn = gw;
        drawn.id = d.topology.allocateNodeId();
        drawn.values.insert(Field::Name, QStringLiteral("drawn"));
        drawn.sourceFile.clear();
        d.topology.insertNode(2, drawn);

        const ImportedFiles files = readSourceFiles(d, QStringLiteral(APIM_TEST_DATA));
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().node, gw.id);
        QCOMPARE(files.first().text,
                 testutil::readFile(testutil::dataPath(QStringLiteral("seed/gateway-ha.toml"))));
        QVERIFY(files.first().parsed);
        // Without the project's folder the relative path means nothing here.
        QVERIFY(readSourceFiles(d, QString()).isEmpty());
    }

    // Hidden files and folders, links to files, folders and nowhere, a FIFO, upper-case
    // suffixes, a trailing slash or none: the same paths, spelled alike, as QDirIterator gives.
    void folderWalkFindsWhatQDirIteratorFinds_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>("trailingSlash");
        QTest::newRow("1 thread") << 1 << false;
        QTest::newRow("2 threads") << 2 << false;
        QTest::newRow("2 threads, slash") << 2 << true;
    }

    void folderWalkFindsWhatQDirIteratorFinds()
    {
        QFETCH(int, threads);
        QFETCH(bool, trailingSlash);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path() + QLatin1String("/set");
        const auto write = [&](const QString &rel) {
            QVERIFY(QDir().mkpath(QFileInfo(root + QLatin1Char('/') + rel).path()));
            QFile f(root + QLatin1Char('/') + rel);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[server]\nhostname = \"" + rel.toUtf8() + "\"\n");
        };
        write(QStringLiteral("a/deployment.toml"));
        write(QStringLiteral("a/b/c/d/deployment.TOML"));
        write(QStringLiteral("a/notes.txt"));
        write(QStringLiteral(".hidden/deployment.toml"));
        write(QStringLiteral("a/.hidden.toml"));
        write(QStringLiteral("e f/gw 1.toml"));
        for (int i = 0; i < 40; ++i)
            write(QStringLiteral("many/n%1/repository/conf/deployment.toml").arg(i));
        QVERIFY(QFile::link(root + QLatin1String("/a/deployment.toml"), root + QLatin1String("/link.toml")));
        QVERIFY(QFile::link(root + QLatin1String("/a"), root + QLatin1String("/linked-folder")));
        QVERIFY(QFile::link(root + QLatin1String("/nowhere"), root + QLatin1String("/dangling.toml")));
        QVERIFY(QDir().mkpath(root + QLatin1String("/folder.toml")));
        QCOMPARE(::mkfifo(QFile::encodeName(root + QLatin1String("/pipe.toml")).constData(), 0600), 0);

        const QString input = trailingSlash ? root + QLatin1Char('/') : root;
        QStringList expected;
        for (QDirIterator it(input, {QStringLiteral("*.toml")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();)
            expected.append(it.next());
        expected.sort();
        QCOMPARE(expected.size(), 44); // what the walk below must find, checked not to be empty

        parallel::setThreadCount(threads);
        ImportedFiles files;
        QString error;
        const bool ok = collectConfigFiles({input}, &files, &error);
        parallel::setThreadCount(0);
        QVERIFY2(ok, qPrintable(error));
        QStringList found;
        for (const ImportedFile &f : files) {
            found.append(f.path);
            QCOMPARE(f.namingPath, QFileInfo(f.path).absoluteFilePath());
            QVERIFY2(f.text.startsWith("[server]"), qPrintable(f.path));
        }
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestConfigFiles)
#include "tst_configfiles.moc"
