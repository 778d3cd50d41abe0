#include "nodeitem.h"
#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace apim {

using namespace CanvasStyle;

namespace {

// Room around the card for the selection outline, the handle and the badge.
constexpr qreal Margin = 9.0;
constexpr qreal BadgeRadius = 8.5;
constexpr qreal StripeWidth = 5.0;
constexpr qreal IconTile = 36.0;
constexpr qreal TextLeft = 58.0;
constexpr qreal TextWidth = NodeWidth - TextLeft - 12;

const QPainterPath &cardPath()
{
    static const QPainterPath path = [] {
        QPainterPath p;
        p.addRoundedRect(nodeRect(), NodeRadius, NodeRadius);
        return p;
    }();
    return path;
}

// The card without its coloured left stripe.
const QPainterPath &bodyPath()
{
    static const QPainterPath path = [] {
        QPainterPath stripe;
        stripe.addRect(QRectF(StripeWidth, 0, NodeWidth, NodeHeight));
        return cardPath().intersected(stripe);
    }();
    return path;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QPalette paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QPalette();
}

} // namespace

NodeItem::NodeItem(const Node &node) : m_id(node.id), m_kind(node.kind)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    // Cards are redrawn only when they change; moving or panning reuses the pixels.
    setCacheMode(DeviceCoordinateCache);
    setPos(node.pos);
    updateFromNode(node);
}

void NodeItem::updateFromNode(const Node &node)
{
    const QString title = node.name();
    // A load balancer is known by the public name it serves.
    QString subtitle =
        SchemaRegistry::instance().traits(node.kind).balancer ? node.text(Field::PublicHostname) : QString();
    if (subtitle.isEmpty())
        subtitle = node.hostname();
    const bool placeholder = subtitle.isEmpty();
    if (placeholder)
        subtitle = tr("no hostname");
    if (title == m_title && subtitle == m_subtitle && placeholder == m_subtitleIsPlaceholder)
        return;
    m_title = title;
    m_subtitle = subtitle;
    m_subtitleIsPlaceholder = placeholder;
    updateToolTip();
    update();
}

void NodeItem::setProblems(int errors, int warnings, const QString &details)
{
    if (errors == m_errors && warnings == m_warnings && details == m_problemDetails)
        return;
    m_errors = errors;
    m_warnings = warnings;
    m_problemDetails = details;
    updateToolTip();
    update();
}

void NodeItem::setConnectState(ConnectState state)
{
    if (state == m_connectState)
        return;
    m_connectState = state;
    update();
}

void NodeItem::setLinkHint(LinkHint hint)
{
    if (hint == m_linkHint)
        return;
    m_linkHint = hint;
    update();
}

void NodeItem::setFindMatch(bool match)
{
    if (match == m_findMatch)
        return;
    m_findMatch = match;
    update();
}

void NodeItem::updateToolTip()
{
    // The handle says what it is for; the card says what the node is.
    if (m_handleHovered) {
        setToolTip(tr("Drag to another node to link them; the nodes that accept the link light up."));
        return;
    }
    QString tip = QStringLiteral("<b>%1</b><br/>%2<br/>%3")
                      .arg(m_title.toHtmlEscaped(),
                           SchemaRegistry::label(SchemaRegistry::instance().kind(m_kind)).toHtmlEscaped(),
                           m_subtitle.toHtmlEscaped());
    if (!m_problemDetails.isEmpty())
        tip += QStringLiteral("<hr/>") + m_problemDetails;
    setToolTip(tip);
}

QRectF NodeItem::cardSceneRect() const
{
    return QRectF(pos(), QSizeF(NodeWidth, NodeHeight));
}

QPointF NodeItem::handleCenter()
{
    return QPointF(NodeWidth, NodeHeight / 2);
}

bool NodeItem::isOnHandle(const QPointF &itemPos)
{
    // A little larger than drawn, so that it is easy to hit.
    const QPointF d = itemPos - handleCenter();
    return d.x() * d.x() + d.y() * d.y() <= (HandleRadius + 4) * (HandleRadius + 4);
}

QRectF NodeItem::boundingRect() const
{
    return nodeRect().adjusted(-Margin, -Margin, Margin, Margin);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path = cardPath();
    path.addEllipse(handleCenter(), HandleRadius + 4, HandleRadius + 4);
    return path;
}

