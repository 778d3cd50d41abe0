// deployment.toml for API-M nodes, following the seed page's samples for each
// role. Whether a setting takes its single-node or HA form is derived from the
// topology (is the node, or its peer cluster, behind a load balancer?), never
// from a flag.
#include "generators.h"
#include "generatorutil.h"
#include "tomldiff.h"
#include "tomlkeys.h"
#include "tomlreader.h"

namespace apim {

namespace {

const QString RefAdminUser = QStringLiteral("$ref{super_admin.username}");
const QString RefAdminPassword = QStringLiteral("$ref{super_admin.password}");
const QString AdminUserVar = QStringLiteral("${admin.username}");
const QString AdminPasswordVar = QStringLiteral("${admin.password}");

// Default ports (ports.h); every one shifts by the node's offset.
const int HttpsMgmtPort = ports::base(PortId::HttpsServlet);
const int HttpMgmtPort = ports::base(PortId::HttpServlet);
const int PassthroughHttp = ports::base(PortId::PassthroughHttp);
const int PassthroughHttps = ports::base(PortId::PassthroughHttps);
const int WsPort = ports::base(PortId::Ws);
const int WssPort = ports::base(PortId::Wss);
const int AmqpPort = ports::base(PortId::Amqp);
const int BinaryTcpPort = ports::base(PortId::BinaryTcp);
const int BinarySslPort = ports::base(PortId::BinarySsl);

QString hostPort(const QString &scheme, const QString &host, int port, int defaultPort)
{
    QString url = scheme + QLatin1String("://") + host;
    if (port != defaultPort)
        url += QLatin1Char(':') + QString::number(port);
    return url;
}

// The base URL a load balancer exposes over HTTPS (https://cp.wso2.com).
QString balancerHttpsBase(const Node &lb)
{
    return hostPort(QStringLiteral("https"), lb.text(Field::PublicHostname),
                    lb.value(Field::HttpsPort).toInt(), 443);
}

QString balancerHttpBase(const Node &lb)
{
    return hostPort(QStringLiteral("http"), lb.text(Field::PublicHostname), lb.value(Field::HttpPort).toInt(),
                    80);
}

// https://host:port of a node's management port, or its balancer when it has one.
QString managementBase(const Topology &t, const Node &node)
{
    if (const Node *lb = t.balancerOf(node.id))
        return balancerHttpsBase(*lb);
    return hostPort(QStringLiteral("https"), node.hostname(), HttpsMgmtPort + node.offset(), -1);
}

QString tcp(const Node &n, int port)
{
    return QStringLiteral("tcp://%1:%2").arg(n.hostname()).arg(port + n.offset());
}

QString ssl(const Node &n, int port)
{
    return QStringLiteral("ssl://%1:%2").arg(n.hostname()).arg(port + n.offset());
}

// The control planes a gateway talks to: the clusters of every control plane it links to
// (the gateway's own part of the file).
QList<const Node *> controlPlanesOf(const Topology &t, const Node &node)
{
    QList<const Node *> out;
    for (const Node *cp : t.targets(node.id, NodeKind::ControlPlane)) {
        for (const Node *member : t.clusterOf(cp->id)) {
            if (member->kind == NodeKind::ControlPlane && !out.contains(member))
                out.append(member);
        }
    }
    return out;
}

void writeServer(TomlTable &root, const Design &design, const Node &node, const QString &role)
{
    const Topology &t = design.topology;
    TomlTable &server = root.table(QStringLiteral("server"));
    const Node *lb = t.balancerOf(node.id);
    server.set(tomlkey::leaf(tomlkey::ServerHostname),
               lb ? lb->text(Field::PublicHostname) : node.hostname());
    if (!node.ip().isEmpty())
        server.set(QStringLiteral("node_ip"), node.ip());
    server.set(tomlkey::leaf(tomlkey::ServerRole), role);
    server.set(tomlkey::leaf(tomlkey::ServerOffset), node.offset());
    if (lb && node.kind == NodeKind::ControlPlane) // the control plane's web apps behind a balancer
        server.set(QStringLiteral("base_path"),
                   QStringLiteral("${carbon.protocol}://${carbon.host}:${carbon.management.port}"));

    root.table(QStringLiteral("user_store"))
        .set(QStringLiteral("type"), QStringLiteral("database_unique_id"));

    TomlTable &admin = root.table(QStringLiteral("super_admin"));
    admin.set(QStringLiteral("username"), design.settings.adminUsername);
    admin.set(QStringLiteral("password"), design.settings.adminPassword);
    admin.set(QStringLiteral("create_admin_account"), true);
}

void writeDatabase(TomlTable &root, const Design &design, const Node &node, bool apimDb)
{
    const Node *db = design.topology.databaseOf(node.id);
    if (!db)
        return;
    TomlTable &databases = root.table(QStringLiteral("database"));
    auto one = [&](const QString &id, const QString &nameKey, const QString &userKey,
                   const QString &passwordKey) {
        TomlTable &t = databases.table(id);
        t.set(QStringLiteral("type"), db->text(Field::DbType));
        t.set(QStringLiteral("hostname"), db->hostname());
        t.set(QStringLiteral("name"), db->text(nameKey));
        // API-M builds an Oracle JDBC URL from the SID, not the name.
        if (db->text(Field::DbType) == QLatin1String("oracle"))
            t.set(QStringLiteral("sid"), db->text(nameKey));
        // The seed writes the port as a string; API-M accepts both.
        t.set(QStringLiteral("port"), QString::number(db->value(Field::DbPort).toInt()));
        t.set(QStringLiteral("username"), db->text(userKey));
        t.set(QStringLiteral("password"), db->text(passwordKey));
    };
    if (apimDb)
        one(QStringLiteral("apim_db"), Field::ApimDbName, Field::ApimDbUser, Field::ApimDbPassword);
    one(QStringLiteral("shared_db"), Field::SharedDbName, Field::SharedDbUser, Field::SharedDbPassword);
}

void writeStores(TomlTable &root, const DesignSettings &s)
{
    TomlTable &tls = root.table(QStringLiteral("keystore")).table(QStringLiteral("tls"));
    tls.set(QStringLiteral("file_name"), s.keystore.fileName);
    tls.set(QStringLiteral("type"), s.keystore.type);
    tls.set(QStringLiteral("password"), s.keystore.password);
    tls.set(QStringLiteral("alias"), s.keystore.alias);
    tls.set(QStringLiteral("key_password"), s.keystore.keyPassword);

    TomlTable &trust = root.table(QStringLiteral("truststore"));
    trust.set(QStringLiteral("file_name"), s.truststore.fileName);
    trust.set(QStringLiteral("type"), s.truststore.type);
    trust.set(QStringLiteral("password"), s.truststore.password);
}

void writeTransport(TomlTable &root, const Topology &t, const Node &node)
{
    const Node *lb = t.balancerOf(node.id);
    if (!lb)
        return;
    TomlTable &transport = root.table(QStringLiteral("transport"));
    TomlTable &http = transport.table(QStringLiteral("http")).dottedTable(QStringLiteral("properties"));
    http.set(QStringLiteral("port"), HttpMgmtPort);
    http.set(QStringLiteral("proxyPort"), lb->value(Field::HttpPort).toInt());
    TomlTable &https = transport.table(QStringLiteral("https")).dottedTable(QStringLiteral("properties"));
    https.set(QStringLiteral("port"), HttpsMgmtPort);
    https.set(QStringLiteral("proxyPort"), lb->value(Field::HttpsPort).toInt());
}

void writeGatewayLinks(TomlTable &root, const Design &design, const Node &gw)
{
    const Topology &t = design.topology;
    TomlTable &apim = root.table(QStringLiteral("apim"));

    TomlTable &sync = apim.table(QStringLiteral("sync_runtime_artifacts")).table(QStringLiteral("gateway"));
    sync.set(tomlkey::leaf(tomlkey::GatewayLabels), TomlValue(gw.value(Field::Labels).toStringList()));
    const ArtifactSkipList &skip = design.settings.skipList;
    if (!skip.isEmpty()) {
        TomlTable &list = sync.table(tomlkey::leaf(tomlkey::SkipList));
        list.set(QStringLiteral("apis"), TomlValue(skip.apis));
        list.set(QStringLiteral("endpoints"), TomlValue(skip.endpoints));
        list.set(QStringLiteral("sequences"), TomlValue(skip.sequences));
        list.set(QStringLiteral("local_entries"), TomlValue(skip.localEntries));
    }

    const QList<const Node *> cps = controlPlanesOf(t, gw);
    if (cps.isEmpty())
        return;
    const QString services = managementBase(t, *cps.first()) + QLatin1String("/services/");

    TomlTable &km = apim.table(QStringLiteral("key_manager"));
    km.set(tomlkey::leaf(tomlkey::KeyManagerServiceUrl), services);
    km.set(QStringLiteral("username"), RefAdminUser);
    km.set(QStringLiteral("password"), RefAdminPassword);

    // Throttle decisions and events arrive over JMS from each control plane
    // directly; a load balancer in between would split the subscriptions.
    TomlTable &throttling = root.tableAt(tomlkey::path(tomlkey::Throttling));
    throttling.set(tomlkey::leaf(tomlkey::ThrottlingServiceUrl), services);
    QStringList decisions;
    for (const Node *cp : cps)
        decisions.append(tcp(*cp, AmqpPort));
    throttling.set(tomlkey::leaf(tomlkey::ThrottleDecisionEndpoints), TomlValue(decisions));
    for (const Node *cp : cps) {
        TomlTable &group = throttling.appendTable(tomlkey::leaf(tomlkey::ThrottlingUrlGroup));
        group.set(tomlkey::leaf(tomlkey::TrafficManagerUrls),
                  TomlValue(QStringList{tcp(*cp, BinaryTcpPort)}));
        group.set(tomlkey::leaf(tomlkey::TrafficManagerAuthUrls),
                  TomlValue(QStringList{ssl(*cp, BinarySslPort)}));
    }
}

// One [[apim.gateway.environment]] per environment that a linked gateway serves.
void writeEnvironments(TomlTable &apim, const Design &design, const Node &cp)
{
    const Topology &t = design.topology;
    QList<const Node *> gateways;
    for (const Node *member : t.clusterOf(cp.id)) {
        for (const Node *gw : t.sources(member->id, &KindTraits::servesEnvironments)) {
            if (!gateways.contains(gw))
                gateways.append(gw);
        }
    }
    for (const GatewayEnvironment &env : design.settings.environments) {
        const Node *gw = nullptr;
        for (const Node *candidate : gateways) {
            if (candidate->value(Field::Labels).toStringList().contains(env.name)) {
                gw = candidate;
                break;
            }
        }
        if (!gw)
            continue;
        TomlTable &e = apim.table(QStringLiteral("gateway")).appendTable(QStringLiteral("environment"));
        e.set(QStringLiteral("name"), env.name);
        e.set(QStringLiteral("type"), env.type);
        e.set(QStringLiteral("display_in_api_console"), env.displayInApiConsole);
        e.set(QStringLiteral("description"), env.description);
        e.set(QStringLiteral("show_as_token_endpoint_url"), env.showAsTokenEndpointUrl);
        // Literal ports: a ${...port} placeholder would resolve on the control plane, with its offset.
        if (const Node *lb = t.balancerOf(gw->id)) {
            const QString host = lb->text(Field::PublicHostname);
            e.set(tomlkey::leaf(tomlkey::EnvServiceUrl),
                  balancerHttpsBase(*lb) + QLatin1String("/services/"));
            e.set(QStringLiteral("username"), AdminUserVar);
            e.set(QStringLiteral("password"), AdminPasswordVar);
            e.set(tomlkey::leaf(tomlkey::EnvWsEndpoint), QStringLiteral("ws://%1:%2").arg(host).arg(WsPort));
            e.set(tomlkey::leaf(tomlkey::EnvWssEndpoint),
                  QStringLiteral("wss://%1:%2").arg(host).arg(WssPort));
            e.set(tomlkey::leaf(tomlkey::EnvHttpEndpoint), balancerHttpBase(*lb));
            e.set(tomlkey::leaf(tomlkey::EnvHttpsEndpoint), balancerHttpsBase(*lb));
        } else {
            const QString host = gw->hostname();
            const int off = gw->offset();
            e.set(tomlkey::leaf(tomlkey::EnvServiceUrl),
                  QStringLiteral("https://%1:%2/services/").arg(host).arg(HttpsMgmtPort + off));
            e.set(QStringLiteral("username"), AdminUserVar);
            e.set(QStringLiteral("password"), AdminPasswordVar);
            e.set(tomlkey::leaf(tomlkey::EnvWsEndpoint),
                  QStringLiteral("ws://%1:%2").arg(host).arg(WsPort + off));
            e.set(tomlkey::leaf(tomlkey::EnvWssEndpoint),
                  QStringLiteral("wss://%1:%2").arg(host).arg(WssPort + off));
            e.set(tomlkey::leaf(tomlkey::EnvHttpEndpoint),
                  QStringLiteral("http://%1:%2").arg(host).arg(PassthroughHttp + off));
            e.set(tomlkey::leaf(tomlkey::EnvHttpsEndpoint),
                  QStringLiteral("https://%1:%2").arg(host).arg(PassthroughHttps + off));
        }
    }
}

void writeControlPlane(TomlTable &root, const Design &design, const Node &cp)
{
    const Topology &t = design.topology;
    const Node *lb = t.balancerOf(cp.id);
    QList<const Node *> peers;
    for (const Node *member : t.clusterOf(cp.id)) {
        if (member->kind == NodeKind::ControlPlane) // the control plane's own event hub peers
            peers.append(member);
    }
    const bool ha = lb && peers.size() > 1;
    const QString base = managementBase(t, cp);

    TomlTable &apim = root.table(QStringLiteral("apim"));
    writeEnvironments(apim, design, cp);
    if (lb)
        apim.table(QStringLiteral("devportal"))
            .set(tomlkey::leaf(tomlkey::DevportalUrl), base + QLatin1String("/devportal"));

    if (ha) {
        TomlTable &hub = root.tableAt(tomlkey::path(tomlkey::EventHub));
        hub.set(QStringLiteral("enable"), true);
        hub.set(QStringLiteral("username"), RefAdminUser);
        hub.set(QStringLiteral("password"), RefAdminPassword);
        hub.set(tomlkey::leaf(tomlkey::EventHubServiceUrl), base + QLatin1String("/services/"));
        hub.set(tomlkey::leaf(tomlkey::EventListeningEndpoints),
                TomlValue(QStringList{QStringLiteral("tcp://localhost:%1").arg(AmqpPort + cp.offset())}));
        // Token revocations reaching one event hub are copied to every other one.
        QStringList duplicates;
        for (const Node *peer : peers) {
            if (peer->id != cp.id)
                duplicates.append(tcp(*peer, AmqpPort));
        }
        hub.set(tomlkey::leaf(tomlkey::EventDuplicateUrl), TomlValue(duplicates));
        for (const Node *peer : peers) {
            TomlTable &group = hub.table(QStringLiteral("publish")).appendTable(QStringLiteral("url_group"));
            group.set(tomlkey::leaf(tomlkey::PublishUrls), TomlValue(QStringList{tcp(*peer, BinaryTcpPort)}));
            group.set(tomlkey::leaf(tomlkey::PublishAuthUrls),
                      TomlValue(QStringList{ssl(*peer, BinarySslPort)}));
        }
    }

    apim.table(QStringLiteral("key_manager"))
        .set(tomlkey::leaf(tomlkey::KeyManagerServiceUrl), base + QLatin1String("/services/"));

    if (design.settings.cacheInvalidation) {
        TomlTable &cache = apim.table(tomlkey::leaf(tomlkey::CacheInvalidation));
        cache.set(QStringLiteral("enabled"), true);
        cache.set(QStringLiteral("domain"), design.settings.cacheInvalidationDomain);
    }

    TomlTable &listener = root.appendTable(QLatin1String(tomlkey::EventListeners));
    listener.set(QStringLiteral("id"), QStringLiteral("token_revocation"));
    listener.set(QStringLiteral("type"),
                 QStringLiteral("org.wso2.carbon.identity.core.handler.AbstractIdentityHandler"));
    listener.set(QStringLiteral("name"),
                 QStringLiteral("org.wso2.is.notification.ApimOauthEventInterceptor"));
    listener.set(QStringLiteral("order"), 1);
    TomlTable &props = listener.table(QStringLiteral("properties"));
    props.set(tomlkey::leaf(tomlkey::NotificationEndpoint), base + QLatin1String("/internal/data/v1/notify"));
    props.set(QStringLiteral("username"), AdminUserVar);
    props.set(QStringLiteral("password"), AdminPasswordVar);
    props.set(QStringLiteral("header.X-WSO2-KEY-MANAGER"), QStringLiteral("default"));

    if (design.settings.qpidHeartbeat) {
        TomlTable &qpid = root.table(QStringLiteral("qpid")).table(QStringLiteral("heartbeat"));
        qpid.set(QStringLiteral("delay"), design.settings.qpidHeartbeatDelay);
        qpid.set(QStringLiteral("timeout_factor"), design.settings.qpidHeartbeatTimeoutFactor);
    }
}

// Secure vault: every password becomes $secret{alias}; [secrets] holds the
// plaintext in brackets until `ciphertool.sh -Dconfigure` encrypts it in place.
// [secrets] must be the file's last table, or API-M refuses to start.
void applySecureVault(TomlTable &root)
{
    struct Secret
    {
        QStringList path;
        QString alias;
    };
    const QList<Secret> secrets{
        {{QStringLiteral("super_admin"), QStringLiteral("password")}, QStringLiteral("admin_password")},
        {{QStringLiteral("database"), QStringLiteral("apim_db"), QStringLiteral("password")},
         QStringLiteral("apim_db_password")},
        {{QStringLiteral("database"), QStringLiteral("shared_db"), QStringLiteral("password")},
         QStringLiteral("shared_db_password")},
        {{QStringLiteral("keystore"), QStringLiteral("tls"), QStringLiteral("password")},
         QStringLiteral("keystore_tls_password")},
        {{QStringLiteral("keystore"), QStringLiteral("tls"), QStringLiteral("key_password")},
         QStringLiteral("keystore_tls_key_password")},
        {{QStringLiteral("truststore"), QStringLiteral("password")}, QStringLiteral("truststore_password")},
    };
    TomlTable vault;
    for (const Secret &s : secrets) {
        const TomlValue *v = root.findPath(s.path);
        if (!v || !v->isString() || v->toString().startsWith(QLatin1String("$secret{")))
            continue;
        vault.set(s.alias, TomlValue(QLatin1Char('[') + v->toString() + QLatin1Char(']')));
        TomlTable &parent = root.tableAt(s.path.mid(0, s.path.size() - 1));
        parent.set(s.path.last(), TomlValue(QStringLiteral("$secret{%1}").arg(s.alias)));
    }
    if (const TomlTable *existing = root.subTable(QStringLiteral("secrets")))
        vault.merge(*existing);
    root.remove(QStringLiteral("secrets"));
    if (!vault.isEmpty())
        root.table(QStringLiteral("secrets")) = vault;
}

} // namespace

TomlTable deploymentToml(const Design &design, const Node &node)
{
    TomlTable root;
    const ApimVersion version = ApimVersion::parse(design.settings.apimVersion);
    const KindRelease *release = SchemaRegistry::instance().release(node.kind, version);
    if (!release)
        return root;

    writeServer(root, design, node, release->serverRole);
    // Each generated kind's own part of the file; a new kind adds a case and its write function.
    switch (node.kind) {
    case NodeKind::Gateway:
        writeDatabase(root, design, node, false);
        writeStores(root, design.settings);
        writeTransport(root, design.topology, node);
        writeGatewayLinks(root, design, node);
        break;
    case NodeKind::ControlPlane:
        writeDatabase(root, design, node, true);
        writeStores(root, design.settings);
        writeTransport(root, design.topology, node);
        writeControlPlane(root, design, node);
        break;
    default:
        // Traffic managers, key managers and all-in-one nodes are imported, not yet
        // generated: what the model knows of them plus their kept keys.
        writeDatabase(root, design, node, true);
        writeStores(root, design.settings);
        writeTransport(root, design.topology, node);
        break;
    }

    // An imported node's file values, pinned while the design still implies what it did at import.
    applyExtraToml(node.extraToml, &root);
    if (design.settings.secureVault)
        applySecureVault(root);
    return root;
}

QByteArray deploymentTomlText(const Design &design, const Node &node)
{
    const QString header =
        QStringLiteral("# deployment.toml of %1 (%2), generated by APIM Topology Designer.\n\n")
            .arg(node.name(), SchemaRegistry::instance().kind(node.kind).id);
    return (header + writeToml(deploymentToml(design, node))).toUtf8();
}

} // namespace apim
