// Import recognises every kind and version: each shipped deployment.toml of
// wso2/product-apim (tests/data/corpus/wso2__product-apim/, sources in
// INDEX.tsv) gives its kind and the version its keys show; 4.5+ component
// nodes, which all say server_role "default", are told apart by their keys and
// by what other files name them in; Identity Server files become Identity
// Server nodes whose keys the review leaves alone.
#include "importer.h"
#include "review.h"
#include "ruleids.h"
#include "testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace apim;

namespace {

struct Imported
{
    Design design;
    Findings findings;
    ImportedFiles files;
};

Imported importPaths(const QStringList &paths)
{
    Imported r;
    QString error;
    if (!importConfigs(paths, &r.design, &r.findings, &error, &r.files))
        qWarning("%s", qPrintable(error));
    return r;
}

Findings withRule(const Findings &findings, const QString &rule)
{
    Findings out;
    for (const Finding &f : findings) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

QString kindId(NodeKind kind)
{
    return SchemaRegistry::instance().kind(kind).id;
}

QString shipped(const QString &name)
{
    return testutil::dataPath(QStringLiteral("corpus/wso2__product-apim/") + name);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestImportKinds : public QObject
{
    Q_OBJECT

private slots:
    // Each shipped file alone: its kind, the design's version, and whether the import says why.
    void shippedFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("note"); // "" none, "4.x" a version note, "3.x" a 3.x note
        const QString pack =
            QStringLiteral("__modules__distribution__product__src__main__conf__deployment.toml");
        const QString tpl = QStringLiteral(
            "__modules__distribution__product__src__main__resources__conf__deployment-templates__");
        const QString aio = QStringLiteral("all-in-one"), cp = QStringLiteral("control-plane"),
                      gw = QStringLiteral("gateway"), tm = QStringLiteral("traffic-manager"),
                      km = QStringLiteral("key-manager");
        const QString v44 = QStringLiteral("4.4.0");
        // 3.x: by a 3.x profile role, 3.x analytics, or environments without gateway labels.
        QTest::newRow("3.0.0 all-in-one") << QStringLiteral("v3.0.0") + pack << aio << v44 << "3.x";
        QTest::newRow("3.2.0 all-in-one") << QStringLiteral("v3.2.0") + pack << aio << v44 << "3.x";
        QTest::newRow("3.2.0 key manager")
            << QStringLiteral("v3.2.0") + tpl + QStringLiteral("api-key-manager.toml") << km << v44 << "3.x";
        QTest::newRow("3.2.0 publisher")
            << QStringLiteral("v3.2.0") + tpl + QStringLiteral("api-publisher.toml") << cp << v44 << "3.x";
        QTest::newRow("3.2.0 gateway")
            << QStringLiteral("v3.2.0") + tpl + QStringLiteral("gateway-worker.toml") << gw << v44 << "3.x";
        // Nothing in it that 4.x lacks: read as the 4.1-4.4 traffic-manager profile.
        QTest::newRow("3.2.0 traffic manager")
            << QStringLiteral("v3.2.0") + tpl + QStringLiteral("traffic-manager.toml") << tm << v44 << "";
        // 4.0 is no generation target; its files are the profile model the design writes as 4.4.
        QTest::newRow("4.0.0 all-in-one") << QStringLiteral("v4.0.0") + pack << aio << v44 << "";
        QTest::newRow("4.0.0 control plane")
            << QStringLiteral("v4.0.0") + tpl + QStringLiteral("control-plane.toml") << cp << v44 << "";
        QTest::newRow("4.0.0 gateway")
            << QStringLiteral("v4.0.0") + tpl + QStringLiteral("gateway-worker.toml") << gw << v44 << "";
        QTest::newRow("4.0.0 traffic manager")
            << QStringLiteral("v4.0.0") + tpl + QStringLiteral("traffic-manager.toml") << tm << v44 << "";
        QTest::newRow("4.2.0 all-in-one") << QStringLiteral("v4.2.0") + pack << aio << v44 << "";
        QTest::newRow("4.3.0 all-in-one") << QStringLiteral("v4.3.0") + pack << aio << v44 << "";
        // [apim] gateway_type came with 4.5; the types it lists tell 4.6 and 4.7.
        QTest::newRow("4.5.0 all-in-one")
            << QStringLiteral("v4.5.0__all-in-one-apim") + pack << aio << "4.5.0"
            << "4.x";
        QTest::newRow("4.6.0 all-in-one")
            << QStringLiteral("v4.6.0__all-in-one-apim") + pack << aio << "4.6.0"
            << "4.x";
        QTest::newRow("4.7.0 all-in-one")
            << QStringLiteral("v4.7.0__all-in-one-apim") + pack << aio << "4.7.0"
            << "4.x";
        QTest::newRow("4.5.0 control plane")
            << QStringLiteral("v4.5.0__api-control-plane") + pack << cp << "4.5.0"
            << "4.x";
        QTest::newRow("4.7.0 control plane")
            << QStringLiteral("v4.7.0__api-control-plane") + pack << cp << "4.7.0"
            << "4.x";
        // server_role "default" on each: the keys say which component it is.
        QTest::newRow("4.5.0 key manager")
            << QStringLiteral("v4.5.0__api-control-plane") + tpl + QStringLiteral("key-manager.toml") << km
            << "4.5.0"
            << "4.x";
        QTest::newRow("4.5.0 gateway") << QStringLiteral("v4.5.0__gateway") + pack << gw << "4.5.0"
                                       << "4.x";
        QTest::newRow("4.5.0 traffic manager")
            << QStringLiteral("v4.5.0__traffic-manager") + pack << tm << "4.5.0"
            << "4.x";
        // The 4.7 gateway and traffic manager packs ship no database. The traffic manager's file
        // configures nothing else: alone, only its path names the role.
        QTest::newRow("4.7.0 gateway") << QStringLiteral("v4.7.0__gateway") + pack << gw << "4.7.0"
                                       << "4.x";
        QTest::newRow("4.7.0 traffic manager")
            << QStringLiteral("v4.7.0__traffic-manager") + pack << tm << "4.7.0"
            << "4.x";
        // Profile templates the 4.7 all-in-one pack still carries; the 4.5+ docs no longer support
        // -Dprofile, so they are the 4.1-4.4 model. The key manager's template says "control-plane".
        QTest::newRow("4.7.0 pack, key-manager-node profile")
            << QStringLiteral("v4.7.0__all-in-one-apim") + tpl + QStringLiteral("api-key-manager-node.toml")
            << km << v44 << "";
        QTest::newRow("4.7.0 pack, control-plane profile")
            << QStringLiteral("v4.7.0__all-in-one-apim") + tpl + QStringLiteral("control-plane.toml") << cp
            << v44 << "";
        QTest::newRow("4.7.0 pack, gateway-worker profile")
            << QStringLiteral("v4.7.0__all-in-one-apim") + tpl + QStringLiteral("gateway-worker.toml") << gw
            << v44 << "";
    }

    void shippedFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, version);
        QFETCH(QString, note);
        QVERIFY2(QFileInfo::exists(shipped(file)), qPrintable(file));
        const Imported r = importPaths({shipped(file)});
        QCOMPARE(r.files.size(), 1);
        const Node *n = r.design.topology.node(r.files.first().node);
        QVERIFY(n);
        QCOMPARE(kindId(n->kind), kind);
        QCOMPARE(r.design.settings.apimVersion, version);
        const Findings notes = withRule(r.findings, rule::ApimVersion);
        if (note.isEmpty()) {
            QVERIFY2(notes.isEmpty(), qPrintable(notes.value(0).message));
            return;
        }
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().severity, Severity::Info);
        QCOMPARE(notes.first().nodeName, n->name());
        QVERIFY(notes.first().line > 0);
        QVERIFY2(notes.first().message.contains(note == QLatin1String("3.x") ? QStringLiteral("3.x")
                                                                             : version.left(3)),
                 qPrintable(notes.first().message));
        // lint shows the review's note, the same one.
        const Findings linted = withRule(reviewImport(r.design, r.files, r.findings), rule::ApimVersion);
        QCOMPARE(linted.size(), 1);
        QCOMPARE(linted.first().message, notes.first().message);
        QCOMPARE(linted.first().line, notes.first().line);
    }

    // A shipped component set together: every kind from its keys, the version from all of them.
    void shippedSets_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("kinds"); // sorted
        QTest::newRow("4.5.0") << QStringLiteral("4.5.0")
                               << QStringList{QStringLiteral("control-plane"), QStringLiteral("gateway"),
                                              QStringLiteral("key-manager"),
                                              QStringLiteral("traffic-manager")};
        QTest::newRow("4.7.0") << QStringLiteral("4.7.0")
                               << QStringList{QStringLiteral("control-plane"), QStringLiteral("gateway"),
                                              QStringLiteral("traffic-manager")};
    }

    void shippedSets()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, kinds);
        QStringList paths;
        const QDir dir(testutil::dataPath(QStringLiteral("corpus/wso2__product-apim")));
        for (const QString &f : dir.entryList({QStringLiteral("v") + version + QStringLiteral("__*")})) {
            if (!f.contains(QLatin1String("all-in-one-apim")))
                paths.append(dir.filePath(f));
        }
        const Imported r = importPaths(paths);
        QStringList found;
        for (const ImportedFile &f : r.files)
            found.append(kindId(r.design.topology.node(f.node)->kind));
        found.sort();
        QCOMPARE(found, kinds);
        QCOMPARE(r.design.settings.apimVersion, version);
    }

    // What other files name a node in decides what its own keys leave open: a bare 4.5+ node
    // is a traffic manager when a gateway takes throttle decisions from it, and a key manager
    // when its key_manager service_url names it. Neither path names a role.
    void peersNameTheRole()
    {
        QTemporaryDir dir;
        const QByteArray bare = "[server]\nhostname = \"%1\"\nserver_role = \"default\"\n\n"
                                "[apim.event_hub]\nenable = true\n\n"
                                "[database.apim_db]\ntype = \"h2\"\nurl = \"jdbc:h2:./a\"\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("node-a/deployment.toml")),
                          QByteArray(bare).replace("%1", "throttle1.example.com")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("node-b/deployment.toml")),
                          QByteArray(bare).replace("%1", "keys1.example.com")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("node-c/deployment.toml")),
                          "[server]\nhostname = \"edge1.example.com\"\nserver_role = \"default\"\n\n"
                          "[apim.key_manager]\nservice_url = \"https://keys1.example.com:9443/services/\"\n\n"
                          "[apim.sync_runtime_artifacts.gateway]\ngateway_labels = [\"Default\"]\n\n"
                          "[apim.throttling]\n"
                          "throttle_decision_endpoints = [\"tcp://throttle1.example.com:5672\"]\n"));
        const Imported r = importPaths({dir.path()});
        QHash<QString, QString> kinds;
        for (const Node &n : r.design.topology.nodes())
            kinds.insert(n.name(), kindId(n.kind));
        QCOMPARE(kinds.value(QStringLiteral("node-a")), QStringLiteral("traffic-manager"));
        QCOMPARE(kinds.value(QStringLiteral("node-b")), QStringLiteral("key-manager"));
        QCOMPARE(kinds.value(QStringLiteral("node-c")), QStringLiteral("gateway"));
        // The reason names the key that decided.
        bool said = false;
        for (const Finding &f : r.findings)
            said = said || (f.nodeName == QLatin1String("node-a") &&
                            f.message.contains(QLatin1String("throttle_decision_endpoints")));
        QVERIFY(said);

        // Alone, node-b's own keys (an event hub and apim_db) say traffic manager: the key manager
        // service_url that names it made it a key manager.
        const Imported alone = importPaths({dir.filePath(QStringLiteral("node-b/deployment.toml"))});
        QCOMPARE(kindId(alone.design.topology.nodes().first().kind), QStringLiteral("traffic-manager"));
    }

    // Identity Server files: IS 7 as the facts sheet gives it, and the corpus's IS 5.10 and 6.1.
    void identityServer_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("IS 7") << testutil::dataPath(QStringLiteral("identity-server/is7-deployment.toml"));
        QTest::newRow("IS 6.1 (docker-apim)") << testutil::dataPath(
            QStringLiteral("corpus/wso2__docker-apim/master__docker-compose__apim-is-as-km-with-analytics__"
                           "conf__is-as-km__repository__conf__deployment.toml"));
        QTest::newRow("IS 5.10, server_role key-manager") << testutil::dataPath(
            QStringLiteral("corpus/Tshenol0__wso2-distributed-deployments/is__deployment.toml"));
    }

    void identityServer()
    {
        QFETCH(QString, path);
        const Imported r = importPaths({path});
        QCOMPARE(r.files.size(), 1);
        const Node *n = r.design.topology.node(r.files.first().node);
        QVERIFY(n);
        QCOMPARE(kindId(n->kind), kindId(NodeKind::IdentityServer));
        // Its keys are the Identity Server's: no unknown API-M keys; its [encryption] is no 4.7 sign.
        const Findings lint = reviewImport(r.design, r.files, r.findings);
        QVERIFY(withRule(lint, rule::UnknownKey).isEmpty());
        QCOMPARE(r.design.settings.apimVersion, QStringLiteral("4.4.0"));
        QVERIFY(withRule(lint, rule::ApimVersion).isEmpty());
    }

    // Next to API-M: the IS 7 node and a control plane both come in, the IS as an Identity Server.
    void identityServerInASet()
    {
        const Imported r = importPaths({testutil::dataPath(QStringLiteral("identity-server")),
                                        testutil::dataPath(QStringLiteral("review/seed-single"))});
        QCOMPARE(r.design.topology.nodesOfKind(NodeKind::IdentityServer).size(), 1);
        QCOMPARE(r.design.topology.nodesOfKind(NodeKind::ControlPlane).size(), 1);
        QCOMPARE(r.design.topology.nodesOfKind(NodeKind::Gateway).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportKinds)
#include "tst_import_kinds.moc"
