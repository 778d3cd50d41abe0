// Import of nodes that share a machine: several API-M nodes on one host and IP with
// different offsets are one machine, not a load balancer; an offset a file leaves out is
// inferred from the ports its peers reach it on; and the names the design keeps are the
// ones the exported hosts file and NGINX configuration use (issue 12).
#include "endpoints.h"
#include "generators.h"
#include "importer.h"
#include "review.h"
#include "ruleids.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QtTest>

using namespace apim;

namespace {

// Machine A (apim.example.com, 10.0.0.5): control plane (offset 0), traffic manager (no
// offset; its peers reach it on 5673 and 9612) and gateway gw-a (offset 2). Machine B
// (10.0.0.6): gateway gw-b. Both gateways call themselves gw.example.com, their balancer.
QByteArray gatewayToml(const char *ip, int offset, int tmOffset)
{
    const QByteArray amqp = QByteArray::number(5672 + tmOffset), binary = QByteArray::number(9611 + tmOffset),
                     ssl = QByteArray::number(9711 + tmOffset);
    return QByteArray("[server]\nhostname = \"gw.example.com\"\nnode_ip = \"") + ip +
           "\"\nserver_role = \"gateway-worker\"\noffset = " + QByteArray::number(offset) +
           "\n\n[apim.key_manager]\nservice_url = \"https://apim.example.com:9443/services/\"\n\n"
           "[apim.throttling]\nservice_url = \"https://apim.example.com:9443/services/\"\n"
           "throttle_decision_endpoints = [\"tcp://apim.example.com:" +
           amqp + "\"]\n\n[[apim.throttling.url_group]]\ntraffic_manager_urls = [\"tcp://apim.example.com:" +
           binary + "\"]\ntraffic_manager_auth_urls = [\"ssl://apim.example.com:" + ssl +
           "\"]\n\n"
           "[apim.event_hub]\nenable = true\nservice_url = \"https://apim.example.com:9443/services/\"\n"
           "event_listening_endpoints = [\"tcp://apim.example.com:5672\"]\n\n"
           "[apim.sync_runtime_artifacts.gateway]\ngateway_labels = [\"Default\"]\n";
}

// One <dir>/repository/conf/deployment.toml per entry, parsed.
ImportedFiles setOf(const QList<std::pair<const char *, QByteArray>> &entries)
{
    ImportedFiles files;
    for (const auto &[dir, text] : entries) {
        ImportedFile f;
        f.path = QLatin1String(dir) + QLatin1String("/repository/conf/deployment.toml");
        f.namingPath = f.path;
        f.text = text;
        f.parsed = readToml(f.text, f.path, &f.table, &f.error);
        files.append(f);
    }
    return files;
}

ImportedFiles coLocatedSet(bool offsets)
{
    const QByteArray cp = QByteArray("[server]\nhostname = \"apim.example.com\"\nnode_ip = \"10.0.0.5\"\n"
                                     "server_role = \"control-plane\"\n") +
                          (offsets ? "offset = 0\n" : "") +
                          "\n[[apim.gateway.environment]]\nname = \"Default\"\ntype = \"hybrid\"\n"
                          "display_in_api_console = true\n"
                          "service_url = \"https://gw.example.com:9443/services/\"\n"
                          "http_endpoint = \"http://gw.example.com:8280\"\n"
                          "https_endpoint = \"https://gw.example.com:8243\"\n";
    const QByteArray tm = QByteArray("[server]\nhostname = \"apim.example.com\"\nnode_ip = \"10.0.0.5\"\n"
                                     "server_role = \"traffic-manager\"\n") +
                          (offsets ? "" : "offset = 0\n"); // with offsets: inferred
    return setOf({{"cp", cp},
                  {"tm", tm},
                  {"gw-a", gatewayToml("10.0.0.5", 2, offsets ? 1 : 0)},
                  {"gw-b", gatewayToml("10.0.0.6", 0, offsets ? 1 : 0)}});
}

// Host names (not addresses, not loopback) that `re`'s first group captures in `text`.
QStringList namedHosts(const QByteArray &text, const QRegularExpression &re)
{
    QStringList out;
    for (auto it = re.globalMatch(QString::fromUtf8(text)); it.hasNext();) {
        const QString host = it.next().captured(1).toLower();
        static const QRegularExpression address(QStringLiteral("^[0-9.]+$"));
        if (!address.match(host).hasMatch() && !endpoints::isLoopback(host) && !out.contains(host))
            out.append(host);
    }
    return out;
}

// The hosts a deployment.toml's URLs name, and the server names and upstream servers of an
// NGINX configuration (its proxy_pass names upstream blocks, not hosts).
const QRegularExpression &tomlUrlHost()
{
    static const QRegularExpression re(QStringLiteral("(?:https?|tcp|ssl|wss?)://([A-Za-z0-9.-]+)"));
    return re;
}
const QRegularExpression &nginxHost()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:server|server_name)\\s+([A-Za-z0-9.-]+)[:;\\s]"),
        QRegularExpression::MultilineOption);
    return re;
}

