#include "linkitem.h"
#include "canvasstyle.h"
#include "linkrouter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace apim {

using namespace CanvasStyle;

namespace {

constexpr qreal ArrowLength = 9.0;
constexpr qreal ArrowHalfWidth = 4.5;
constexpr qreal HitDistance = 4.0;
// Below this level of detail links are thin straight strokes without arrows.
constexpr qreal LinkLod = 0.35;

// How far a routed link keeps from the cards it goes around; each kind has its
// own lane, so that the three kinds run side by side there too.
qreal clearance(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Https:
        return 16;
    case LinkKind::Events:
        return 24;
    case LinkKind::Jdbc:
        return 32;
    }
    return 16;
}
constexpr qreal CornerRadius = 14.0;

// Where a kind of link leaves and enters a card, so that the three kinds run side by side.
qreal anchorOffset(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Https:
        return 0;
    case LinkKind::Events:
        return -NodeWidth / 5;
    case LinkKind::Jdbc:
        return NodeWidth / 5;
    }
    return 0;
}

QPointF cubic(const QPointF &p0, const QPointF &c1, const QPointF &c2, const QPointF &p3, qreal t)
{
    const qreal u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p3;
}

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal len2 = QPointF::dotProduct(ab, ab);
    const qreal t = len2 > 0 ? qBound(0.0, QPointF::dotProduct(p - a, ab) / len2, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::sqrt(QPointF::dotProduct(d, d));
}

