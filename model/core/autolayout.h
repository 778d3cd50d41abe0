// Tiered layout: load balancers, then gateways, then control planes (and other
// API-M nodes), then databases. Clusters stay together; the result depends only
// on the topology's order, so it is deterministic.
#pragma once

#include "topology.h"

#include <QHash>
#include <QPointF>

namespace apim {

namespace Layout {
inline constexpr double ColumnWidth = 200.0;
inline constexpr double RowHeight = 110.0;
inline constexpr double TierGap = 70.0;
inline constexpr double ClusterGap = 60.0;
inline constexpr int MaxColumns = 12;
} // namespace Layout

QHash<NodeId, QPointF> autoLayout(const Topology &topology);

} // namespace apim