const Node *nodeOf(const Design &d, const ImportedFiles &files, const char *dir)
{
    for (const ImportedFile &f : files) {
        if (f.path.startsWith(QLatin1String(dir) + QLatin1Char('/')))
            return d.topology.node(f.node);
    }
    return nullptr;
}

} // namespace

class TestImportMachine : public QObject
{
    Q_OBJECT

private slots:
    void oneMachineNotABalancer()
    {
        ImportedFiles files = coLocatedSet(true);
        Design d;
        Findings findings;
        importFiles(&files, &d, &findings);
        const Node *cp = nodeOf(d, files, "cp");
        const Node *tm = nodeOf(d, files, "tm");
        const Node *gwA = nodeOf(d, files, "gw-a");
        const Node *gwB = nodeOf(d, files, "gw-b");
        QVERIFY(cp && tm && gwA && gwB);
        // cp and tm share a hostname on offsets 0 and 1: one machine, no balancer between them.
        QCOMPARE(cp->hostname(), QStringLiteral("apim.example.com"));
        QCOMPARE(tm->hostname(), QStringLiteral("apim.example.com"));
        QVERIFY(!d.topology.balancerOf(cp->id));
        QVERIFY(!d.topology.balancerOf(tm->id));
        QCOMPARE(cp->offset(), 0);
        QCOMPARE(tm->offset(), 1);
        QCOMPARE(gwA->offset(), 2);
        const auto inferred = std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return f.rule == rule::OffsetInferred && f.node == tm->id;
        });
        QVERIFY(inferred != findings.cend());
        QCOMPARE(inferred->severity, Severity::Info);
        // The gateways on two machines that both call themselves gw.example.com: a balancer.
        const Node *lb = d.topology.balancerOf(gwA->id);
        QVERIFY(lb);
        QCOMPARE(d.topology.balancerOf(gwB->id), lb);
        QCOMPARE(lb->text(Field::PublicHostname), QStringLiteral("gw.example.com"));
        // Each gateway's URLs reach the right node of machine A by its port.
        const auto linked = [&](NodeId a, NodeId b) {
            const QList<const Link *> links = d.topology.linksOf(a);
            return std::any_of(links.cbegin(), links.cend(), [&](const Link *l) { return l->to == b; });
        };
        for (const Node *gw : {gwA, gwB}) {
            QVERIFY(linked(gw->id, cp->id));
            QVERIFY(linked(gw->id, tm->id));
        }
        // No port conflict, no unknown host: the wiring resolves.
        for (const Finding &f : reviewImport(d, files, findings))
            QVERIFY2(f.rule != rule::PortConflict && f.rule != rule::UnknownHost, qPrintable(f.message));
    }

    // The names the design keeps (the files' URLs, kept as they were) are the names the exported
    // hosts file resolves and the NGINX configuration's upstreams use.
    void exportedNamesMatchKeptToml()
    {
        ImportedFiles files = coLocatedSet(true);
        Design d;
        Findings findings;
        importFiles(&files, &d, &findings);
        const QString hosts = QString::fromUtf8(designHostsFile(d));
        QStringList named;
        bool nginx = false;
        for (const Node &n : d.topology.nodes()) {
            if (SchemaRegistry::instance().kind(n.kind).apimNode)
                named += namedHosts(deploymentTomlText(d, n), tomlUrlHost());
            if (n.kind == NodeKind::LoadBalancer) {
                const QByteArray conf = nginxConfig(d, n);
                nginx = !conf.isEmpty();
                const QStringList upstreams = namedHosts(conf, nginxHost());
                named += upstreams;
                QVERIFY2(upstreams.contains(QStringLiteral("gw.example.com")), conf.constData());
                // gw-a listens on 8245 (offset 2) on machine A, gw-b on 8243.
                QVERIFY2(conf.contains(":8245"), conf.constData());
            }
        }
        QVERIFY(nginx);
        QVERIFY(named.contains(QStringLiteral("apim.example.com")));
        for (const QString &host : std::as_const(named)) {
            static const QRegularExpression ws(QStringLiteral("\\s+"));
            bool listed = false;
            for (const QString &line : hosts.split(QLatin1Char('\n'))) {
                const QStringList cols = line.split(ws, Qt::SkipEmptyParts);
                // An entry, or the line that asks for the IP of a node the design has none for.
                listed = listed || (cols.size() >= 2 && cols.mid(1).contains(host) &&
                                    (!cols.first().startsWith(QLatin1Char('#')) ||
                                     line.startsWith(QLatin1String("# <IP missing>"))));
            }
            QVERIFY2(listed, qPrintable(host + QLatin1String(" is not in the hosts file:\n") + hosts));
        }
        QVERIFY2(hosts.contains(QLatin1String("10.0.0.5 apim.example.com")), qPrintable(hosts));
    }

    // Kubernetes service names reach the files whose folders they name, an ordinal decides, and
    // the release's service over two instances of one kind is their balancer.
    void serviceNamesReachTheirFiles()
    {
        const QByteArray env = "$env{HOST_NAME}";
        const QByteArray gw = "[server]\nhostname = \"" + env +
                              "\"\nserver_role = \"gateway-worker\"\n\n[apim.key_manager]\n"
                              "service_url = \"https://rel-km-service:9443/services/\"\n\n[apim.throttling]\n"
                              "throttle_decision_endpoints = [\"tcp://rel-pub-store-tm-1-service:5672\", "
                              "\"tcp://rel-pub-store-tm-2-service:5672\"]\n";
        const QByteArray km = "[server]\nhostname = \"" + env +
                              "\"\nserver_role = \"api-key-manager\"\n\n[apim.throttling]\n"
                              "[[apim.throttling.url_group]]\n"
                              "traffic_manager_urls = [\"tcp://rel-pub-store-tm-service:9611\"]\n";
        const QByteArray pst =
            "[server]\nhostname = \"" + env +
            "\"\nserver_role = \"default\"\n\n[[apim.gateway.environment]]\nname = \"Default\"\n"
            "type = \"hybrid\"\nservice_url = \"https://rel-gateway-service:9443/services/\"\n";
        ImportedFiles files = setOf({{"chart/confs/am-gateway", gw},
                                     {"chart/confs/am-km", km},
                                     {"chart/confs/am-pub-store-tm/instance-1", pst},
                                     {"chart/confs/am-pub-store-tm/instance-2", pst}});
        Design d;
        Findings findings;
        importFiles(&files, &d, &findings);
        QCOMPARE(nodeOf(d, files, "chart/confs/am-gateway")->hostname(),
                 QStringLiteral("rel-gateway-service"));
        QCOMPARE(nodeOf(d, files, "chart/confs/am-km")->hostname(), QStringLiteral("rel-km-service"));
        const Node *one = nodeOf(d, files, "chart/confs/am-pub-store-tm/instance-1");
        const Node *two = nodeOf(d, files, "chart/confs/am-pub-store-tm/instance-2");
        QCOMPARE(one->hostname(), QStringLiteral("rel-pub-store-tm-1-service"));
        QCOMPARE(two->hostname(), QStringLiteral("rel-pub-store-tm-2-service"));
        const Node *lb = d.topology.balancerOf(one->id);
        QVERIFY(lb);
        QCOMPARE(d.topology.balancerOf(two->id), lb);
        QCOMPARE(lb->hostname(), QStringLiteral("rel-pub-store-tm-service"));
        for (const Finding &f : reviewImport(d, files, findings))
            QVERIFY2(f.rule != rule::UnknownHost, qPrintable(f.message));
    }

    // The same machine with no offsets (and URLs that imply none): its nodes' ports clash.
    void noOffsetsIsAPortConflict()
    {
        ImportedFiles files = coLocatedSet(false);
        Design d;
        Findings findings;
        importFiles(&files, &d, &findings);
        const Findings review = reviewImport(d, files, findings);
        QVERIFY(std::any_of(review.cbegin(), review.cend(),
                            [](const Finding &f) { return f.rule == rule::PortConflict; }));
    }
};

QTEST_GUILESS_MAIN(TestImportMachine)
#include "tst_import_machine.moc"
