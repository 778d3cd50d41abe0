#include "linkcommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace apim {

ConnectNodesCommand::ConnectNodesCommand(TopologyDocument *document, NodeId from, NodeId to)
    : DocumentCommand(document, QCoreApplication::translate("UndoCommands", "Connect %1 to %2"))
{
    m_link.id = mutableTopology().allocateLinkId();
    m_link.from = from;
    m_link.to = to;
    const Node *a = topology().node(from);
    const Node *b = topology().node(to);
    setText(text().arg(a ? a->name() : QString(), b ? b->name() : QString()));
}

void ConnectNodesCommand::redo()
{
    insertLink(topology().links().size(), m_link);
}

void ConnectNodesCommand::undo()
{
    takeLink(m_link.id, nullptr);
}

DisconnectCommand::DisconnectCommand(TopologyDocument *document, const QList<LinkId> &ids)
    : DocumentCommand(document, QCoreApplication::translate("UndoCommands", "Remove %n link(s)", nullptr,
                                                            int(ids.size())))
{
    for (LinkId id : ids) {
        if (const Link *l = topology().link(id))
            m_links.append({topology().indexOfLink(id), *l});
    }
    std::sort(m_links.begin(), m_links.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

void DisconnectCommand::redo()
{
    for (qsizetype i = m_links.size(); i-- > 0;) // last in, first out
        takeLink(m_links.at(i).second.id, nullptr);
}

void DisconnectCommand::undo()
{
    QList<LinkId> ids;
    for (const auto &[index, link] : m_links) {
        insertLink(index, link);
        ids.append(link.id);
    }
    // What came back is selected, as after undoing a node deletion.
    document()->setLinkSelection(ids);
}

} // namespace apim
