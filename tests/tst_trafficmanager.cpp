// Pattern gw-cp-tm and the traffic manager's keys, per node, against the facts sheet
// (wso2-patterns-and-engines.md §1.3, §1.4, §1.6, §2.1): the goldens alone could be
// wrong, these assertions name what each file must say.
#include "encryptionkey.h"
#include "generators.h"
#include "templates.h"
#include "tomlkeys.h"
#include "validation.h"

#include <QTest>

using namespace apim;

namespace {

Design pattern(const QString &version, int gateways, int controlPlanes, int trafficManagers)
{
    PatternOptions o;
    o.pattern = QStringLiteral("gw-cp-tm");
    o.version = version;
    o.gateways = gateways;
    o.controlPlanes = controlPlanes;
    o.trafficManagers = trafficManagers;
    Design d;
    QString error;
    if (!Templates::create(o, &d, &error))
        qWarning("%s", qPrintable(error));
    ensureEncryptionKey(&d.settings); // 4.7: made once per design, as `new` does
    return d;
}

TomlTable toml(const Design &d, const char *name)
{
    const Node *n = d.topology.nodeByName(QString::fromLatin1(name));
    return n ? deploymentToml(d, *n) : TomlTable();
}

const TomlValue *at(const TomlTable &t, const char *key)
{
    return t.findPath(tomlkey::path(key));
}

QStringList strings(const TomlTable &t, const char *key)
{
    const TomlValue *v = at(t, key);
    return v ? v->toStringList() : QStringList{QStringLiteral("<missing>")};
}

QString text(const TomlTable &t, const char *key)
{
    const TomlValue *v = at(t, key);
    return v ? v->toString() : QStringLiteral("<missing>");
}

// The first url of each [[apim.event_hub.publish.url_group]].
QStringList publishUrls(const TomlTable &cp)
{
    QStringList out;
    if (const TomlValue *groups = at(cp, tomlkey::EventHubPublishUrlGroup)) {
        for (const TomlValue &g : groups->array())
            out += g.table()->find(tomlkey::leaf(tomlkey::PublishUrls))->toStringList();
    }
    return out;
}

// The throttling url groups of a gateway as "urls | auth_urls | type" lines.
QStringList urlGroups(const TomlTable &gw)
{
    QStringList out;
    const TomlValue *groups = at(gw, tomlkey::ThrottlingUrlGroup);
    if (!groups)
        return out;
    for (const TomlValue &g : groups->array()) {
        const TomlTable &t = *g.table();
        const TomlValue *type = t.find(tomlkey::leaf(tomlkey::ThrottlingUrlGroupType));
        out.append(
            t.find(tomlkey::leaf(tomlkey::TrafficManagerUrls))->toStringList().join(QLatin1Char(',')) +
            QLatin1String(" | ") +
            t.find(tomlkey::leaf(tomlkey::TrafficManagerAuthUrls))->toStringList().join(QLatin1Char(',')) +
            QLatin1String(" | ") + (type ? type->toString() : QString()));
    }
    return out;
}

void setOffset(Design &d, const char *name, int offset)
{
    const Node *n = d.topology.nodeByName(QString::fromLatin1(name));
    QVERIFY(n);
    d.topology.mutableNode(n->id)->values.insert(Field::Offset, offset);
}

// A Redis node linked from every control plane and traffic manager.
void addKeyValueStore(Design &d)
{
    Node kv;
    kv.kind = NodeKind::KeyValueStore;
    kv.id = d.topology.allocateNodeId();
    kv.values = SchemaRegistry::instance().defaults(NodeKind::KeyValueStore);
    kv.values.insert(Field::Name, QStringLiteral("redis"));
    kv.values.insert(Field::Hostname, QStringLiteral("redis.wso2.com"));
    kv.values.insert(Field::KvPassword, QStringLiteral("s3cret"));
    d.topology.insertNode(d.topology.nodes().size(), kv);
    QList<NodeId> clients;
    for (const Node &n : d.topology.nodes()) {
        if (n.kind == NodeKind::ControlPlane || n.kind == NodeKind::TrafficManager)
            clients.append(n.id);
    }
    for (NodeId from : clients) {
        QVERIFY(d.topology.canConnect(from, kv.id));
        Link l;
        l.id = d.topology.allocateLinkId();
        l.from = from;
        l.to = kv.id;
        d.topology.insertLink(d.topology.links().size(), l);
    }
}

} // namespace

