#include "designsettings.h"

namespace apim {

const GatewayEnvironment *DesignSettings::environment(const QString &envName) const
{
    for (const GatewayEnvironment &e : environments) {
        if (e.name == envName)
            return &e;
    }
    return nullptr;
}

} // namespace apim
