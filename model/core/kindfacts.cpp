#include "kindfacts.h"
#include "tomlkeys.h"

#include <algorithm>

namespace apim {

namespace kindfacts {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromLatin1(w));
    return out;
}

// 4.0-4.4 ship one pack started with -Dprofile=; 4.5+ ship a distribution per component
// whose deployment.toml says server_role "default".
QList<KindRelease> profileReleases(const char *profile, const char *distribution,
                                   const QList<Service> &services)
{
    const QString p = QString::fromLatin1(profile);
    return {{0, 4, QStringLiteral("api-manager"), p, p, services},
            {5, 7, QString::fromLatin1(distribution), QString(), QStringLiteral("default"), services}};
}

// Which databases the releases of a kind use, from 4.<fromMinor> on (earlier releases keep theirs).
// Source followed for 4.5+: the deployment.toml each 4.5.0 / 4.6.0 / 4.7.0 pack ships
// (wso2-patterns-and-engines.md §1.4 and §1.6, rows "GW pack DB" and "TM pack DB").
void useDatabases(QList<KindRelease> &releases, bool apimDb, bool sharedDb, int fromMinor = 0)
{
    for (KindRelease &r : releases) {
        if (r.fromMinor >= fromMinor) {
            r.apimDb = apimDb;
            r.sharedDb = sharedDb;
        }
    }
}

// Splits the release spanning 4.<minor> so that 4.<minor> on is a release of its own.
void splitAt(QList<KindRelease> &releases, int minor)
{
    for (qsizetype i = 0; i < releases.size(); ++i) {
        if (releases[i].fromMinor < minor && releases[i].toMinor >= minor) {
            KindRelease later = releases[i];
            later.fromMinor = minor;
            releases[i].toMinor = minor - 1;
            releases.insert(i + 1, later);
            return;
        }
    }
}

} // namespace

