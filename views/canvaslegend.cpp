#include "canvaslegend.h"
#include "canvasstyle.h"
#include "nodeitem.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>

#include <optional>

namespace apim {

namespace {

constexpr qreal Pad = 10.0;
constexpr qreal Sample = 38.0;
constexpr qreal Gap = 8.0;
constexpr LinkKind LinkKinds[] = {LinkKind::Https, LinkKind::Events, LinkKind::Jdbc};

QFont legendFont(const QFont &base)
{
    QFont font = base;
    font.setPixelSize(11);
    return font;
}

qreal rowHeight(const QFont &font)
{
    return std::max(16.0, QFontMetricsF(font).height() + 4);
}

} // namespace

CanvasLegend::CanvasLegend(QGraphicsView *view) : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("legend"));
    setAttribute(Qt::WA_NoSystemBackground);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Hide the legend"));
    resize(sizeHint());
    // Whatever moves the design under it may make it cover a node.
    for (QScrollBar *bar : {view->horizontalScrollBar(), view->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, this, &CanvasLegend::schedulePlace);
    if (QGraphicsScene *scene = view->scene())
        connect(scene, &QGraphicsScene::changed, this, &CanvasLegend::schedulePlace);
}

void CanvasLegend::setWanted(bool wanted)
{
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    m_forcedOpen = false;
    place();
    emit wantedChanged(wanted);
}

QSize CanvasLegend::buttonSize() const
{
    const QFontMetrics metrics(legendFont(font()));
    return QSize(metrics.horizontalAdvance(tr("Legend")) + 2 * int(Pad) + 12, int(rowHeight(font())) + 8);
}

QRect CanvasLegend::cornerRect(Qt::Corner corner, const QSize &size) const
{
    const QRect area = m_view->viewport()->geometry().adjusted(Inset, Inset, -Inset + 1, -Inset + 1);
    const bool left = corner == Qt::BottomLeftCorner || corner == Qt::TopLeftCorner;
    const bool top = corner == Qt::TopLeftCorner || corner == Qt::TopRightCorner;
    return QRect(QPoint(left ? area.left() : area.right() - size.width(),
                        top ? area.top() : area.bottom() - size.height()),
                 size);
}

bool CanvasLegend::coversNode(const QRect &rect) const
{
    // The find bar, when open, and the overview are in the way as a node would be.
    for (const char *name : {"canvasFindBar", "canvasMinimap"}) {
        const auto *other = m_view->findChild<const QWidget *>(QLatin1String(name));
        if (other && other->isVisible() && other->geometry().intersects(rect))
            return true;
    }
    const QRect inViewport = rect.translated(-m_view->viewport()->pos());
    const QList<QGraphicsItem *> under = m_view->items(inViewport);
    return std::any_of(under.begin(), under.end(),
                       [](const QGraphicsItem *item) { return item->type() == NodeItem::Type; });
}

void CanvasLegend::schedulePlace()
{
    // Scrolling and scene changes come in bursts: look once they have settled.
    if (m_placePending)
        return;
    m_placePending = true;
    QTimer::singleShot(0, this, [this] {
        m_placePending = false;
        m_forcedOpen = false;
        place();
    });
}

void CanvasLegend::place()
{
    // Open in a corner where it covers no node, else as a button in such a corner;
    // the bottom-left first, and the current corner before the others so it does not hop.
    QList<Qt::Corner> corners{Qt::BottomLeftCorner, Qt::BottomRightCorner, Qt::TopRightCorner,
                              Qt::TopLeftCorner};
    corners.removeOne(m_corner);
    corners.prepend(m_corner);
    const QSize open = legendSize(font()).toSize() + QSize(1, 1);
    const QSize button = buttonSize();
    auto freeCorner = [&](const QSize &size) {
        for (Qt::Corner c : corners) {
            if (!coversNode(cornerRect(c, size)))
                return std::optional<Qt::Corner>(c);
        }
        return std::optional<Qt::Corner>();
    };
    std::optional<Qt::Corner> corner;
    if (m_wanted && m_forcedOpen)
        corner = m_corner;
    else if (m_wanted)
        corner = freeCorner(open);
    setCollapsed(!corner);
    if (!corner)
        corner = freeCorner(button);
    m_corner = corner.value_or(Qt::BottomLeftCorner);
    setGeometry(cornerRect(m_corner, m_collapsed ? button : open));
    raise();
}

