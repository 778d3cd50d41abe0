#include "topology.h"
#include "fieldvalidation.h"
#include "names.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <vector>

namespace apim {

QVariant Node::value(const QString &key) const
{
    const auto it = values.constFind(key);
    if (it != values.constEnd())
        return *it;
    if (const FieldSpec *f = SchemaRegistry::instance().field(kind, key))
        return f->defaultValue;
    return {};
}

namespace {

thread_local TopologyReadLog *t_readLog = nullptr;

} // namespace

TopologyReadLog::TopologyReadLog() : m_previous(t_readLog)
{
    t_readLog = this;
}

TopologyReadLog::~TopologyReadLog()
{
    t_readLog = m_previous;
}

void Topology::readAll()
{
    if (t_readLog)
        t_readLog->global = true;
}

void Topology::read(NodeId id)
{
    if (t_readLog)
        t_readLog->nodes.insert(id);
}

void Topology::read(const QList<const Node *> &nodes)
{
    if (t_readLog && !(nodes.size() > 1 && nodes.isSharedWith(t_readLog->lastList))) {
        for (const Node *n : nodes)
            t_readLog->nodes.insert(n->id);
        t_readLog->lastList = nodes;
    }
}

const Node *Topology::node(NodeId id) const
{
    read(id);
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.constEnd() ? nullptr : &m_nodes[*it];
}

Node *Topology::mutableNode(NodeId id)
{
    m_memberCache.clear(); // a kind may change, and a shared list detaches
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.constEnd() ? nullptr : &m_nodes[*it];
}

const Node *Topology::nodeByName(const QString &name) const
{
    readAll();
    for (const Node &n : m_nodes) {
        if (n.name() == name)
            return &n;
    }
    return nullptr;
}

const Link *Topology::link(LinkId id) const
{
    const auto it = m_linkIndex.constFind(id);
    return it == m_linkIndex.constEnd() ? nullptr : &m_links[*it];
}

const Link *Topology::findLink(NodeId from, NodeId to) const
{
    read(from);
    read(to);
    for (LinkId id : m_outgoing.value(from)) {
        const Link *l = link(id);
        if (l && l->to == to)
            return l;
    }
    return nullptr;
}

qsizetype Topology::indexOfNode(NodeId id) const
{
    return m_nodeIndex.value(id, -1);
}

qsizetype Topology::indexOfLink(LinkId id) const
{
    return m_linkIndex.value(id, -1);
}

QList<const Node *> Topology::nodesOfKind(NodeKind kind) const
{
    readAll();
    QList<const Node *> out;
    for (const Node &n : m_nodes) {
        if (n.kind == kind)
            out.append(&n);
    }
    return out;
}

namespace {

// Sorts by an index looked up once per element, not twice per comparison: a balancer of
// 1,000 gateways is sorted for every member's file.
template <typename T, typename IndexOf> void sortByIndex(QList<const T *> &items, IndexOf indexOf)
{
    if (items.size() < 2)
        return;
    std::vector<std::pair<qsizetype, const T *>> keyed;
    keyed.reserve(size_t(items.size()));
    for (const T *item : std::as_const(items))
        keyed.emplace_back(indexOf(item->id), item);
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i] = keyed[size_t(i)].second;
}

} // namespace

QList<const Link *> Topology::linksOf(NodeId id) const
{
    read(id);
    QList<const Link *> out;
    for (LinkId l : m_outgoing.value(id))
        out.append(link(l));
    for (LinkId l : m_incoming.value(id))
        out.append(link(l));
    sortByIndex(out, [this](LinkId l) { return indexOfLink(l); });
    return out;
}

QList<const Node *> Topology::sortedByIndex(QList<const Node *> nodes) const
{
    // Results follow node order, not link order, so output is stable under relinking.
    sortByIndex(nodes, [this](NodeId n) { return indexOfNode(n); });
    return nodes;
}

QList<const Node *> Topology::linked(NodeId id, bool outgoing,
                                     const std::function<bool(const Node &)> &accept) const
{
    read(id); // and node() each far end
    QList<const Node *> out;
    for (LinkId l : (outgoing ? m_outgoing : m_incoming).value(id)) {
        const Node *n = node(outgoing ? link(l)->to : link(l)->from);
        if (n && accept(*n))
            out.append(n);
    }
    return sortedByIndex(out);
}

