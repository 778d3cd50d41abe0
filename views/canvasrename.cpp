#include "canvasrename.h"

#include "canvasscene.h"
#include "canvasstyle.h"
#include "canvasview.h"
#include "fieldvalidation.h"
#include "nodecommands.h"
#include "nodeitem.h"
#include "topologydocument.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QToolTip>

namespace apim {

CanvasRename::CanvasRename(CanvasView *view) : QLineEdit(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("canvasRename"));
    setAccessibleName(tr("Node name"));
    hide();
    // The card moves or goes while the field is open: follow it, or give up.
    connect(view->document(), &TopologyDocument::nodeMoved, this, [this](NodeId id) {
        if (id == m_node && isVisible())
            place();
    });
    connect(view->document(), &TopologyDocument::nodeRemoved, this, [this](NodeId id) {
        if (id == m_node)
            cancel();
    });
    connect(view->document(), &TopologyDocument::designReset, this, &CanvasRename::cancel);
}

bool CanvasRename::start(NodeId id)
{
    const Node *node = m_view->document()->topology().node(id);
    if (!node || !m_view->canvasScene()->nodeItem(id))
        return false;
    m_node = id;
    m_refusal.clear();
    m_view->centerOnNode(id);
    setText(node->name());
    place();
    show();
    raise();
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
    return true;
}

void CanvasRename::place()
{
    const NodeItem *item = m_view->canvasScene()->nodeItem(m_node);
    if (!item)
        return;
    // Over the name, from the text's left edge to the card's right.
    const QRectF card = item->cardSceneRect();
    const QRectF title(card.left() + 52, card.top() + 8, card.width() - 56, 24);
    const QRect at = m_view->mapFromScene(title).boundingRect();
    setGeometry(at.adjusted(0, 0, 0, std::max(0, sizeHint().height() - at.height())));
}

bool CanvasRename::commit()
{
    TopologyDocument *doc = m_view->document();
    const Node *node = doc->topology().node(m_node);
    const FieldSpec *field = node ? SchemaRegistry::instance().field(node->kind, Field::Name) : nullptr;
    if (!field) {
        cancel();
        return true;
    }
    QVariant value;
    QString reason;
    if (fieldValueFromInput(*field, text(), &value, &reason) &&
        doc->topology().isNameTaken(value.toString(), m_node))
        // The Inspector's words, and so its translations.
        reason = QCoreApplication::translate("apim::InspectorModel", "Another node is already called “%1”.")
                     .arg(value.toString());
    if (!reason.isEmpty()) {
        m_refusal = reason;
        QToolTip::showText(mapToGlobal(QPoint(0, height())), reason, this);
        return false;
    }
    m_refusal.clear();
    const NodeId id = m_node;
    m_closing = true;
    hide();
    m_node = 0;
    m_closing = false;
    if (value != node->value(Field::Name))
        doc->push(new SetNodeValueCommand(doc, {id}, Field::Name, value));
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void CanvasRename::cancel()
{
    if (isHidden() && m_node == 0)
        return;
    m_closing = true;
    const bool hadFocus = hasFocus();
    hide();
    m_node = 0;
    m_closing = false;
    if (hadFocus)
        m_view->setFocus(Qt::OtherFocusReason);
}

void CanvasRename::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        commit();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        cancel();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void CanvasRename::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Clicking elsewhere keeps a good name and drops a refused one.
    if (!m_closing && isVisible() && !commit())
        cancel();
}

} // namespace apim
