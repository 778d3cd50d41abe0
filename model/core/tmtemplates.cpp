// WSO2's "Pattern 3": control planes, separate traffic managers and gateways with a
// database (API-M 4.1-4.4 with the traffic-manager profile, the 4.5+ default). A count
// of 1 gives a role's single form, 2 or more its HA form behind a load balancer.
#include "templatebuilder.h"

namespace apim::patterns {

void buildGwCpTm(TemplateBuilder &b, const PatternOptions &o)
{
    // A separate key manager or Identity Server 7 makes it Pattern 4.
    if (o.keyManager == KeyManagerChoice::Node || o.keyManager == KeyManagerChoice::IdentityServer) {
        buildGwCpTmKm(b, o);
        return;
    }
    const QList<NodeId> gws =
        b.role(NodeKind::Gateway, QStringLiteral("gw"), QStringLiteral("gw.wso2.com"), o.gateways, 1, 0);
    const QList<NodeId> cps = b.role(NodeKind::ControlPlane, QStringLiteral("cp"),
                                     QStringLiteral("cp.wso2.com"), o.controlPlanes, 2, 1);
    const QList<NodeId> tms = b.role(NodeKind::TrafficManager, QStringLiteral("tm"),
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
    b.keyValueStore(o, cps + tms);
}

} // namespace apim::patterns
