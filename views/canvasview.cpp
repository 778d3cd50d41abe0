#include "canvasview.h"
#include "canvasaccessible.h"
#include "canvasarrange.h"
#include "canvasfindbar.h"
#include "canvashint.h"
#include "canvaslegend.h"
#include "canvasminimap.h"
#include "canvasrename.h"
#include "canvasscene.h"
#include "canvasstyle.h"
#include "linkcommands.h"
#include "nodecommands.h"
#include "nodeitem.h"
#include "palettewidget.h"
#include "topologydocument.h"

#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QVarLengthArray>

#include <cmath>

namespace apim {

namespace {

constexpr qreal ZoomStep = 1.25;
// Fit All leaves room round the design: FitMargin scene units (link labels and
// bends stray past the cards) and FitPixels on screen, which holds at any zoom.
constexpr qreal FitMargin = 40.0;
constexpr int FitPixels = 16;
// Fit All never magnifies: at 100 % a card's text is at its designed size, and a
// small design is better shown at that size in the middle than blown up.
constexpr qreal FitMaximumZoom = 1.0;

} // namespace

CanvasView::CanvasView(TopologyDocument *document, QWidget *parent)
    : QGraphicsView(parent), m_document(document), m_scene(new CanvasScene(document, this))
{
    CanvasAccessible::install(); // before anything asks for this view's interface
    setObjectName(QStringLiteral("canvasView"));
    setScene(m_scene);
    // Screen readers hear about selection changes and added or removed nodes and links.
    connect(document, &TopologyDocument::selectionChanged, this, [this] {
        QAccessibleEvent event(this, QAccessible::SelectionWithin);
        QAccessible::updateAccessibility(&event);
    });
    connect(document, &TopologyDocument::contentChanged, this, [this] {
        QAccessibleEvent event(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&event);
    });
    // Settings from the measurements in ux-and-performance-anchors §3: no painter
    // state saves per item, a smart update region, a cached grid, and our own
    // zoom anchoring (AnchorUnderMouse depends on the real cursor).
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    setCacheMode(CacheBackground);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setAccessibleName(tr("Topology canvas"));

    m_legend = new CanvasLegend(this);
    m_legend->raise();
    new CanvasHint(this);
    m_findBar = new CanvasFindBar(this);
    m_rename = new CanvasRename(this);
    m_minimap = new CanvasMinimap(this);

    connect(m_scene, &QGraphicsScene::sceneRectChanged, this, &CanvasView::updateViewSceneRect);
    connect(m_scene, &CanvasScene::connectionRefused, this, [this](const QString &reason, const QPointF &at) {
        QToolTip::showText(at.toPoint(), reason, viewport());
    });
    connect(document, &TopologyDocument::designReset, this, [this] {
        m_initialViewPending = true;
        showInitialView();
    });
    updateViewSceneRect();
}

CanvasView::~CanvasView()
{
    // The scene is a child; drop it from the view before either goes.
    setScene(nullptr);
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

qreal CanvasView::minimumZoom() const
{
    // Always allow seeing the whole design at half its fit-all size.
    const QRectF content = m_scene->contentRect();
    qreal fit = 1.0;
    if (!content.isEmpty() && viewport()->width() > 0 && viewport()->height() > 0)
        fit = std::min(viewport()->width() / content.width(), viewport()->height() / content.height());
    return std::max(0.001, std::min(0.1, fit * 0.5));
}

bool CanvasView::snapToGrid() const
{
    return m_scene->snapToGrid();
}

bool CanvasView::isLegendVisible() const
{
    return m_legend->isWanted();
}

// ---- zoom and scrolling

void CanvasView::updateViewSceneRect()
{
    // A margin of one viewport on each side: any point of the design can be put
    // under any point of the viewport, which zooming at the cursor needs.
    const qreal z = zoom();
    const qreal mx = std::max(1, viewport()->width()) / z;
    const qreal my = std::max(1, viewport()->height()) / z;
    setSceneRect(m_scene->sceneRect().adjusted(-mx, -my, mx, my));
}

void CanvasView::applyZoom(qreal zoom)
{
    m_scene->setCardCaching(zoom >= CanvasStyle::ShapeLod);
    setTransform(QTransform::fromScale(zoom, zoom));
    updateViewSceneRect();
    emit zoomChanged(zoom);
}

void CanvasView::zoomAt(qreal factor, const QPoint &viewportPos)
{
    const qreal target = qBound(minimumZoom(), zoom() * factor, MaximumZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const QPointF anchor = mapToScene(viewportPos);
    applyZoom(target);
    const QPoint drift = mapFromScene(anchor) - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
}

void CanvasView::zoomIn()
{
    zoomAt(ZoomStep, viewport()->rect().center());
}

void CanvasView::zoomOut()
{
    zoomAt(1 / ZoomStep, viewport()->rect().center());
}

void CanvasView::setZoom(qreal zoom)
{
    zoomAt(zoom / this->zoom(), viewport()->rect().center());
}

void CanvasView::resetZoom()
{
    setZoom(1.0);
}

void CanvasView::zoomToFit()
{
    const QRectF content = m_scene->contentRect().adjusted(-FitMargin, -FitMargin, FitMargin, FitMargin);
    if (content.isEmpty() || viewport()->width() <= 0)
        return;
    applyZoom(qBound(minimumZoom(), fitZoom(content), FitMaximumZoom));
    centerAboveLegend(content);
}

qreal CanvasView::fitZoom(const QRectF &content) const
{
    return zoomAbove(content, legendReserve(content));
}

qreal CanvasView::zoomAbove(const QRectF &content, qreal reserve) const
{
    const qreal width = std::max(1, viewport()->width() - 2 * FitPixels);
    const qreal height = std::max<qreal>(
        1, std::max(viewport()->height() - reserve, viewport()->height() / 2.0) - 2 * FitPixels);
    return std::min(width / content.width(), height / content.height());
}

qreal CanvasView::legendReserve(const QRectF &content) const
{
    // The legend overlays a bottom corner: fit the design above it. When the open
    // legend's room would shrink the design, keep only a button's: the legend then
    // folds into its button or takes a free corner (CanvasLegend::place), and the
    // text stays larger.
    const qreal button = m_legend->buttonSize().height() + 2.0 * CanvasLegend::Inset;
    if (!m_legend->isWanted())
        return button;
    const qreal open = CanvasLegend::legendSize(m_legend->font()).height() + 1 + 2.0 * CanvasLegend::Inset;
    return zoomAbove(content, open) >= FitMaximumZoom ? open : button;
}

void CanvasView::centerAboveLegend(const QRectF &content)
{
    centerOn(content.center() +
             QPointF(0, std::min(legendReserve(content), viewport()->height() / 2.0) / 2.0 / zoom()));
}

void CanvasView::showInitialView()
{
    if (!m_initialViewPending || !isVisible() || viewport()->width() <= 0)
        return;
    m_initialViewPending = false;
    const QRectF content = m_scene->contentRect().adjusted(-FitMargin, -FitMargin, FitMargin, FitMargin);
    if (content.isEmpty()) {
        applyZoom(1.0);
        centerOn(0, 0);
        return;
    }
    // Fit when the design stays readable; otherwise show its top-left corner at a readable size.
    const qreal fit = fitZoom(content);
    if (fit >= 0.6) {
        applyZoom(std::min(fit, FitMaximumZoom));
        centerAboveLegend(content);
        return;
    }
    applyZoom(0.75);
    horizontalScrollBar()->setValue(int(content.left() * 0.75));
    verticalScrollBar()->setValue(int(content.top() * 0.75));
}

void CanvasView::centerOnNode(NodeId id)
{
    const NodeItem *item = m_scene->nodeItem(id);
    if (!item)
        return;
    // A node centred at fit-all zoom is a dot: come close enough to read it.
    if (zoom() < 0.6)
        applyZoom(1.0);
    centerOn(item->cardSceneRect().center());
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomAt(std::pow(ZoomStep, delta / 120.0), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

// ---- panning: middle button or Space + left button

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panButton = event->button();
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == m_panButton) {
        stopPanning();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::stopPanning()
{
    m_panning = false;
    m_panButton = Qt::NoButton;
    if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

// ---- palette drops

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (PaletteWidget::kindFromMimeData(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (PaletteWidget::kindFromMimeData(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    const auto kind = PaletteWidget::kindFromMimeData(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    addNodeAt(*kind, mapToScene(event->position().toPoint()));
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setFocus(Qt::OtherFocusReason);
}

NodeId CanvasView::addNodeAt(NodeKind kind, const QPointF &scenePos)
{
    const SchemaRegistry &registry = SchemaRegistry::instance();
    const KindSpec &spec = registry.kind(kind);
    Node node;
    node.kind = kind;
    node.values = registry.defaults(kind);
    node.values.insert(Field::Name, m_document->topology().uniqueName(spec.namePrefix));
    node.pos = scenePos - QPointF(CanvasStyle::NodeWidth / 2, CanvasStyle::NodeHeight / 2);
    if (m_scene->snapToGrid())
        node.pos = m_scene->snapped(node.pos);
    auto *command =
        new AddNodesCommand(m_document, {node}, {}, tr("Add %1").arg(SchemaRegistry::label(spec)));
    const NodeId id = command->nodeIds().value(0);
    m_document->push(command);
    return id;
}

void CanvasView::addNodeAtCenter(NodeKind kind)
{
    // Step aside from cards already there, so repeated adds do not stack.
    QPointF centre = mapToScene(viewport()->rect().center());
    const QSizeF size(CanvasStyle::NodeWidth, CanvasStyle::NodeHeight);
    for (int i = 0; i < 50; ++i) {
        const QRectF card(centre - QPointF(size.width() / 2, size.height() / 2), size);
        const auto hits = m_scene->items(card, Qt::IntersectsItemBoundingRect);
        const bool taken = std::any_of(hits.cbegin(), hits.cend(),
                                       [](const QGraphicsItem *it) { return it->type() == NodeItem::Type; });
        if (!taken)
            break;
        centre += QPointF(CanvasStyle::GridSize * 2, CanvasStyle::GridSize * 2);
    }
    addNodeAt(kind, centre);
}

void CanvasView::showFindBar()
{
    m_findBar->open();
}

bool CanvasView::renameSelected()
{
    const QList<NodeId> &selection = m_document->selection();
    return selection.size() == 1 && m_rename->start(selection.first());
}

void CanvasView::findNext()
{
    m_findBar->findNext();
}

void CanvasView::findPrevious()
{
    m_findBar->findPrevious();
}

// ---- edit commands

void CanvasView::pushMove(const QHash<NodeId, QPointF> &positions, const QString &text)
{
    if (!positions.isEmpty())
        m_document->push(new MoveNodesCommand(m_document, positions, false, text));
}

void CanvasView::deleteSelection()
{
    const QList<NodeId> ids = m_document->selection();
    if (!ids.isEmpty())
        m_document->push(new RemoveNodesCommand(m_document, ids));
    else if (const QList<LinkId> links = m_document->linkSelection(); !links.isEmpty())
        m_document->push(new DisconnectCommand(m_document, links));
}

void CanvasView::selectAll()
{
    QList<NodeId> ids;
    ids.reserve(m_document->topology().nodes().size());
    for (const Node &n : m_document->topology().nodes())
        ids.append(n.id);
    m_document->setSelection(ids);
}

void CanvasView::clearSelection()
{
    m_document->setSelection({});
}

void CanvasView::alignLeft()
{
    pushMove(
        CanvasArrange::align(m_document->topology(), m_document->selection(), CanvasArrange::Alignment::Left),
        tr("Align left"));
}

void CanvasView::alignHCenter()
{
    pushMove(CanvasArrange::align(m_document->topology(), m_document->selection(),
                                  CanvasArrange::Alignment::HCenter),
             tr("Align centres"));
}

void CanvasView::alignRight()
{
    pushMove(CanvasArrange::align(m_document->topology(), m_document->selection(),
                                  CanvasArrange::Alignment::Right),
             tr("Align right"));
}

void CanvasView::alignTop()
{
    pushMove(
        CanvasArrange::align(m_document->topology(), m_document->selection(), CanvasArrange::Alignment::Top),
        tr("Align top"));
}

void CanvasView::alignVCenter()
{
    pushMove(CanvasArrange::align(m_document->topology(), m_document->selection(),
                                  CanvasArrange::Alignment::VCenter),
             tr("Align middles"));
}

void CanvasView::alignBottom()
{
    pushMove(CanvasArrange::align(m_document->topology(), m_document->selection(),
                                  CanvasArrange::Alignment::Bottom),
             tr("Align bottom"));
}

void CanvasView::distributeHorizontally()
{
    pushMove(CanvasArrange::distribute(m_document->topology(), m_document->selection(), Qt::Horizontal),
             tr("Distribute horizontally"));
}

void CanvasView::distributeVertically()
{
    pushMove(CanvasArrange::distribute(m_document->topology(), m_document->selection(), Qt::Vertical),
             tr("Distribute vertically"));
}

void CanvasView::autoLayout()
{
    pushMove(CanvasArrange::layout(m_document->topology()), tr("Auto-layout"));
}

void CanvasView::setSnapToGrid(bool snap)
{
    if (snap == m_scene->snapToGrid())
        return;
    m_scene->setSnapToGrid(snap);
    resetCachedContent();
    viewport()->update();
    emit snapToGridChanged(snap);
}

void CanvasView::setLegendVisible(bool visible)
{
    m_legend->setWanted(visible);
}

// ---- appearance

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = palette();
    const bool dark = CanvasStyle::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    painter->fillRect(rect, dark ? base.darker(125) : pal.color(QPalette::Window).lighter(104));
    // The grid: minor lines only when close enough to be useful, stronger while snapping.
    const qreal z = zoom();
    const qreal g = CanvasStyle::GridSize;
    QColor minor = pal.color(QPalette::Text);
    minor.setAlpha(m_scene->snapToGrid() ? 26 : 12);
    QColor major = pal.color(QPalette::Text);
    major.setAlpha(m_scene->snapToGrid() ? 42 : 24);
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const auto &[step, colour] : {std::pair{g, minor}, std::pair{g * 5, major}}) {
        if (step * z < 12)
            continue;
        QPen pen(colour, 0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        QVarLengthArray<QLineF, 256> lines;
        for (qreal x = std::floor(rect.left() / step) * step; x <= rect.right(); x += step)
            lines.append(QLineF(x, rect.top(), x, rect.bottom()));
        for (qreal y = std::floor(rect.top() / step) * step; y <= rect.bottom(); y += step)
            lines.append(QLineF(rect.left(), y, rect.right(), y));
        painter->drawLines(lines.constData(), int(lines.size()));
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

void CanvasView::placeLegend()
{
    m_legend->place();
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateViewSceneRect();
    placeLegend();
    showInitialView();
}

void CanvasView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    placeLegend();
    showInitialView();
}

void CanvasView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // Cached cards and the cached grid were drawn with the old colours.
        resetCachedContent();
        m_scene->refreshAppearance();
    }
}

} // namespace apim
