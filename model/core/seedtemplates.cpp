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
    const NodeId gwLb =
        b.balancer(QStringLiteral("gw-lb"), QStringLiteral("gw.wso2.com"), QStringLiteral("10.0.0.11"));
    const NodeId cpLb =
        b.balancer(QStringLiteral("cp-lb"), QStringLiteral("cp.wso2.com"), QStringLiteral("10.0.0.12"));
    const QList<NodeId> gws = b.nodes(NodeKind::Gateway, QStringLiteral("apim-gw"), o.gateways, 1);
    const QList<NodeId> cps = b.nodes(NodeKind::ControlPlane, QStringLiteral("apim-cp"), o.controlPlanes, 2);
    const NodeId db = b.database();
    for (NodeId gw : gws)
        b.link(gwLb, gw);
    for (NodeId cp : cps)
        b.link(cpLb, cp);
    for (NodeId gw : gws) {
        for (NodeId cp : cps)
            b.link(gw, cp);
        b.link(gw, db);
    }
    for (NodeId cp : cps)
        b.link(cp, db);
}

} // namespace apim::patterns