bool lineIntersectsRect(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[4] = {{rect.topLeft(), rect.topRight()},
                             {rect.topRight(), rect.bottomRight()},
                             {rect.bottomRight(), rect.bottomLeft()},
                             {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &edge : edges) {
        if (line.intersects(edge) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

} // namespace

LinkItem::LinkItem(const Link &link, LinkKind kind)
    : m_id(link.id), m_from(link.from), m_to(link.to), m_kind(kind)
{
    setAcceptedMouseButtons(Qt::NoButton);
    // Painting needs the exposed rectangle to skip what is off screen.
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(-10);
}

LinkItem::LinkItem(NodeId from, NodeId to, LinkKind kind, int count) : LinkItem(Link{0, from, to}, kind)
{
    m_count = count;
    setZValue(-8);
}

void LinkItem::setBundleCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    update();
}

void LinkItem::setBundled(bool bundled)
{
    if (bundled == m_bundled)
        return;
    m_bundled = bundled;
    setVisible(!bundled);
    if (bundled) {
        // Out of the index's way: a hidden link spanning the design would still fill the BSP's leaves.
        prepareGeometryChange();
        m_points.clear();
        m_distance.clear();
        m_arrow.clear();
        m_bounds = QRectF();
    }
}

void LinkItem::setEnds(const QRectF &a, const QRectF &b, const ObstacleQuery &obstacles)
{
    if (m_bundled)
        return;
    const qreal offset = anchorOffset(m_kind);
    QPointF p0, p3, c1, c2;
    QPointF out0, out3; // away from each card, perpendicular to the side the link meets
    const bool vertical = b.top() >= a.bottom() + 16 || b.bottom() <= a.top() - 16;
    if (vertical) {
        const bool down = b.center().y() > a.center().y();
        p0 = QPointF(a.center().x() + offset, down ? a.bottom() : a.top());
        p3 = QPointF(b.center().x() + offset, down ? b.top() : b.bottom());
        const qreal bend = qBound(30.0, std::abs(p3.y() - p0.y()) * 0.45, 140.0) * (down ? 1 : -1);
        c1 = p0 + QPointF(0, bend);
        c2 = p3 - QPointF(0, bend);
        out0 = QPointF(0, down ? 1 : -1);
    } else {
        const bool right = b.center().x() >= a.center().x();
        const qreal dy = offset * NodeHeight / NodeWidth;
        // Leave beside the handle, not through it.
        p0 = QPointF(right ? a.right() : a.left(), a.center().y() + dy);
        p3 = QPointF(right ? b.left() : b.right(), b.center().y() + dy);
        const qreal bend = qBound(30.0, std::abs(p3.x() - p0.x()) * 0.45, 140.0) * (right ? 1 : -1);
        c1 = p0 + QPointF(bend, 0);
        c2 = p3 - QPointF(bend, 0);
        out0 = QPointF(right ? 1 : -1, 0);
    }
    out3 = -out0;

    // The arrow points along the curve's end tangent; the stroke stops at its base.
    QPointF dir = p3 - c2;
    qreal len = std::hypot(dir.x(), dir.y());
    if (len < 1e-6) {
        dir = p3 - p0;
        len = std::hypot(dir.x(), dir.y());
    }
    dir = len > 1e-6 ? dir / len : QPointF(0, 1);
    QPointF base = p3 - dir * ArrowLength;

    const qreal approx = QLineF(p0, c1).length() + QLineF(c1, c2).length() + QLineF(c2, base).length();
    const int segments = qBound(6, int(approx / 30), 40);
    QPolygonF points;
    points.reserve(segments + 1);
    for (int i = 0; i <= segments; ++i)
        points.append(cubic(p0, c1, c2, base, qreal(i) / segments));

    m_routed = false;
    if (obstacles) {
        // Only the cards in the curve's own box can be in its way (the scene's index answers that).
        const qreal gap = clearance(m_kind);
        const QRectF box = points.boundingRect();
        const QList<QRectF> inWay = obstacles(box);
        if (LinkRouter::pathCrosses(points, inWay)) {
            const QPointF s0 = p0 + out0 * gap;
            const QPointF s3 = p3 + out3 * gap;
            // A way around may leave the box: ask for a wider area until the route stays inside it.
            QRectF area = QRectF(s0, s3).normalized().united(box).adjusted(-2 * NodeHeight, -2 * NodeHeight,
                                                                           2 * NodeHeight, 2 * NodeHeight);
            QPolygonF way;
            for (int pass = 0; pass < 3; ++pass) {
                QList<QRectF> rects = obstacles(area);
                rects << a << b; // nor through its own cards
                way = LinkRouter::route(s0, s3, rects, gap);
                const QRectF reach = way.boundingRect().adjusted(-gap, -gap, gap, gap);
                if (area.contains(reach))
                    break;
                area |= reach.adjusted(-NodeHeight, -NodeHeight, NodeHeight, NodeHeight);
            }
            QPolygonF full = way;
            full.prepend(p0);
            const QPointF end = p3 + out3 * ArrowLength;
            full.append(end);
            // With no way around, the plain curve: never a line through the cards it meant to avoid.
            if (!LinkRouter::pathCrosses(full, inWay)) {
                points = LinkRouter::roundCorners(full, CornerRadius);
                dir = -out3;
                base = end;
                m_routed = true;
            }
        }
    }
    const QPointF normal(-dir.y(), dir.x());
    m_tip = p3;
    m_arrow = QPolygonF({p3, base + normal * ArrowHalfWidth, base - normal * ArrowHalfWidth});

    QList<qreal> distance;
    distance.reserve(points.size());
    qreal travelled = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0)
            travelled += QLineF(points[i - 1], points[i]).length();
        distance.append(travelled);
    }

    prepareGeometryChange();
    m_points = std::move(points);
    m_distance = std::move(distance);
    // Bundles carry a count label at their middle.
    const qreal extra = m_count > 1 ? 40 : 6; // room for the selection halo
    m_bounds = m_points.boundingRect().united(m_arrow.boundingRect()).adjusted(-extra, -extra, extra, extra);
}

void LinkItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    setZValue(m_selected ? -4 : highlighted ? -5 : -10);
    update();
}

void LinkItem::setLinkSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    setZValue(selected ? -4 : m_highlighted ? -5 : -10);
    update();
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_points);
    QPainterPathStroker stroker;
    stroker.setWidth(2 * HitDistance);
    QPainterPath shape = stroker.createStroke(path);
    shape.addPolygon(m_arrow);
    return shape;
}

