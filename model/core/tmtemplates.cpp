// WSO2's "Pattern 3": control planes, separate traffic managers and gateways with a
// database (API-M 4.1-4.4 with the traffic-manager profile, the 4.5+ default). A count
// of 1 gives a role's single form, 2 or more its HA form behind a load balancer.
#include "templatebuilder.h"

namespace apim::patterns {

namespace {

// One role: a single node known by `host`, or `count` nodes behind a balancer that
// clients know by `host`.
QList<NodeId> role(TemplateBuilder &b, NodeKind kind, const QString &name, const QString &host, int count,
                   int range, int balancerIndex)
{
    if (count == 1)
        return {b.add(kind, QStringLiteral("apim-") + name, host, templateAddress(range, 0))};
    const NodeId lb =
        b.balancer(name + QLatin1String("-lb"), host, QStringLiteral("10.0.0.%1").arg(11 + balancerIndex));
    QList<NodeId> nodes = b.nodes(kind, QStringLiteral("apim-") + name, count, range);
    for (NodeId n : nodes)
        b.link(lb, n);
    return nodes;
}

} // namespace

void buildGwCpTm(TemplateBuilder &b, const PatternOptions &o)
{
    // A separate key manager or Identity Server 7 makes it Pattern 4.
    if (o.keyManager != KeyManagerChoice::Resident) {
        buildGwCpTmKm(b, o);
        return;
    }
    const QList<NodeId> gws =
        role(b, NodeKind::Gateway, QStringLiteral("gw"), QStringLiteral("gw.wso2.com"), o.gateways, 1, 0);
    const QList<NodeId> cps = role(b, NodeKind::ControlPlane, QStringLiteral("cp"),
                                   QStringLiteral("cp.wso2.com"), o.controlPlanes, 2, 1);
    const QList<NodeId> tms = role(b, NodeKind::TrafficManager, QStringLiteral("tm"),
                                   QStringLiteral("tm.wso2.com"), o.trafficManagers, 4, 2);
    const NodeId db = b.database();
    // Gateways take events from every control plane and throttle through every traffic
    // manager; traffic managers listen to every control plane's event hub.
    for (NodeId gw : gws) {
        for (NodeId cp : cps)
            b.link(gw, cp);
        for (NodeId tm : tms)
            b.link(gw, tm);
        b.linkDatabase(gw, db);
    }
    for (NodeId tm : tms) {
        for (NodeId cp : cps)
            b.link(tm, cp);
        b.linkDatabase(tm, db);
    }
    for (NodeId cp : cps)
        b.linkDatabase(cp, db);
}

} // namespace apim::patterns
