#include "autolayout.h"

#include <algorithm>

namespace apim {

namespace {

int tierOf(NodeKind kind)
{
    return SchemaRegistry::instance().kind(kind).look.layoutTier;
}

} // namespace

QHash<NodeId, QPointF> autoLayout(const Topology &t)
{
    using namespace Layout;
    QHash<NodeId, QPointF> pos;

    // Group the nodes of tiers 1-3 into clusters (members of one balancer) or singletons.
    QList<QList<const Node *>> tiers[4];
    QHash<NodeId, int> clusterSlot; // balancer id -> index in its tier's list
    for (const Node &n : t.nodes()) {
        const int tier = tierOf(n.kind);
        if (tier == 0)
            continue;
        if (const Node *lb = t.balancerOf(n.id)) {
            const auto it = clusterSlot.constFind(lb->id);
            if (it != clusterSlot.constEnd()) {
                tiers[tier][*it].append(&n);
                continue;
            }
            clusterSlot.insert(lb->id, int(tiers[tier].size()));
        }
        tiers[tier].append({&n});
    }

    // Lay groups out left to right, wrapping long clusters into several rows.
    double y = 0;
    QHash<NodeId, QPair<double, double>> clusterSpan; // balancer id -> x range of its members
    y = RowHeight + TierGap;                          // row 0 is for balancers
    for (int tier = 1; tier < 4; ++tier) {
        double x = 0;
        int rows = 1;
        for (const QList<const Node *> &group : tiers[tier]) {
            const int columns = std::min<int>(int(group.size()), MaxColumns);
            for (int i = 0; i < group.size(); ++i) {
                const int row = i / MaxColumns; // whole rows: a node sits on a grid cell
                pos.insert(group[i]->id, QPointF(x + (i % MaxColumns) * ColumnWidth, y + row * RowHeight));
            }
            if (const Node *lb = t.balancerOf(group.first()->id))
                clusterSpan.insert(lb->id, {x, x + (columns - 1) * ColumnWidth});
            rows = std::max(rows, int((group.size() + MaxColumns - 1) / MaxColumns));
            x += columns * ColumnWidth + ClusterGap;
        }
        if (!tiers[tier].isEmpty())
            y += rows * RowHeight + TierGap;
    }

    // Balancers sit above the middle of their cluster, pushed right to avoid overlap.
    double nextFree = -1e18;
    QList<const Node *> balancers = t.nodesWith(&KindTraits::balancer);
    QList<QPair<double, const Node *>> wanted;
    double unattached = 0;
    for (const Node *lb : balancers) {
        const auto span = clusterSpan.value(lb->id, {-1, -1});
        double x = span.first >= 0 ? (span.first + span.second) / 2 : -1;
        if (x < 0) {
            x = unattached;
            unattached += ColumnWidth;
        }
        wanted.append({x, lb});
    }
    std::stable_sort(wanted.begin(), wanted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[x, lb] : wanted) {
        const double placed = std::max(x, nextFree);
        pos.insert(lb->id, QPointF(placed, 0));
        nextFree = placed + ColumnWidth;
    }
    return pos;
}

} // namespace apim