QList<const Node *> Topology::targets(NodeId from, NodeKind kind) const
{
    return linked(from, true, [kind](const Node &n) { return n.kind == kind; });
}

QList<const Node *> Topology::sources(NodeId to, NodeKind kind) const
{
    return linked(to, false, [kind](const Node &n) { return n.kind == kind; });
}

namespace {

bool has(const Node *n, Topology::KindTrait trait)
{
    return n && SchemaRegistry::instance().traits(n->kind).*trait;
}

} // namespace

QList<const Node *> Topology::nodesWith(KindTrait trait) const
{
    readAll();
    QList<const Node *> out;
    for (const Node &n : m_nodes) {
        if (has(&n, trait))
            out.append(&n);
    }
    return out;
}

QList<const Node *> Topology::targets(NodeId from, KindTrait trait) const
{
    return linked(from, true, [trait](const Node &n) { return has(&n, trait); });
}

QList<const Node *> Topology::sources(NodeId to, KindTrait trait) const
{
    return linked(to, false, [trait](const Node &n) { return has(&n, trait); });
}

const Node *Topology::balancerOf(NodeId id) const
{
    read(id);
    const auto it = m_fromBalancer.constFind(id);
    if (it == m_fromBalancer.constEnd() || it->isEmpty())
        return nullptr;
    if (it->size() == 1)
        return node(link(it->first())->from);
    const auto lbs = sources(id, &KindTraits::balancer); // several: the first in node order
    return lbs.isEmpty() ? nullptr : lbs.first();
}

QList<const Node *> Topology::clusterMembers(NodeId balancerId) const
{
    read(balancerId);
    std::lock_guard lock(m_memberCache.mutex);
    if (const auto it = m_memberCache.members.constFind(balancerId); it != m_memberCache.members.constEnd()) {
        read(*it);
        return *it;
    }
    QList<const Node *> out;
    for (LinkId id : m_outgoing.value(balancerId)) {
        const Node *n = node(link(id)->to);
        if (n && !has(n, &KindTraits::balancer))
            out.append(n);
    }
    out = sortedByIndex(out);
    m_memberCache.members.insert(balancerId, out);
    return out;
}

QList<const Node *> Topology::clusterOf(NodeId id) const
{
    if (const Node *lb = balancerOf(id))
        return clusterMembers(lb->id);
    const Node *n = node(id);
    return n ? QList<const Node *>{n} : QList<const Node *>{};
}

const Node *Topology::databaseOf(NodeId id) const
{
    const auto dbs = targets(id, &KindTraits::database);
    return dbs.isEmpty() ? nullptr : dbs.first();
}

struct TopologyTr
{
    Q_DECLARE_TR_FUNCTIONS(Topology)
};

bool Topology::canConnect(NodeId fromId, NodeId toId, QString *reason) const
{
    auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    const Node *from = node(fromId);
    const Node *to = node(toId);
    if (!from || !to)
        return refuse(TopologyTr::tr("The node no longer exists."));
    if (fromId == toId)
        return refuse(TopologyTr::tr("A node cannot link to itself."));
    if (findLink(fromId, toId))
        return refuse(TopologyTr::tr("These nodes are already linked."));
    if (findLink(toId, fromId))
        return refuse(TopologyTr::tr("These nodes are already linked the other way."));
    const auto &registry = SchemaRegistry::instance();
    const KindSpec &fromSpec = registry.kind(from->kind);
    const KindSpec &toSpec = registry.kind(to->kind);
    if (!registry.linkRule(from->kind, to->kind)) {
        if (fromSpec.traits.balancer && toSpec.traits.database)
            return refuse(TopologyTr::tr(
                "A load balancer fronts API-M nodes; a database is reached directly over JDBC."));
        if (fromSpec.traits.balancer && toSpec.traits.balancer)
            return refuse(TopologyTr::tr("A load balancer cannot front another load balancer."));
        if (registry.linkRule(to->kind, from->kind))
            return refuse(TopologyTr::tr("Link the other way: from the %1 to the %2.")
                              .arg(SchemaRegistry::label(toSpec), SchemaRegistry::label(fromSpec)));
        return refuse(TopologyTr::tr("A %1 does not link to a %2.")
                          .arg(SchemaRegistry::label(fromSpec), SchemaRegistry::label(toSpec)));
    }
    if (fromSpec.traits.balancer) {
        if (const Node *other = balancerOf(toId))
            return refuse(
                TopologyTr::tr("%1 is already behind the load balancer %2.").arg(to->name(), other->name()));
        // Members share one kind, so the first one tells (and keeps this O(1) for big clusters).
        for (LinkId id : m_outgoing.value(fromId)) {
            const Node *member = node(link(id)->to);
            if (member && !has(member, &KindTraits::balancer) && member->kind != to->kind)
                return refuse(TopologyTr::tr("%1 fronts %2 nodes; a cluster holds nodes of one kind.")
                                  .arg(from->name(), SchemaRegistry::label(registry.kind(member->kind))));
            break;
        }
    }
    if (toSpec.traits.database && databaseOf(fromId))
        return refuse(
            TopologyTr::tr("%1 already uses the database %2.").arg(from->name(), databaseOf(fromId)->name()));
    return true;
}

