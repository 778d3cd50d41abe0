#include "linkrouter.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace apim::LinkRouter {

namespace {

// The blockers are this much smaller than the grown rectangles, so that a path
// running along a grown edge, or from one of its corners, does not count as crossing.
constexpr qreal Slack = 0.5;
constexpr int CornerSteps = 6;

qreal length(const QPointF &d)
{
    return std::hypot(d.x(), d.y());
}

bool strictlyInside(const QPointF &p, const QRectF &r)
{
    return p.x() > r.left() && p.x() < r.right() && p.y() > r.top() && p.y() < r.bottom();
}

} // namespace

bool segmentCrosses(const QPointF &a, const QPointF &b, const QRectF &rect)
{
    // Liang-Barsky: the part of a-b inside the closed rectangle, then whether
    // that part reaches the inside or only runs along an edge.
    const QPointF d = b - a;
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal p[4] = {-d.x(), d.x(), -d.y(), d.y()};
    const qreal q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return strictlyInside(a + d * ((t0 + t1) / 2), rect);
}

bool pathCrosses(const QPolygonF &path, const QList<QRectF> &rects)
{
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const QRectF box = QRectF(path[i], path[i + 1]).normalized();
        for (const QRectF &r : rects) {
            if (box.right() >= r.left() && box.left() <= r.right() && box.bottom() >= r.top() &&
                box.top() <= r.bottom() && segmentCrosses(path[i], path[i + 1], r))
                return true;
        }
    }
    return false;
}

QPolygonF route(const QPointF &start, const QPointF &end, QList<QRectF> obstacles, qreal clearance)
{
    const QPolygonF straight({start, end});
    // Sorted, so that the scene's stacking order cannot change the route.
    std::sort(obstacles.begin(), obstacles.end(), [](const QRectF &a, const QRectF &b) {
        return std::tuple(a.left(), a.top(), a.width(), a.height()) <
               std::tuple(b.left(), b.top(), b.width(), b.height());
    });
    QList<QRectF> grown;
    QList<QRectF> blockers;
    for (const QRectF &r : std::as_const(obstacles)) {
        const QRectF block =
            r.adjusted(-clearance + Slack, -clearance + Slack, clearance - Slack, clearance - Slack);
        if (strictlyInside(start, block) || strictlyInside(end, block))
            continue;
        grown.append(r.adjusted(-clearance, -clearance, clearance, clearance));
        blockers.append(block);
    }
    if (!pathCrosses(straight, blockers) || blockers.size() > MaxObstacles)
        return straight;

    // Vertices: 0 is the start, 1 the end, then the grown corners outside every blocker.
    QList<QPointF> vertices{start, end};
    for (const QRectF &g : std::as_const(grown)) {
        for (const QPointF &corner : {g.topLeft(), g.topRight(), g.bottomRight(), g.bottomLeft()}) {
            if (std::none_of(blockers.cbegin(), blockers.cend(),
                             [&corner](const QRectF &b) { return strictlyInside(corner, b); }))
                vertices.append(corner);
        }
    }
    const qsizetype n = vertices.size();
    constexpr qreal Infinity = std::numeric_limits<qreal>::infinity();
    QList<qreal> cost(n, Infinity);
    QList<qsizetype> previous(n, -1);
    QList<bool> done(n, false);
    cost[0] = 0;
    const auto estimate = [&](qsizetype i) { return cost[i] + length(end - vertices[i]); };
    for (;;) {
        qsizetype u = -1;
        for (qsizetype i = 0; i < n; ++i) {
            if (!done[i] && cost[i] < Infinity && (u < 0 || estimate(i) < estimate(u)))
                u = i;
        }
        if (u < 0)
            return straight; // no way around: drawn through
        if (u == 1)
            break;
        done[u] = true;
        for (qsizetype v = 1; v < n; ++v) {
            if (done[v])
                continue;
            const qreal through = cost[u] + length(vertices[v] - vertices[u]);
            if (through >= cost[v])
                continue;
            if (pathCrosses(QPolygonF({vertices[u], vertices[v]}), blockers))
                continue;
            cost[v] = through;
            previous[v] = u;
        }
    }
    QPolygonF path;
    for (qsizetype i = 1; i >= 0; i = previous[i])
        path.prepend(vertices[i]);
    return path;
}

QPolygonF roundCorners(const QPolygonF &path, qreal radius)
{
    // Drop repeated points and points on a straight run: they are not corners.
    QPolygonF points;
    for (const QPointF &p : path) {
        if (!points.isEmpty() && length(p - points.last()) < 0.01)
            continue;
        if (points.size() >= 2) {
            const QPointF a = points[points.size() - 1] - points[points.size() - 2];
            const QPointF b = p - points.last();
            if (std::abs(a.x() * b.y() - a.y() * b.x()) < 1e-6 * length(a) * length(b) &&
                QPointF::dotProduct(a, b) > 0)
                points.removeLast();
        }
        points.append(p);
    }
    if (points.size() < 3)
        return points;
    QPolygonF out{points.first()};
    const qsizetype last = points.size() - 1;
    for (qsizetype i = 1; i < last; ++i) {
        const QPointF in = points[i] - points[i - 1];
        const QPointF outDir = points[i + 1] - points[i];
        // A segment between two corners lends each half of itself; the first and last lend all.
        const qreal before = length(in) * (i == 1 ? 0.9 : 0.5);
        const qreal after = length(outDir) * (i + 1 == last ? 0.9 : 0.5);
        const qreal r = std::min({radius, before, after});
        const QPointF a = points[i] - in / length(in) * r;
        const QPointF b = points[i] + outDir / length(outDir) * r;
        // A quadratic curve with the corner as its control point: tangent to both segments.
        for (int s = 0; s <= CornerSteps; ++s) {
            const qreal t = qreal(s) / CornerSteps;
            const qreal u = 1 - t;
            out.append(u * u * a + 2 * u * t * points[i] + t * t * b);
        }
    }
    out.append(points.last());
    return out;
}

} // namespace apim::LinkRouter
