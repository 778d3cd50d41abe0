// An all-in-one node's own part of deployment.toml (WSO2's patterns 1 and 2): the
// gateway environments it publishes (its own gateway, or the separate gateways
// linked to it), its event hub and rate limiting among its HA peers, and its
// resident key manager behind the cluster's load balancer.
#include "kindtoml.h"
#include "tomlcommon.h"
#include "tomlkeys.h"

namespace apim::tomlgen {

namespace {

// The nodes of the all-in-one cluster, this one included, in node order.
QList<const Node *> allInOnePeers(const Topology &t, const Node &aio)
{
    QList<const Node *> peers;
    for (const Node *member : t.clusterOf(aio.id)) {
        if (member->kind == NodeKind::AllInOne)
            peers.append(member);
    }
    return peers;
}

bool hasSeparateGateways(const Topology &t, const QList<const Node *> &peers)
{
    for (const Node *peer : peers) {
        if (!t.sources(peer->id, &KindTraits::servesEnvironments).isEmpty())
            return true;
    }
    return false;
}

// Without separate gateways every environment is served by the node's own gateway:
// it deploys to itself, and API clients reach it through the cluster's balancer.
void writeOwnEnvironments(TomlTable &root, const Design &design, const Node &aio)
{
    for (const GatewayEnvironment &env : design.settings.environments) {
        TomlTable &e = root.tableAt(tomlkey::parent(tomlkey::GatewayEnvironments))
                           .appendTable(tomlkey::leaf(tomlkey::GatewayEnvironments));
        e.set(QStringLiteral("name"), env.name);
        e.set(QStringLiteral("type"), env.type);
        e.set(QStringLiteral("display_in_api_console"), env.displayInApiConsole);
        e.set(QStringLiteral("description"), env.description);
        e.set(QStringLiteral("show_as_token_endpoint_url"), env.showAsTokenEndpointUrl);
        writeEnvironmentUrls(e, design.topology, aio);
        e.set(tomlkey::leaf(tomlkey::EnvServiceUrl),
              QStringLiteral("https://localhost:%1/services/").arg(HttpsMgmtPort + aio.offset()));
    }
    // Its gateway serves them all, under the labels every 4.x all-in-one pack ships (3.x had
    // none; the importer reads a file without them as 3.x).
    QStringList labels;
    for (const GatewayEnvironment &env : design.settings.environments)
        labels.append(env.name);
    root.tableAt(tomlkey::parent(tomlkey::GatewayLabels))
        .set(tomlkey::leaf(tomlkey::GatewayLabels), TomlValue(labels));
}

// Rate limiting in an active-active pair: each node's traffic manager copies its
// events to the others, decides on its own broker, and its gateway publishes to
// every node's receivers as load-balanced groups.
void writeHaThrottling(TomlTable &root, const Node &aio, const QList<const Node *> &peers, bool ownGateway)
{
    TomlTable &throttling = root.tableAt(tomlkey::path(tomlkey::Throttling));
    QStringList duplicates;
    for (const Node *peer : peers) {
        if (peer->id != aio.id)
            duplicates.append(tcp(*peer, AmqpPort));
    }
    throttling.set(tomlkey::leaf(tomlkey::ThrottlingDuplicateUrl), TomlValue(duplicates));
    throttling.set(tomlkey::leaf(tomlkey::ThrottleDecisionEndpoints),
                   TomlValue(QStringList{QStringLiteral("tcp://localhost:%1").arg(AmqpPort + aio.offset())}));
    if (!ownGateway)
        return;
    for (const Node *peer : peers) {
        TomlTable &group = throttling.appendTable(tomlkey::leaf(tomlkey::ThrottlingUrlGroup));
        group.set(tomlkey::leaf(tomlkey::TrafficManagerUrls),
                  TomlValue(QStringList{tcp(*peer, BinaryTcpPort)}));
        group.set(tomlkey::leaf(tomlkey::TrafficManagerAuthUrls),
                  TomlValue(QStringList{ssl(*peer, BinarySslPort)}));
        group.set(tomlkey::leaf(tomlkey::ThrottlingUrlGroupType), QStringLiteral("loadbalance"));
    }
}

} // namespace

void writeAllInOne(TomlTable &root, const Design &design, const Node &aio)
{
    const Topology &t = design.topology;
    const Node *lb = t.balancerOf(aio.id);
    const QList<const Node *> peers = allInOnePeers(t, aio);
    const bool ha = lb && peers.size() > 1;
    const bool ownGateway = !hasSeparateGateways(t, peers);
    const QString base = managementBase(t, aio);

    root.tableAt(tomlkey::path(tomlkey::Apim));
    if (ownGateway)
        writeOwnEnvironments(root, design, aio);
    else
        writeEnvironments(root, design, aio);
    if (lb) // browsers follow it: the public host, not the management one
        root.tableAt(tomlkey::path(tomlkey::Devportal))
            .set(tomlkey::leaf(tomlkey::DevportalUrl), balancerHttpsBase(*lb) + QLatin1String("/devportal"));
    if (ha) {
        writeEventHub(root, aio, peers, base);
        writeHaThrottling(root, aio, peers, ownGateway);
    }

    TomlTable &km = root.tableAt(tomlkey::path(tomlkey::KeyManager));
    km.set(tomlkey::leaf(tomlkey::KeyManagerServiceUrl), base + QLatin1String("/services/"));
    km.set(tomlkey::leaf(tomlkey::KeyManagerType), QStringLiteral("default"));
    writeJwtTokenType(root, ApimVersion::parse(design.settings.apimVersion));

    if (design.settings.cacheInvalidation) {
        TomlTable &cache = root.tableAt(tomlkey::path(tomlkey::CacheInvalidation));
        cache.set(tomlkey::leaf(tomlkey::CacheInvalidationEnabled), true);
        cache.set(tomlkey::leaf(tomlkey::CacheInvalidationDomain), design.settings.cacheInvalidationDomain);
    }

    if (ownGateway)
        writeAnalytics(root, design);
    writeTokenRevocationListener(root, base, KeyManagerHeaderResident);
}

} // namespace apim::tomlgen
