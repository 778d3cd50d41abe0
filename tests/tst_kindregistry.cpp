// The registry's per-kind facts and the bugs that came from code knowing kinds
// itself: one port table, all-in-one balancers, databases of every API-M kind.
#include "endpoints.h"
#include "generators.h"
#include "generatorutil.h"
#include "validation.h"

#include <QTest>

using namespace apim;

namespace {

Node makeNode(NodeId id, NodeKind kind, const QString &name, int offset = 0)
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.values = SchemaRegistry::instance().defaults(kind);
    n.values.insert(Field::Name, name);
    n.values.insert(Field::Hostname, name + QStringLiteral(".internal"));
    n.values.insert(Field::Ip, QStringLiteral("10.0.0.%1").arg(id));
    if (n.values.contains(Field::Offset))
        n.values.insert(Field::Offset, offset);
    return n;
}

void link(Topology &t, NodeId from, NodeId to)
{
    t.insertLink(t.links().size(), Link{t.allocateLinkId(), from, to});
}

// Two all-in-one nodes behind one balancer, sharing a database.
Design allInOneCluster()
{
    Design d;
    Topology &t = d.topology;
    t.insertNode(0, makeNode(1, NodeKind::AllInOne, QStringLiteral("apim-1")));
    t.insertNode(1, makeNode(2, NodeKind::AllInOne, QStringLiteral("apim-2"), 1));
    Node lb = makeNode(3, NodeKind::LoadBalancer, QStringLiteral("lb"));
    lb.values.insert(Field::PublicHostname, QStringLiteral("am.wso2.com"));
    t.insertNode(2, lb);
    t.insertNode(3, makeNode(4, NodeKind::Database, QStringLiteral("db")));
    link(t, 3, 1);
    link(t, 3, 2);
    link(t, 1, 4);
    link(t, 2, 4);
    return d;
}

bool hasFinding(const Findings &findings, const char *rule, NodeId node)
{
    for (const Finding &f : findings) {
        if (f.rule == QLatin1String(rule) && f.node == node)
            return true;
    }
    return false;
}

} // namespace

class TestKindRegistry : public QObject
{
    Q_OBJECT

private slots:
    void onePortTable()
    {
        // The endpoint resolver and the generators read the same ports: every listed
        // port of every kind is one the resolver knows, at any offset.
        for (const KindSpec &k : SchemaRegistry::instance().kinds()) {
            for (const PortSpec *p : SchemaRegistry::instance().ports(k.kind))
                QVERIFY(endpoints::listensOn(3, p->base + 3));
        }
        // and the resolver knows no port the table does not hold.
        int known = 0;
        for (int port = 1; port < 65536; ++port) {
            if (!endpoints::listensOn(0, port))
                continue;
            ++known;
            bool inTable = false;
            for (const PortSpec &p : ports::all())
                inTable = inTable || p.base == port;
            QVERIFY2(inTable, qPrintable(QString::number(port)));
        }
        QCOMPARE(known, ports::all().size());
        // WebSub and AMQP over SSL are known, though no generated file lists them.
        QCOMPARE(ports::base(PortId::WebSubHttps), 8021);
        QCOMPARE(ports::base(PortId::AmqpSsl), 8672);
        QVERIFY(!ports::spec(PortId::WebSubHttp).listed);
    }

    void portsFollowComponents()
    {
        const SchemaRegistry &r = SchemaRegistry::instance();
        auto bases = [&](NodeKind kind) {
            QList<int> out;
            for (const PortSpec *p : r.ports(kind))
                out.append(p->base);
            return out;
        };
        QCOMPARE(bases(NodeKind::Gateway), (QList<int>{9443, 9763, 8243, 8280, 9099, 8099}));
        QCOMPARE(bases(NodeKind::ControlPlane), (QList<int>{9443, 9763, 5672, 9611, 9711}));
        QCOMPARE(bases(NodeKind::KeyManager), (QList<int>{9443, 9763}));
        QCOMPARE(bases(NodeKind::AllInOne),
                 (QList<int>{9443, 9763, 8243, 8280, 9099, 8099, 5672, 9611, 9711}));
        QVERIFY(bases(NodeKind::Database).isEmpty());
    }

    void allInOneBalancerCarriesApiTraffic()
    {
        const Design d = allInOneCluster();
        const QString conf = QString::fromUtf8(nginxConfig(d, *d.topology.nodeByName(QStringLiteral("lb"))));
        // apim-2 has offset 1: every port shifts.
        for (const char *server : {"server apim-1.internal:9443;", "server apim-2.internal:9444;",
                                   "server apim-1.internal:8243;", "server apim-2.internal:8281;",
                                   "server apim-2.internal:9100;", "server apim-2.internal:8100;"}) {
            QVERIFY2(conf.contains(QLatin1String(server)), server);
        }
        QVERIFY(conf.contains(QLatin1String("listen 9099;")));
        QVERIFY(conf.contains(QLatin1String("listen 8099 ssl;")));
        // The web apps keep their sessions: the management upstream, and only it, is sticky.
        QCOMPARE(conf.count(QLatin1String("ip_hash;")), 1);
        QVERIFY(conf.indexOf(QLatin1String("ip_hash;")) < conf.indexOf(QLatin1String("_https {")));
        QVERIFY(conf.contains(QLatin1String("location /publisher {")));
        QVERIFY(conf.contains(QLatin1String("location /devportal {")));
        QVERIFY(conf.contains(QLatin1String("proxy_pass https://apim_lb_https;")));
        QCOMPARE(conf.count(QLatin1Char('{')), conf.count(QLatin1Char('}')));

        const QString readme = QString::fromUtf8(bundleReadme(d));
        QVERIFY2(
            readme.contains(QLatin1String("80 HTTP, 443 HTTPS, 9099 WebSocket (ws), 8099 WebSocket (wss)")),
            qPrintable(readme));
    }

