#include "canvasarrange.h"
#include "autolayout.h"

#include <algorithm>

namespace apim {

namespace CanvasArrange {

namespace {

QList<const Node *> nodesOf(const Topology &topology, const QList<NodeId> &ids)
{
    QList<const Node *> nodes;
    for (NodeId id : ids) {
        if (const Node *n = topology.node(id))
            nodes.append(n);
    }
    return nodes;
}

// Every card has the same size, so aligning edges and centres is aligning positions.
qreal coordinate(const QPointF &p, Qt::Orientation o)
{
    return o == Qt::Horizontal ? p.x() : p.y();
}

QPointF withCoordinate(QPointF p, Qt::Orientation o, qreal value)
{
    (o == Qt::Horizontal ? p.rx() : p.ry()) = value;
    return p;
}

} // namespace

QHash<NodeId, QPointF> align(const Topology &topology, const QList<NodeId> &ids, Alignment alignment)
{
    const QList<const Node *> nodes = nodesOf(topology, ids);
    QHash<NodeId, QPointF> out;
    if (nodes.size() < 2)
        return out;
    const bool horizontal =
        alignment == Alignment::Left || alignment == Alignment::HCenter || alignment == Alignment::Right;
    const Qt::Orientation o = horizontal ? Qt::Horizontal : Qt::Vertical;
    qreal low = coordinate(nodes.first()->pos, o);
    qreal high = low;
    for (const Node *n : nodes) {
        low = std::min(low, coordinate(n->pos, o));
        high = std::max(high, coordinate(n->pos, o));
    }
    qreal target = low;
    if (alignment == Alignment::HCenter || alignment == Alignment::VCenter)
        target = (low + high) / 2;
    else if (alignment == Alignment::Right || alignment == Alignment::Bottom)
        target = high;
    for (const Node *n : nodes) {
        if (coordinate(n->pos, o) != target)
            out.insert(n->id, withCoordinate(n->pos, o, target));
    }
    return out;
}

QHash<NodeId, QPointF> distribute(const Topology &topology, const QList<NodeId> &ids, Qt::Orientation o)
{
    QList<const Node *> nodes = nodesOf(topology, ids);
    QHash<NodeId, QPointF> out;
    if (nodes.size() < 3)
        return out;
    // Ties keep the model's order, so the result does not depend on the selection's order.
    std::stable_sort(nodes.begin(), nodes.end(), [&](const Node *a, const Node *b) {
        const qreal ca = coordinate(a->pos, o);
        const qreal cb = coordinate(b->pos, o);
        return ca != cb ? ca < cb : topology.indexOfNode(a->id) < topology.indexOfNode(b->id);
    });
    const qreal first = coordinate(nodes.first()->pos, o);
    const qreal step = (coordinate(nodes.last()->pos, o) - first) / (nodes.size() - 1);
    for (qsizetype i = 1; i + 1 < nodes.size(); ++i) {
        const qreal value = first + step * i;
        if (coordinate(nodes[i]->pos, o) != value)
            out.insert(nodes[i]->id, withCoordinate(nodes[i]->pos, o, value));
    }
    return out;
}

QHash<NodeId, QPointF> layout(const Topology &topology)
{
    QHash<NodeId, QPointF> out = autoLayout(topology);
    for (auto it = out.begin(); it != out.end();) {
        const Node *n = topology.node(it.key());
        if (n && n->pos == it.value())
            it = out.erase(it);
        else
            ++it;
    }
    return out;
}

} // namespace CanvasArrange

} // namespace apim
