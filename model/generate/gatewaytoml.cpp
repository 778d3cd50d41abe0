// A gateway's own part of deployment.toml: the artifacts it syncs and the
// control planes it takes keys, throttling and events from.
#include "kindtoml.h"
#include "tomlcommon.h"
#include "tomlkeys.h"

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

// Throttle decisions and events arrive over JMS from each control plane
// directly; a load balancer in between would split the subscriptions.
void writeThrottling(TomlTable &root, const QList<const Node *> &cps, const QString &services)
{
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

} // namespace

void writeGateway(TomlTable &root, const Design &design, const Node &gw)
{
    const Topology &t = design.topology;
    writeArtifactSync(root.tableAt(tomlkey::path(tomlkey::Apim)), design, gw);
    const QList<const Node *> cps = controlPlanesOf(t, gw);
    if (cps.isEmpty())
        return;
    const QString services = managementBase(t, *cps.first()) + QLatin1String("/services/");
    writeKeyManagerLink(root, design, gw);
    writeThrottling(root, cps, services);
}

} // namespace apim::tomlgen
