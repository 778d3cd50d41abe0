// Cut, copy and paste of nodes through the system clipboard: the MIME glue
// around the fragments of model/edit/nodecopies.
#pragma once

#include "topology.h"

#include <QPointF>
#include <QString>

class QMimeData;

namespace apim {

class TopologyDocument;

namespace NodeClipboard {

inline const QString MimeType = QStringLiteral("application/x-apimtopo-nodes");

bool canPaste(const QMimeData *data);

// The edit actions on a document; each is one undo step. Paste selects the new
// nodes and returns their count (0 when there was nothing to add).
void copy(const TopologyDocument &document);
void cut(TopologyDocument *document);
int paste(TopologyDocument *document, const QMimeData *data, const QPointF &offset, QString *error = nullptr);

} // namespace NodeClipboard

} // namespace apim
