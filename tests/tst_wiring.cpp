// The wiring: node identity at import (names its peers use, cleaned path
// fragments, one machine instead of an invented load balancer, inferred
// offsets), broken and templated files in a set, the endpoint registry, and the
// wiring rules on the corpus sets issue 11 names (tests/data/corpus/).
#include "bundleexport.h"
#include "encryptionkey.h"
#include "endpointregistry.h"
#include "endpoints.h"
#include "findingtestutil.h"
#include "importer.h"
#include "nodeidentity.h"
#include "review.h"
#include "ruleids.h"
#include "templates.h"
#include "testutil.h"
#include "tomlkeys.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace apim;

namespace {

struct Imported
{
    Design design;
    Findings imported;
    ImportedFiles files;
    Findings lint; // what `lint` prints: reviewImport()
};

Imported importSet(const QString &path)
{
    Imported r;
    QString error;
    if (!importConfigs({path}, &r.design, &r.imported, &error, &r.files))
        qWarning("%s", qPrintable(error));
    r.lint = reviewImport(r.design, r.files, r.imported);
    return r;
}

Findings withRule(const Findings &all, QLatin1String rule)
{
    Findings out;
    for (const Finding &f : all) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(QStringLiteral("%1 %2:%3 %4").arg(f.rule, f.file).arg(f.line).arg(f.message));
    return lines.join(QLatin1Char('\n'));
}

QString corpus(const QString &set)
{
    return testutil::dataPath(QStringLiteral("corpus/") + set);
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

const QRegularExpression HostName(QStringLiteral("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$"));

QByteArray trafficManager(int offset)
{
    QByteArray t = "[server]\nhostname = \"tm.example.com\"\nserver_role = \"traffic-manager\"\n";
    if (offset >= 0)
        t += "offset = " + QByteArray::number(offset) + "\n";
    return t;
}

// A [server] table: the host peers use and the role.
QByteArray server(const char *host, const char *role)
{
    return QByteArray("[server]\nhostname = \"") + host + "\"\nserver_role = \"" + role + "\"\n";
}

QByteArray gateway(const QByteArray &decisions)
{
    return "[server]\nhostname = \"gw.example.com\"\nserver_role = \"gateway-worker\"\n\n"
           "[apim.key_manager]\nservice_url = \"https://km.example.com:9443/services/\"\n"
           "username = \"u\"\npassword = \"p\"\n\n"
           "[apim.throttling]\nthrottle_decision_endpoints = [" +
           decisions + "]\n";
}

using findingtest::problems;

QStringList lintOfExport(const Design &design)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("bundle/"));
    ExportOptions options;
    options.directory = true;
    QString error;
    if (!exportBundle(design, target, options, &error))
        return {QStringLiteral("export failed: ") + error};
    return problems(importSet(target).lint);
}

} // namespace