void CanvasLegend::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    setToolTip(collapsed ? tr("Show the legend") : tr("Hide the legend"));
    setAccessibleName(collapsed ? tr("Show the legend") : tr("Legend"));
    update();
}

void CanvasLegend::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    event->accept();
    const bool open = m_collapsed;
    m_forcedOpen = open; // opened by hand over nodes: the user wants to read it
    m_wanted = open;
    place();
    emit wantedChanged(open);
}

QStringList CanvasLegend::entries()
{
    QStringList out;
    for (LinkKind kind : LinkKinds)
        out.append(SchemaRegistry::linkKindLabel(kind));
    out.append(tr("HA cluster behind a load balancer"));
    out.append(tr("Errors / warnings on a node"));
    return out;
}

QSizeF CanvasLegend::legendSize(const QFont &base)
{
    const QFont font = legendFont(base);
    const QFontMetricsF metrics(font);
    qreal textWidth = 0;
    for (const QString &entry : entries())
        textWidth = std::max(textWidth, metrics.horizontalAdvance(entry));
    return QSizeF(2 * Pad + Sample + Gap + textWidth, 2 * Pad + entries().size() * rowHeight(font));
}

void CanvasLegend::paintLegend(QPainter *painter, const QRectF &rect, const QPalette &palette,
                               const QFont &base)
{
    const QFont font = legendFont(base);
    const qreal row = rowHeight(font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor panel = palette.color(QPalette::Base);
    panel.setAlpha(235);
    QColor border = palette.color(QPalette::Text);
    border.setAlpha(50);
    painter->setPen(QPen(border, 1));
    painter->setBrush(panel);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    painter->setFont(font);
    const QStringList labels = entries();
    qreal y = rect.top() + Pad;
    const qreal sampleLeft = rect.left() + Pad;
    const qreal textLeft = sampleLeft + Sample + Gap;
    for (int i = 0; i < labels.size(); ++i, y += row) {
        const qreal mid = y + row / 2;
        if (i < 3) {
            const LinkKind kind = LinkKinds[i];
            painter->setPen(CanvasStyle::linkPen(kind, palette, 2.0));
            painter->drawLine(QPointF(sampleLeft, mid), QPointF(sampleLeft + Sample - 7, mid));
            painter->setPen(Qt::NoPen);
            painter->setBrush(CanvasStyle::linkColor(kind, palette));
            const qreal tip = sampleLeft + Sample;
            painter->drawPolygon(
                QPolygonF({QPointF(tip, mid), QPointF(tip - 8, mid - 4), QPointF(tip - 8, mid + 4)}));
        } else if (i == 3) {
            QColor c = CanvasStyle::kindColor(NodeKind::Gateway); // a sample cluster frame: any kind's colour
            QPen pen(c, 1.3);
            pen.setDashPattern({4, 3});
            c.setAlpha(25);
            painter->setPen(pen);
            painter->setBrush(c);
            painter->drawRoundedRect(QRectF(sampleLeft + 2, mid - 6, Sample - 4, 12), 4, 4);
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(CanvasStyle::errorColor());
            painter->drawEllipse(QPointF(sampleLeft + 9, mid), 6, 6);
            painter->setBrush(CanvasStyle::warningColor());
            painter->drawEllipse(QPointF(sampleLeft + 25, mid), 6, 6);
        }
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRectF(textLeft, y, rect.right() - textLeft, row), Qt::AlignLeft | Qt::AlignVCenter,
                          labels[i]);
    }
    painter->restore();
}

QSize CanvasLegend::sizeHint() const
{
    return m_collapsed ? buttonSize() : legendSize(font()).toSize() + QSize(1, 1);
}

void CanvasLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_collapsed) {
        paintLegend(&painter, QRectF(QPointF(0, 0), legendSize(font())), palette(), font());
        return;
    }
    // The collapsed legend: a small button that opens it.
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor panel = palette().color(QPalette::Base);
    panel.setAlpha(235);
    QColor border = palette().color(QPalette::Text);
    border.setAlpha(60);
    painter.setPen(QPen(border, 1));
    painter.setBrush(panel);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.drawRoundedRect(box, 8, 8);
    painter.setFont(legendFont(font()));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(box.adjusted(Pad, 0, -Pad, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));
    const qreal x = box.right() - Pad - 3;
    const qreal y = box.center().y();
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Text));
    painter.drawPolygon(QPolygonF({QPointF(x - 4, y + 2), QPointF(x + 4, y + 2), QPointF(x, y - 3)}));
}

void CanvasLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        place();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace apim
