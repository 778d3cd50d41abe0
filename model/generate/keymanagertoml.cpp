// A key manager's own part of deployment.toml.
#include "kindtoml.h"
#include "tomlcommon.h"
#include "tomlkeys.h"

namespace apim::tomlgen {

// Imported, not yet generated: what the model knows of it is the shared part plus its
// kept keys.
void writeKeyManager(TomlTable &, const Design &, const Node &) {}

} // namespace apim::tomlgen
