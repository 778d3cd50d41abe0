// Copies of nodes, for paste and duplicate. A copy travels as a fragment in the
// project file format (ProjectFile::serialize of a sub-design, read back with
// ProjectFile::parse), so there is no second serializer and a copy made in one
// window or process pastes into another. The system clipboard is the views'
// business (views/nodeclipboard); this part needs no widgets.
#pragma once

#include "design.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

namespace apim {

class TopologyDocument;

namespace NodeCopies {

// Where a paste lands relative to the copied nodes, so the copies do not hide the originals.
inline constexpr qreal PasteOffset = 40.0;

// The nodes and the links among them, in the project file format. By default
// secrets follow the design's "store passwords" choice, as in a saved file: the
// system clipboard is as public as a file.
QByteArray fragment(const Design &design, const QList<NodeId> &ids, bool withSecrets = false);

// Turns a fragment into nodes and links ready for AddNodesCommand: the nodes get
// fresh names in `target` (Topology::uniqueNames), hostnames and IP addresses
// no node of `target` (nor another copy) uses, and are moved by `offset`.
// False with `error` (file:line:col) for a fragment that does not parse.
bool prepare(const Topology &target, const QByteArray &fragment, const QPointF &offset, QList<Node> *nodes,
             QList<Link> *links, QString *error);

// One undo step each; the new nodes are selected. They return how many nodes
// were added (0 when there was nothing to add).
int paste(TopologyDocument *document, const QByteArray &fragment, const QPointF &offset,
          QString *error = nullptr);
// Copies of the selection, with their passwords (they never leave the process).
int duplicate(TopologyDocument *document);

} // namespace NodeCopies

} // namespace apim
