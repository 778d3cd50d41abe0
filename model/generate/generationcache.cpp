#include "generationcache.h"
#include "generators.h"

#include <algorithm>

namespace apim {

namespace {

// The ids of `a`'s nodes that `b` also has, in `a`'s order.
QList<NodeId> commonOrder(const QList<Node> &a, const Topology &b)
{
    QList<NodeId> out;
    out.reserve(a.size());
    for (const Node &n : a) {
        if (b.node(n.id))
            out.append(n.id);
    }
    return out;
}

} // namespace

QSet<NodeId> GenerationCache::changedNodes(const Topology &now) const
{
    const Topology &was = m_base.topology;
    QSet<NodeId> changed;
    if (!now.nodes().isSharedWith(was.nodes())) {
        for (const Node &n : now.nodes()) {
            const Node *before = was.node(n.id);
            if (!before || !(*before == n))
                changed.insert(n.id);
        }
        for (const Node &n : was.nodes()) {
            if (!now.node(n.id))
                changed.insert(n.id);
        }
    }
    if (!now.links().isSharedWith(was.links())) {
        // A link added, removed or redirected changes what both of its ends are linked to.
        QHash<LinkId, Link> before;
        before.reserve(was.links().size());
        for (const Link &l : was.links())
            before.insert(l.id, l);
        for (const Link &l : now.links()) {
            const auto it = before.constFind(l.id);
            if (it == before.constEnd() || !(*it == l)) {
                changed.insert(l.from);
                changed.insert(l.to);
                if (it != before.constEnd()) {
                    changed.insert(it->from);
                    changed.insert(it->to);
                }
            }
            if (it != before.constEnd())
                before.erase(it);
        }
        for (const Link &l : std::as_const(before)) {
            changed.insert(l.from);
            changed.insert(l.to);
        }
    }
    return changed;
}

void GenerationCache::sync(const Design &design)
{
    m_generated = 0;
    m_regenerated.clear();
    m_changed.clear();
    const bool sameNodes = m_synced && design.topology.nodes().isSharedWith(m_base.topology.nodes());
    // Results follow node order (Topology::sortedByIndex): a reordering may change any file.
    if (!m_synced || !(design.settings == m_base.settings) ||
        (!sameNodes && !std::ranges::equal(commonOrder(design.topology.nodes(), m_base.topology),
                                           commonOrder(m_base.topology.nodes(), design.topology)))) {
        // std::ranges::equal: Qt 6.4's QList::operator== hands memcmp a null pointer
        // for an unallocated empty list.
        m_entries.clear();
        m_reset = true;
    } else {
        m_reset = false;
        m_changed = changedNodes(design.topology);
        for (auto it = m_entries.begin(); !m_changed.isEmpty() && it != m_entries.end();) {
            if (it->global || m_changed.contains(it.key()) || it->reads.intersects(m_changed))
                it = m_entries.erase(it);
            else
                ++it;
        }
    }
    m_base = design;
    m_synced = true;
}

TomlTable GenerationCache::deploymentToml(const Design &design, const Node &node)
{
    Q_ASSERT_X(m_synced && design.topology.nodes().isSharedWith(m_base.topology.nodes()),
               "GenerationCache::deploymentToml", "sync() the design first");
    if (const auto it = m_entries.constFind(node.id); it != m_entries.constEnd())
        return it->toml;
    Entry entry;
    {
        TopologyReadLog log;
        entry.toml = apim::deploymentToml(design, node);
        entry.reads = std::move(log.nodes);
        entry.global = log.global;
    }
    ++m_generated;
    m_regenerated.insert(node.id);
    return m_entries.insert(node.id, entry)->toml; // QHash copies; the texts are shared
}

} // namespace apim
