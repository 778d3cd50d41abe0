// The ordered TOML tree, its writer and the guarded reader.
#include "testutil.h"
#include "tomldocument.h"
#include "tomlreader.h"

#include <QDir>
#include <QtTest>

#include <toml++/toml.h>

using namespace apim;

class TestToml : public QObject
{
    Q_OBJECT

private slots:
    void writesParentFirstWithDottedKeys()
    {
        TomlTable root;
        root.table(QStringLiteral("server")).set(QStringLiteral("hostname"), TomlValue(QStringLiteral("gw")));
        TomlTable &throttling = root.table(QStringLiteral("apim")).table(QStringLiteral("throttling"));
        throttling.set(QStringLiteral("service_url"), TomlValue(QStringLiteral("https://cp/services/")));
        throttling.appendTable(QStringLiteral("url_group"))
            .set(QStringLiteral("traffic_manager_urls"),
                 TomlValue(QStringList{QStringLiteral("tcp://cp:9611")}));
        TomlTable &props = root.table(QStringLiteral("transport"))
                               .table(QStringLiteral("https"))
                               .dottedTable(QStringLiteral("properties"));
        props.set(QStringLiteral("port"), 9443);
        props.set(QStringLiteral("header.X"), TomlValue(QStringLiteral("v")));
        const QString text = writeToml(root);
        const QString expected = QStringLiteral("[server]\n"
                                                "hostname = \"gw\"\n"
                                                "\n"
                                                "[apim.throttling]\n"
                                                "service_url = \"https://cp/services/\"\n"
                                                "\n"
                                                "[[apim.throttling.url_group]]\n"
                                                "traffic_manager_urls = [\"tcp://cp:9611\"]\n"
                                                "\n"
                                                "[transport.https]\n"
                                                "properties.port = 9443\n"
                                                "properties.\"header.X\" = \"v\"\n");
        QCOMPARE(text, expected);
    }

    void arrayOfTablesWithSubTable()
    {
        TomlTable root;
        TomlTable &l = root.appendTable(QStringLiteral("event_listener"));
        l.set(QStringLiteral("id"), TomlValue(QStringLiteral("token_revocation")));
        l.table(QStringLiteral("properties")).set(QStringLiteral("a"), 1);
        root.appendTable(QStringLiteral("event_listener"))
            .set(QStringLiteral("id"), TomlValue(QStringLiteral("x")));
        const QString text = writeToml(root);
        QCOMPARE(text, QStringLiteral(
                           "[[event_listener]]\nid = \"token_revocation\"\n\n[event_listener.properties]\n"
                           "a = 1\n\n[[event_listener]]\nid = \"x\"\n"));
        // toml++ agrees on what it means.
        const toml::table parsed = toml::parse(text.toStdString());
        QCOMPARE(parsed["event_listener"].as_array()->size(), size_t(2));
        QCOMPARE(parsed["event_listener"][0]["properties"]["a"].value_or(0), 1);
    }

    void escapesStrings()
    {
        TomlTable root;
        const QString tricky =
            QStringLiteral("quote \" backslash \\ tab \t newline \n bell \a unicode \u00e9");
        root.set(QStringLiteral("s"), TomlValue(tricky));
        root.set(QStringLiteral("weird key"), TomlValue(true));
        for (bool multi : {false, true}) {
            TomlWriteOptions o;
            o.multiLineStrings = multi;
            TomlTable back;
            TomlError e;
            QVERIFY2(readToml(writeToml(root, o).toUtf8(), QStringLiteral("t"), &back, &e),
                     qPrintable(e.toString()));
            QCOMPARE(back.find(QStringLiteral("s"))->toString(), tricky);
            QVERIFY(back.find(QStringLiteral("weird key"))->toBool());
        }
    }

    void floatsStayFloats()
    {
        TomlTable root;
        root.set(QStringLiteral("a"), 3.0);
        root.set(QStringLiteral("b"), 0.1);
        QCOMPARE(writeToml(root), QStringLiteral("a = 3.0\nb = 0.1\n"));
    }

