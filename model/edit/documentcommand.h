// Base of every undo command: the one place allowed to change a document.
#pragma once

#include "topologydocument.h"

#include <QUndoCommand>

namespace apim {

// Merge ids for commands that merge (a drag, typing into one field).
enum CommandId {
    CmdMoveNodes = 1,
    CmdSetNodeValue,
    CmdSetSettings,
    CmdSetExtraToml,
};

class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(TopologyDocument *document, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document)
    {}

protected:
    TopologyDocument *document() const { return m_document; }
    const Topology &topology() const { return m_document->topology(); }

    void insertNode(qsizetype index, const Node &node) { m_document->insertNode(index, node); }
    Node takeNode(NodeId id, qsizetype *index) { return m_document->takeNode(id, index); }
    void setNodeValues(NodeId id, const QVariantMap &values) { m_document->setNodeValues(id, values); }
    void setNodePos(NodeId id, const QPointF &pos) { m_document->setNodePos(id, pos); }
    void setNodeExtraToml(NodeId id, const QString &text) { m_document->setNodeExtraToml(id, text); }
    void insertLink(qsizetype index, const Link &link) { m_document->insertLink(index, link); }
    Link takeLink(LinkId id, qsizetype *index) { return m_document->takeLink(id, index); }
    void setSettings(const DesignSettings &settings) { m_document->setSettings(settings); }
    Topology &mutableTopology() { return m_document->mutableTopology(); }

private:
    TopologyDocument *m_document;
};

} // namespace apim