// The registry's own switch: the one place a kind's facts are written down.
void fill(KindSpec &spec)
{
    KindTraits &t = spec.traits;
    KindLook &look = spec.look;
    ImportHints &import = spec.import;
    switch (spec.kind) {
    case NodeKind::Gateway:
        spec.components = {Component::Management, Component::Gateway};
        spec.releases = profileReleases("gateway-worker", "gateway", {});
        // shared_db only; the 4.7 Universal Gateway pack ships with no database at all.
        useDatabases(spec.releases, false, true);
        splitAt(spec.releases, 7);
        useDatabases(spec.releases, false, false, 7);
        t.frontedByLoadBalancer = true;
        t.servesEnvironments = true;
        look = {0x2563eb, QT_TRANSLATE_NOOP3("CanvasStyle", "GW", "gateway tag"), 1};
        import.serverRoles = words({"gateway-worker"});
        // 4.5+ gateways all say server_role "default": what they configure tells them apart.
        import.keys = {{tomlkey::GatewayLabels, 4},
                       {tomlkey::ThrottleDecisionEndpoints, 2},
                       {tomlkey::ThrottlingUrlGroup, 1},
                       {tomlkey::GatewayTokenCache, 2},
                       {tomlkey::GatewayNotification, 4},
                       {tomlkey::GatewayEnvironments, -6},
                       {tomlkey::ApimDb, -3},
                       {tomlkey::EventListenerId, -3, tomlkey::TokenRevocationListener},
                       { tomlkey::EventHubPublishUrlGroup,
                         -4 }};
        import.pathWords = words({"gateway"});
        import.pathAbbreviations = words({"gw"});
        import.priority = 3;
        break;
    case NodeKind::ControlPlane:
        spec.components = {Component::Management, Component::EventHub};
        // Up to 4.4 the control plane holds the traffic manager; the 4.5+ API Control Plane does not.
        spec.releases = profileReleases("control-plane", "api-cp",
                                        {Service::KeyManager, Service::EventHub, Service::Portals});
        spec.releases[0].services.append(Service::TrafficManager);
        useDatabases(spec.releases, true, true);
        t.frontedByLoadBalancer = true;
        t.hasHaPeers = true;
        t.stickySessions = true;
        t.definesEnvironments = true;
        look = {0x7c3aed, QT_TRANSLATE_NOOP3("CanvasStyle", "CP", "control plane tag"), 2};
        import.serverRoles = words({"control-plane"});
        import.legacyRolePrefixes = words({"api-publisher", "api-devportal"});
        import.keys = {{tomlkey::GatewayEnvironments, 5},
                       {tomlkey::EnvGatewayType, 1},
                       {tomlkey::EnvProvider, 1},
                       {tomlkey::GatewayType, 3}, // [apim] gateway_type: the 4.5+ ACP's list of types
                       {tomlkey::EventListenerId, 1, tomlkey::TokenRevocationListener},
                       {tomlkey::EventHubPublishUrlGroup, 2},
                       {tomlkey::GatewayLabels, -5},
                       {tomlkey::GatewayTokenCache, -2},
                       { tomlkey::GatewayNotification,
                         -3 }};
        import.pathWords = words({"control-plane"});
        import.pathAbbreviations = words({"acp", "cp"});
        import.priority = 2;
        break;
    case NodeKind::LoadBalancer:
        t.balancer = true;
        look = {0x0d9488, QT_TRANSLATE_NOOP3("CanvasStyle", "LB", "load balancer tag"), 0};
        break;
    case NodeKind::Database:
        t.database = true;
        look = {0xc2410c, QT_TRANSLATE_NOOP3("CanvasStyle", "DB", "database tag"), 3};
        break;
    case NodeKind::TrafficManager:
        spec.components = {Component::Management, Component::EventHub};
        spec.releases = profileReleases("traffic-manager", "traffic-manager", {Service::TrafficManager});
        // Both databases up to 4.6 (the 4.4 template, the 4.5 overview page and the 4.5 / 4.6
        // packs agree; the 4.5 docs sample shows shared_db only); the 4.7 pack ships none.
        useDatabases(spec.releases, true, true);
        splitAt(spec.releases, 7);
        useDatabases(spec.releases, false, false, 7);
        t.frontedByLoadBalancer = true;
        t.hasHaPeers = true;
        look = {0xdb2777, QT_TRANSLATE_NOOP3("CanvasStyle", "TM", "traffic manager tag"), 2};
        import.serverRoles = words({"traffic-manager"});
        // Its HA form duplicates throttling events and takes decisions from itself.
        import.keys = {{tomlkey::ThrottlingDuplicateUrl, 3},
                       {tomlkey::ThrottleDecisionEndpoints, 2, nullptr, true},
                       {tomlkey::EventHub, 2},
                       {tomlkey::ApimDb, 1},
                       {tomlkey::GatewayEnvironments, -6},
                       {tomlkey::GatewayLabels, -5},
                       {tomlkey::EventListenerId, -4, tomlkey::TokenRevocationListener},
                       {tomlkey::GatewayTokenCache, -3},
                       {tomlkey::GatewayNotification, -3},
                       { tomlkey::GatewayType,
                         -3 }};
        // Gateways send throttling data to it (in 4.1-4.4 gw-cp, to the control plane: its own keys win).
        import.namedBy = {{tomlkey::ThrottleDecisionEndpoints, 3}, { tomlkey::TrafficManagerUrls, 3 }};
        import.pathWords = words({"traffic-manager"});
        import.pathAbbreviations = words({"tm"});
        import.priority = 0;
        break;
    case NodeKind::KeyManager:
        spec.components = {Component::Management};
        // The key manager profile was renamed in 4.3; its server_role was not: the 4.x docs
        // sample, the shipped api-key-manager-node template and the 4.4 helm chart all say
        // "control-plane" (no 4.x infer.json knows an "api-key-manager-node" role).
        spec.releases = {{0,
                          2,
                          QStringLiteral("api-manager"),
                          QStringLiteral("api-key-manager-deprecated"),
                          QStringLiteral("control-plane"),
                          {Service::KeyManager}},
                         {3,
                          4,
                          QStringLiteral("api-manager"),
                          QStringLiteral("api-key-manager-node"),
                          QStringLiteral("control-plane"),
                          {Service::KeyManager}},
                         {5,
                          7,
                          QStringLiteral("key-manager"),
                          QString(),
                          QStringLiteral("default"),
                          {Service::KeyManager}}};
        t.frontedByLoadBalancer = true;
        useDatabases(spec.releases, true, true); // the ACP pack, as the control plane
        t.hasHaPeers = true;                     // the nodes of a key manager cluster name each other
        look = {0x4d7c0f, QT_TRANSLATE_NOOP3("CanvasStyle", "KM", "key manager tag"), 2};
        import.serverRoles = words({"key-manager"});
        import.serverRolePrefixes = words({"api-key-manager"});
        // The 4.3+ api-key-manager-node template says server_role "control-plane".
        import.sharedServerRoles = words({"control-plane"});
        import.keys = {{tomlkey::EventListenerId, 3, tomlkey::TokenRevocationListener},
                       {tomlkey::EventHub, 2},
                       {tomlkey::GatewayEnvironments, -6},
                       {tomlkey::GatewayLabels, -5},
                       {tomlkey::GatewayType, -3},
                       {tomlkey::GatewayTokenCache, -3},
                       { tomlkey::EventHubPublishUrlGroup,
                         -2 }};
        import.namedBy = {{ tomlkey::KeyManagerServiceUrl, 3 }};
        import.pathWords = words({"key-manager"});
        import.pathAbbreviations = words({"km"});
        import.priority = 1;
        break;
    case NodeKind::AllInOne:
        spec.components = {Component::Management, Component::Gateway, Component::EventHub};
        // The all-in-one pack runs every component without a profile.
        spec.releases = {
            {0,
             7,
             QStringLiteral("api-manager"),
             QString(),
             QStringLiteral("default"),
             {Service::KeyManager, Service::TrafficManager, Service::EventHub, Service::Portals}}};
        useDatabases(spec.releases, true, true);
        t.frontedByLoadBalancer = true;
        t.hasHaPeers = true;
        t.stickySessions = true;
        t.definesEnvironments = true;
        look = {0x475569, QT_TRANSLATE_NOOP3("CanvasStyle", "AM", "all-in-one tag"), 2};
        // Defines gateway environments and is its own gateway (3.x: an environment naming itself).
        // Gateway work counts only next to gateway environments: alone, it is a gateway's.
        import.keys = {{tomlkey::GatewayEnvironments, 3},
                       {tomlkey::EnvServiceUrl, 3, nullptr, true},
                       {tomlkey::GatewayLabels, 3, nullptr, false, tomlkey::GatewayEnvironments},
                       {tomlkey::ThrottleDecisionEndpoints, 3, nullptr, false, tomlkey::GatewayEnvironments},
                       {tomlkey::ThrottlingUrlGroup, 2, nullptr, false, tomlkey::GatewayEnvironments},
                       {tomlkey::GatewayTokenCache, 3, nullptr, false, tomlkey::GatewayEnvironments},
                       {tomlkey::DevportalUrl, 2, nullptr, false, tomlkey::GatewayEnvironments},
                       { tomlkey::EventListenerId,
                         1,
                         tomlkey::TokenRevocationListener }};
        // Gateways of an all-in-one + gateway design throttle through it: a control plane is never
        // named so from 4.5 on.
        import.namedBy = {{tomlkey::ThrottleDecisionEndpoints, 4}, { tomlkey::TrafficManagerUrls, 4 }};
        break;
    case NodeKind::IdentityServer:
        look = {0xb45309, QT_TRANSLATE_NOOP3("CanvasStyle", "IS", "identity server tag"), 2};
        // Identity Server settings, and no [apim] at all. IS-as-key-manager sets write "key-manager".
        import.sharedServerRoles = words({"key-manager"});
        import.keys = {{tomlkey::IdentityDb, 4},     {tomlkey::AccessControl, 3},
                       {tomlkey::TenantRewrite, 3},  {tomlkey::AuthorizeAllScopes, 4},
                       {tomlkey::ClientCertAuth, 2}, {tomlkey::KeyManagerHeader, 5, "WSO2-IS"},
                       { tomlkey::Apim, -8 }};
        import.namedBy = {{ tomlkey::KeyManagerServiceUrl, 3 }};
        break;
    case NodeKind::KeyValueStore:
        look = {0xb91c1c, QT_TRANSLATE_NOOP3("CanvasStyle", "KV", "key-value store tag"), 3};
        break;
    }
}