class TestTrafficManager : public QObject
{
    Q_OBJECT

private slots:
    void patternRow();
    void singleAt47();
    void haAt47WithOffsets();
    void profileBasedAt44();
    void databasesPerVersion();
    void keyValueStoreAt46();
    void keyValueStoreIgnoredBefore46();
    void designsCheckClean();
};

void TestTrafficManager::patternRow()
{
    QVERIFY(Templates::patterns().contains(QStringLiteral("gw-cp-tm")));
    QCOMPARE(Templates::defaultVersion(QStringLiteral("gw-cp-tm")), QStringLiteral("4.7.0"));
    QVERIFY(Templates::countOptions(QStringLiteral("gw-cp-tm")).contains(QStringLiteral("traffic-managers")));
    PatternOptions o;
    o.pattern = QStringLiteral("gw-cp-tm");
    o.version = QStringLiteral("4.0.0");
    Design d;
    QString error;
    QVERIFY(!Templates::create(o, &d, &error));
    o.version = QStringLiteral("4.1.0");
    QVERIFY2(Templates::create(o, &d, &error), qPrintable(error));
    QVERIFY(SchemaRegistry::instance().paletteKinds().contains(NodeKind::TrafficManager));
    QVERIFY(SchemaRegistry::instance().paletteKinds().contains(NodeKind::KeyValueStore));
}

void TestTrafficManager::singleAt47()
{
    const Design d = pattern(QStringLiteral("4.7.0"), 1, 1, 1);
    const TomlTable gw = toml(d, "apim-gw");
    const TomlTable tm = toml(d, "apim-tm");
    const TomlTable cp = toml(d, "apim-cp");

    // Every 4.5+ component node says "default" (§1.2).
    for (const TomlTable *t : {&gw, &tm, &cp})
        QCOMPARE(text(*t, tomlkey::ServerRole), QStringLiteral("default"));

    // The gateway throttles through the traffic manager and listens to the control plane.
    QCOMPARE(strings(gw, tomlkey::ThrottleDecisionEndpoints),
             QStringList{QStringLiteral("tcp://tm.wso2.com:5672")});
    QCOMPARE(urlGroups(gw),
             QStringList{QStringLiteral("tcp://tm.wso2.com:9611 | ssl://tm.wso2.com:9711 | ")});
    QCOMPARE(text(gw, tomlkey::ThrottlingServiceUrl), QStringLiteral("https://tm.wso2.com:9443/services/"));
    QCOMPARE(text(gw, tomlkey::EventHubServiceUrl), QStringLiteral("https://cp.wso2.com:9443/services/"));
    QCOMPARE(strings(gw, tomlkey::EventListeningEndpoints),
             QStringList{QStringLiteral("tcp://cp.wso2.com:5672")});
    QCOMPARE(text(gw, tomlkey::KeyManagerServiceUrl), QStringLiteral("https://cp.wso2.com:9443/services/"));

    // A single traffic manager has no HA throttling keys; it listens to the control plane.
    QVERIFY(!at(tm, tomlkey::Throttling));
    QCOMPARE(text(tm, tomlkey::EventHubServiceUrl), QStringLiteral("https://cp.wso2.com:9443/services/"));
    QCOMPARE(strings(tm, tomlkey::EventListeningEndpoints),
             QStringList{QStringLiteral("tcp://cp.wso2.com:5672")});
    QCOMPARE(text(tm, tomlkey::KeyManagerServiceUrl), QStringLiteral("https://cp.wso2.com:9443/services/"));
    // helm-apim's 4.5-4.7 traffic manager revokes tokens at its key manager.
    QCOMPARE(text(tm, tomlkey::RevokeEndpoint), QStringLiteral("https://cp.wso2.com:9443/oauth2/revoke"));

    // From 4.5 the control plane has no traffic-manager keys; a single one still runs its
    // event hub with its own publish group.
    QVERIFY(!at(cp, tomlkey::Throttling));
    QVERIFY(!at(cp, tomlkey::DistributedThrottling));
    QCOMPARE(publishUrls(cp), QStringList{QStringLiteral("tcp://cp.wso2.com:9611")});
    QVERIFY(!at(cp, tomlkey::EventDuplicateUrl));
}