    void readerKeepsSourceOrderAndLines()
    {
        const QByteArray text =
            "[b]\nz = 1\na = 2\n\n[a]\nx = \"y\"\n[transport.https]\nproperties.port = 9443\n";
        TomlTable t;
        TomlError e;
        QVERIFY(readToml(text, QStringLiteral("f.toml"), &t, &e));
        QCOMPARE(t.entries().at(0).key, QStringLiteral("b"));
        QCOMPARE(t.subTable(QStringLiteral("b"))->entries().at(0).key, QStringLiteral("z"));
        QCOMPARE(t.findPath({QStringLiteral("a"), QStringLiteral("x")})->line, 6);
        // The dotted table is written back dotted.
        QVERIFY(writeToml(t).contains(QStringLiteral("properties.port = 9443")));
    }

    void roundTripEqualsOriginal_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"gateway-single.toml", "gateway-ha.toml", "control-plane-single.toml", "control-plane-ha.toml"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void roundTripEqualsOriginal()
    {
        QFETCH(QString, file);
        const QByteArray original = testutil::readFile(testutil::dataPath(QStringLiteral("seed/") + file));
        TomlTable t;
        TomlError e;
        QVERIFY(readToml(original, file, &t, &e));
        const QString written = writeToml(t);
        const toml::table a = toml::parse(std::string_view(original.constData(), size_t(original.size())));
        const toml::table b = toml::parse(written.toStdString());
        QVERIFY2(a == b, qPrintable(written));
    }

    void syntaxErrorHasLineAndColumn()
    {
        TomlTable t;
        TomlError e;
        QVERIFY(
            !readToml("[server]\nhostname = \"a\"\nhostname = \"b\"\n", QStringLiteral("dup.toml"), &t, &e));
        QCOMPARE(e.line, 3);
        QVERIFY(e.column > 0);
        QVERIFY(e.toString().startsWith(QStringLiteral("dup.toml:3:")));
    }

    void limitsRefuseHostileInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expect");
        QByteArray deepKey = "a";
        for (int i = 0; i < 50000; ++i)
            deepKey += ".a";
        QTest::newRow("dotted key of 50,000 segments (toml++ 3.3 overflows its stack)")
            << QByteArray(deepKey + " = 1\n") << QStringLiteral("dotted parts");
        QByteArray manySegments = "a";
        for (int i = 0; i < 200; ++i)
            manySegments += ".a";
        QTest::newRow("200 segments")
            << QByteArray(manySegments + " = 1\n") << QStringLiteral("dotted parts");
        QTest::newRow("nul") << QByteArray("a = 1\0b = 2\n", 12) << QStringLiteral("NUL");
        QTest::newRow("bad utf-8") << QByteArray("a = \"\xff\"\n") << QStringLiteral("UTF-8");
        QTest::newRow("overlong utf-8") << QByteArray("a = \"\xc0\xaf\"\n") << QStringLiteral("UTF-8");
        QTest::newRow("deep nesting")
            << QByteArray("a = " + QByteArray(100, '[') + QByteArray(100, ']') + "\n")
            << QStringLiteral("nested");
        QTest::newRow("too big") << QByteArray(TomlLimits::MaxFileBytes + 1, '#') << QStringLiteral("limit");
    }

    void limitsRefuseHostileInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expect);
        TomlTable t;
        TomlError e;
        QVERIFY(!readToml(data, QStringLiteral("x.toml"), &t, &e));
        QVERIFY2(e.message.contains(expect), qPrintable(e.toString()));
    }

    // The hand-written hostile files kept for the fuzz replays are all refused,
    // each with a line to point at.
    void keptHostileFilesAreRefused()
    {
        QDir dir(testutil::dataPath(QStringLiteral("fuzz/fuzz_toml")));
        const QStringList files = dir.entryList({QStringLiteral("*.toml")}, QDir::Files);
        QVERIFY(files.size() >= 9);
        for (const QString &name : files) {
            TomlTable t;
            TomlError e;
            QVERIFY2(!readToml(testutil::readFile(dir.filePath(name)), name, &t, &e), qPrintable(name));
            QVERIFY2(e.line > 0 && !e.message.isEmpty(),
                     qPrintable(name + QLatin1String(": ") + e.toString()));
        }
    }

    void limitsLetNormalInputThrough()
    {
        TomlTable t;
        TomlError e;
        QVERIFY(checkTomlInput("a.b.c = \"x.y.z[{\"\n[x]\ny = [[1,2],[3]]\n", QStringLiteral("ok"), &e));
        QVERIFY(readToml("s = '''\nmulti [ { . line\n'''\n", QStringLiteral("ok"), &t, &e));
    }
};

QTEST_GUILESS_MAIN(TestToml)
#include "tst_toml.moc"
