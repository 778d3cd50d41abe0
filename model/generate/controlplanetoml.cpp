// A control plane's own part of deployment.toml: the gateway environments it
// publishes to, its event hub (HA peers), its key manager and the token
// revocation listener.
#include "kindtoml.h"
#include "throttlingtoml.h"
#include "tomlcommon.h"
#include "tomlkeys.h"

#include <QSet>

namespace apim::tomlgen {

namespace {

// The gateways that serve environments for any member of the control plane's cluster.
QList<const Node *> environmentGateways(const Topology &t, const Node &cp)
{
    QList<const Node *> gateways;
    QSet<const Node *> seen; // a QList lookup made this quadratic in the gateways
    for (const Node *member : t.clusterOf(cp.id)) {
        for (const Node *gw : t.sources(member->id, &KindTraits::servesEnvironments)) {
            if (!seen.contains(gw)) {
                seen.insert(gw);
                gateways.append(gw);
            }
        }
    }
    return gateways;
}

} // namespace

// One environment's URLs. Literal ports: a ${...port} placeholder would resolve on the
// control plane, with its offset.
void writeEnvironmentUrls(TomlTable &e, const Topology &t, const Node &gw)
{
    QString host;
    QString http, https;
    int ws = WsPort, wss = WssPort, websub = WebSubHttpPort, websubs = WebSubHttpsPort;
    // The admin services: the balancer's management host, never its public API host.
    const QString service = managementBase(t, gw) + QLatin1String("/services/");
    if (const Node *lb = t.balancerOf(gw.id)) {
        host = lb->text(Field::PublicHostname);
        http = balancerHttpBase(*lb);
        https = balancerHttpsBase(*lb);
    } else {
        host = gw.hostname();
        const int off = gw.offset();
        http = QStringLiteral("http://%1:%2").arg(host).arg(PassthroughHttp + off);
        https = QStringLiteral("https://%1:%2").arg(host).arg(PassthroughHttps + off);
        ws += off;
        wss += off;
        websub += off;
        websubs += off;
    }
    e.set(tomlkey::leaf(tomlkey::EnvServiceUrl), service);
    e.set(QStringLiteral("username"), AdminUserVar);
    e.set(QStringLiteral("password"), AdminPasswordVar);
    e.set(tomlkey::leaf(tomlkey::EnvWsEndpoint), QStringLiteral("ws://%1:%2").arg(host).arg(ws));
    e.set(tomlkey::leaf(tomlkey::EnvWssEndpoint), QStringLiteral("wss://%1:%2").arg(host).arg(wss));
    e.set(tomlkey::leaf(tomlkey::EnvHttpEndpoint), http);
    e.set(tomlkey::leaf(tomlkey::EnvHttpsEndpoint), https);
    // WebSub (4.0+): where webhook publishers post events; the balancer listens on the same ports.
    e.set(tomlkey::leaf(tomlkey::EnvWebSubHttp), QStringLiteral("http://%1:%2").arg(host).arg(websub));
    e.set(tomlkey::leaf(tomlkey::EnvWebSubHttps), QStringLiteral("https://%1:%2").arg(host).arg(websubs));
}

// One [[apim.gateway.environment]] per environment that a linked gateway serves.
void writeEnvironments(TomlTable &root, const Design &design, const Node &cp)
{
    const QList<const Node *> gateways = environmentGateways(design.topology, cp);
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
        TomlTable &e = root.tableAt(tomlkey::parent(tomlkey::GatewayEnvironments))
                           .appendTable(tomlkey::leaf(tomlkey::GatewayEnvironments));
        e.set(QStringLiteral("name"), env.name);
        e.set(QStringLiteral("type"), env.type);
        e.set(QStringLiteral("display_in_api_console"), env.displayInApiConsole);
        e.set(QStringLiteral("description"), env.description);
        e.set(QStringLiteral("show_as_token_endpoint_url"), env.showAsTokenEndpointUrl);
        writeEnvironmentUrls(e, design.topology, *gw);
    }
}

// The event hub of an HA control plane: it listens on itself, copies token revocations
// to every other hub and publishes to all of them.
void writeEventHub(TomlTable &root, const Node &cp, const QList<const Node *> &peers, const QString &base)
{
    TomlTable &hub = root.tableAt(tomlkey::path(tomlkey::EventHub));
    hub.set(QStringLiteral("enable"), true);
    hub.set(QStringLiteral("username"), RefAdminUser);
    hub.set(QStringLiteral("password"), RefAdminPassword);
    hub.set(tomlkey::leaf(tomlkey::EventHubServiceUrl), base + QLatin1String("/services/"));
    hub.set(tomlkey::leaf(tomlkey::EventListeningEndpoints),
            TomlValue(QStringList{QStringLiteral("tcp://localhost:%1").arg(AmqpPort + cp.offset())}));
    QStringList duplicates;
    for (const Node *peer : peers) {
        if (peer->id != cp.id)
            duplicates.append(tcp(*peer, AmqpPort));
    }
    if (!duplicates.isEmpty()) // a single control plane has no other hub to copy to
        hub.set(tomlkey::leaf(tomlkey::EventDuplicateUrl), TomlValue(duplicates));
    for (const Node *peer : peers) {
        TomlTable &group = root.tableAt(tomlkey::parent(tomlkey::EventHubPublishUrlGroup))
                               .appendTable(tomlkey::leaf(tomlkey::EventHubPublishUrlGroup));
        group.set(tomlkey::leaf(tomlkey::PublishUrls), TomlValue(QStringList{tcp(*peer, BinaryTcpPort)}));
        group.set(tomlkey::leaf(tomlkey::PublishAuthUrls), TomlValue(QStringList{ssl(*peer, BinarySslPort)}));
    }
}

