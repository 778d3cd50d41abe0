// Whether a kind's node connects to the API-M databases in a product version. One
// place for it until database use is part of each KindRelease.
#pragma once

#include "schemaregistry.h"

namespace apim {

// Facts sheet §1.4: the 4.7 gateway and traffic manager packs ship without a database
// and make no database connection; up to 4.6 every API-M kind has one (the gateway
// shared_db, the rest both, per KindTraits).
bool usesDatabase(NodeKind kind, const ApimVersion &version);

} // namespace apim
