// Imported nodes pin the values their files had: the extra TOML keeps each key
// the designer would write differently (or #!omit for keys the file lacks).
// A user's edit must still show in the exported file, so an edit releases the
// pins of exactly the keys whose generated value it changes; all other pinned
// keys stay as imported.
#pragma once

#include "design.h"

#include <QHash>
#include <QString>

namespace apim {

// Whether any node carries extra TOML (only then is there anything to release).
bool hasPinnedValues(const Design &design);

// The new extra TOML text of each node whose pins the change from `before` to
// `after` releases. Nodes that are not in both designs are left out.
QHash<NodeId, QString> releasedPins(const Design &before, const Design &after);

} // namespace apim
