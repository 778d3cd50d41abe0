// "Pattern 4": gateways, control planes, traffic managers and a separate key manager
// (helm-apim's am-pattern-4; the 4.1-4.4 docs' key-manager-separated page). Every role of
// one node stands alone; two or more go behind a load balancer. With
// --key-manager is7 a WSO2 Identity Server 7 takes the key manager nodes' place.
#include "templatebuilder.h"

#include <algorithm>

namespace apim::patterns {

namespace {

// One private address range per role (templateAddress).
enum Role { GatewayRole = 1, ControlPlaneRole = 2, TrafficManagerRole = 4, KeyManagerRole = 5 };

// A role's nodes apim-<role>-1..n, behind <role>-lb (known as `publicHostname`) when
// there are two or more.
QList<NodeId> cluster(TemplateBuilder &b, NodeKind kind, const QString &role, int count, int range,
                      const QString &publicHostname, int balancerIndex)
{
    QList<NodeId> members = b.nodes(kind, QStringLiteral("apim-") + role, count, range);
    b.frontWithBalancer(members, role, publicHostname, balancerIndex);
    return members;
}

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
    const QList<NodeId> gws = cluster(b, NodeKind::Gateway, QStringLiteral("gw"), o.gateways, GatewayRole,
                                      QStringLiteral("gw.wso2.com"), 0);
    const QList<NodeId> cps = cluster(b, NodeKind::ControlPlane, QStringLiteral("cp"), o.controlPlanes,
                                      ControlPlaneRole, QStringLiteral("cp.wso2.com"), 1);
    const QList<NodeId> tms = cluster(b, NodeKind::TrafficManager, QStringLiteral("tm"), o.trafficManagers,
                                      TrafficManagerRole, QStringLiteral("tm.wso2.com"), 2);
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
        // gw-cp-tm with --key-manager node takes no count: one key manager node.
        const QList<NodeId> kms =
            cluster(b, NodeKind::KeyManager, QStringLiteral("km"), std::max(o.keyManagers, 1), KeyManagerRole,
                    QStringLiteral("km.wso2.com"), 3);
        linkAll(b, cps, kms);
        linkAll(b, gws, kms);
        linkAll(b, tms, kms);
        for (NodeId km : kms)
            b.linkDatabase(km, db);
    }
    // Only the kinds whose pack uses a database in this version (not the 4.7 gateway and TM).
    for (const QList<NodeId> &role : {gws, cps, tms}) {
        for (NodeId n : role)
            b.linkDatabase(n, db);
    }
}

} // namespace apim::patterns
