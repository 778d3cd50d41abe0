// The seed page's two deployments: one gateway and one control plane, and
// gateway and control plane clusters behind load balancers (API-M 4.1-4.4).
#include "templatebuilder.h"

namespace apim::patterns {

void buildGwCp(TemplateBuilder &b, const PatternOptions &)
{
    const NodeId gw = b.add(NodeKind::Gateway, QStringLiteral("apim-gw"), QStringLiteral("gw.wso2.com"),
                            QStringLiteral("10.0.1.11"));
    const NodeId cp = b.add(NodeKind::ControlPlane, QStringLiteral("apim-cp"), QStringLiteral("cp.wso2.com"),
                            QStringLiteral("10.0.2.11"));
    const NodeId db = b.database();
    b.link(gw, cp);
    b.link(gw, db);
    b.link(cp, db);
}

void buildGwCpHa(TemplateBuilder &b, const PatternOptions &o)
{
    // The seed's order: both balancers, then the members. A role of one node is its single
    // form, as in the other patterns: apim-<role> without a balancer.
    auto front = [&](const QString &role, int count, const QString &publicHostname, int index) {
        return count > 1 ? b.balancer(role + QLatin1String("-lb"), publicHostname, templateAddress(0, index))
                         : NodeId();
    };
    auto members = [&](NodeKind kind, const QString &role, int count, const QString &publicHostname,
                       int range) {
        const QString prefix = QStringLiteral("apim-") + role;
        return count > 1 ? b.nodes(kind, prefix, count, range)
                         : QList<NodeId>{b.add(kind, prefix, publicHostname, templateAddress(range, 0))};
    };
    const NodeId gwLb = front(QStringLiteral("gw"), o.gateways, QStringLiteral("gw.wso2.com"), 0);
    const NodeId cpLb = front(QStringLiteral("cp"), o.controlPlanes, QStringLiteral("cp.wso2.com"), 1);
    const QList<NodeId> gws =
        members(NodeKind::Gateway, QStringLiteral("gw"), o.gateways, QStringLiteral("gw.wso2.com"), 1);
    const QList<NodeId> cps = members(NodeKind::ControlPlane, QStringLiteral("cp"), o.controlPlanes,
                                      QStringLiteral("cp.wso2.com"), 2);
    const NodeId db = b.database();
    for (NodeId gw : gws) {
        if (o.gateways > 1)
            b.link(gwLb, gw);
    }
    for (NodeId cp : cps) {
        if (o.controlPlanes > 1)
            b.link(cpLb, cp);
    }
    for (NodeId gw : gws) {
        for (NodeId cp : cps)
            b.link(gw, cp);
        b.link(gw, db);
    }
    for (NodeId cp : cps)
        b.link(cp, db);
}

} // namespace apim::patterns
