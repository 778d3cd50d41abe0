#include "canvasminimap.h"

#include "canvasscene.h"
#include "canvasstyle.h"
#include "canvasview.h"
#include "topologydocument.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace apim {

namespace {
constexpr qreal Margin = 60.0;
} // namespace

CanvasMinimap::CanvasMinimap(CanvasView *view) : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("canvasMinimap"));
    setAccessibleName(tr("Overview"));
    setToolTip(tr("Overview: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    resize(sizeHint());
    for (QScrollBar *bar : {view->horizontalScrollBar(), view->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, this, &CanvasMinimap::schedule);
    connect(view, &CanvasView::zoomChanged, this, &CanvasMinimap::schedule);
    TopologyDocument *doc = view->document();
    connect(doc, &TopologyDocument::contentChanged, this, &CanvasMinimap::schedule);
    connect(doc, &TopologyDocument::nodeMoved, this, &CanvasMinimap::schedule);
    connect(doc, &TopologyDocument::designReset, this, &CanvasMinimap::schedule);
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
    hide();
    schedule();
}

bool CanvasMinimap::isNeeded() const
{
    const QRectF content = m_view->canvasScene()->contentRect();
    if (content.isEmpty())
        return false;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return !visible.contains(content);
}

void CanvasMinimap::schedule()
{
    // A drag moves nodes on every mouse step: look once per event-loop turn.
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(this, &CanvasMinimap::refresh, Qt::QueuedConnection);
}

void CanvasMinimap::refresh()
{
    m_pending = false;
    const QRect area = m_view->viewport()->geometry();
    const QSize size = sizeHint().boundedTo(area.size() / 3);
    resize(size);
    move(area.right() - Inset - size.width() + 1, area.bottom() - Inset - size.height() + 1);
    const bool needed = isNeeded() && size.width() > 40;
    setVisible(needed);
    if (needed) {
        raise();
        update();
    }
}

QRectF CanvasMinimap::sceneArea() const
{
    return m_view->canvasScene()->contentRect().adjusted(-Margin, -Margin, Margin, Margin);
}

QTransform CanvasMinimap::toMap() const
{
    const QRectF area = sceneArea();
    if (area.isEmpty())
        return {};
    const qreal scale = std::min((width() - 8) / area.width(), (height() - 8) / area.height());
    const QPointF offset((width() - area.width() * scale) / 2, (height() - area.height() * scale) / 2);
    return QTransform::fromTranslate(-area.left(), -area.top()) * QTransform::fromScale(scale, scale) *
           QTransform::fromTranslate(offset.x(), offset.y());
}

QPointF CanvasMinimap::toScene(const QPointF &mapPos) const
{
    return toMap().inverted().map(mapPos);
}

void CanvasMinimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    QColor back = pal.color(QPalette::Base);
    back.setAlpha(235);
    QColor border = pal.color(QPalette::Text);
    border.setAlpha(60);
    p.setPen(QPen(border, 1));
    p.setBrush(back);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    const QTransform map = toMap();
    const QSizeF card(CanvasStyle::NodeWidth, CanvasStyle::NodeHeight);
    p.setPen(Qt::NoPen);
    for (const Node &n : m_view->document()->topology().nodes()) {
        QRectF r = map.mapRect(QRectF(n.pos, card));
        // Never smaller than a pixel and a half, or a big design would vanish.
        if (r.width() < 1.5)
            r.setWidth(1.5);
        if (r.height() < 1.5)
            r.setHeight(1.5);
        p.fillRect(r, CanvasStyle::kindColor(n.kind));
    }
    const QRectF visible = map.mapRect(m_view->mapToScene(m_view->viewport()->rect()).boundingRect());
    QColor frame = pal.color(QPalette::Highlight);
    p.setPen(QPen(frame, 1.5));
    frame.setAlpha(40);
    p.setBrush(frame);
    p.setClipRect(rect().adjusted(2, 2, -2, -2));
    p.drawRect(visible);
}

void CanvasMinimap::mousePressEvent(QMouseEvent *event)
{
    m_view->centerOn(toScene(event->position()));
    event->accept();
}

void CanvasMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(toScene(event->position()));
    event->accept();
}

bool CanvasMinimap::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        schedule();
    return QWidget::eventFilter(watched, event);
}

} // namespace apim
