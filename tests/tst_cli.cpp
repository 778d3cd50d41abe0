// apim-designer-cli end to end, bad inputs included.
#include "review.h"
#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip/quazip.h>

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(APIM_CLI_PATH), args);
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void helpAndVersion()
    {
        Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("export")));
        r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral(APIM_VERSION_STRING)));
        r = cli({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--force")));
    }

    // `rules` is the review's registry, one rule a line, in its order.
    void rulesListsTheRegistry()
    {
        const Run r = cli({QStringLiteral("rules")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto rules = apim::reviewRules();
        QCOMPARE(lines.size(), qsizetype(rules.size()));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList cells = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(cells.value(0), QString(rules[i].id));
            QCOMPARE(cells.value(1), apim::severityName(rules[i].severity));
            QVERIFY2(lines.at(i).endsWith(QLatin1String(rules[i].title)), qPrintable(lines.at(i)));
        }
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("extra")}).code, 2);
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QLatin1String("rules")));
    }

    void newExportValidate()
    {
        const QString project = path(QStringLiteral("ha.apimtopo"));
        Run r = cli({QStringLiteral("new"), QStringLiteral("gw-cp-ha"), QStringLiteral("-o"), project,
                     QStringLiteral("--gateways"), QStringLiteral("4")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QFileInfo(project).absoluteFilePath());
        r = cli({QStringLiteral("validate"), project});
        QCOMPARE(r.code, 0);
        const QString zip = path(QStringLiteral("ha.zip"));
        r = cli({QStringLiteral("export"), project, QStringLiteral("-o"), zip});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QFileInfo(zip).absoluteFilePath());
        // The shipped default credentials are exported with a warning on stderr.
        QVERIFY(r.err.contains(QStringLiteral("admin/admin")));
        QuaZip z(zip);
        QVERIFY(z.open(QuaZip::mdUnzip));
        const QStringList entries = z.getFileNameList();
        QVERIFY(entries.contains(QStringLiteral("gw-cp-ha/nodes/apim-gw-4/repository/conf/deployment.toml")));
        QVERIFY(entries.contains(QStringLiteral("gw-cp-ha/README.md")));
        // Existing output needs --force.
        r = cli({QStringLiteral("export"), project, QStringLiteral("-o"), zip});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(zip));
        r = cli({QStringLiteral("export"), project, QStringLiteral("-o"), zip, QStringLiteral("--force")});
        QCOMPARE(r.code, 0);
    }

    void badInputs_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mention");
        const QString missing = QStringLiteral("/nonexistent/x.apimtopo");
        QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("command");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("frobnicate");
        QTest::newRow("unknown pattern") << QStringList{QStringLiteral("new"), QStringLiteral("mesh"),
                                                        QStringLiteral("-o"), QStringLiteral("x.apimtopo")}
                                         << 2 << QStringLiteral("mesh");
        QTest::newRow("bad count") << QStringList{QStringLiteral("new"),        QStringLiteral("gw-cp-ha"),
                                                  QStringLiteral("-o"),         QStringLiteral("x"),
                                                  QStringLiteral("--gateways"), QStringLiteral("lots")}
                                   << 2 << QStringLiteral("--gateways");
        QTest::newRow("missing -o") << QStringList{QStringLiteral("new"), QStringLiteral("gw-cp")} << 2
                                    << QStringLiteral("-o");
        // A key manager count only where key manager nodes are chosen.
        QTest::newRow("key managers with is7") << QStringList{QStringLiteral("new"),
                                                              QStringLiteral("gw-cp-tm-km"),
                                                              QStringLiteral("-o"),
                                                              QStringLiteral("x"),
                                                              QStringLiteral("--key-manager"),
                                                              QStringLiteral("is7"),
                                                              QStringLiteral("--key-managers"),
                                                              QStringLiteral("2")}
                                               << 2 << QStringLiteral("--key-managers");
        QTest::newRow("key managers with resident") << QStringList{QStringLiteral("new"),
                                                                   QStringLiteral("gw-cp-tm"),
                                                                   QStringLiteral("-o"),
                                                                   QStringLiteral("x"),
                                                                   QStringLiteral("--key-manager"),
                                                                   QStringLiteral("resident"),
                                                                   QStringLiteral("--key-managers"),
                                                                   QStringLiteral("2")}
                                                    << 2 << QStringLiteral("--key-managers");
        QTest::newRow("resident key manager of gw-cp-tm-km")
            << QStringList{QStringLiteral("new"), QStringLiteral("gw-cp-tm-km"),   QStringLiteral("-o"),
                           QStringLiteral("x"),   QStringLiteral("--key-manager"), QStringLiteral("resident")}
            << 2 << QStringLiteral("node or is7");
        QTest::newRow("key-value store before 4.6") << QStringList{QStringLiteral("new"),
                                                                   QStringLiteral("gw-cp-tm"),
                                                                   QStringLiteral("-o"),
                                                                   QStringLiteral("x"),
                                                                   QStringLiteral("--version"),
                                                                   QStringLiteral("4.5.0"),
                                                                   QStringLiteral("--traffic-managers"),
                                                                   QStringLiteral("2"),
                                                                   QStringLiteral("--key-value-store")}
                                                    << 2 << QStringLiteral("4.6");
        QTest::newRow("key-value store with one traffic manager")
            << QStringList{QStringLiteral("new"), QStringLiteral("gw-cp-tm"), QStringLiteral("-o"),
                           QStringLiteral("x"), QStringLiteral("--key-value-store")}
            << 2 << QStringLiteral("two or more traffic managers");
        QTest::newRow("key-value store without traffic managers")
            << QStringList{QStringLiteral("new"), QStringLiteral("aio-ha"), QStringLiteral("-o"),
                           QStringLiteral("x"), QStringLiteral("--key-value-store")}
            << 2 << QStringLiteral("no separate traffic managers");
        QTest::newRow("missing file") << QStringList{QStringLiteral("validate"), missing} << 2 << missing;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("validate"), QStringLiteral("--colour")}
                                        << 2 << QStringLiteral("colour");
    }

    void badInputs()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mention);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // --key-value-store: a Redis node the control planes and traffic managers share counters through.
    void newWithKeyValueStore()
    {
        const QString project = path(QStringLiteral("kv.apimtopo"));
        Run r = cli({QStringLiteral("new"), QStringLiteral("gw-cp-tm"), QStringLiteral("-o"), project,
                     QStringLiteral("--traffic-managers"), QStringLiteral("2"),
                     QStringLiteral("--key-value-store")});
        QCOMPARE(r.code, 0);
        const QString out = path(QStringLiteral("kv/"));
        r = cli({QStringLiteral("export"), project, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        const QString tm = QString::fromUtf8(testutil::readFile(
            out + QStringLiteral("gw-cp-tm/nodes/apim-tm-1/repository/conf/deployment.toml")));
        QVERIFY2(tm.contains(QLatin1String("[apim.distributed_throttling.keyvalue_store]")), qPrintable(tm));
        QVERIFY(cli({QStringLiteral("new"), QStringLiteral("--help")})
                    .out.contains(QLatin1String("--key-value-store")));
    }

    void malformedProjectLeavesNoOutput()
    {
        const QString project = path(QStringLiteral("broken.apimtopo"));
        QFile f(project);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format_version = 1\n[design\n");
        f.close();
        const QString zip = path(QStringLiteral("broken.zip"));
        const Run r = cli({QStringLiteral("export"), project, QStringLiteral("-o"), zip});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(project + QStringLiteral(":2:")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(zip));
    }

    void unwritableOutput()
    {
        const QString project = path(QStringLiteral("single.apimtopo"));
        QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("gw-cp"), QStringLiteral("-o"), project}).code,
                 0);
        const Run r = cli({QStringLiteral("export"), project, QStringLiteral("-o"),
                           QStringLiteral("/nonexistent-dir/out.zip")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent-dir/out.zip")));
        QVERIFY(r.out.isEmpty());
    }

    void designWithErrorsIsNotExported()
    {
        const QString project = path(QStringLiteral("errors.apimtopo"));
        QFile f(project);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format_version = 1\n[design]\nname = \"e\"\n[[node]]\nkind = \"gateway\"\nname = \"gw\"\n"
                "hostname = \"gw\"\nlabels = [\"Nope\"]\n");
        f.close();
        Run r =
            cli({QStringLiteral("validate"), project, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("\"gateway-label-unmatched\"")));
        QVERIFY(r.out.contains(QStringLiteral("\"summary\"")));
        const QString zip = path(QStringLiteral("errors.zip"));
        r = cli({QStringLiteral("export"), project, QStringLiteral("-o"), zip});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFileInfo::exists(zip));
        r = cli({QStringLiteral("export"), project, QStringLiteral("-o"), zip,
                 QStringLiteral("--ignore-errors")});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(zip));
    }

    void folderOutput()
    {
        const QString project = path(QStringLiteral("folder.apimtopo"));
        QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("gw-cp"), QStringLiteral("-o"), project}).code,
                 0);
        const QString out = path(QStringLiteral("out/"));
        const Run r = cli({QStringLiteral("export"), project, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        const QFileInfo script(out + QStringLiteral("gw-cp/nodes/apim-gw/start.sh"));
        QVERIFY(script.exists());
        QVERIFY(script.permissions() & QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