void TestTrafficManager::haAt47WithOffsets()
{
    Design d = pattern(QStringLiteral("4.7.0"), 2, 2, 3);
    setOffset(d, "apim-tm-2", 2);
    setOffset(d, "apim-cp-2", 1);
    const TomlTable gw = toml(d, "apim-gw-1");

    // One decision endpoint and one url group per traffic-manager node, offsets applied,
    // never the load balancer.
    QCOMPARE(strings(gw, tomlkey::ThrottleDecisionEndpoints),
             (QStringList{QStringLiteral("tcp://apim-tm-1:5672"), QStringLiteral("tcp://apim-tm-2:5674"),
                          QStringLiteral("tcp://apim-tm-3:5672")}));
    QCOMPARE(urlGroups(gw), (QStringList{QStringLiteral("tcp://apim-tm-1:9611 | ssl://apim-tm-1:9711 | "),
                                         QStringLiteral("tcp://apim-tm-2:9613 | ssl://apim-tm-2:9713 | "),
                                         QStringLiteral("tcp://apim-tm-3:9611 | ssl://apim-tm-3:9711 | ")}));
    QCOMPARE(text(gw, tomlkey::ThrottlingServiceUrl), QStringLiteral("https://tm.wso2.com/services/"));
    // The event hub through the control-plane balancer, listening to every node.
    QCOMPARE(text(gw, tomlkey::EventHubServiceUrl), QStringLiteral("https://cp.wso2.com/services/"));
    QCOMPARE(strings(gw, tomlkey::EventListeningEndpoints),
             (QStringList{QStringLiteral("tcp://apim-cp-1:5672"), QStringLiteral("tcp://apim-cp-2:5673")}));

    // Each traffic manager duplicates to exactly the others and decides on itself.
    const TomlTable tm2 = toml(d, "apim-tm-2");
    QCOMPARE(strings(tm2, tomlkey::ThrottlingDuplicateUrl),
             (QStringList{QStringLiteral("tcp://apim-tm-1:5672"), QStringLiteral("tcp://apim-tm-3:5672")}));
    QCOMPARE(strings(tm2, tomlkey::ThrottleDecisionEndpoints),
             QStringList{QStringLiteral("tcp://localhost:5674")});
    const TomlTable tm1 = toml(d, "apim-tm-1");
    QCOMPARE(strings(tm1, tomlkey::ThrottlingDuplicateUrl),
             (QStringList{QStringLiteral("tcp://apim-tm-2:5674"), QStringLiteral("tcp://apim-tm-3:5672")}));
    QCOMPARE(strings(tm1, tomlkey::EventListeningEndpoints),
             (QStringList{QStringLiteral("tcp://apim-cp-1:5672"), QStringLiteral("tcp://apim-cp-2:5673")}));
    QCOMPARE(text(tm1, tomlkey::EventHubServiceUrl), QStringLiteral("https://cp.wso2.com/services/"));
    QCOMPARE(text(tm1, tomlkey::ServerHostname), QStringLiteral("tm.wso2.com"));
    QCOMPARE(text(tm1, tomlkey::RevokeEndpoint), QStringLiteral("https://cp.wso2.com/oauth2/revoke"));

    // Control planes: their HA event hub, still no traffic-manager keys.
    const TomlTable cp1 = toml(d, "apim-cp-1");
    QVERIFY(!at(cp1, tomlkey::Throttling));
    QCOMPARE(strings(cp1, tomlkey::EventDuplicateUrl), QStringList{QStringLiteral("tcp://apim-cp-2:5673")});
}