// Hit tests run on every hover move; a rectangle and a circle answer them cheaply.
bool NodeItem::contains(const QPointF &point) const
{
    return nodeRect().contains(point) || isOnHandle(point);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Selected cards rise above their neighbours so that the outline is never hidden.
    if (change == ItemSelectedHasChanged)
        setZValue(value.toBool() ? 1 : 0);
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    hoverMoveEvent(event);
    update();
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const bool onHandle = isOnHandle(event->pos());
    if (onHandle != m_handleHovered) {
        m_handleHovered = onHandle;
        setCursor(onHandle ? Qt::CrossCursor : Qt::ArrowCursor);
        updateToolTip();
        update();
    }
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    if (m_handleHovered) {
        m_handleHovered = false;
        updateToolTip();
    }
    unsetCursor();
    update();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPalette palette = paletteOf(this);
    const bool forExport = m_exporting;
    const bool selected = isSelected() && !forExport;
    if (lod < ShapeLod) {
        // Far out a node is a few pixels: a filled rectangle says enough.
        painter->fillRect(nodeRect(), selected ? palette.color(QPalette::Highlight) : kindColor(m_kind));
        return;
    }
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (m_findMatch && !forExport) {
        // Behind the card, so that the selection outline stays on top of it.
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xfa, 0xcc, 0x15, 170));
        painter->drawRoundedRect(nodeRect().adjusted(-6, -6, 6, 6), NodeRadius + 6, NodeRadius + 6);
    }
    paintCard(painter, palette, lod);

    // Outline: connection feedback first, then selection, then hover.
    QColor outline;
    qreal outlineWidth = 2.5;
    if (m_connectState == ConnectState::Valid)
        outline = QColor(0x16, 0xa3, 0x4a);
    else if (m_connectState == ConnectState::Invalid)
        outline = errorColor();
    else if (m_linkHint == LinkHint::Accepts) {
        outline = QColor(0x16, 0xa3, 0x4a, 150);
        outlineWidth = 1.5;
    } else if (selected)
        outline = palette.color(QPalette::Highlight);
    else if (m_hovered && !forExport) {
        outline = palette.color(QPalette::Highlight);
        outline.setAlpha(150);
        outlineWidth = 1.5;
    }
    if (outline.isValid()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(outline, outlineWidth));
        const qreal grow = outlineWidth / 2 + 1.0;
        painter->drawRoundedRect(nodeRect().adjusted(-grow, -grow, grow, grow), NodeRadius + grow,
                                 NodeRadius + grow);
    }

    // The connection handle.
    const QColor kindCol = kindColor(m_kind);
    painter->setPen(QPen(kindCol, 1.5));
    painter->setBrush(m_handleHovered && !forExport ? kindCol : palette.color(QPalette::Base));
    const qreal r = m_handleHovered && !forExport ? HandleRadius + 1 : HandleRadius;
    painter->drawEllipse(handleCenter(), r, r);

    if (m_errors > 0 || m_warnings > 0)
        paintBadge(painter);
    if (m_linkHint == LinkHint::Refuses && m_connectState == ConnectState::None) {
        // A card that would refuse the link being dragged fades back under a veil.
        QColor veil = palette.color(QPalette::Window);
        veil.setAlpha(175);
        painter->setPen(Qt::NoPen);
        painter->setBrush(veil);
        painter->drawRoundedRect(nodeRect().adjusted(-2, -2, 2, 2), NodeRadius + 2, NodeRadius + 2);
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

void NodeItem::paintCard(QPainter *painter, const QPalette &palette, qreal lod) const
{
    const QColor kindCol = kindColor(m_kind);
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    // Card: kind stripe, body, hairline border.
    painter->setPen(Qt::NoPen);
    painter->setBrush(kindCol);
    painter->drawPath(cardPath());
    painter->setBrush(dark ? mix(base, kindCol, 0.10) : base);
    painter->drawPath(bodyPath());
    QColor border = palette.color(QPalette::Text);
    border.setAlpha(dark ? 70 : 45);
    painter->setPen(QPen(border, 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(nodeRect().adjusted(0.5, 0.5, -0.5, -0.5), NodeRadius, NodeRadius);

    // Icon on a tinted tile.
    const QRectF tile(StripeWidth + 9, (NodeHeight - IconTile) / 2, IconTile, IconTile);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mix(base, kindCol, dark ? 0.28 : 0.13));
    painter->drawRoundedRect(tile, 7, 7);
    if (lod >= TextLod) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
        paintKindIcon(painter, m_kind, tile.adjusted(6, 6, -6, -6));
    }
    if (lod < TextLod)
        return;

    // Name and host, elided at the end to the card; the tooltip has them whole.
    const QFont nameFont = titleFont();
    const QFont hostFont = subtitleFont();
    painter->setFont(nameFont);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QPointF(TextLeft, 26), shownTitle());

    QColor hostColour = palette.color(QPalette::Text);
    hostColour.setAlphaF(m_subtitleIsPlaceholder ? 0.45 : 0.68);
    painter->setFont(hostFont);
    painter->setPen(hostColour);
    painter->drawText(QPointF(TextLeft, 44), shownSubtitle());
}

QFont NodeItem::titleFont() const
{
    QFont font = scene() ? scene()->font() : QFont();
    font.setPixelSize(13);
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont NodeItem::subtitleFont() const
{
    QFont font = titleFont();
    font.setPixelSize(11);
    font.setWeight(QFont::Normal);
    font.setItalic(m_subtitleIsPlaceholder);
    return font;
}

QString NodeItem::shownTitle() const
{
    return QFontMetricsF(titleFont()).elidedText(m_title, Qt::ElideRight, TextWidth);
}

QString NodeItem::shownSubtitle() const
{
    return QFontMetricsF(subtitleFont()).elidedText(m_subtitle, Qt::ElideRight, TextWidth);
}

void NodeItem::paintBadge(QPainter *painter) const
{
    const bool errors = m_errors > 0;
    const int count = errors ? m_errors : m_warnings;
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QFont font = scene() ? scene()->font() : painter->font();
    font.setPixelSize(10);
    font.setBold(true);
    const qreal width = qMax(2 * BadgeRadius, QFontMetricsF(font).horizontalAdvance(text) + 8);
    const QRectF badge(NodeWidth - width + 4, -BadgeRadius + 1, width, 2 * BadgeRadius);
    painter->setPen(QPen(paletteOf(this).color(QPalette::Base), 1.5));
    painter->setBrush(errors ? errorColor() : warningColor());
    painter->drawRoundedRect(badge, BadgeRadius, BadgeRadius);
    painter->setFont(font);
    painter->setPen(errors ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x37));
    painter->drawText(badge, Qt::AlignCenter, text);
}

} // namespace apim