// Hit tests and area queries run against every link whose bounds hold the
// point; the polyline answers them without building a stroke path.
bool LinkItem::contains(const QPointF &point) const
{
    if (!m_bounds.contains(point))
        return false;
    for (qsizetype i = 0; i + 1 < m_points.size(); ++i) {
        if (distanceToSegment(point, m_points[i], m_points[i + 1]) <= HitDistance)
            return true;
    }
    return m_arrow.containsPoint(point, Qt::OddEvenFill);
}

bool LinkItem::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    if (mode == Qt::IntersectsItemBoundingRect || mode == Qt::ContainsItemBoundingRect)
        return QGraphicsItem::collidesWithPath(path, mode);
    const QRectF area = path.boundingRect();
    if (mode == Qt::ContainsItemShape)
        return area.contains(m_bounds);
    if (!area.intersects(m_bounds))
        return false;
    for (qsizetype i = 0; i + 1 < m_points.size(); ++i) {
        if (segmentIntersects(int(i), area))
            return true;
    }
    return false;
}

bool LinkItem::segmentIntersects(int i, const QRectF &rect) const
{
    const QPointF &a = m_points[i];
    const QPointF &b = m_points[i + 1];
    const QRectF box = QRectF(a, b).normalized();
    if (!box.adjusted(-1, -1, 1, 1).intersects(rect))
        return false;
    return lineIntersectsRect(QLineF(a, b), rect);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_points.size() < 2)
        return;
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    const bool selected = m_selected && !m_exporting;
    const bool highlighted = (m_highlighted || m_selected) && !m_exporting;

    if (lod < LinkLod) {
        // Zoomed far out: one-pixel solid strokes; dashes and arrows would not be seen.
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen pen(linkColor(m_kind, palette), highlighted ? 2 : 0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawPolyline(m_points);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal width =
        (highlighted ? 2.6 : 1.6) + (m_count > 1 ? std::min(3.0, std::log2(m_count) * 0.5) : 0);
    QPen pen = linkPen(m_kind, palette, width);
    if (selected) {
        // The halo goes under the stroke, whole: a selected link is short-lived and one.
        QColor halo = palette.color(QPalette::Highlight);
        halo.setAlpha(110);
        painter->setPen(QPen(halo, width + 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPolyline(m_points);
        painter->setBrush(halo);
        painter->drawPolygon(m_arrow);
    }
    // Stroke only the runs of segments that meet the exposed area.
    const QRectF exposed = option->exposedRect.adjusted(-width, -width, width, width);
    const bool whole = exposed.contains(m_bounds);
    const qsizetype last = m_points.size() - 1;
    qsizetype i = 0;
    while (i < last) {
        if (!whole && !segmentIntersects(int(i), exposed)) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < last && (whole || segmentIntersects(int(j), exposed)))
            ++j;
        if (pen.style() != Qt::SolidLine)
            pen.setDashOffset(m_distance[i] / width);
        painter->setPen(pen);
        painter->drawPolyline(m_points.constData() + i, int(j - i + 1));
        i = j;
    }
    if (exposed.intersects(m_arrow.boundingRect())) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(linkColor(m_kind, palette));
        painter->drawPolygon(m_arrow);
    }
    if (m_count > 1 && lod >= TextLod)
        paintCount(painter, palette, exposed);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

void LinkItem::paintCount(QPainter *painter, const QPalette &palette, const QRectF &exposed) const
{
    // "×996" in a pill on the middle of the bundle.
    const QPointF at = m_points[m_points.size() / 2];
    QFont font = scene() ? scene()->font() : painter->font();
    font.setPixelSize(11);
    font.setBold(true);
    const QString text = QCoreApplication::translate("LinkItem", "×%1", "a bundle of links").arg(m_count);
    const QFontMetricsF metrics(font);
    const QRectF pill(at.x() - metrics.horizontalAdvance(text) / 2 - 7, at.y() - 9,
                      metrics.horizontalAdvance(text) + 14, 18);
    if (!exposed.intersects(pill))
        return;
    const QColor colour = linkColor(m_kind, palette);
    painter->setPen(QPen(colour, 1.2));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(pill, 9, 9);
    painter->setFont(font);
    painter->setPen(colour);
    painter->drawText(pill, Qt::AlignCenter, text);
}

} // namespace apim
