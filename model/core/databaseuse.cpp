#include "databaseuse.h"

namespace apim {

bool usesDatabase(NodeKind kind, const ApimVersion &version)
{
    const KindTraits &t = SchemaRegistry::instance().traits(kind);
    if (!t.usesApimDb && !t.usesSharedDb)
        return false;
    if (kind == NodeKind::Gateway || kind == NodeKind::TrafficManager)
        return version.major == 4 && version.minor < 7;
    return true;
}

} // namespace apim
