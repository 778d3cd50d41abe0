#include "templatebuilder.h"

namespace apim {

NodeId TemplateBuilder::add(NodeKind kind, const QString &name, const QString &hostname, const QString &ip)
{
    Node n;
    n.kind = kind;
    n.id = m_design.topology.allocateNodeId();
    n.values = SchemaRegistry::instance().defaults(kind);
    n.values.insert(Field::Name, name);
    n.values.insert(Field::Hostname, hostname);
    n.values.insert(Field::Ip, ip);
    m_design.topology.insertNode(m_design.topology.nodes().size(), n);
    return n.id;
}

void TemplateBuilder::set(NodeId id, const QString &key, const QVariant &value)
{
    m_design.topology.mutableNode(id)->values.insert(key, value);
}

void TemplateBuilder::link(NodeId from, NodeId to)
{
    Link l;
    l.id = m_design.topology.allocateLinkId();
    l.from = from;
    l.to = to;
    m_design.topology.insertLink(m_design.topology.links().size(), l);
}

void TemplateBuilder::linkDatabase(NodeId node, NodeId db)
{
    const Node *n = m_design.topology.node(node);
    const KindRelease *r =
        n ? SchemaRegistry::instance().release(n->kind, ApimVersion::parse(m_design.settings.apimVersion))
          : nullptr;
    if (r && r->usesDatabase())
        link(node, db);
}

NodeId TemplateBuilder::database()
{
    const NodeId db = add(NodeKind::Database, QStringLiteral("mysql"), QStringLiteral("db.wso2.com"),
                          QStringLiteral("10.0.3.10"));
    // Passwords are the user's to choose; the seed's samples use the user names.
    set(db, Field::ApimDbPassword, QStringLiteral("apimadmin"));
    set(db, Field::SharedDbPassword, QStringLiteral("sharedadmin"));
    return db;
}

NodeId TemplateBuilder::balancer(const QString &name, const QString &publicHostname, const QString &ip)
{
    const NodeId lb = add(NodeKind::LoadBalancer, name, name, ip);
    set(lb, Field::PublicHostname, publicHostname);
    return lb;
}

QList<NodeId> TemplateBuilder::nodes(NodeKind kind, const QString &prefix, int count, int role)
{
    QList<NodeId> out;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i + 1);
        out.append(add(kind, name, name, templateAddress(role, i)));
    }
    return out;
}

QList<NodeId> TemplateBuilder::role(NodeKind kind, const QString &role, const QString &publicHostname,
                                    int count, int range, int balancerIndex, const QString &balancerName)
{
    const QString prefix = QStringLiteral("apim-") + role;
    if (count == 1)
        return {add(kind, prefix, publicHostname, templateAddress(range, 0))};
    // The balancer first: the templates list it before its members.
    const NodeId lb = balancer(balancerName.isEmpty() ? role + QLatin1String("-lb") : balancerName,
                               publicHostname, templateAddress(0, balancerIndex));
    QList<NodeId> members = nodes(kind, prefix, count, range);
    for (NodeId m : members)
        link(lb, m);
    return members;
}

void TemplateBuilder::keyValueStore(const PatternOptions &o, const QList<NodeId> &clients)
{
    if (!o.keyValueStore)
        return;
    // Beside the database's address; Redis and Valkey listen on 6379 (the kind's default).
    const NodeId kv = add(NodeKind::KeyValueStore, QStringLiteral("redis"), QStringLiteral("redis.wso2.com"),
                          QStringLiteral("10.0.3.20"));
    for (NodeId c : clients)
        link(c, kv);
}

QString templateAddress(int role, int i)
{
    // Host parts 11 to 254: .255 is the broadcast address and .256 no address at all.
    constexpr int PerBlock = 254 - 11 + 1;
    return QStringLiteral("10.%1.%2.%3").arg(role).arg(i / PerBlock).arg(11 + i % PerBlock);
}

} // namespace apim
