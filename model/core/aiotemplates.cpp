// The all-in-one patterns: one node running every component, an active-active
// pair of them behind a load balancer (WSO2's "Pattern 1"), and all-in-one nodes
// with separate gateways (WSO2's "Pattern 2"). API-M 4.1-4.7.
#include "templatebuilder.h"

namespace apim::patterns {

namespace {

// Address range of the all-in-one nodes (templateAddress()); gateways use 1.
constexpr int AllInOneRole = 6;
constexpr int GatewayRole = 1;

// The all-in-one nodes: one named apim-aio, or `count` behind their balancer. Their
// cluster shares one cache invalidation domain.
QList<NodeId> allInOnes(TemplateBuilder &b, int count)
{
    b.settings().cacheInvalidationDomain = QStringLiteral("all-in-one-domain");
    return b.role(NodeKind::AllInOne, QStringLiteral("aio"), QStringLiteral("am.wso2.com"), count,
                  AllInOneRole, 1, QStringLiteral("am-lb"));
}

void linkDatabase(TemplateBuilder &b, const QList<NodeId> &nodes, NodeId db)
{
    for (NodeId n : nodes)
        b.linkDatabase(n, db); // not the 4.7 gateways: their pack uses no database
}

} // namespace

void buildAio(TemplateBuilder &b, const PatternOptions &)
{
    const QList<NodeId> aio = allInOnes(b, 1);
    linkDatabase(b, aio, b.database());
}

void buildAioHa(TemplateBuilder &b, const PatternOptions &o)
{
    const QList<NodeId> aios = allInOnes(b, o.allInOnes);
    linkDatabase(b, aios, b.database());
}

void buildAioGw(TemplateBuilder &b, const PatternOptions &o)
{
    const QList<NodeId> gws = b.role(NodeKind::Gateway, QStringLiteral("gw"), QStringLiteral("gw.wso2.com"),
                                     o.gateways, GatewayRole, 0);
    const QList<NodeId> aios = allInOnes(b, o.allInOnes);
    const NodeId db = b.database();
    // Each gateway takes keys, throttling and events from every all-in-one node.
    for (NodeId gw : gws) {
        for (NodeId aio : aios)
            b.link(gw, aio);
    }
    linkDatabase(b, gws, db);
    linkDatabase(b, aios, db);
}

} // namespace apim::patterns
