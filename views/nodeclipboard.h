// Cut, copy, paste and duplicate of nodes. The clipboard holds a fragment in
// the project file format (ProjectFile::serialize of a sub-design, read back
// with ProjectFile::parse), so there is no second serializer and a copy made in
// one window or process pastes into another.
#pragma once

#include "design.h"

#include <QList>
#include <QPointF>
#include <QString>

class QMimeData;

namespace apim {

class TopologyDocument;

namespace NodeClipboard {

inline const QString MimeType = QStringLiteral("application/x-apimtopo-nodes");
// Where a paste lands relative to the copied nodes, so the copies do not hide the originals.
inline constexpr qreal PasteOffset = 40.0;

// The nodes and the links among them, in the project file format. By default
// secrets follow the design's "store passwords" choice, as in a saved file: the
// system clipboard is as public as a file.
QByteArray fragment(const Design &design, const QList<NodeId> &ids, bool withSecrets = false);
QMimeData *createMimeData(const Design &design, const QList<NodeId> &ids);
bool canPaste(const QMimeData *data);

// Turns a fragment into nodes and links ready for AddNodesCommand: every node
// gets a fresh unique name in `target` (Topology::uniqueName) and is moved by
// `offset`. False with `error` (file:line:col) for a fragment that does not parse.
bool prepare(const Topology &target, const QByteArray &fragment, const QPointF &offset, QList<Node> *nodes,
             QList<Link> *links, QString *error);

// The edit actions on a document; each is one undo step. Paste and duplicate
// select the new nodes and return their count (0 when there was nothing to add).
void copy(const TopologyDocument &document);
void cut(TopologyDocument *document);
int paste(TopologyDocument *document, const QMimeData *data, const QPointF &offset, QString *error = nullptr);
int duplicate(TopologyDocument *document);

} // namespace NodeClipboard

} // namespace apim
