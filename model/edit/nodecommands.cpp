#include "nodecommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace apim {

namespace {
struct CommandTr
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommands)
};
} // namespace

AddNodesCommand::AddNodesCommand(TopologyDocument *document, QList<Node> nodes, QList<Link> links,
                                 const QString &text)
    : DocumentCommand(document,
                      text.isEmpty() ? CommandTr::tr("Add %n node(s)", nullptr, int(nodes.size())) : text),
      m_nodes(std::move(nodes)), m_links(std::move(links))
{
    // Ids are fixed once, here, so that redo after undo restores the same ids.
    Topology &t = mutableTopology();
    QHash<NodeId, NodeId> remap;
    for (Node &n : m_nodes) {
        const NodeId fresh = t.allocateNodeId();
        if (n.id != 0)
            remap.insert(n.id, fresh);
        n.id = fresh;
    }
    for (Link &l : m_links) {
        l.id = t.allocateLinkId();
        l.from = remap.value(l.from, l.from);
        l.to = remap.value(l.to, l.to);
    }
}

QList<NodeId> AddNodesCommand::nodeIds() const
{
    QList<NodeId> ids;
    for (const Node &n : m_nodes)
        ids.append(n.id);
    return ids;
}

void AddNodesCommand::redo()
{
    for (const Node &n : m_nodes)
        insertNode(topology().nodes().size(), n);
    for (const Link &l : m_links)
        insertLink(topology().links().size(), l);
    document()->setSelection(nodeIds());
}

void AddNodesCommand::undo()
{
    for (qsizetype i = m_links.size(); i-- > 0;) // last in, first out
        takeLink(m_links.at(i).id, nullptr);
    for (qsizetype i = m_nodes.size(); i-- > 0;) // last in, first out
        takeNode(m_nodes.at(i).id, nullptr);
}

RemoveNodesCommand::RemoveNodesCommand(TopologyDocument *document, const QList<NodeId> &ids)
    : DocumentCommand(document, CommandTr::tr("Delete %n node(s)", nullptr, int(ids.size())))
{
    const Topology &t = topology();
    for (NodeId id : ids) {
        const qsizetype index = t.indexOfNode(id);
        if (index >= 0)
            m_nodes.append({index, *t.node(id)});
        for (const Link *l : t.linksOf(id)) {
            const bool known = std::any_of(m_links.cbegin(), m_links.cend(),
                                           [l](const RemovedLink &r) { return r.link.id == l->id; });
            if (!known)
                m_links.append({t.indexOfLink(l->id), *l});
        }
    }
    std::sort(m_nodes.begin(), m_nodes.end(),
              [](const Removed &a, const Removed &b) { return a.index < b.index; });
    std::sort(m_links.begin(), m_links.end(),
              [](const RemovedLink &a, const RemovedLink &b) { return a.index < b.index; });
}

void RemoveNodesCommand::redo()
{
    for (qsizetype i = m_links.size(); i-- > 0;) // last in, first out
        takeLink(m_links.at(i).link.id, nullptr);
    for (qsizetype i = m_nodes.size(); i-- > 0;) // last in, first out
        takeNode(m_nodes.at(i).node.id, nullptr);
}

void RemoveNodesCommand::undo()
{
    // Ascending order restores every original index.
    for (const Removed &r : m_nodes)
        insertNode(r.index, r.node);
    for (const RemovedLink &r : m_links)
        insertLink(r.index, r.link);
    // What came back is selected, so that the user sees it and can act on it again.
    QList<NodeId> ids;
    ids.reserve(m_nodes.size());
    for (const Removed &r : m_nodes)
        ids.append(r.node.id);
    document()->setSelection(ids);
}

MoveNodesCommand::MoveNodesCommand(TopologyDocument *document, const QHash<NodeId, QPointF> &positions,
                                   bool mergeable, const QString &text)
    : DocumentCommand(
          document, text.isEmpty() ? CommandTr::tr("Move %n node(s)", nullptr, int(positions.size())) : text),
      m_new(positions), m_mergeable(mergeable)
{
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        if (const Node *n = topology().node(it.key()))
            m_old.insert(it.key(), n->pos);
    }
}

void MoveNodesCommand::redo()
{
    for (auto it = m_new.constBegin(); it != m_new.constEnd(); ++it)
        setNodePos(it.key(), it.value());
}

void MoveNodesCommand::undo()
{
    for (auto it = m_old.constBegin(); it != m_old.constEnd(); ++it)
        setNodePos(it.key(), it.value());
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveNodesCommand *>(other);
    if (!o->m_mergeable)
        return false;
    for (auto it = o->m_new.constBegin(); it != o->m_new.constEnd(); ++it) {
        if (!m_old.contains(it.key()))
            m_old.insert(it.key(), o->m_old.value(it.key()));
        m_new.insert(it.key(), it.value());
    }
    return true;
}

SetNodeValueCommand::SetNodeValueCommand(TopologyDocument *document, const QList<NodeId> &ids,
                                         const QString &key, const QVariant &value)
    : DocumentCommand(document, QString()), m_ids(ids), m_key(key), m_new(value)
{
    QString label = key;
    if (!ids.isEmpty()) {
        if (const Node *n = topology().node(ids.first())) {
            if (const FieldSpec *f = SchemaRegistry::instance().field(n->kind, key))
                label = SchemaRegistry::label(*f);
        }
    }
    setText(CommandTr::tr("Change %1").arg(label));
    for (NodeId id : ids) {
        const Node *n = topology().node(id);
        m_old.append(n ? n->values.value(key) : QVariant());
    }
}

void SetNodeValueCommand::redo()
{
    for (NodeId id : m_ids)
        setNodeValues(id, {{m_key, m_new}});
}

void SetNodeValueCommand::undo()
{
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        setNodeValues(m_ids[i], {{m_key, m_old[i]}});
}

bool SetNodeValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetNodeValueCommand *>(other);
    if (o->m_ids != m_ids || o->m_key != m_key)
        return false;
    m_new = o->m_new;
    if (m_old.size() == 1 && m_old.first() == m_new)
        setObsolete(true);
    return true;
}

SetExtraTomlCommand::SetExtraTomlCommand(TopologyDocument *document, NodeId id, const QString &text)
    : DocumentCommand(document, CommandTr::tr("Edit raw TOML")), m_node(id), m_new(text)
{
    if (const Node *n = topology().node(id))
        m_old = n->extraToml.text();
}

void SetExtraTomlCommand::redo()
{
    setNodeExtraToml(m_node, m_new);
}

void SetExtraTomlCommand::undo()
{
    setNodeExtraToml(m_node, m_old);
}

bool SetExtraTomlCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetExtraTomlCommand *>(other);
    if (o->m_node != m_node)
        return false;
    m_new = o->m_new;
    return true;
}

} // namespace apim
