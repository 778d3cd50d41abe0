// The registry's per-kind facts beyond fields and links (traits, look, import
// hints, releases, components), kept apart from the field descriptions.
// Internal to the registry.
#pragma once

#include "schemaregistry.h"

namespace apim::kindfacts {

// Fills the traits, look, import hints, releases and components of a kind.
void fill(KindSpec &spec);
// The path hints of every kind: full role names first, then abbreviations, each by priority.
QList<PathHint> pathHints(const QList<KindSpec> &kinds);

} // namespace apim::kindfacts
