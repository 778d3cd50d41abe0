// Undo commands on links.
#pragma once

#include "documentcommand.h"

namespace apim {

// Links two nodes. Check Topology::canConnect() first; an invalid link is refused there, with a reason.
class ConnectNodesCommand : public DocumentCommand
{
public:
    ConnectNodesCommand(TopologyDocument *document, NodeId from, NodeId to);
    void redo() override;
    void undo() override;
    LinkId linkId() const { return m_link.id; }

private:
    Link m_link;
};

class DisconnectCommand : public DocumentCommand
{
public:
    DisconnectCommand(TopologyDocument *document, const QList<LinkId> &ids);
    void redo() override;
    void undo() override;

private:
    QList<QPair<qsizetype, Link>> m_links; // ascending index
};

// The nodes at either end of these links, in link order (Select Ends).
inline QList<NodeId> linkEnds(const Topology &topology, const QList<LinkId> &links)
{
    QList<NodeId> ends;
    for (LinkId id : links) {
        if (const Link *l = topology.link(id))
            ends << l->from << l->to;
    }
    return ends;
}

} // namespace apim
