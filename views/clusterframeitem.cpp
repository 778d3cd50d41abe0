#include "clusterframeitem.h"
#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace apim {

namespace {
constexpr qreal Radius = 14.0;
}

ClusterFrameItem::ClusterFrameItem(NodeId balancer) : m_balancer(balancer)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-20);
}

void ClusterFrameItem::setFrame(const QRectF &members, NodeKind memberKind, int memberCount,
                                const QString &balancerName)
{
    const QRectF frame = members.adjusted(-Padding, -Padding - LabelHeight, Padding, Padding);
    const QString label = tr("HA cluster %1").arg(balancerName);
    // "12 × Gateway worker": reads right for any count without plural forms.
    const QString count = tr("%1 × %2")
                              .arg(memberCount)
                              .arg(SchemaRegistry::label(SchemaRegistry::instance().kind(memberKind)));
    if (frame == m_frame && label == m_label && count == m_countLabel && memberKind == m_kind)
        return;
    if (frame != m_frame)
        prepareGeometryChange();
    m_frame = frame;
    m_kind = memberKind;
    m_count = memberCount;
    m_label = label;
    m_countLabel = count;
    // The label elides at the end on a narrow frame; hovering shows it whole.
    setToolTip(label + QStringLiteral(" · ") + count);
    update();
}

QPainterPath ClusterFrameItem::shape() const
{
    QPainterPath path;
    path.addRect(m_frame);
    return path;
}

void ClusterFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const bool dark = CanvasStyle::isDark(palette);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor colour = CanvasStyle::kindColor(m_kind);
    if (dark)
        colour = colour.lighter(150);
    QColor fill = colour;
    fill.setAlpha(dark ? 26 : 16);
    QColor border = colour;
    border.setAlpha(dark ? 150 : 120);

    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, lod >= CanvasStyle::ShapeLod);
    QPen pen(border, 1.3, Qt::DashLine);
    pen.setDashPattern({6, 4});
    pen.setCosmetic(lod < CanvasStyle::ShapeLod);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_frame, Radius, Radius);

    if (lod >= CanvasStyle::TextLod) {
        QFont font = scene() ? scene()->font() : painter->font();
        font.setPixelSize(12);
        font.setWeight(QFont::DemiBold);
        painter->setFont(font);
        QColor text = colour;
        if (!dark)
            text = text.darker(125);
        painter->setPen(text);
        const QRectF labelRect(m_frame.left() + Radius, m_frame.top() + 4, m_frame.width() - 2 * Radius,
                               LabelHeight);
        const QFontMetricsF metrics(font);
        const qreal countWidth = metrics.horizontalAdvance(m_countLabel);
        const bool showCount = countWidth + 40 < labelRect.width() / 2;
        const qreal nameWidth = labelRect.width() - (showCount ? countWidth + 16 : 0);
        painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(m_label, Qt::ElideRight, nameWidth));
        if (showCount) {
            font.setWeight(QFont::Normal);
            painter->setFont(font);
            painter->drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, m_countLabel);
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace apim
