// CanvasScene's mouse input: select, drag nodes (one merged undo step per
// drag) and connect from a node's handle. Kept apart from canvasscene.cpp,
// which mirrors the document, so that each file stays small.
#include "canvasscene.h"
#include "canvasstyle.h"
#include "linkcommands.h"
#include "linkitem.h"
#include "nodecommands.h"
#include "nodeitem.h"
#include "topologydocument.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGuiApplication>
#include <QPainterPath>
#include <QPalette>
#include <QStyleHints>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace apim {

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_mode != Mode::Idle) {
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_document) {
        if (NodeItem *item = nodeAt(event->scenePos())) {
            if (NodeItem::isOnHandle(item->mapFromScene(event->scenePos())))
                beginConnect(item, event->scenePos());
            else
                pressOnNode(item, event);
            event->accept();
            return;
        }
        if (LinkItem *link = linkAt(event->scenePos())) {
            pressOnLink(link, event->modifiers());
            event->accept();
            return;
        }
        // The scene clears the cards' selection itself; the links' is the document's.
        if (!m_document->linkSelection().isEmpty() &&
            !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            m_document->setLinkSelection({});
    }
    QGraphicsScene::mousePressEvent(event);
}

void CanvasScene::pressOnLink(LinkItem *item, Qt::KeyboardModifiers modifiers)
{
    // Ctrl toggles the link in a selection of links; a plain click selects it alone.
    QList<LinkId> ids;
    if (modifiers & (Qt::ControlModifier | Qt::ShiftModifier))
        ids = m_document->linkSelection();
    if ((modifiers & Qt::ControlModifier) && ids.contains(item->linkId()))
        ids.removeAll(item->linkId());
    else
        ids.append(item->linkId());
    m_document->setLinkSelection(ids);
}

void CanvasScene::pressOnNode(NodeItem *item, QGraphicsSceneMouseEvent *event)
{
    const NodeId id = item->nodeId();
    m_pressNode = id;
    m_pressWasSelected = m_selected.contains(id);
    m_pressModifiers = event->modifiers();
    m_pressScenePos = event->scenePos();
    m_pressScreenPos = event->screenPos();
    m_mode = Mode::Pressed;
    if (!m_pressWasSelected) {
        QList<NodeId> ids;
        if (m_pressModifiers & (Qt::ControlModifier | Qt::ShiftModifier))
            ids = m_document->selection();
        ids.append(id);
        setSelectionIds(ids);
    }
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    switch (m_mode) {
    case Mode::Idle:
        QGraphicsScene::mouseMoveEvent(event);
        return;
    case Mode::Connecting:
        updateConnect(event->scenePos(), event->screenPos());
        break;
    case Mode::Pressed: {
        const int threshold = QGuiApplication::styleHints()->startDragDistance();
        if ((event->screenPos() - m_pressScreenPos).manhattanLength() < threshold)
            break;
        m_dragStart.clear();
        for (NodeId id : m_document->selection()) {
            if (const Node *n = m_document->topology().node(id))
                m_dragStart.insert(id, n->pos);
        }
        if (!m_dragStart.contains(m_pressNode)) {
            m_mode = Mode::Idle;
            break;
        }
        m_mode = Mode::Moving;
        m_dragIndex = -1;
        dragTo(event->scenePos());
        break;
    }
    case Mode::Moving:
        dragTo(event->scenePos());
        break;
    }
    event->accept();
}

void CanvasScene::dragTo(const QPointF &scenePos)
{
    const QPointF anchor = m_dragStart.value(m_pressNode);
    QPointF delta = scenePos - m_pressScenePos;
    if (m_snap)
        delta = snapped(anchor + delta) - anchor;
    const Node *node = m_document->topology().node(m_pressNode);
    if (!node || node->pos == anchor + delta)
        return;
    QHash<NodeId, QPointF> positions;
    positions.reserve(m_dragStart.size());
    for (auto it = m_dragStart.constBegin(); it != m_dragStart.constEnd(); ++it)
        positions.insert(it.key(), it.value() + delta);
    // Merge into this drag's own step only: after an undo in mid-drag the top of
    // the stack is some other command.
    QUndoStack *stack = m_document->undoStack();
    const bool merge = m_dragIndex >= 0 && stack->index() == m_dragIndex;
    m_document->push(new MoveNodesCommand(m_document, positions, merge));
    m_dragIndex = stack->index();
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    switch (m_mode) {
    case Mode::Idle:
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    case Mode::Pressed:
        // A click without a drag: Ctrl toggles, a plain click keeps only this node.
        if (m_pressWasSelected) {
            QList<NodeId> ids = m_document->selection();
            if (m_pressModifiers & Qt::ControlModifier)
                ids.removeAll(m_pressNode);
            else if (!(m_pressModifiers & Qt::ShiftModifier))
                ids = {m_pressNode};
            setSelectionIds(ids);
        }
        break;
    case Mode::Moving:
        break;
    case Mode::Connecting:
        finishConnect(event->scenePos(), event->screenPos());
        break;
    }
    m_mode = Mode::Idle;
    m_dragStart.clear();
    if (!m_rerouteFrom.isEmpty()) // the links the dropped cards now lie across
        QMetaObject::invokeMethod(this, &CanvasScene::flushReroutes, Qt::QueuedConnection);
    event->accept();
}

void CanvasScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    NodeItem *item = event->button() == Qt::LeftButton ? nodeAt(event->scenePos()) : nullptr;
    if (item && !NodeItem::isOnHandle(item->mapFromScene(event->scenePos()))) {
        emit nodeDoubleClicked(item->nodeId());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

QString CanvasScene::linkToolTip(LinkId id) const
{
    const Topology &t = m_document->topology();
    const Link *link = t.link(id);
    const Node *from = link ? t.node(link->from) : nullptr;
    const Node *to = link ? t.node(link->to) : nullptr;
    if (!from || !to)
        return {};
    return tr("<b>%1 → %2</b><br/>%3<br/><i>Click to select it; the Inspector shows what it writes.</i>")
        .arg(from->name().toHtmlEscaped(), to->name().toHtmlEscaped(),
             SchemaRegistry::linkKindLabel(t.linkKind(*link)).toHtmlEscaped());
}

void CanvasScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    if (m_document && !nodeAt(event->scenePos()) && m_mode == Mode::Idle) {
        if (const LinkItem *link = linkAt(event->scenePos())) {
            QToolTip::showText(event->screenPos(), linkToolTip(link->linkId()), event->widget());
            event->accept();
            return;
        }
    }
    QGraphicsScene::helpEvent(event);
}

void CanvasScene::beginConnect(NodeItem *item, const QPointF &scenePos)
{
    m_mode = Mode::Connecting;
    m_pressNode = item->nodeId();
    m_rubberLink = new QGraphicsPathItem;
    QPen pen(palette().color(QPalette::Highlight), 1.8, Qt::DashLine);
    pen.setCosmetic(true);
    m_rubberLink->setPen(pen);
    m_rubberLink->setZValue(100);
    m_rubberLink->setAcceptedMouseButtons(Qt::NoButton);
    addItem(m_rubberLink);
    // Every other card says at once whether it would take the link.
    const Topology &t = m_document->topology();
    const NodeId source = m_pressNode;
    for (NodeItem *other : std::as_const(m_nodes)) {
        if (other == item)
            continue;
        const NodeId id = other->nodeId();
        const bool ok = t.canConnect(source, id) || t.canConnect(id, source);
        other->setLinkHint(ok ? NodeItem::LinkHint::Accepts : NodeItem::LinkHint::Refuses);
    }
    updateConnect(scenePos);
}

void CanvasScene::updateConnect(const QPointF &scenePos, const QPoint &screenPos)
{
    NodeItem *source = m_nodes.value(m_pressNode);
    if (!source || !m_rubberLink)
        return;
    const QPointF start = source->mapToScene(NodeItem::handleCenter());
    const qreal bend = qBound(20.0, std::abs(scenePos.x() - start.x()) * 0.5, 120.0);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(bend, 0), scenePos - QPointF(bend, 0), scenePos);
    path.addEllipse(scenePos, 3, 3);
    m_rubberLink->setPath(path);

    NodeItem *target = nodeAt(scenePos);
    if (target == source)
        target = nullptr;
    const bool entered = target != m_connectTarget;
    if (entered) {
        if (m_connectTarget)
            m_connectTarget->setConnectState(NodeItem::ConnectState::None);
        m_connectTarget = target;
    }
    if (target) {
        const Topology &t = m_document->topology();
        QString reason;
        const bool ok = t.canConnect(m_pressNode, target->nodeId(), &reason) ||
                        t.canConnect(target->nodeId(), m_pressNode);
        target->setConnectState(ok ? NodeItem::ConnectState::Valid : NodeItem::ConnectState::Invalid);
        // Over a card that refuses: why, at the cursor, before the button is let go.
        if (!ok && entered && !screenPos.isNull())
            emit connectionRefused(reason, screenPos);
    }
}

void CanvasScene::finishConnect(const QPointF &scenePos, const QPointF &screenPos)
{
    const NodeId source = m_pressNode;
    cancelInteraction();
    NodeItem *target = nodeAt(scenePos);
    if (!target || target->nodeId() == source || !m_document)
        return;
    const Topology &t = m_document->topology();
    NodeId from = source;
    NodeId to = target->nodeId();
    QString reason;
    if (!t.canConnect(from, to, &reason)) {
        // Dragging from the database to the gateway means the same link: draw it the valid way round.
        if (!t.canConnect(to, from)) {
            m_lastRefusal = reason;
            emit connectionRefused(reason, screenPos);
            return;
        }
        std::swap(from, to);
    }
    m_lastRefusal.clear();
    m_document->push(new ConnectNodesCommand(m_document, from, to));
}

QList<NodeId> CanvasScene::readingOrder() const
{
    QList<const Node *> nodes;
    for (const Node &n : m_document->topology().nodes())
        nodes.append(&n);
    const auto row = [](const Node *n) { return std::floor(n->pos.y() / CanvasStyle::NodeHeight); };
    std::stable_sort(nodes.begin(), nodes.end(), [&row](const Node *a, const Node *b) {
        return row(a) != row(b) ? row(a) < row(b) : a->pos.x() < b->pos.x();
    });
    QList<NodeId> out;
    out.reserve(nodes.size());
    for (const Node *n : std::as_const(nodes))
        out.append(n->id);
    return out;
}

bool CanvasScene::cancelInteraction()
{
    const bool active = m_mode != Mode::Idle || m_rubberLink;
    if (m_rubberLink) {
        delete m_rubberLink;
        m_rubberLink = nullptr;
    }
    if (m_connectTarget) {
        m_connectTarget->setConnectState(NodeItem::ConnectState::None);
        m_connectTarget = nullptr;
    }
    if (m_mode == Mode::Connecting) {
        for (NodeItem *item : std::as_const(m_nodes))
            item->setLinkHint(NodeItem::LinkHint::None);
    }
    m_mode = Mode::Idle;
    m_dragStart.clear();
    if (!m_rerouteFrom.isEmpty())
        QMetaObject::invokeMethod(this, &CanvasScene::flushReroutes, Qt::QueuedConnection);
    return active;
}

} // namespace apim
