// "Pattern 4": gateways, control planes, traffic managers and a separate key manager
// (helm-apim's am-pattern-4; the 4.1-4.4 docs' key-manager-separated page). Every role of
// one node stands alone (apim-<role>, as in gw-cp-tm); two or more go behind a load
// balancer (apim-<role>-1..n). With
// --key-manager is7 a WSO2 Identity Server 7 takes the key manager nodes' place.
#include "templatebuilder.h"

#include <algorithm>

namespace apim::patterns {

namespace {

// One private address range per role (templateAddress).
enum Role { GatewayRole = 1, ControlPlaneRole = 2, TrafficManagerRole = 4, KeyManagerRole = 5 };

void linkAll(TemplateBuilder &b, const QList<NodeId> &from, const QList<NodeId> &to)
{
    for (NodeId f : from) {
        for (NodeId t : to)
            b.link(f, t);
    }
}

} // namespace

void buildGwCpTmKm(TemplateBuilder &b, const PatternOptions &o)
{
    const QList<NodeId> gws = b.role(NodeKind::Gateway, QStringLiteral("gw"), QStringLiteral("gw.wso2.com"),
                                     o.gateways, GatewayRole, 0);
    const QList<NodeId> cps = b.role(NodeKind::ControlPlane, QStringLiteral("cp"),
                                     QStringLiteral("cp.wso2.com"), o.controlPlanes, ControlPlaneRole, 1);
    const QList<NodeId> tms = b.role(NodeKind::TrafficManager, QStringLiteral("tm"),
                                     QStringLiteral("tm.wso2.com"), o.trafficManagers, TrafficManagerRole, 2);
    const NodeId db = b.database();

    // Gateways and traffic managers take events from the control planes; gateways throttle
    // through the traffic managers.
    linkAll(b, gws, cps);
    linkAll(b, gws, tms);
    linkAll(b, tms, cps);

    if (o.keyManager == KeyManagerChoice::IdentityServer) {
        // IS 7 is a third-party key manager of the control planes (Admin Portal); gateways and
        // traffic managers keep validating against the control planes' resident one.
        const NodeId is = b.add(NodeKind::IdentityServer, QStringLiteral("wso2is"),
                                QStringLiteral("is.wso2.com"), templateAddress(KeyManagerRole, 0));
        linkAll(b, cps, {is});
    } else {
        // Every API-M node that validates or issues keys uses the key manager nodes.
        // gw-cp-tm with --key-manager node and no count: one key manager node.
        const QList<NodeId> kms =
            b.role(NodeKind::KeyManager, QStringLiteral("km"), QStringLiteral("km.wso2.com"),
                   std::max(o.keyManagers, 1), KeyManagerRole, 3);
        linkAll(b, cps, kms);
        linkAll(b, gws, kms);
        linkAll(b, tms, kms);
        for (NodeId km : kms)
            b.linkDatabase(km, db);
    }
    b.keyValueStore(o, cps + tms);
    // Only the kinds whose pack uses a database in this version (not the 4.7 gateway and TM).
    for (const QList<NodeId> &role : {gws, cps, tms}) {
        for (NodeId n : role)
            b.linkDatabase(n, db);
    }
}

} // namespace apim::patterns
