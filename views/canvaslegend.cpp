#include "canvaslegend.h"
#include "canvasstyle.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

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

CanvasLegend::CanvasLegend(QWidget *parent) : QWidget(parent)
{
    // An overlay: clicks and wheel go to the canvas underneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setToolTip(tr("Legend"));
    resize(sizeHint());
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
    return legendSize(font()).toSize() + QSize(1, 1);
}

void CanvasLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintLegend(&painter, QRectF(QPointF(0, 0), legendSize(font())), palette(), font());
}

void CanvasLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        resize(sizeHint());
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace apim
