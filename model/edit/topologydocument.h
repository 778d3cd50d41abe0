// The open design: its topology, settings, undo stack, selection, file path
// and modified state. Views read it and listen to its id-based signals; every
// change goes through an undo command pushed on its stack. Its problems are
// not its business: a DesignChecker, owned by whoever shows them, follows it.
#pragma once

#include "design.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUndoStack>

namespace apim {

class TopologyDocument : public QObject
{
    Q_OBJECT

public:
    explicit TopologyDocument(QObject *parent = nullptr);
    ~TopologyDocument() override;

    const Design &design() const { return m_design; }
    const Topology &topology() const { return m_design.topology; }
    const DesignSettings &settings() const { return m_design.settings; }

    QUndoStack *undoStack() { return &m_undoStack; }
    void push(QUndoCommand *command) { m_undoStack.push(command); }

    // Replaces the whole design (New, Open, Revert); clears the undo history.
    void resetDesign(const Design &design, const QString &filePath = QString());

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // The file name, or a translated "Untitled".
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }

    // Selection is part of the document (not the scene) so that all views agree.
    const QList<NodeId> &selection() const { return m_selection; }
    void setSelection(const QList<NodeId> &ids);
    bool isSelected(NodeId id) const { return m_selection.contains(id); }
    // Links are selected apart from nodes: selecting either clears the other, so that the
    // Inspector and Delete act on one kind of thing at a time.
    const QList<LinkId> &linkSelection() const { return m_linkSelection; }
    void setLinkSelection(const QList<LinkId> &ids);

signals:
    void nodeAdded(apim::NodeId id);
    void nodeRemoved(apim::NodeId id);
    void nodeChanged(apim::NodeId id, const QStringList &keys);
    void nodeMoved(apim::NodeId id);
    void linkAdded(apim::LinkId id);
    void linkRemoved(apim::LinkId id);
    void settingsChanged();
    void designReset();
    // Any change to the design's content; listeners that need the whole design coalesce on it.
    void contentChanged();
    void selectionChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class DocumentCommand;
    // Mutators: called only from the undo commands' redo() and undo().
    void insertNode(qsizetype index, const Node &node);
    Node takeNode(NodeId id, qsizetype *index);
    void setNodeValues(NodeId id, const QVariantMap &values);
    void setNodePos(NodeId id, const QPointF &pos);
    void setNodeExtraToml(NodeId id, const QString &text);
    void insertLink(qsizetype index, const Link &link);
    Link takeLink(LinkId id, qsizetype *index);
    void setSettings(const DesignSettings &settings);
    Topology &mutableTopology() { return m_design.topology; }

    Design m_design;
    QUndoStack m_undoStack;
    QList<NodeId> m_selection;
    QList<LinkId> m_linkSelection;
    QString m_filePath;
};

} // namespace apim
