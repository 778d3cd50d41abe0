// A small picture of a design for File > New: its nodes as boxes in the canvas
// colours with their kind tags, and its links as lines, at the auto-layout positions.
#pragma once

#include "design.h"

#include <QPixmap>
#include <QSize>

namespace apim {

// The design a pattern builds with its defaults: the source of its picture, its counts.
Design defaultPatternDesign(const QString &pattern);

QPixmap patternPreview(const Design &design, const QSize &size, qreal devicePixelRatio = 1.0);

} // namespace apim
