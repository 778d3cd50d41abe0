// A gateway's own part of deployment.toml: the artifacts it syncs, the control
// planes it takes keys and events from and the nodes it throttles through.
#include "generatorutil.h"
#include "kindtoml.h"
#include "throttlingtoml.h"
#include "tomlcommon.h"
#include "tomlkeys.h"

#include <algorithm>

namespace apim::tomlgen {

namespace {

void writeArtifactSync(TomlTable &apim, const Design &design, const Node &gw)
{
    TomlTable &sync = apim.tableAt(tomlkey::parent(tomlkey::GatewayLabels).mid(1));
    sync.set(tomlkey::leaf(tomlkey::GatewayLabels), TomlValue(gw.value(Field::Labels).toStringList()));
    const ArtifactSkipList &skip = design.settings.skipList;
    if (!skip.isEmpty()) {
        TomlTable &list = sync.table(tomlkey::leaf(tomlkey::SkipList));
        list.set(QLatin1String(tomlkey::SkipApis), TomlValue(skip.apis));
        list.set(QLatin1String(tomlkey::SkipEndpoints), TomlValue(skip.endpoints));
        list.set(QLatin1String(tomlkey::SkipSequences), TomlValue(skip.sequences));
        list.set(QLatin1String(tomlkey::SkipLocalEntries), TomlValue(skip.localEntries));
    }
}

// The key manager node the gateway links to (its balancer in HA), else the control plane's
// resident key manager: genutil::providers() prefers the dedicated node.
void writeKeyManagerLink(TomlTable &root, const Design &design, const Node &gw)
{
    const QString services = keyManagerServices(design, gw);
    if (services.isEmpty())
        return;
    TomlTable &km = root.tableAt(tomlkey::path(tomlkey::KeyManager));
    km.set(tomlkey::leaf(tomlkey::KeyManagerServiceUrl), services);
    km.set(QStringLiteral("username"), RefAdminUser);
    km.set(QStringLiteral("password"), RefAdminPassword);
}

// Throttle decisions arrive over JMS from each traffic manager node (a control plane up to
// 4.4 when no traffic manager is linked) directly; a load balancer in
// between would split the subscriptions.
void writeThrottling(TomlTable &root, const Topology &t, const Node &gw, const ApimVersion &version)
{
    const QList<const Node *> tms = trafficManagersOf(t, gw, version);
    if (tms.isEmpty())
        return;
    TomlTable &throttling = root.tableAt(tomlkey::path(tomlkey::Throttling));
    // Key templates and block conditions come over HTTPS, through the balancer.
    throttling.set(tomlkey::leaf(tomlkey::ThrottlingServiceUrl),
                   managementBase(t, *tms.first()) + QLatin1String("/services/"));
    QStringList decisions, urls, authUrls;
    for (const Node *tm : tms) {
        decisions.append(tcp(*tm, AmqpPort));
        urls.append(tcp(*tm, BinaryTcpPort));
        authUrls.append(ssl(*tm, BinarySslPort));
    }
    throttling.set(tomlkey::leaf(tomlkey::ThrottleDecisionEndpoints), TomlValue(decisions));
    auto group = [&](const QStringList &u, const QStringList &a) -> TomlTable & {
        TomlTable &g = throttling.appendTable(tomlkey::leaf(tomlkey::ThrottlingUrlGroup));
        g.set(tomlkey::leaf(tomlkey::TrafficManagerUrls), TomlValue(u));
        g.set(tomlkey::leaf(tomlkey::TrafficManagerAuthUrls), TomlValue(a));
        return g;
    };
    // Traffic managers that share counters in a key-value store take the events as one
    // load-balanced group; otherwise each needs every event, one group per node.
    if (sharesCounters(t, tms, version)) {
        group(urls, authUrls)
            .set(tomlkey::leaf(tomlkey::ThrottlingUrlGroupType), QStringLiteral("loadbalance"));
        return;
    }
    for (qsizetype i = 0; i < tms.size(); ++i)
        group({urls[i]}, {authUrls[i]});
}

// Up to 4.4 a gateway throttling through its control planes gets their events over that
// same JMS connection (the seed page has no [apim.event_hub] on it). A gateway of separate
// traffic managers, and every 4.5+ gateway, subscribes to the event hub itself.
void writeEventHubLink(TomlTable &root, const Topology &t, const Node &gw, const ApimVersion &version)
{
    const QList<const Node *> hubs = genutil::providers(t, gw, Service::EventHub, version);
    const QList<const Node *> tms = trafficManagersOf(t, gw, version);
    const bool throughThrottling =
        version.profileBased() && !tms.isEmpty() &&
        std::all_of(tms.begin(), tms.end(), [&](const Node *n) { return hubs.contains(n); });
    if (!throughThrottling)
        writeEventHubSubscription(root, t, hubs);
}

// 4.5+: the control plane tells gateways apart by gateway_id in heartbeats and deployment
// acknowledgements, so every gateway of a distributed set needs its own. The node name is
// unique within the design (validation), stable across exports, and a plain token.
void writeGatewayId(TomlTable &root, const Design &design, const Node &gw)
{
    if (!ApimVersion::parse(design.settings.apimVersion).gatewayIds())
        return;
    root.tableAt(tomlkey::parent(tomlkey::GatewayNotificationId))
        .set(tomlkey::leaf(tomlkey::GatewayNotificationId), gw.name());
}

} // namespace

void writeAnalytics(TomlTable &root, const Design &design)
{
    const AnalyticsSettings &a = design.settings.analytics;
    if (!a.enabled())
        return;
    TomlTable &analytics = root.tableAt(tomlkey::parent(tomlkey::AnalyticsEnable));
    analytics.set(tomlkey::leaf(tomlkey::AnalyticsEnable), true);
    if (a.mode == AnalyticsMode::Elk) {
        analytics.set(tomlkey::leaf(tomlkey::AnalyticsType), QStringLiteral("elk"));
        return;
    }
    // Cloud analytics: Choreo's configuration endpoint and on-premises key up to 4.5; from 4.6
    // the packs publish to Moesif, identified by its application id.
    if (ApimVersion::parse(design.settings.apimVersion).minor >= 6) {
        analytics.set(tomlkey::leaf(tomlkey::AnalyticsType), QStringLiteral("moesif"));
        root.tableAt(tomlkey::parent(tomlkey::AnalyticsMoesifKey))
            .set(tomlkey::leaf(tomlkey::AnalyticsMoesifKey), a.key);
        return;
    }
    analytics.set(tomlkey::leaf(tomlkey::AnalyticsConfigEndpoint), a.configEndpoint);
    analytics.set(tomlkey::leaf(tomlkey::AnalyticsAuthToken), a.key);
}

void writeGateway(TomlTable &root, const Design &design, const Node &gw)
{
    const Topology &t = design.topology;
    writeArtifactSync(root.tableAt(tomlkey::path(tomlkey::Apim)), design, gw);
    writeGatewayId(root, design, gw);
    const ApimVersion version = ApimVersion::parse(design.settings.apimVersion);
    // Each part asks genutil::providers() for the nodes that serve it: control planes, traffic
    // managers, key managers or all-in-one nodes, whichever the gateway links to.
    writeKeyManagerLink(root, design, gw);
    writeEventHubLink(root, t, gw, version);
    writeThrottling(root, t, gw, version);
    writeAnalytics(root, design);
}

} // namespace apim::tomlgen