void TestTrafficManager::profileBasedAt44()
{
    const Design d = pattern(QStringLiteral("4.4.0"), 1, 1, 1);
    const TomlTable gw = toml(d, "apim-gw");
    const TomlTable tm = toml(d, "apim-tm");
    const TomlTable cp = toml(d, "apim-cp");
    QCOMPARE(text(gw, tomlkey::ServerRole), QStringLiteral("gateway-worker"));
    QCOMPARE(text(tm, tomlkey::ServerRole), QStringLiteral("traffic-manager"));
    QCOMPARE(text(cp, tomlkey::ServerRole), QStringLiteral("control-plane"));
    // The profile-based traffic manager has no revoke endpoint of its own (§2.1).
    QVERIFY(!at(tm, tomlkey::RevokeEndpoint));
    // §2.1: the gateway's throttling service URL names the traffic manager, and with the
    // traffic manager separated the gateway subscribes to the event hub itself.
    QCOMPARE(text(gw, tomlkey::ThrottlingServiceUrl), QStringLiteral("https://tm.wso2.com:9443/services/"));
    QCOMPARE(strings(gw, tomlkey::ThrottleDecisionEndpoints),
             QStringList{QStringLiteral("tcp://tm.wso2.com:5672")});
    QCOMPARE(strings(gw, tomlkey::EventListeningEndpoints),
             QStringList{QStringLiteral("tcp://cp.wso2.com:5672")});
    // The control plane points at no traffic manager.
    QVERIFY(!at(cp, tomlkey::Throttling));
    QCOMPARE(publishUrls(cp), QStringList{QStringLiteral("tcp://cp.wso2.com:9611")});

    // The seed pattern keeps its events on the throttling connection: no event hub on the gateway.
    PatternOptions o;
    o.pattern = QStringLiteral("gw-cp");
    Design seed;
    QVERIFY(Templates::create(o, &seed, nullptr));
    QVERIFY(!at(toml(seed, "apim-gw"), tomlkey::EventHub));
    QVERIFY(!at(toml(seed, "apim-cp"), tomlkey::EventHub));
}

void TestTrafficManager::databasesPerVersion()
{
    // §1.4: 4.7 gateway and traffic manager packs make no database connection; up to 4.6
    // the gateway has shared_db and the traffic manager both.
    const Design d47 = pattern(QStringLiteral("4.7.0"), 1, 1, 1);
    QVERIFY(!at(toml(d47, "apim-gw"), tomlkey::Database));
    QVERIFY(!at(toml(d47, "apim-tm"), tomlkey::Database));
    QVERIFY(at(toml(d47, "apim-cp"), tomlkey::ApimDb));
    QVERIFY(at(toml(d47, "apim-cp"), tomlkey::SharedDb));
    for (const QString &v : {QStringLiteral("4.4.0"), QStringLiteral("4.5.0"), QStringLiteral("4.6.0")}) {
        const Design d = pattern(v, 1, 1, 1);
        QVERIFY2(!at(toml(d, "apim-gw"), tomlkey::ApimDb), qPrintable(v));
        QVERIFY2(at(toml(d, "apim-gw"), tomlkey::SharedDb), qPrintable(v));
        QVERIFY2(at(toml(d, "apim-tm"), tomlkey::ApimDb), qPrintable(v));
        QVERIFY2(at(toml(d, "apim-tm"), tomlkey::SharedDb), qPrintable(v));
    }
}