class TestWiring : public QObject
{
    Q_OBJECT

private slots:
    void hostNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("flattened") << "set/nodes__gateway-worker__deployment.toml"
                                   << "gateway-worker";
        QTest::newRow("flattened home") << "set/wso2am-cp__repository__conf__deployment.toml"
                                        << "wso2am-cp";
        QTest::newRow("deep") << "pattern-1__confs__apim-km__repository__conf__deployment.toml"
                              << "apim-km";
        QTest::newRow("folder") << "/x/apim-gw-1/repository/conf/deployment.toml"
                                << "apim-gw-1";
        QTest::newRow("stem") << "/x/acp-deployment.toml"
                              << "acp-deployment";
        QTest::newRow("odd characters") << "/x/My Node (1)/deployment.toml"
                                        << "my-node-1";
        QTest::newRow("double underscore stem") << "/x/wso2am__deployment.orig.toml"
                                                << "deployment.orig";
    }

    void hostNames()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        const QString got = importid::pathFragment(path);
        QCOMPARE(got, name);
        QVERIFY2(HostName.match(got).hasMatch(), qPrintable(got));
        QCOMPARE(importid::cleanHostName(QStringLiteral("nodes__gateway-worker__deployment")),
                 QStringLiteral("nodes-gateway-worker-deployment"));
        QCOMPARE(importid::cleanHostName(QStringLiteral("__")), QStringLiteral("node"));
    }

    void serviceNames()
    {
        QCOMPARE(endpoints::serviceStem(QStringLiteral("wso2apim-km-internal.wso2.svc")),
                 QStringLiteral("wso2apim-km"));
        QCOMPARE(endpoints::serviceStem(QStringLiteral("apim-wso2am-cp-1-service")),
                 QStringLiteral("apim-wso2am-cp"));
        QCOMPARE(endpoints::serviceStem(QStringLiteral("cp.wso2.com")), QStringLiteral("cp"));
    }

    // Every key endpoints::collect() reads is a row of the registry with a target and holders.
    void registryIsTheEndpoints()
    {
        QSet<QString> keys;
        for (const EndpointSpec &s : endpointregistry::all()) {
            QVERIFY2(!keys.contains(QLatin1String(s.key)), s.key);
            keys.insert(QLatin1String(s.key));
            QVERIFY2(!s.holders.isEmpty(), s.key);
            QVERIFY2(s.fromVersion <= s.toVersion, s.key);
            QCOMPARE(endpointregistry::find(s.key), &s);
        }
        for (const char *k : {tomlkey::KeyManagerServiceUrl, tomlkey::ThrottleDecisionEndpoints,
                              tomlkey::EventDuplicateUrl, tomlkey::ThrottlingDuplicateUrl,
                              tomlkey::EventListeningEndpoints, tomlkey::NotificationEndpoint,
                              tomlkey::RevokeEndpoint, tomlkey::EnvServiceUrl, tomlkey::DatabaseUrl})
            QVERIFY2(endpointregistry::find(k), k);
        QCOMPARE(endpointregistry::find(tomlkey::ThrottleDecisionEndpoints)->listener, PortId::Amqp);
        QVERIFY(endpointregistry::find(tomlkey::EventDuplicateUrl)->list);
        QVERIFY(!endpointregistry::appliesTo(*endpointregistry::find(tomlkey::EventListeningEndpoints),
                                             NodeKind::Gateway, endpointregistry::versionCode(3, 2)));
        TomlTable t;
        TomlError e;
        QVERIFY(
            readToml("[apim.throttling]\nthrottle_decision_endpoints = [\"tcp://a:5672\"]\n", {}, &t, &e));
        const QList<endpoints::Use> uses = endpoints::collect(t);
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses.first().spec, endpointregistry::find(tomlkey::ThrottleDecisionEndpoints));
    }

    // No corpus file becomes a node with an invented, invalid host name.
    void corpusNamesAreHostNames()
    {
        const QDir dir(testutil::dataPath(QStringLiteral("corpus")));
        for (const QString &set : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const Imported r = importSet(dir.filePath(set));
            for (const Node &n : r.design.topology.nodes()) {
                QVERIFY2(HostName.match(n.name()).hasMatch(),
                         qPrintable(set + QLatin1String(": ") + n.name()));
                QVERIFY2(!n.hostname().contains(QLatin1String("__")), qPrintable(n.hostname()));
            }
        }
    }

    // A distributed 4.2 set: four nodes named by their folders, known to each other by the
    // hostnames they use, and a key manager URL on a port the key manager does not listen on.
    void csdgurugegit()
    {
        const Imported r =
            importSet(corpus(QStringLiteral("csdgurugegit__WSO2-APIM-All-Distributed-Deployment")));
        QStringList names;
        for (const Node &n : r.design.topology.nodes())
            names.append(n.name());
        for (const char *want : {"control-plane", "gateway-worker", "key-manager", "traffic-manager"})
            QVERIFY2(names.contains(QLatin1String(want)), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(r.design.topology.nodesOfKind(NodeKind::LoadBalancer).isEmpty());
        for (const Finding &f : withRule(r.lint, rule::UnknownHost))
            QVERIFY2(!f.message.contains(QLatin1String("wso2.com")), qPrintable(f.message));
        const Findings port = withRule(r.lint, rule::EndpointPort);
        QVERIFY2(std::any_of(port.cbegin(), port.cend(),
                             [](const Finding &f) {
                                 return f.file.endsWith(QLatin1String("gateway-worker__deployment.toml")) &&
                                        f.line == 37 && f.message.contains(QLatin1String("9444 is nobody"));
                             }),
                 qPrintable(describe(r.lint)));
    }

    // All on localhost: one machine. The gateway's offset comes from the control plane's
    // environment URLs; the control plane and the traffic manager, both without an offset, clash.
    void ibay122()
    {
        const Imported r = importSet(corpus(QStringLiteral("ibay122__wso2-apim-distributed-deployment")));
        const Node *gw = r.design.topology.nodeByName(QStringLiteral("wso2am-gw"));
        QVERIFY(gw);
        QCOMPARE(gw->offset(), 1);
        const Findings inferred = withRule(r.lint, rule::OffsetInferred);
        QCOMPARE(inferred.size(), 1);
        QCOMPARE(inferred.first().severity, Severity::Info);
        QVERIFY(inferred.first().line > 0);
        const Findings clash = withRule(r.lint, rule::PortConflict);
        QVERIFY2(!clash.isEmpty(), qPrintable(describe(r.lint)));
        QVERIFY(clash.first().message.contains(QLatin1String("wso2am-cp")));
        QVERIFY(clash.first().message.contains(QLatin1String("wso2am-tm")));
        QVERIFY(r.design.topology.nodesOfKind(NodeKind::LoadBalancer).isEmpty());
    }

    // Kubernetes service names (wso2apim-km-internal.wso2.svc) reach the node wso2apim-km.
    void irham0019()
    {
        const Imported r = importSet(corpus(QStringLiteral("irham0019__apim-openshift")));
        for (const Finding &f : withRule(r.lint, rule::UnknownHost))
            QVERIFY2(!f.message.contains(QLatin1String(".svc")), qPrintable(f.message));
    }

    // Two traffic managers on one host with offsets 0 and 1 are one machine, not a balancer;
    // a port neither listens on is reported with both listeners.
    void coLocatedNodes()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("tm-1/deployment.toml")), trafficManager(0));
        write(dir.filePath(QStringLiteral("tm-2/deployment.toml")), trafficManager(1));
        write(dir.filePath(QStringLiteral("gw/deployment.toml")),
              gateway("\"tcp://tm.example.com:5672\", \"tcp://tm.example.com:5673\""));
        Imported r = importSet(dir.path());
        QVERIFY(r.design.topology.nodesOfKind(NodeKind::LoadBalancer).isEmpty());
        QCOMPARE(r.design.topology.nodeByName(QStringLiteral("tm-2"))->offset(), 1);
        QCOMPARE(r.design.topology.nodeByName(QStringLiteral("tm-2"))->hostname(),
                 QStringLiteral("tm.example.com"));
        QVERIFY2(withRule(r.lint, rule::PortConflict).isEmpty(), qPrintable(describe(r.lint)));
        QVERIFY2(withRule(r.lint, rule::EndpointPort).isEmpty(), qPrintable(describe(r.lint)));
        QVERIFY2(withRule(r.lint, rule::EndpointUnreferenced).isEmpty(), qPrintable(describe(r.lint)));

        write(dir.filePath(QStringLiteral("gw/deployment.toml")),
              gateway("\"tcp://tm.example.com:5672\", \"tcp://tm.example.com:5677\""));
        r = importSet(dir.path());
        const Findings port = withRule(r.lint, rule::EndpointPort);
        QCOMPARE(port.size(), 1);
        QVERIFY2(port.first().message.contains(QLatin1String("tm-2 listens on 5673")),
                 qPrintable(port.first().message));
        QVERIFY(port.first().message.contains(QLatin1String("5677 is nobody")));

        // Without offsets they clash (the same hostname and ports: a balancer's members otherwise).
        write(dir.filePath(QStringLiteral("tm-2/deployment.toml")), trafficManager(-1));
        write(dir.filePath(QStringLiteral("tm-1/deployment.toml")),
              "[server]\nhostname = \"tm.example.com\"\nserver_role = \"control-plane\"\n");
        r = importSet(dir.path());
        QVERIFY2(!withRule(r.lint, rule::PortConflict).isEmpty(), qPrintable(describe(r.lint)));
    }

    // missing-endpoint: one finding per node that lacks the table its role needs in the set; a
    // gateway throttling through the event hub's node gets the events over that connection.
    void missingEndpoint()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("cp/deployment.toml")), server("cp.example.com", "control-plane"));
        write(
            dir.filePath(QStringLiteral("km/deployment.toml")),
            server("km.example.com", "api-key-manager-node") +
                "\n[apim.event_hub]\nenable = true\nservice_url = \"https://cp.example.com:9443/services/\"\n"
                "event_listening_endpoints = [\"tcp://cp.example.com:5672\"]\n");
        write(dir.filePath(QStringLiteral("gw/deployment.toml")), gateway("\"tcp://cp.example.com:5672\""));
        Imported r = importSet(dir.path());
        Findings missing = withRule(r.lint, rule::MissingEndpoint);
        // The gateway throttles through the control plane (4.4: it holds the event hub): no finding.
        QCOMPARE(missing.size(), 1);
        QVERIFY2(missing.first().nodeName == QLatin1String("cp"), qPrintable(describe(missing)));
        QVERIFY(missing.first().message.contains(QLatin1String("[apim.key_manager]")));
        QVERIFY(missing.first().message.contains(QLatin1String("km")));
        QVERIFY(missing.first().file.endsWith(QLatin1String("cp/deployment.toml")));

        // A traffic manager of its own (a 4.x set now: the key manager node's profile name is
        // also a 3.x one): its file and the gateway throttling through it lack the event hub.
        QVERIFY(QDir(dir.filePath(QStringLiteral("km"))).removeRecursively());
        write(dir.filePath(QStringLiteral("tm/deployment.toml")), trafficManager(0));
        write(dir.filePath(QStringLiteral("gw/deployment.toml")), gateway("\"tcp://tm.example.com:5672\""));
        r = importSet(dir.path());
        missing = withRule(r.lint, rule::MissingEndpoint);
        QStringList nodes;
        for (const Finding &f : missing) {
            nodes.append(f.nodeName);
            QVERIFY2(f.message.contains(QLatin1String("[apim.event_hub]")) &&
                         f.message.contains(QLatin1String("cp")),
                     qPrintable(f.message));
        }
        nodes.sort();
        QVERIFY2(nodes == (QStringList{QStringLiteral("gw"), QStringLiteral("tm")}),
                 qPrintable(describe(r.lint)));
    }

    // An imported gateway with no throttling: missing-endpoint says it, from the file; the
    // version-topology note read from the links ("no node to throttle through") is left to designs.
    void importedGatewayNoThrottleNote()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("cp/deployment.toml")),
              server("cp.example.com", "default") + "\n[apim]\ngateway_type = \"Regular\"\n");
        write(dir.filePath(QStringLiteral("tm/deployment.toml")), server("tm.example.com", "default"));
        write(dir.filePath(QStringLiteral("gw/deployment.toml")),
              server("gw.example.com", "default") +
                  "\n[apim.key_manager]\nservice_url = \"https://cp.example.com:9443/services/\"\n"
                  "[apim.sync_runtime_artifacts.gateway]\ngateway_labels = [\"Default\"]\n");
        const Imported r = importSet(dir.path());
        for (const Finding &f : withRule(r.lint, rule::VersionTopology))
            QVERIFY2(!f.message.contains(QLatin1String("throttle through")), qPrintable(f.message));
        bool gatewayMissing = false;
        for (const Finding &f : withRule(r.lint, rule::MissingEndpoint))
            gatewayMissing = gatewayMissing || f.message.contains(QLatin1String("[apim.throttling]"));
        QVERIFY2(gatewayMissing, qPrintable(describe(r.lint)));
        // A design without files keeps the note.
        bool note = false;
        for (const Finding &f : reviewDesign(r.design))
            note = note || (f.rule == rule::VersionTopology && f.message.contains(QLatin1String("throttle")));
        QVERIFY(note);
    }

    // A Jinja template is read whole, its statement lines left out and bare expressions taken as
    // strings: the role comes from all of it, and its "default" server_role (every 4.x all-in-one
    // writes it) does not outweigh the profiles the other files name.
    void templateBodyRead()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("apim/deployment.toml")),
              "[server]\nhostname = \"{{ hostname }}\"\nserver_role = \"default\"\n\n"
              "[database.apim_db]\ntype = \"mysql\"\nurl = \"{{ db_url }}\"\n\n"
              "{% for environment in gateway_environments %}\n[[apim.gateway.environment]]\n"
              "name = \"{{ environment.name }}\"\nservice_url = \"https://{{ environment.host "
              "}}:9443/services/\"\n"
              "{% endfor %}\n\n[apim.sync_runtime_artifacts.gateway]\n"
              "gateway_labels = [{% for l in labels %}\"{{ l }}\"{% endfor %}]\n\n"
              "[apim.devportal]\nurl = \"https://{{ hostname }}/devportal\"\n\n"
              "[transport.https.properties]\nproxyPort = {{ https_proxy_port }}\n");
        write(dir.filePath(QStringLiteral("apim-gateway/deployment.toml")),
              "[server]\nhostname = \"{{ hostname }}\"\nserver_role = \"gateway-worker\"\n");
        const Imported r = importSet(dir.path());
        QCOMPARE(r.design.settings.apimVersion, QStringLiteral("4.4.0"));
        const Node *aio = nullptr;
        for (const ImportedFile &f : r.files) {
            if (f.path.endsWith(QLatin1String("/apim/deployment.toml"))) {
                QVERIFY(!f.parsed);
                QVERIFY(f.templateBody);
                aio = r.design.topology.node(f.node);
            }
        }
        QVERIFY(aio);
        QCOMPARE(aio->kind, NodeKind::AllInOne);
        QVERIFY2(withRule(r.lint, rule::VersionTopology).isEmpty(), qPrintable(describe(r.lint)));
        QVERIFY2(withRule(r.lint, rule::GatewayLabelUnmatched).isEmpty(), qPrintable(describe(r.lint)));
        QCOMPARE(withRule(r.lint, rule::TemplatedFile).size(), 1); // the gateway file parses as it is
    }

    // A broken file keeps what precedes the error; the rest of the set imports and is reviewed.
    void brokenFileInSet()
    {
        QTemporaryDir dir;
        const QString seed = testutil::dataPath(QStringLiteral("review/seed-single"));
        for (const QString &node : {QStringLiteral("apim-cp"), QStringLiteral("apim-gw")})
            write(dir.filePath(node + QLatin1String("/deployment.toml")),
                  testutil::readFile(seed + QLatin1Char('/') + node + QLatin1String("/deployment.toml")));
        QByteArray gw = testutil::readFile(seed + QLatin1String("/apim-gw/deployment.toml"));
        const int lines = int(gw.count('\n'));
        gw += "\n[apim.broken\nx = 1\n";
        write(dir.filePath(QStringLiteral("apim-gw/deployment.toml")), gw);
        const Imported r = importSet(dir.path());
        const Findings syntax = withRule(r.lint, rule::TomlSyntax);
        QCOMPARE(syntax.size(), 1);
        QCOMPARE(syntax.first().line, lines + 2);
        QVERIFY(syntax.first().column > 0);
        const Node *kept = r.design.topology.nodeByName(QStringLiteral("apim-gw"));
        QVERIFY(kept);
        QCOMPARE(kept->kind, NodeKind::Gateway);
        QCOMPARE(kept->hostname(), QStringLiteral("gw.wso2.com"));
        QVERIFY(r.design.topology.nodeByName(QStringLiteral("apim-cp")));
    }

    // A Helm template says so, with the line of its first marker, not a parser message; a config
    // that parses but keeps a placeholder in a value is told of that value.
    void templatedFile()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("gw/deployment.toml")),
              "[server]\nhostname = \"gw.example.com\"\noffset = {{ .Values.wso2.offset }}\n");
        write(dir.filePath(QStringLiteral("cp/deployment.toml")),
              "[server]\nhostname = \"<cp-host>\"\nserver_role = \"control-plane\"\n");
        const Imported r = importSet(dir.path());
        const Findings t = withRule(r.lint, rule::TemplatedFile);
        QCOMPARE(t.size(), 1);
        QVERIFY(!t.first().message.contains(QLatin1String("nesting")));
        QVERIFY(t.first().file.contains(QLatin1String("gw")));
        QCOMPARE(t.first().line, 3);
        QCOMPARE(t.first().severity, Severity::Error);
        const Findings p = withRule(r.lint, rule::UnsubstitutedPlaceholder);
        QCOMPARE(p.size(), 1);
        QVERIFY(p.first().file.contains(QLatin1String("cp")));
        QCOMPARE(p.first().line, 2);
        QVERIFY2(p.first().message.contains(QLatin1String("<cp-host>")), qPrintable(p.first().message));
        QVERIFY(withRule(r.lint, rule::TomlSyntax).isEmpty());

        // A template source that parses is still a template (its name or its statements say so).
        write(dir.filePath(QStringLiteral("tm/deployment.toml")),
              "[server]\nhostname = \"{% if ha %}tm-1{% else %}tm{% endif %}\"\nserver_role = "
              "\"traffic-manager\"\n");
        const Imported j = importSet(dir.path());
        QCOMPARE(withRule(j.lint, rule::TemplatedFile).size(), 2);
        QCOMPARE(withRule(j.lint, rule::UnsubstitutedPlaceholder).size(), 1);
    }

    // Two gateways on one machine (one IP, offsets 0 and 1) validate clean and lint clean: the
    // import sees one machine, not a balancer nor a port conflict.
    // The import sees one machine, so no balancer: the gateways' admin services under the
    // balancer's own name (gw-lb) name an unknown host there.
    void coLocatedDesignAgrees()
    {
        const QStringList ImportSeesNoBalancer{QString(rule::UnknownHost)};
        Design design;
        QString error;
        QVERIFY(Templates::create(QStringLiteral("gw-cp-ha"), 2, 2, &design, &error));
        const QList<const Node *> gws = design.topology.nodesOfKind(NodeKind::Gateway);
        QCOMPARE(gws.size(), 2);
        for (const Node *gw : gws)
            design.topology.mutableNode(gw->id)->values.insert(Field::Ip, QStringLiteral("10.0.0.5"));
        design.topology.mutableNode(gws.last()->id)->values.insert(Field::Offset, 1);
        QCOMPARE(lintOfExport(design).join(QLatin1Char(' ')),
                 (problems(checkDesign(design)) + ImportSeesNoBalancer).join(QLatin1Char(' ')));
        QVERIFY(!problems(checkDesign(design)).contains(QString(rule::PortConflict)));
        // The same with one hostname for both: still one machine.
        for (const Node *gw : gws)
            design.topology.mutableNode(gw->id)->values.insert(Field::Hostname,
                                                               QStringLiteral("gw-host.example.com"));
        QCOMPARE(lintOfExport(design).join(QLatin1Char(' ')),
                 (problems(checkDesign(design)) + ImportSeesNoBalancer).join(QLatin1Char(' ')));
    }
};

QTEST_GUILESS_MAIN(TestWiring)
#include "tst_wiring.moc"