// Whether nodes other than gateways throttling through it listen to the control plane's
// event hub: separate traffic managers (4.1-4.4, §2.1), and every subscriber from 4.5,
// where the control plane holds no traffic manager. Then even a single control plane
// writes its hub with its own publish group.
bool hasEventHubSubscribers(const Topology &t, const Node &cp, const ApimVersion &version)
{
    if (!version.profileBased())
        return true;
    for (const Node *member : t.clusterOf(cp.id)) {
        if (!t.sources(member->id, NodeKind::TrafficManager).isEmpty())
            return true;
    }
    return false;
}

// [apim.key_manager]: the key manager node it links to, else its own resident one. An
// Identity Server 7 is registered in the Admin Portal instead: the resident key manager stays.
void writeKeyManagerUrl(TomlTable &root, const Design &design, const Node &cp, const QString &base)
{
    const QString linked = keyManagerServices(design, cp);
    root.tableAt(tomlkey::path(tomlkey::KeyManager))
        .set(tomlkey::leaf(tomlkey::KeyManagerServiceUrl),
             linked.isEmpty() ? base + QLatin1String("/services/") : linked);
}

// 4.6+ with WSO2 Identity Server 7 as key manager: the IS 7 connector docs require tenant
// sharing, API-M to IS only (never both ways). New tenants get IS 7 as their key manager
// (auto_configure_key_manager); the super tenant's is registered in the Admin Portal. The
// IS user that manages tenants is the design's admin, who is the IS node's super admin too:
// $ref keeps the password in [super_admin] alone (and in the vault with --secure-vault).
void writeTenantSharing(TomlTable &root, const Topology &t, const Node &cp, const ApimVersion &version)
{
    const QList<const Node *> iss = t.targets(cp.id, NodeKind::IdentityServer);
    if (iss.isEmpty() || !version.tenantSharing())
        return;
    TomlTable &sharing = root.tableAt(tomlkey::parent(tomlkey::TenantSharing))
                             .appendTable(tomlkey::leaf(tomlkey::TenantSharing));
    sharing.set(tomlkey::leaf(tomlkey::TenantSharingType), QStringLiteral("WSO2-IS-7"));
    TomlTable &props = sharing.table(tomlkey::parent(tomlkey::TenantSharingBaseUrl).last());
    props.set(QStringLiteral("enable_tenant_sync"), true);
    props.set(QStringLiteral("username"), RefAdminUser);
    props.set(QStringLiteral("password"), RefAdminPassword);
    props.set(tomlkey::leaf(tomlkey::TenantSharingBaseUrl), managementBase(t, *iss.first()));
    props.set(QStringLiteral("auto_configure_key_manager"), true);
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
    const ApimVersion version = ApimVersion::parse(design.settings.apimVersion);

    root.tableAt(tomlkey::path(tomlkey::Apim));
    writeEnvironments(root, design, cp);
    // The portal links publishers to it; a single control plane's default would name localhost.
    root.tableAt(tomlkey::path(tomlkey::Devportal))
        .set(tomlkey::leaf(tomlkey::DevportalUrl), base + QLatin1String("/devportal"));
    if (ha || hasEventHubSubscribers(t, cp, version))
        writeEventHub(root, cp, peers, base);

    writeKeyManagerUrl(root, design, cp, base);
    writeJwtTokenType(root, version);

    if (design.settings.cacheInvalidation) {
        TomlTable &cache = root.tableAt(tomlkey::path(tomlkey::CacheInvalidation));
        cache.set(tomlkey::leaf(tomlkey::CacheInvalidationEnabled), true);
        cache.set(tomlkey::leaf(tomlkey::CacheInvalidationDomain), design.settings.cacheInvalidationDomain);
    }

    // WSO2 Identity Server 7 notifies the control plane itself; with a key manager node the
    // control plane keeps its own listener, as the key-manager-separated docs sample does.
    if (!usesIdentityServer(t, cp))
        writeTokenRevocationListener(root, base, KeyManagerHeaderResident);
    writeTenantSharing(root, t, cp, version);
    if (const Node *store = keyValueStoreOf(t, cp, version))
        writeDistributedThrottling(root, *store);

    if (design.settings.qpidHeartbeat) {
        TomlTable &qpid = root.tableAt(tomlkey::path(tomlkey::QpidHeartbeat));
        qpid.set(tomlkey::leaf(tomlkey::QpidHeartbeatDelay), design.settings.qpidHeartbeatDelay);
        qpid.set(tomlkey::leaf(tomlkey::QpidHeartbeatTimeoutFactor),
                 design.settings.qpidHeartbeatTimeoutFactor);
    }
}

} // namespace apim::tomlgen
