// Shared look of the canvas: node geometry, kind and link colours, kind icons.
// The palette, the nodes, the links, the legend and the exports all read it, so
// that a colour or a size is defined once.
#pragma once

#include "schemaregistry.h"

#include <QColor>
#include <QIcon>
#include <QPen>
#include <QPixmap>
#include <QRectF>

class QPainter;
class QPalette;

namespace apim {

namespace CanvasStyle {

inline constexpr qreal NodeWidth = 176.0;
inline constexpr qreal NodeHeight = 60.0;
inline constexpr qreal NodeRadius = 8.0;
inline constexpr qreal HandleRadius = 5.5;
inline constexpr qreal GridSize = 20.0;
// Below these levels of detail text, then shapes, are skipped.
inline constexpr qreal TextLod = 0.45;
inline constexpr qreal ShapeLod = 0.2;

inline QRectF nodeRect()
{
    return QRectF(0, 0, NodeWidth, NodeHeight);
}

bool isDark(const QPalette &palette);

QColor kindColor(NodeKind kind);
// A short tag shown when the kind's SVG icon is not available ("GW").
QString kindTag(NodeKind kind);

QColor linkColor(LinkKind kind, const QPalette &palette);
// Solid, dashed or dotted; `width` in scene units (or pixels when cosmetic).
QPen linkPen(LinkKind kind, const QPalette &palette, qreal width = 1.6, bool cosmetic = false);

QColor errorColor();
QColor warningColor();

// Draws the kind's icon into `rect`: the SVG resource when it exists (vector,
// so exports stay sharp), else a drawn tag in the kind colour.
void paintKindIcon(QPainter *painter, NodeKind kind, const QRectF &rect);
// The same, rendered once per size and kept.
QPixmap kindPixmap(NodeKind kind, int size, qreal devicePixelRatio = 1.0);
QIcon kindIcon(NodeKind kind);

} // namespace CanvasStyle

} // namespace apim
