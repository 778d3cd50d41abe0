#include "topologydocument.h"

#include "encryptionkey.h"
#include "fieldvalidation.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace apim {

TopologyDocument::TopologyDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

TopologyDocument::~TopologyDocument()
{
    // Commands refer to the document; drop them while it is still whole.
    m_undoStack.clear();
}

void TopologyDocument::resetDesign(const Design &design, const QString &filePath)
{
    m_undoStack.clear();
    m_design = design;
    // A 4.7 design gets its encryption key now, before anything is exported with it.
    const bool keyCreated = ensureEncryptionKey(&m_design.settings);
    m_selection.clear();
    setFilePath(filePath);
    emit designReset();
    emit contentChanged();
    emit selectionChanged();
    m_undoStack.setClean();
    // A file that lacked the key must be saved with it, or the next load would make another.
    if (keyCreated && !filePath.isEmpty())
        m_undoStack.resetClean();
    emit modifiedChanged(isModified());
}

void TopologyDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

QString TopologyDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void TopologyDocument::setSelection(const QList<NodeId> &ids)
{
    QList<NodeId> valid;
    QSet<NodeId> seen; // select-all on 10,000 nodes must not be quadratic
    for (NodeId id : ids) {
        if (topology().node(id) && !seen.contains(id)) {
            seen.insert(id);
            valid.append(id);
        }
    }
    // std::ranges::equal, not QList::operator==: Qt 6.4's passes a null pointer to
    // memcmp when one empty list never allocated (UBSan stops on it).
    if (std::ranges::equal(valid, m_selection))
        return;
    m_selection = valid;
    emit selectionChanged();
}

void TopologyDocument::insertNode(qsizetype index, const Node &node)
{
    m_design.topology.insertNode(index, node);
    emit nodeAdded(node.id);
    emit contentChanged();
}

Node TopologyDocument::takeNode(NodeId id, qsizetype *index)
{
    Node n = m_design.topology.takeNode(id, index);
    if (m_selection.removeAll(id) > 0)
        emit selectionChanged();
    emit nodeRemoved(id);
    emit contentChanged();
    return n;
}

void TopologyDocument::setNodeValues(NodeId id, const QVariantMap &values)
{
    Node *n = m_design.topology.mutableNode(id);
    if (!n)
        return;
    QStringList changed;
    // Whatever command sets a field, the model stores it normalised (a pasted "cp-1 " is "cp-1").
    QVariantMap normalized = values;
    normalizeFieldValues(n->kind, &normalized);
    for (auto it = normalized.constBegin(); it != normalized.constEnd(); ++it) {
        if (n->values.value(it.key()) != it.value()) {
            n->values.insert(it.key(), it.value());
            changed.append(it.key());
        }
    }
    if (changed.isEmpty())
        return;
    emit nodeChanged(id, changed);
    emit contentChanged();
}

void TopologyDocument::setNodePos(NodeId id, const QPointF &pos)
{
    Node *n = m_design.topology.mutableNode(id);
    if (!n || n->pos == pos)
        return;
    n->pos = pos;
    emit nodeMoved(id);
}

void TopologyDocument::setNodeExtraToml(NodeId id, const QString &text)
{
    Node *n = m_design.topology.mutableNode(id);
    if (!n || n->extraToml.text() == text)
        return;
    n->extraToml = text;
    emit nodeChanged(id, {QStringLiteral("extra_toml")});
    emit contentChanged();
}

void TopologyDocument::insertLink(qsizetype index, const Link &link)
{
    m_design.topology.insertLink(index, link);
    emit linkAdded(link.id);
    emit contentChanged();
}

Link TopologyDocument::takeLink(LinkId id, qsizetype *index)
{
    Link l = m_design.topology.takeLink(id, index);
    emit linkRemoved(id);
    emit contentChanged();
    return l;
}

void TopologyDocument::setSettings(const DesignSettings &settings)
{
    if (settings == m_design.settings)
        return;
    m_design.settings = settings;
    emit settingsChanged();
    emit contentChanged();
}

} // namespace apim
