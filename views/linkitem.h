// One link on the canvas: a curve from the edge of one node card to the edge of
// another, styled by what travels over it, with an arrow at the target.
//
// A link whose curve would pass through another card goes around it instead
// (LinkRouter): out of its card, along the grown edges of the cards in the
// way, with rounded corners, into the far card. Which cards are in the way the
// scene tells through an ObstacleQuery over its spatial index.
//
// The curve is kept as a short polyline so that painting can skip the parts
// outside the exposed area: long links (every gateway to the control planes)
// cross most of a big design, and stroking them whole would dominate a frame.
#pragma once

#include "topology.h"

#include <QGraphicsItem>
#include <QPolygonF>

#include <functional>

namespace apim {

class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    LinkItem(const Link &link, LinkKind kind);
    // A bundle: `count` links between a cluster and one other end, drawn as one.
    LinkItem(NodeId from, NodeId to, LinkKind kind, int count);

    int type() const override { return Type; }
    LinkId linkId() const { return m_id; }
    NodeId from() const { return m_from; }
    NodeId to() const { return m_to; }
    LinkKind linkKind() const { return m_kind; }

    // The cards (scene rectangles) that lie in a scene area, not counting the link's own ends.
    using ObstacleQuery = std::function<QList<QRectF>(const QRectF &area)>;
    // Recomputes the curve from both cards' scene rectangles, around the cards
    // `obstacles` names (none: the plain curve).
    void setEnds(const QRectF &fromCard, const QRectF &toCard, const ObstacleQuery &obstacles = {});
    // The drawn line, flattened: what painting, hit tests and exports use.
    const QPolygonF &path() const { return m_points; }
    // Whether the line goes around cards rather than straight.
    bool isRouted() const { return m_routed; }
    QPointF startPoint() const { return m_points.isEmpty() ? QPointF() : m_points.first(); }
    // A point on the curve halfway along it: where a click selects the link.
    QPointF midPoint() const { return m_points.isEmpty() ? QPointF() : m_points[m_points.size() / 2]; }

    bool isBundle() const { return m_id == 0; }
    int bundleCount() const { return m_count; }
    void setBundleCount(int count);
    // A link drawn as part of a bundle is hidden and has no geometry of its own,
    // so that it costs nothing to paint, move or index.
    void setBundled(bool bundled);
    bool isBundled() const { return m_bundled; }

    // Drawn stronger when one of its nodes is selected.
    void setHighlighted(bool highlighted);
    // The link itself is selected (the document's link selection): a halo in the
    // highlight colour. Not QGraphicsItem selection, which belongs to the cards.
    void setLinkSelected(bool selected);
    bool isLinkSelected() const { return m_selected; }
    // While an export renders: no highlight (the scene sets it).
    void setExporting(bool exporting) { m_exporting = exporting; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    bool segmentIntersects(int i, const QRectF &rect) const;
    void paintCount(QPainter *painter, const QPalette &palette, const QRectF &exposed) const;

    LinkId m_id;
    NodeId m_from;
    NodeId m_to;
    LinkKind m_kind;
    bool m_highlighted = false;
    bool m_selected = false;
    bool m_bundled = false;
    bool m_exporting = false;
    bool m_routed = false;
    int m_count = 1;
    QPolygonF m_points;      // the curve, flattened, ending at the arrow's base
    QList<qreal> m_distance; // length along the curve at each point, for dash continuity
    QPolygonF m_arrow;
    QPointF m_tip;
    QRectF m_bounds;
};

} // namespace apim
