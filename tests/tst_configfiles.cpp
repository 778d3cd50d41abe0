// Reading imported nodes' original files again (after a save and reopen):
// plain paths, paths relative to the project, entries of a zip, missing files.
#include "configfiles.h"
#include "importer.h"
#include "testutil.h"

#include <QDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestConfigFiles)
#include "tst_configfiles.moc"