void TestTrafficManager::keyValueStoreAt46()
{
    Design d = pattern(QStringLiteral("4.6.0"), 2, 2, 2);
    addKeyValueStore(d);
    // With shared counters the gateway sends to the traffic managers as one load-balanced group.
    QCOMPARE(urlGroups(toml(d, "apim-gw-2")),
             QStringList{QStringLiteral("tcp://apim-tm-1:9611,tcp://apim-tm-2:9611 | "
                                        "ssl://apim-tm-1:9711,ssl://apim-tm-2:9711 | loadbalance")});
    for (const char *name : {"apim-tm-1", "apim-tm-2", "apim-cp-1", "apim-cp-2"}) {
        const TomlTable t = toml(d, name);
        QVERIFY2(at(t, tomlkey::DistributedThrottling), name);
        QCOMPARE(text(t, "apim.distributed_throttling.type"), QStringLiteral("redis"));
        QCOMPARE(text(t, "apim.distributed_throttling.keyvalue_store.host"),
                 QStringLiteral("redis.wso2.com"));
        QCOMPARE(at(t, "apim.distributed_throttling.keyvalue_store.port")->toInteger(), qint64(6379));
        QCOMPARE(text(t, "apim.distributed_throttling.keyvalue_store.password"), QStringLiteral("s3cret"));
    }
    QVERIFY(!at(toml(d, "apim-gw-1"), tomlkey::DistributedThrottling));

    // Secure vault moves the store's password into [secrets] too.
    d.settings.secureVault = true;
    QCOMPARE(text(toml(d, "apim-tm-1"), "apim.distributed_throttling.keyvalue_store.password"),
             QStringLiteral("$secret{keyvalue_store_password}"));

    // Redis and Valkey let any client in without a password: a default-credentials warning
    // on every node that names the store, gone once it has one.
    auto storeWarnings = [](const Design &design) {
        int n = 0;
        for (const Finding &f : checkDesign(design)) {
            if (f.rule == QLatin1String("default-credentials") &&
                f.message.contains(QLatin1String("key-value store has no password")))
                ++n;
        }
        return n;
    };
    d.settings.secureVault = false;
    QCOMPARE(storeWarnings(d), 0);
    const Node *store = d.topology.nodeByName(QStringLiteral("redis"));
    d.topology.mutableNode(store->id)->values.insert(Field::KvPassword, QString());
    QCOMPARE(storeWarnings(d), 4);
}

void TestTrafficManager::keyValueStoreIgnoredBefore46()
{
    Design d = pattern(QStringLiteral("4.5.0"), 1, 1, 2);
    addKeyValueStore(d);
    QVERIFY(!at(toml(d, "apim-tm-1"), tomlkey::DistributedThrottling));
    QVERIFY(!at(toml(d, "apim-cp"), tomlkey::DistributedThrottling));
    QCOMPARE(urlGroups(toml(d, "apim-gw")).size(), 2);
}

// The pattern's own designs pass the model's checks and the review of their files; a
// 4.7 gateway and traffic manager without a database are not a missing-database error,
// a 4.6 one is.
void TestTrafficManager::designsCheckClean()
{
    for (const QString &v : {QStringLiteral("4.1.0"), QStringLiteral("4.4.0"), QStringLiteral("4.5.0"),
                             QStringLiteral("4.6.0"), QStringLiteral("4.7.0")}) {
        for (int n : {1, 2, 3}) {
            const Design d = pattern(v, n, n, n);
            for (const Finding &f : checkDesign(d))
                QVERIFY2(f.severity != Severity::Error, qPrintable(v + QLatin1String(": ") + f.message));
        }
    }
    Design d46 = pattern(QStringLiteral("4.6.0"), 1, 1, 1);
    const Node *tm = d46.topology.nodeByName(QStringLiteral("apim-tm"));
    const Link *toDb = d46.topology.findLink(tm->id, d46.topology.databaseOf(tm->id)->id);
    QVERIFY(toDb);
    d46.topology.takeLink(toDb->id);
    bool missing = false;
    for (const Finding &f : validateDesign(d46))
        missing = missing || (f.rule == QLatin1String("missing-database") && f.node == tm->id);
    QVERIFY(missing);
}

QTEST_GUILESS_MAIN(TestTrafficManager)
#include "tst_trafficmanager.moc"
