// Built-in starting designs: the seed page's single-node and HA deployments.
#pragma once

#include "design.h"

#include <QStringList>

namespace apim {

namespace Templates {

// Pattern ids accepted by `apim-designer-cli new` and File > New.
QStringList patterns();
QString description(const QString &pattern);

// Builds a pattern. Counts apply to gw-cp-ha (at least 1 each; the seed has 2).
// Returns false with `error` for an unknown pattern or bad counts.
bool create(const QString &pattern, int gateways, int controlPlanes, Design *out, QString *error);

} // namespace Templates

} // namespace apim
