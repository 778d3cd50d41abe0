// The choices of `new PATTERN` beyond the counts: the key-value store of 4.6+ distributed
// throttling (facts sheet §1.3 gateway, §1.6) and one naming rule for single and HA roles.
#include "generators.h"
#include "hostname.h"
#include "templates.h"
#include "tomlkeys.h"

#include <QtTest>

using namespace apim;

namespace {

PatternOptions options(const QString &pattern, const QString &version, int trafficManagers)
{
    PatternOptions o;
    o.pattern = pattern;
    o.version = version;
    o.trafficManagers = trafficManagers;
    o.keyValueStore = true;
    return o;
}

const Node *named(const Design &d, const char *name)
{
    const Node *n = d.topology.nodeByName(QString::fromLatin1(name));
    if (!n)
        qWarning("no node %s", name);
    return n;
}

QStringList list(const TomlTable &t, const QStringList &path)
{
    const TomlValue *v = t.findPath(path);
    return v ? v->toStringList() : QStringList();
}

} // namespace

class TestPatternChoices : public QObject
{
    Q_OBJECT

private slots:
    void keyValueStoreIsRefused_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("trafficManagers");
        QTest::addColumn<QString>("mention");
        QTest::newRow("4.5") << "gw-cp-tm"
                             << "4.5.0" << 2 << "from API-M 4.6";
        QTest::newRow("4.4") << "gw-cp-tm-km"
                             << "4.4.0" << 2 << "from API-M 4.6";
        QTest::newRow("one TM") << "gw-cp-tm"
                                << "4.7.0" << 1 << "two or more traffic managers";
        QTest::newRow("default TM count") << "gw-cp-tm-km"
                                          << "4.6.0" << 0 << "two or more traffic managers";
        QTest::newRow("no TMs") << "aio-ha"
                                << "4.7.0" << 0 << "no separate traffic managers";
        QTest::newRow("seed") << "gw-cp-ha"
                              << "4.4.0" << 0 << "no separate traffic managers";
    }

    void keyValueStoreIsRefused()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, version);
        QFETCH(int, trafficManagers);
        QFETCH(QString, mention);
        Design d;
        QString error;
        QVERIFY(!Templates::create(options(pattern, version, trafficManagers), &d, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    void keyValueStoreIsBuilt_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("version");
        QTest::newRow("gw-cp-tm 4.6") << "gw-cp-tm"
                                      << "4.6.0";
        QTest::newRow("gw-cp-tm 4.7") << "gw-cp-tm"
                                      << "4.7.0";
        QTest::newRow("gw-cp-tm-km 4.7") << "gw-cp-tm-km"
                                         << "4.7.0";
    }

    // One store, linked from every control plane and traffic manager; they write
    // [apim.distributed_throttling] towards it, the gateways one load-balanced url group.
    void keyValueStoreIsBuilt()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, version);
        PatternOptions o = options(pattern, version, 2);
        o.gateways = 2;
        Design d;
        QString error;
        QVERIFY2(Templates::create(o, &d, &error), qPrintable(error));
        const QList<const Node *> stores = d.topology.nodesOfKind(NodeKind::KeyValueStore);
        QCOMPARE(stores.size(), 1);
        const Node &store = *stores.first();
        for (NodeKind kind : {NodeKind::ControlPlane, NodeKind::TrafficManager}) {
            for (const Node *n : d.topology.nodesOfKind(kind)) {
                QVERIFY(d.topology.findLink(n->id, store.id));
                const TomlTable t = deploymentToml(d, *n);
                QVERIFY2(t.findPath(tomlkey::path(tomlkey::DistributedThrottling)), qPrintable(n->name()));
                const TomlValue *host =
                    t.findPath(tomlkey::at(tomlkey::KeyValueStore, {QStringLiteral("host")}));
                QVERIFY(host);
                QCOMPARE(host->toString(), store.hostname());
            }
        }
        for (const Node *gw : d.topology.nodesOfKind(NodeKind::Gateway)) {
            QVERIFY(!d.topology.findLink(gw->id, store.id));
            const TomlTable t = deploymentToml(d, *gw);
            QVERIFY(!t.findPath(tomlkey::path(tomlkey::DistributedThrottling)));
            const TomlValue *groups = t.findPath(tomlkey::path(tomlkey::ThrottlingUrlGroup));
            QVERIFY(groups && groups->array().size() == 1);
            const TomlTable &group = *groups->array().first().table();
            QCOMPARE(list(group, {tomlkey::leaf(tomlkey::TrafficManagerUrls)}),
                     (QStringList{QStringLiteral("tcp://apim-tm-1:9611"),
                                  QStringLiteral("tcp://apim-tm-2:9611")}));
            QCOMPARE(group.find(tomlkey::leaf(tomlkey::ThrottlingUrlGroupType))->toString(),
                     QStringLiteral("loadbalance"));
        }
        // Without the choice there is no store.
        o.keyValueStore = false;
        QVERIFY(Templates::create(o, &d, &error));
        QVERIFY(d.topology.nodesOfKind(NodeKind::KeyValueStore).isEmpty());
        QVERIFY(Templates::takesKeyValueStore(pattern));
        QVERIFY(!Templates::takesKeyValueStore(QStringLiteral("aio-gw")));
    }

    // Every pattern names a role of one node apim-<role> (known by the role's public host
    // name) and a role of two or more apim-<role>-1..n behind <role>-lb.
    void singleAndHaNamesAreTheSameEverywhere()
    {
        for (const QString &pattern : Templates::patterns()) {
            for (int count : {1, 2}) {
                PatternOptions o;
                o.pattern = pattern;
                if (!Templates::countOptions(pattern).isEmpty())
                    o.gateways = o.controlPlanes = o.trafficManagers = o.keyManagers = o.allInOnes = count;
                // Only the counts the pattern takes.
                const QStringList takes = Templates::countOptions(pattern);
                if (!takes.contains(QLatin1String("gateways")))
                    o.gateways = 0;
                if (!takes.contains(QLatin1String("control-planes")))
                    o.controlPlanes = 0;
                if (!takes.contains(QLatin1String("traffic-managers")))
                    o.trafficManagers = 0;
                if (!takes.contains(QLatin1String("key-managers")))
                    o.keyManagers = 0;
                if (!takes.contains(QLatin1String("all-in-ones")))
                    o.allInOnes = 0;
                Design d;
                QString error;
                QVERIFY2(Templates::create(o, &d, &error), qPrintable(pattern + QLatin1String(": ") + error));
                for (const Node &n : d.topology.nodes()) {
                    if (n.kind == NodeKind::Database || n.kind == NodeKind::LoadBalancer ||
                        n.kind == NodeKind::IdentityServer)
                        continue;
                    const bool inCluster = d.topology.balancerOf(n.id) != nullptr;
                    const QString what = pattern + QLatin1Char(' ') + n.name();
                    QVERIFY2(n.name().startsWith(QLatin1String("apim-")), qPrintable(what));
                    static const QRegularExpression numbered(QStringLiteral("-[0-9]+$"));
                    QCOMPARE(numbered.match(n.name()).hasMatch(), inCluster);
                    if (!inCluster)
                        QVERIFY2(n.hostname().endsWith(QLatin1String(".wso2.com")), qPrintable(what));
                }
            }
        }
        // The seed's single deployment keeps its names.
        Design d;
        QString error;
        QVERIFY(Templates::create(QStringLiteral("gw-cp"), 1, 1, &d, &error));
        QVERIFY(named(d, "apim-gw") && named(d, "apim-cp"));
    }

    // A role of many nodes spans several address blocks, each address a real one: 600 gateways
    // once gave 10.1.0.256.
    void manyNodesGetValidAddresses()
    {
        Design d;
        QString error;
        QVERIFY2(Templates::create(QStringLiteral("gw-cp-ha"), 600, 2, &d, &error), qPrintable(error));
        QSet<QString> seen;
        for (const Node &n : d.topology.nodes()) {
            const QString ip = n.value(Field::Ip).toString();
            if (ip.isEmpty())
                continue;
            QVERIFY2(isValidHost(ip), qPrintable(n.name() + QLatin1String(": ") + ip));
            QVERIFY2(!ip.endsWith(QLatin1String(".255")), qPrintable(ip));
            QVERIFY2(!seen.contains(ip), qPrintable(ip));
            seen.insert(ip);
        }
    }
};

QTEST_GUILESS_MAIN(TestPatternChoices)
#include "tst_patternchoices.moc"
