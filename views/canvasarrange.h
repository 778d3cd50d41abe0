// Align and distribute: new positions for a selection, computed from the model.
// The view pushes the result as one MoveNodesCommand.
#pragma once

#include "topology.h"

#include <QHash>
#include <QPointF>

namespace apim {

namespace CanvasArrange {

enum class Alignment { Left, HCenter, Right, Top, VCenter, Bottom };

// Positions of the nodes that move; empty when nothing would change.
// Alignment needs two nodes; distribution keeps the outermost two in place and
// needs three.
QHash<NodeId, QPointF> align(const Topology &topology, const QList<NodeId> &ids, Alignment alignment);
QHash<NodeId, QPointF> distribute(const Topology &topology, const QList<NodeId> &ids,
                                  Qt::Orientation orientation);
// Positions from autoLayout() that differ from the current ones.
QHash<NodeId, QPointF> layout(const Topology &topology);

} // namespace CanvasArrange

} // namespace apim
