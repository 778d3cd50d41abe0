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

} // namespace apim
