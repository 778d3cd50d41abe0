// Routing of canvas links around node cards: pure geometry, no scene.
//
// A route is the shortest path over a small visibility graph whose vertices are
// the corners of the obstacle rectangles grown by a clearance; A* walks it and
// tests an edge only when it reaches one of its ends, so that a link past two
// or three cards costs a few hundred segment tests. The result is the same for
// the same input (ties go to the lower index, obstacles are sorted first).
#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace apim::LinkRouter {

// More obstacles than this in a link's area and it is not routed: past that
// the area is a crowd of cards and any route through it reads no better.
inline constexpr int MaxObstacles = 64;

// Whether the segment a-b passes through the inside of `rect`.
bool segmentCrosses(const QPointF &a, const QPointF &b, const QRectF &rect);
// Whether any segment of `path` passes through any of `rects`.
bool pathCrosses(const QPolygonF &path, const QList<QRectF> &rects);

// A path from `start` to `end` (both included) that keeps `clearance` away from
// every obstacle: the straight segment when nothing is in its way, else the
// shortest way around. Obstacles that hold `start` or `end` are ignored (they
// are the link's own ends). With no way around, or too many obstacles, the
// straight segment: a link is always drawn.
QPolygonF route(const QPointF &start, const QPointF &end, QList<QRectF> obstacles, qreal clearance);

// The polyline with each corner replaced by a curve of up to `radius`, flattened
// so that painting and hit tests stay on segments. The first and last points
// stay where they are.
QPolygonF roundCorners(const QPolygonF &path, qreal radius);

} // namespace apim::LinkRouter
