// CanvasView's keys and focus: the standard editing keys as fallbacks, arrows
// nudging the selection, Tab walking the nodes, Esc, the focus frame and the
// context menu. Kept apart from canvasview.cpp (zoom, drops, arrange, export).
#include "canvascontextmenu.h"
#include "canvasscene.h"
#include "canvasstyle.h"
#include "canvasview.h"
#include "linkitem.h"
#include "nodecommands.h"
#include "nodeitem.h"
#include "topologydocument.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

namespace apim {

namespace {

// Arrow keys move by a quarter grid step, with Shift by a whole one.
constexpr qreal NudgeStep = CanvasStyle::GridSize / 4;
// Presses closer together than this are one undo step.
constexpr int NudgeBurstMs = 1200;

} // namespace

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        if (!m_panning)
            viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        event->accept();
        return;
    }
    // Fallbacks for when no window action claims these shortcuts.
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace)
        deleteSelection();
    else if (event->matches(QKeySequence::SelectAll))
        selectAll();
    else if (event->matches(QKeySequence::ZoomIn) ||
             (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut))
        zoomOut();
    else if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_0)
        zoomToFit();
    else if (event->key() == Qt::Key_Escape) {
        // Esc ends a drag or a link in progress; with none, it clears the selection.
        if (!m_scene->cancelInteraction())
            m_document->setSelection({});
    } else if (const QPointF step = arrowStep(event); !step.isNull() && !m_document->selection().isEmpty())
        nudge(step);
    else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

QPointF CanvasView::arrowStep(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods != Qt::NoModifier && mods != Qt::ShiftModifier)
        return {};
    const qreal d = mods == Qt::ShiftModifier ? CanvasStyle::GridSize : NudgeStep;
    switch (event->key()) {
    case Qt::Key_Left:
        return {-d, 0};
    case Qt::Key_Right:
        return {d, 0};
    case Qt::Key_Up:
        return {0, -d};
    case Qt::Key_Down:
        return {0, d};
    default:
        return {};
    }
}

void CanvasView::nudge(const QPointF &delta)
{
    QHash<NodeId, QPointF> positions;
    for (NodeId id : m_document->selection()) {
        if (const Node *n = m_document->topology().node(id))
            positions.insert(id, n->pos + delta);
    }
    if (positions.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    const bool merge = m_nudgeIndex >= 0 && stack->index() == m_nudgeIndex && m_nudgeTimer.isValid() &&
                       m_nudgeTimer.elapsed() < NudgeBurstMs;
    m_document->push(new MoveNodesCommand(m_document, positions, merge));
    m_nudgeIndex = stack->index();
    m_nudgeTimer.start();
    // Keep the moved cards in sight.
    QRectF moved;
    for (NodeId id : positions.keys()) {
        if (const NodeItem *item = m_scene->nodeItem(id))
            moved |= item->cardSceneRect();
    }
    ensureVisible(moved, 20, 20);
}

bool CanvasView::focusNextPrevChild(bool next)
{
    // Tab walks the nodes in reading order; past the last one it leaves the canvas.
    const QList<NodeId> order = m_scene->readingOrder();
    const QList<NodeId> &selection = m_document->selection();
    qsizetype at = selection.size() == 1 ? order.indexOf(selection.first()) : -1;
    if (at < 0)
        at = next ? -1 : order.size();
    at += next ? 1 : -1;
    if (at < 0 || at >= order.size() || !hasFocus())
        return QGraphicsView::focusNextPrevChild(next);
    m_document->setSelection({order.at(at)});
    if (const NodeItem *item = m_scene->nodeItem(order.at(at)))
        ensureVisible(item->cardSceneRect(), 40, 40);
    return true;
}

void CanvasView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    viewport()->update();
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!hasFocus())
        return;
    // Keyboard focus: a frame inside the viewport's edge.
    painter->save();
    painter->resetTransform();
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    painter->restore();
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_document) {
        event->ignore();
        return;
    }
    m_scene->cancelInteraction();
    QPointF at = mapToScene(event->pos());
    QPoint global = event->globalPos();
    // From the keyboard (the Menu key) the menu is about the selected node, not the
    // corner the event names; a link's when only links are selected.
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QList<NodeId> &nodes = m_document->selection();
        const QList<LinkId> &links = m_document->linkSelection();
        if (const NodeItem *item = nodes.isEmpty() ? nullptr : m_scene->nodeItem(nodes.first()))
            at = item->cardSceneRect().center();
        else if (const LinkItem *link = links.isEmpty() ? nullptr : m_scene->linkItem(links.first()))
            at = link->midPoint();
        else
            at = mapToScene(viewport()->rect().center());
        global = viewport()->mapToGlobal(mapFromScene(at));
    }
    QMenu *menu = CanvasContextMenu::create(this, at);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(global);
    event->accept();
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    viewport()->update();
    m_spaceHeld = false;
    if (m_panning)
        stopPanning();
    else
        viewport()->unsetCursor();
    QGraphicsView::focusOutEvent(event);
}

} // namespace apim
