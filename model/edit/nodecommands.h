// Undo commands on nodes: one verb each.
#pragma once

#include "documentcommand.h"

#include <QHash>

namespace apim {

// Adds nodes and the links among them (add, paste, duplicate, templates).
// Nodes and links with id 0 get fresh ids.
class AddNodesCommand : public DocumentCommand
{
public:
    AddNodesCommand(TopologyDocument *document, QList<Node> nodes, QList<Link> links, const QString &text);
    void redo() override;
    void undo() override;
    QList<NodeId> nodeIds() const;

private:
    QList<Node> m_nodes;
    QList<Link> m_links;
};

// Removes nodes together with every link that touches them.
class RemoveNodesCommand : public DocumentCommand
{
public:
    RemoveNodesCommand(TopologyDocument *document, const QList<NodeId> &ids);
    void redo() override;
    void undo() override;

private:
    struct Removed
    {
        qsizetype index;
        Node node;
    };
    struct RemovedLink
    {
        qsizetype index;
        Link link;
    };
    QList<Removed> m_nodes;     // ascending index
    QList<RemovedLink> m_links; // ascending index
};

// Moves nodes. A drag pushes one per mouse step with `mergeable` set after the
// first, so that the whole drag is one undo step.
class MoveNodesCommand : public DocumentCommand
{
public:
    MoveNodesCommand(TopologyDocument *document, const QHash<NodeId, QPointF> &positions,
                     bool mergeable = false, const QString &text = QString());
    void redo() override;
    void undo() override;
    int id() const override { return CmdMoveNodes; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QHash<NodeId, QPointF> m_old;
    QHash<NodeId, QPointF> m_new;
    bool m_mergeable;
};

// Sets one field on one or more nodes. Consecutive edits of the same field on
// the same nodes merge, so typing a hostname is one step.
class SetNodeValueCommand : public DocumentCommand
{
public:
    SetNodeValueCommand(TopologyDocument *document, const QList<NodeId> &ids, const QString &key,
                        const QVariant &value);
    void redo() override;
    void undo() override;
    int id() const override { return CmdSetNodeValue; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QList<NodeId> m_ids;
    QString m_key;
    QVariant m_new;
    QList<QVariant> m_old;
};

// Replaces a node's unmanaged TOML (kept from an import).
class SetExtraTomlCommand : public DocumentCommand
{
public:
    SetExtraTomlCommand(TopologyDocument *document, NodeId id, const QString &text);
    void redo() override;
    void undo() override;
    int id() const override { return CmdSetExtraToml; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    NodeId m_node;
    QString m_old;
    QString m_new;
};

} // namespace apim
