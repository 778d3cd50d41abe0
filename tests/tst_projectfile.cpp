// The *.apimtopo project file: round trip, determinism, versioning, errors.
#include "projectfile.h"
#include "templates.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace apim;

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteIdentical_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("gw-cp") << QStringLiteral("gw-cp");
        QTest::newRow("gw-cp-ha") << QStringLiteral("gw-cp-ha");
    }

    void roundTripIsByteIdentical()
    {
        QFETCH(QString, pattern);
        Design d;
        QString error;
        QVERIFY(Templates::create(pattern, 3, 2, &d, &error));
        // Extra TOML with awkward characters and a node with everything set.
        d.topology.mutableNode(d.topology.nodes().first().id)->extraToml =
            QStringLiteral("[apim.jwt]\nenable = true\nheader = \"X-JWT \\\"quoted\\\"\"\n");
        d.settings.skipList.apis = QStringList{QStringLiteral("api1.xml")};
        d.settings.qpidHeartbeatTimeoutFactor = 3.0;
        const QByteArray first = ProjectFile::serialize(d);
        Design back;
        TomlError e;
        QVERIFY2(ProjectFile::parse(first, QStringLiteral("x.apimtopo"), &back, &e),
                 qPrintable(e.toString()));
        QCOMPARE(back.settings, d.settings);
        QCOMPARE(back.topology.nodes().size(), d.topology.nodes().size());
        QCOMPARE(back.topology.links().size(), d.topology.links().size());
        QCOMPARE(back.topology.nodes().first().extraToml.text(), d.topology.nodes().first().extraToml.text());
        QCOMPARE(ProjectFile::serialize(back), first);
    }

    void saveIsAtomicAndDeterministic()
    {
        QTemporaryDir dir;
        Design d;
        QString error;
        QVERIFY(Templates::create(QStringLiteral("gw-cp-ha"), 2, 2, &d, &error));
        const QString path = dir.filePath(QStringLiteral("a.apimtopo"));
        QVERIFY(ProjectFile::save(path, d, &error));
        const QByteArray once = testutil::readFile(path);
        QVERIFY(ProjectFile::save(path, d, &error));
        QCOMPARE(testutil::readFile(path), once);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp leftovers
        // A save into a folder that does not exist fails and says why.
        QVERIFY(!ProjectFile::save(dir.filePath(QStringLiteral("missing/b.apimtopo")), d, &error));
        QVERIFY(!error.isEmpty());
    }

    void newerFormatIsRefused()
    {
        Design d;
        TomlError e;
        QVERIFY(!ProjectFile::parse("format_version = 99\n[design]\nname = \"x\"\n",
                                    QStringLiteral("new.apimtopo"), &d, &e));
        QCOMPARE(e.line, 1);
        QVERIFY(e.message.contains(QStringLiteral("newer")));
    }

    void errorsNameFileLineColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expect");
        const QByteArray head = "format_version = 1\n[design]\nname = \"x\"\napim_version = \"4.4.0\"\n";
        QTest::newRow("syntax") << QByteArray(head + "[[node]\n") << 5 << QString();
        QTest::newRow("unknown kind") << QByteArray(head + "[[node]]\nkind = \"router\"\nname = \"a\"\n") << 6
                                      << QStringLiteral("router");
        QTest::newRow("bad offset") << QByteArray(head +
                                                  "[[node]]\nkind = \"gateway\"\nname = \"a\"\noffset = -5\n")
                                    << 8 << QStringLiteral("offset");
        QTest::newRow("duplicate name")
            << QByteArray(head + "[[node]]\nkind = \"gateway\"\nname = \"a\"\n[[node]]\nkind = "
                                 "\"database\"\nname = \"a\"\n")
            << 10 << QStringLiteral("duplicate");
        QTest::newRow("bad link")
            << QByteArray(head +
                          "[[node]]\nkind = \"database\"\nname = \"d\"\n[[node]]\nkind = \"load-balancer\"\n"
                          "name = \"l\"\n[[link]]\nfrom = \"l\"\nto = \"d\"\n")
            << 13 << QStringLiteral("invalid link");
        QTest::newRow("unknown key") << QByteArray(head + "colour = \"red\"\n") << 5
                                     << QStringLiteral("colour");
        QTest::newRow("bad version") << QByteArray("format_version = 1\n[design]\napim_version = \"3.2.0\"\n")
                                     << 3 << QStringLiteral("3.2.0");
        QTest::newRow("bad name") << QByteArray(head + "[[node]]\nkind = \"gateway\"\nname = \"../x\"\n") << 7
                                  << QStringLiteral("name");
    }

    void errorsNameFileLineColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, expect);
        Design d;
        d.settings.name = QStringLiteral("untouched");
        TomlError e;
        QVERIFY(!ProjectFile::parse(text, QStringLiteral("bad.apimtopo"), &d, &e));
        QCOMPARE(e.line, line);
        QVERIFY2(e.message.contains(expect), qPrintable(e.toString()));
        QVERIFY(e.toString().startsWith(QStringLiteral("bad.apimtopo:%1:").arg(line)));
        QCOMPARE(d.settings.name, QStringLiteral("untouched")); // nothing half-loaded
    }

    void passwordsCanStayOut()
    {
        Design d;
        QString error;
        QVERIFY(Templates::create(QStringLiteral("gw-cp"), 1, 1, &d, &error));
        d.settings.storePasswords = false;
        d.settings.adminPassword = QStringLiteral("topsecret");
        const QByteArray text = ProjectFile::serialize(d);
        QVERIFY(!text.contains("topsecret"));
        QVERIFY(!text.contains("apimadmin\"\napim_db_password = \"apimadmin")); // db password left out
        QVERIFY(text.contains("apim_db_password = \"\""));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