LinkKind Topology::linkKind(const Link &link) const
{
    const Node *from = node(link.from);
    const Node *to = node(link.to);
    if (from && to) {
        if (const LinkRule *rule = SchemaRegistry::instance().linkRule(from->kind, to->kind))
            return rule->kind;
    }
    return LinkKind::Https;
}

bool Topology::isNameTaken(const QString &name, NodeId except) const
{
    readAll();
    for (const Node &n : m_nodes) {
        if (n.id != except && n.name().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString Topology::uniqueName(const QString &base) const
{
    return uniqueNames({base}).constFirst();
}

QStringList Topology::uniqueNames(const QStringList &bases) const
{
    readAll();
    QSet<QString> taken;
    for (const Node &n : m_nodes)
        taken.insert(n.name().toLower());
    QStringList names;
    for (const QString &base : bases) {
        names.append(apim::uniqueName(base, taken));
        taken.insert(names.constLast().toLower());
    }
    return names;
}

void Topology::insertNode(qsizetype index, const Node &node)
{
    m_memberCache.clear();
    index = qBound(qsizetype(0), index, m_nodes.size());
    m_nodes.insert(index, node);
    // Every way a node enters a design (load, import, paste, undo) stores its values alike.
    normalizeFieldValues(node.kind, &m_nodes[index].values);
    if (node.id >= m_nextNodeId)
        m_nextNodeId = node.id + 1;
    reindexNodes(index);
}

Node Topology::takeNode(NodeId id, qsizetype *index)
{
    m_memberCache.clear();
    const qsizetype i = indexOfNode(id);
    if (index)
        *index = i;
    if (i < 0)
        return {};
    Node n = m_nodes.takeAt(i);
    m_nodeIndex.remove(id);
    reindexNodes(i);
    return n;
}

void Topology::insertLink(qsizetype index, const Link &link)
{
    m_memberCache.clear();
    index = qBound(qsizetype(0), index, m_links.size());
    m_links.insert(index, link);
    m_outgoing[link.from].append(link.id);
    m_incoming[link.to].append(link.id);
    if (const Node *from = node(link.from); has(from, &KindTraits::balancer))
        m_fromBalancer[link.to].append(link.id);
    if (link.id >= m_nextLinkId)
        m_nextLinkId = link.id + 1;
    reindexLinks(index);
}

Link Topology::takeLink(LinkId id, qsizetype *index)
{
    m_memberCache.clear();
    const qsizetype i = indexOfLink(id);
    if (index)
        *index = i;
    if (i < 0)
        return {};
    Link l = m_links.takeAt(i);
    m_linkIndex.remove(id);
    m_outgoing[l.from].removeOne(id);
    m_incoming[l.to].removeOne(id);
    m_fromBalancer[l.to].removeOne(id);
    reindexLinks(i);
    return l;
}

void Topology::clear()
{
    m_memberCache.clear();
    m_nodes.clear();
    m_links.clear();
    m_nodeIndex.clear();
    m_linkIndex.clear();
    m_outgoing.clear();
    m_incoming.clear();
    m_fromBalancer.clear();
    m_nextNodeId = 1;
    m_nextLinkId = 1;
}

void Topology::reindexNodes(qsizetype from)
{
    for (qsizetype i = from; i < m_nodes.size(); ++i)
        m_nodeIndex.insert(m_nodes[i].id, i);
}

void Topology::reindexLinks(qsizetype from)
{
    for (qsizetype i = from; i < m_links.size(); ++i)
        m_linkIndex.insert(m_links[i].id, i);
}

} // namespace apim