QList<PathHint> pathHints(const QList<KindSpec> &kinds)
{
    QList<const KindSpec *> ordered;
    for (const KindSpec &k : kinds)
        ordered.append(&k);
    std::stable_sort(ordered.begin(), ordered.end(), [](const KindSpec *a, const KindSpec *b) {
        return a->import.priority < b->import.priority;
    });
    QList<PathHint> out;
    for (const KindSpec *k : ordered) {
        for (const QString &w : k->import.pathWords)
            out.append({w, k->kind});
    }
    for (const KindSpec *k : ordered) {
        for (const QString &w : k->import.pathAbbreviations)
            out.append({w, k->kind});
    }
    return out;
}

} // namespace kindfacts

QList<const PortSpec *> SchemaRegistry::ports(NodeKind kind) const
{
    const KindSpec &spec = this->kind(kind);
    QList<const PortSpec *> out;
    for (const PortSpec &p : ports::all()) {
        if (p.listed && spec.runs(p.component))
            out.append(&p);
    }
    return out;
}

const KindRelease *SchemaRegistry::release(NodeKind kind, const ApimVersion &version) const
{
    for (const KindRelease &r : this->kind(kind).releases) {
        if (version.major == 4 && version.minor >= r.fromMinor && version.minor <= r.toMinor)
            return &r;
    }
    return nullptr;
}

const KindSpec *SchemaRegistry::kindByServerRole(const QString &role, bool *legacy) const
{
    const QString r = role.trimmed().toLower();
    if (legacy)
        *legacy = false;
    for (const KindSpec &k : m_kinds) {
        if (k.import.serverRoles.contains(r))
            return &k;
        for (const QString &prefix : k.import.serverRolePrefixes) {
            if (r.startsWith(prefix))
                return &k;
        }
    }
    for (const KindSpec &k : m_kinds) {
        for (const QString &prefix : k.import.legacyRolePrefixes) {
            if (r.startsWith(prefix)) {
                if (legacy)
                    *legacy = true;
                return &k;
            }
        }
    }
    return nullptr;
}

} // namespace apim
