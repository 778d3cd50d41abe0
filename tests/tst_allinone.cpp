// The all-in-one patterns (aio, aio-ha, aio-gw): the facts of WSO2's pattern 1 and
// pattern 2 pages per node, so that a wrong golden bundle cannot pass.
#include "generators.h"
#include "templates.h"

#include <QtTest>

using namespace apim;

namespace {

Design make(const QString &pattern, const QString &version, int allInOnes = 0, int gateways = 0)
{
    PatternOptions o;
    o.pattern = pattern;
    o.version = version;
    o.allInOnes = allInOnes;
    o.gateways = gateways;
    Design d;
    QString error;
    if (!Templates::create(o, &d, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

const Node *named(const Design &d, const QString &name)
{
    for (const Node &n : d.topology.nodes()) {
        if (n.name() == name)
            return &n;
    }
    return nullptr;
}

// The value at a dotted path; "[i]" after a segment picks a table of an array of tables.
TomlValue at(const TomlTable &root, const QString &dotted)
{
    const TomlTable *table = &root;
    const QStringList parts = dotted.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString key = parts[i];
        int index = -1;
        if (const qsizetype open = key.indexOf(QLatin1Char('[')); open > 0) {
            index = key.mid(open + 1, key.size() - open - 2).toInt();
            key = key.left(open);
        }
        const TomlValue *v = table->find(key);
        if (!v)
            return TomlValue();
        if (index >= 0) {
            if (!v->isArray() || index >= v->array().size())
                return TomlValue();
            v = &v->array()[index];
        }
        if (i == parts.size() - 1)
            return v->clone();
        if (!v->table())
            return TomlValue();
        table = v->table();
    }
    return TomlValue();
}

QStringList list(const TomlTable &root, const QString &dotted)
{
    return at(root, dotted).toStringList();
}

QString text(const TomlTable &root, const QString &dotted)
{
    return at(root, dotted).toString();
}

int tables(const TomlTable &root, const QString &dotted)
{
    const TomlValue v = at(root, dotted);
    return v.isArray() ? int(v.array().size()) : 0;
}

} // namespace

class TestAllInOne : public QObject
{
    Q_OBJECT

private slots:
    void patternsAndCounts();
    void haNodesNameEachOther_data();
    void haNodesNameEachOther();
    void haNodeGoesThroughItsBalancer();
    void threeNodesListBothOthers();
    void singleNodeNeedsNoPeers();
    void separateGatewaysAreTheEnvironments();
    void gatewaysOfAllInOnesTakeEverythingFromThem();
    void bundleFiles();
    void jwtIssuerFrom47();
};

void TestAllInOne::patternsAndCounts()
{
    for (const char *p : {"aio", "aio-ha", "aio-gw"})
        QVERIFY(Templates::patterns().contains(QLatin1String(p)));
    QCOMPARE(Templates::defaultVersion(QStringLiteral("aio-ha")), QStringLiteral("4.7.0"));
    QVERIFY(Templates::countOptions(QStringLiteral("aio")).isEmpty());
    QCOMPARE(Templates::countOptions(QStringLiteral("aio-ha")), QStringList{QStringLiteral("all-in-ones")});
    QCOMPARE(Templates::countOptions(QStringLiteral("aio-gw")),
             (QStringList{QStringLiteral("gateways"), QStringLiteral("all-in-ones")}));

    Design d;
    QString error;
    PatternOptions o;
    o.pattern = QStringLiteral("aio");
    o.allInOnes = 2;
    QVERIFY(!Templates::create(o, &d, &error)); // aio is one node; its HA form is aio-ha
    o.allInOnes = 0;
    o.version = QStringLiteral("4.0.0");
    QVERIFY(!Templates::create(o, &d, &error));
    QVERIFY(error.contains(QLatin1String("4.1")));
    o.version = QStringLiteral("4.1.0");
    QVERIFY(Templates::create(o, &d, &error));
    QCOMPARE(d.topology.nodesOfKind(NodeKind::AllInOne).size(), 1);
    QCOMPARE(d.topology.nodesOfKind(NodeKind::Database).size(), 1);

    const Design ha = make(QStringLiteral("aio-ha"), QString());
    QCOMPARE(ha.settings.apimVersion, QStringLiteral("4.7.0"));
    QCOMPARE(ha.topology.nodesOfKind(NodeKind::AllInOne).size(), 2);
    QCOMPARE(ha.topology.nodesOfKind(NodeKind::LoadBalancer).size(), 1);
}

void TestAllInOne::haNodesNameEachOther_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("4.4") << QStringLiteral("4.4.0");
    QTest::newRow("4.7") << QStringLiteral("4.7.0");
}

// Pattern 1: each node copies events and throttling data to the other, decides on its own
// broker, and publishes to both nodes in load-balanced groups. The docs co-locate the two
// nodes with offset 1: every port of the second node moves by one.
void TestAllInOne::haNodesNameEachOther()
{
    QFETCH(QString, version);
    Design d = make(QStringLiteral("aio-ha"), version);
    const NodeId second = named(d, QStringLiteral("apim-aio-2"))->id;
    d.topology.mutableNode(second)->values.insert(Field::Offset, 1);
    const TomlTable one = deploymentToml(d, *named(d, QStringLiteral("apim-aio-1")));
    const TomlTable two = deploymentToml(d, *named(d, QStringLiteral("apim-aio-2")));

    QCOMPARE(text(one, QStringLiteral("server.server_role")), QStringLiteral("default"));
    QCOMPARE(list(one, QStringLiteral("apim.event_hub.event_duplicate_url")),
             QStringList{QStringLiteral("tcp://apim-aio-2:5673")});
    QCOMPARE(list(two, QStringLiteral("apim.event_hub.event_duplicate_url")),
             QStringList{QStringLiteral("tcp://apim-aio-1:5672")});
    QCOMPARE(list(two, QStringLiteral("apim.event_hub.event_listening_endpoints")),
             QStringList{QStringLiteral("tcp://localhost:5673")});
    QCOMPARE(list(one, QStringLiteral("apim.throttling.event_duplicate_url")),
             QStringList{QStringLiteral("tcp://apim-aio-2:5673")});
    QCOMPARE(list(two, QStringLiteral("apim.throttling.event_duplicate_url")),
             QStringList{QStringLiteral("tcp://apim-aio-1:5672")});
    QCOMPARE(list(one, QStringLiteral("apim.throttling.throttle_decision_endpoints")),
             QStringList{QStringLiteral("tcp://localhost:5672")});
    QCOMPARE(list(two, QStringLiteral("apim.throttling.throttle_decision_endpoints")),
             QStringList{QStringLiteral("tcp://localhost:5673")});

    for (const TomlTable *t : {&one, &two}) {
        QCOMPARE(tables(*t, QStringLiteral("apim.throttling.url_group")), 2);
        QCOMPARE(list(*t, QStringLiteral("apim.throttling.url_group[0].traffic_manager_urls")),
                 QStringList{QStringLiteral("tcp://apim-aio-1:9611")});
        QCOMPARE(list(*t, QStringLiteral("apim.throttling.url_group[1].traffic_manager_urls")),
                 QStringList{QStringLiteral("tcp://apim-aio-2:9612")});
        QCOMPARE(list(*t, QStringLiteral("apim.throttling.url_group[1].traffic_manager_auth_urls")),
                 QStringList{QStringLiteral("ssl://apim-aio-2:9712")});
        for (int i = 0; i < 2; ++i)
            QCOMPARE(text(*t, QStringLiteral("apim.throttling.url_group[%1].type").arg(i)),
                     QStringLiteral("loadbalance"));
        QCOMPARE(tables(*t, QStringLiteral("apim.event_hub.publish.url_group")), 2);
        QCOMPARE(list(*t, QStringLiteral("apim.event_hub.publish.url_group[1].urls")),
                 QStringList{QStringLiteral("tcp://apim-aio-2:9612")});
    }
    // Each node's gateway deploys to itself.
    QCOMPARE(text(two, QStringLiteral("apim.gateway.environment[0].service_url")),
             QStringLiteral("https://localhost:9444/services/"));
}

// What portal users, API clients and key validation reach goes through the cluster's balancer.
void TestAllInOne::haNodeGoesThroughItsBalancer()
{
    const Design d = make(QStringLiteral("aio-ha"), QStringLiteral("4.7.0"));
    const TomlTable t = deploymentToml(d, *named(d, QStringLiteral("apim-aio-1")));
    QCOMPARE(text(t, QStringLiteral("server.hostname")), QStringLiteral("am.wso2.com"));
    QCOMPARE(text(t, QStringLiteral("apim.key_manager.service_url")),
             QStringLiteral("https://am-lb/services/"));
    QCOMPARE(text(t, QStringLiteral("apim.key_manager.type")), QStringLiteral("default"));
    QCOMPARE(text(t, QStringLiteral("apim.event_hub.service_url")),
             QStringLiteral("https://am-lb/services/"));
    QCOMPARE(text(t, QStringLiteral("event_listener[0].id")), QStringLiteral("token_revocation"));
    QCOMPARE(text(t, QStringLiteral("event_listener[0].properties.notification_endpoint")),
             QStringLiteral("https://am-lb/internal/data/v1/notify"));
    QCOMPARE(text(t, QStringLiteral("apim.devportal.url")), QStringLiteral("https://am.wso2.com/devportal"));
    QCOMPARE(at(t, QStringLiteral("transport.https.properties.proxyPort")).toInteger(), 443);
    QCOMPARE(text(t, QStringLiteral("apim.gateway.environment[0].http_endpoint")),
             QStringLiteral("http://am.wso2.com"));
    QCOMPARE(text(t, QStringLiteral("apim.gateway.environment[0].wss_endpoint")),
             QStringLiteral("wss://am.wso2.com:8099"));
    // Both nodes hold both databases.
    QVERIFY(!text(t, QStringLiteral("database.apim_db.hostname")).isEmpty());
    QVERIFY(!text(t, QStringLiteral("database.shared_db.hostname")).isEmpty());

    Design cached = d;
    cached.settings.cacheInvalidation = true;
    const TomlTable c = deploymentToml(cached, *named(cached, QStringLiteral("apim-aio-2")));
    QCOMPARE(at(c, QStringLiteral("apim.cache_invalidation.enabled")).toBool(), true);
    QCOMPARE(text(c, QStringLiteral("apim.cache_invalidation.domain")), QStringLiteral("all-in-one-domain"));
}

void TestAllInOne::threeNodesListBothOthers()
{
    const Design d = make(QStringLiteral("aio-ha"), QStringLiteral("4.6.0"), 3);
    const TomlTable t = deploymentToml(d, *named(d, QStringLiteral("apim-aio-2")));
    const QStringList others{QStringLiteral("tcp://apim-aio-1:5672"),
                             QStringLiteral("tcp://apim-aio-3:5672")};
    QCOMPARE(list(t, QStringLiteral("apim.event_hub.event_duplicate_url")), others);
    QCOMPARE(list(t, QStringLiteral("apim.throttling.event_duplicate_url")), others);
    QCOMPARE(tables(t, QStringLiteral("apim.throttling.url_group")), 3);
    QCOMPARE(tables(t, QStringLiteral("apim.event_hub.publish.url_group")), 3);
}

void TestAllInOne::singleNodeNeedsNoPeers()
{
    const Design d = make(QStringLiteral("aio"), QStringLiteral("4.4.0"));
    const TomlTable t = deploymentToml(d, *named(d, QStringLiteral("apim-aio")));
    QCOMPARE(text(t, QStringLiteral("server.hostname")), QStringLiteral("am.wso2.com"));
    QVERIFY(!t.findPath({QStringLiteral("apim"), QStringLiteral("throttling")}));
    QVERIFY(!t.findPath({QStringLiteral("apim"), QStringLiteral("event_hub")}));
    QVERIFY(!t.findPath({QStringLiteral("transport")}));
    QCOMPARE(text(t, QStringLiteral("apim.key_manager.service_url")),
             QStringLiteral("https://am.wso2.com:9443/services/"));
    QCOMPARE(text(t, QStringLiteral("apim.gateway.environment[0].service_url")),
             QStringLiteral("https://localhost:9443/services/"));
    QCOMPARE(text(t, QStringLiteral("apim.gateway.environment[0].https_endpoint")),
             QStringLiteral("https://am.wso2.com:8243"));
    QCOMPARE(text(t, QStringLiteral("event_listener[0].properties.notification_endpoint")),
             QStringLiteral("https://am.wso2.com:9443/internal/data/v1/notify"));
}

// Pattern 2: the all-in-one nodes publish to the separate gateways (through their balancer)
// and keep no url_groups of their own gateway.
void TestAllInOne::separateGatewaysAreTheEnvironments()
{
    const Design d = make(QStringLiteral("aio-gw"), QStringLiteral("4.7.0"), 2, 2);
    QCOMPARE(d.topology.nodesOfKind(NodeKind::LoadBalancer).size(), 2);
    const TomlTable t = deploymentToml(d, *named(d, QStringLiteral("apim-aio-1")));
    QCOMPARE(tables(t, QStringLiteral("apim.gateway.environment")), 1);
    QCOMPARE(text(t, QStringLiteral("apim.gateway.environment[0].service_url")),
             QStringLiteral("https://gw-lb/services/"));
    QCOMPARE(text(t, QStringLiteral("apim.gateway.environment[0].ws_endpoint")),
             QStringLiteral("ws://gw.wso2.com:9099"));
    QCOMPARE(list(t, QStringLiteral("apim.throttling.event_duplicate_url")),
             QStringList{QStringLiteral("tcp://apim-aio-2:5672")});
    QCOMPARE(tables(t, QStringLiteral("apim.throttling.url_group")), 0);
    QCOMPARE(text(t, QStringLiteral("apim.key_manager.service_url")),
             QStringLiteral("https://am-lb/services/"));

    const Design single = make(QStringLiteral("aio-gw"), QStringLiteral("4.5.0"), 1, 1);
    QCOMPARE(single.topology.nodesOfKind(NodeKind::LoadBalancer).size(), 0);
    const TomlTable s = deploymentToml(single, *named(single, QStringLiteral("apim-aio")));
    QCOMPARE(text(s, QStringLiteral("apim.gateway.environment[0].service_url")),
             QStringLiteral("https://gw.wso2.com:9443/services/"));
    QCOMPARE(text(s, QStringLiteral("apim.gateway.environment[0].http_endpoint")),
             QStringLiteral("http://gw.wso2.com:8280"));
}

// The gateway's side of pattern 2: keys and events through the all-in-one balancer, throttle
// decisions and url_groups per all-in-one node, never the balancer.
void TestAllInOne::gatewaysOfAllInOnesTakeEverythingFromThem()
{
    Design d = make(QStringLiteral("aio-gw"), QStringLiteral("4.7.0"), 2, 2);
    d.topology.mutableNode(named(d, QStringLiteral("apim-aio-2"))->id)->values.insert(Field::Offset, 1);
    const TomlTable t = deploymentToml(d, *named(d, QStringLiteral("apim-gw-1")));
    QCOMPARE(text(t, QStringLiteral("server.server_role")), QStringLiteral("default"));
    QCOMPARE(text(t, QStringLiteral("apim.key_manager.service_url")),
             QStringLiteral("https://am-lb/services/"));
    QCOMPARE(text(t, QStringLiteral("apim.event_hub.service_url")),
             QStringLiteral("https://am-lb/services/"));
    QCOMPARE(list(t, QStringLiteral("apim.event_hub.event_listening_endpoints")),
             (QStringList{QStringLiteral("tcp://apim-aio-1:5672"), QStringLiteral("tcp://apim-aio-2:5673")}));
    QCOMPARE(list(t, QStringLiteral("apim.throttling.throttle_decision_endpoints")),
             (QStringList{QStringLiteral("tcp://apim-aio-1:5672"), QStringLiteral("tcp://apim-aio-2:5673")}));
    QCOMPARE(tables(t, QStringLiteral("apim.throttling.url_group")), 2);
    QCOMPARE(list(t, QStringLiteral("apim.throttling.url_group[1].traffic_manager_urls")),
             QStringList{QStringLiteral("tcp://apim-aio-2:9612")});
    QCOMPARE(list(t, QStringLiteral("apim.throttling.url_group[1].traffic_manager_auth_urls")),
             QStringList{QStringLiteral("ssl://apim-aio-2:9712")});
}

// Start scripts without a profile, one SQL script with both databases, and a balancer that
// carries management, API and WebSocket traffic.
void TestAllInOne::bundleFiles()
{
    const Design d = make(QStringLiteral("aio-ha"), QStringLiteral("4.4.0"));
    const Node &aio = *named(d, QStringLiteral("apim-aio-1"));
    const QByteArray start = startScriptUnix(d, aio);
    QVERIFY(start.contains("api-manager.sh"));
    QVERIFY(!start.contains("-Dprofile"));
    const QByteArray sql = databaseScript(d, *named(d, QStringLiteral("mysql")));
    QVERIFY(sql.contains("apim_db"));
    QVERIFY(sql.contains("shared_db"));
    const QByteArray nginx = nginxConfig(d, *named(d, QStringLiteral("am-lb")));
    for (const char *needle : {"apim-aio-1:9443", "apim-aio-2:8243", "apim-aio-1:8280", "apim-aio-2:9099",
                               "apim-aio-1:8099", "location /publisher", "location /services/", "Upgrade"})
        QVERIFY2(nginx.contains(needle), needle);
}

// §1.6: the 4.7 all-in-one pack ships JWTs issued without persistence; the generated file,
// which replaces the shipped one, keeps that, and earlier versions never had it.
void TestAllInOne::jwtIssuerFrom47()
{
    for (const QString &version : {QStringLiteral("4.6.0"), QStringLiteral("4.7.0")}) {
        const Design d = make(QStringLiteral("aio-ha"), version);
        for (const Node &n : d.topology.nodes()) {
            if (n.kind != NodeKind::AllInOne)
                continue;
            const TomlTable t = deploymentToml(d, n);
            const bool expected = version == QLatin1String("4.7.0");
            QCOMPARE(t.findPath({QStringLiteral("oauth"), QStringLiteral("extensions"),
                                 QStringLiteral("token_types")}) != nullptr,
                     expected);
            if (expected)
                QCOMPARE(
                    text(t, QStringLiteral("oauth.extensions.token_types[0].issuer")),
                    QStringLiteral("org.wso2.is.key.manager.tokenpersistence.issuer.ExtendedJWTTokenIssuer"));
        }
    }
}

QTEST_GUILESS_MAIN(TestAllInOne)
#include "tst_allinone.moc"