    void databaseOfEveryApimKindIsUsed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("traffic manager") << int(NodeKind::TrafficManager);
        QTest::newRow("key manager") << int(NodeKind::KeyManager);
        QTest::newRow("all-in-one") << int(NodeKind::AllInOne);
        QTest::newRow("gateway") << int(NodeKind::Gateway);
    }

    void databaseOfEveryApimKindIsUsed()
    {
        QFETCH(int, kind);
        Design d;
        d.topology.insertNode(0, makeNode(1, NodeKind(kind), QStringLiteral("node-1")));
        d.topology.insertNode(1, makeNode(2, NodeKind::Database, QStringLiteral("db")));
        QVERIFY(hasFinding(validateDesign(d), "unused-database", 2));
        link(d.topology, 1, 2);
        QVERIFY(!hasFinding(validateDesign(d), "unused-database", 2));
    }

    void nodeWithoutIpIsWarned()
    {
        QFETCH(int, kind);
        Design d;
        d.topology.insertNode(0, makeNode(1, NodeKind(kind), QStringLiteral("node-1")));
        d.topology.insertNode(1, makeNode(2, NodeKind::Database, QStringLiteral("db")));
        link(d.topology, 1, 2);
        QVERIFY(!hasFinding(validateDesign(d), "missing-ip", 1));
        d.topology.mutableNode(1)->values.insert(Field::Ip, QString());
        QVERIFY(hasFinding(validateDesign(d), "missing-ip", 1));
        QVERIFY(!hasFinding(validateDesign(d), "missing-ip", 2));
    }
    void nodeWithoutIpIsWarned_data() { databaseOfEveryApimKindIsUsed_data(); }

    void releasesPerVersion()
    {
        const SchemaRegistry &r = SchemaRegistry::instance();
        for (const KindSpec &k : r.kinds()) {
            for (const QString &v : ApimVersion::supported()) {
                const KindRelease *rel = r.release(k.kind, ApimVersion::parse(v));
                QCOMPARE(rel != nullptr, k.apimNode);
                if (rel)
                    QVERIFY(!rel->script.isEmpty() && !rel->serverRole.isEmpty());
            }
        }
        const KindRelease *km42 =
            r.release(NodeKind::KeyManager, ApimVersion::parse(QStringLiteral("4.2.0")));
        QCOMPARE(km42->profile, QStringLiteral("api-key-manager-deprecated"));
        QCOMPARE(km42->serverRole, QStringLiteral("control-plane")); // the docs sample and shipped template
        QCOMPARE(r.release(NodeKind::ControlPlane, ApimVersion::parse(QStringLiteral("4.5.0")))->serverRole,
                 QStringLiteral("default"));
    }

    // From 4.5 the control plane holds no traffic manager: a gateway linked only to control planes
    // has nobody to throttle through, and one linked to an all-in-one cluster throttles through both.
    void servicesFollowTheVersion()
    {
        const ApimVersion v44 = ApimVersion::parse(QStringLiteral("4.4.0"));
        const ApimVersion v47 = ApimVersion::parse(QStringLiteral("4.7.0"));
        const SchemaRegistry &r = SchemaRegistry::instance();
        QVERIFY(r.release(NodeKind::ControlPlane, v44)->provides(Service::TrafficManager));
        QVERIFY(!r.release(NodeKind::ControlPlane, v47)->provides(Service::TrafficManager));
        QVERIFY(r.release(NodeKind::ControlPlane, v47)->provides(Service::KeyManager));
        QVERIFY(r.release(NodeKind::TrafficManager, v47)->provides(Service::TrafficManager));

        Design d;
        Topology &t = d.topology;
        t.insertNode(0, makeNode(1, NodeKind::Gateway, QStringLiteral("gw")));
        t.insertNode(1, makeNode(2, NodeKind::ControlPlane, QStringLiteral("cp")));
        link(t, 1, 2);
        const Node &gw = *t.node(1);
        QCOMPARE(genutil::providers(t, gw, Service::TrafficManager, v44).size(), 1);
        QVERIFY(genutil::providers(t, gw, Service::TrafficManager, v47).isEmpty());

        Design aio = allInOneCluster();
        aio.topology.insertNode(0, makeNode(9, NodeKind::Gateway, QStringLiteral("gw")));
        link(aio.topology, 9, 1);
        const QList<const Node *> both =
            genutil::providers(aio.topology, *aio.topology.node(9), Service::TrafficManager, v47);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[0]->name(), QStringLiteral("apim-1"));
        QCOMPARE(both[1]->name(), QStringLiteral("apim-2"));
    }

    void importHints()
    {
        const SchemaRegistry &r = SchemaRegistry::instance();
        bool legacy = true;
        QCOMPARE(r.kindByServerRole(QStringLiteral("Gateway-Worker"), &legacy)->kind, NodeKind::Gateway);
        QVERIFY(!legacy);
        QCOMPARE(r.kindByServerRole(QStringLiteral("api-key-manager-node"))->kind, NodeKind::KeyManager);
        QCOMPARE(r.kindByServerRole(QStringLiteral("api-publisher"), &legacy)->kind, NodeKind::ControlPlane);
        QVERIFY(legacy);
        QVERIFY(!r.kindByServerRole(QStringLiteral("default")));
        // More specific roles come first: a "tm-gw" folder is the traffic manager's.
        QCOMPARE(r.pathHints().first().kind, NodeKind::TrafficManager);
        QCOMPARE(r.pathHints().last().word, QStringLiteral("gw"));
    }
};

QTEST_GUILESS_MAIN(TestKindRegistry)
#include "tst_kindregistry.moc"
