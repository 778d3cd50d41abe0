#include "apimresources.h"

namespace apim {

QStringList embeddedIconPaths()
{
    return {QStringLiteral(":/icons/all-in-one.svg"),    QStringLiteral(":/icons/apim-designer.svg"),
            QStringLiteral(":/icons/control-plane.svg"), QStringLiteral(":/icons/database.svg"),
            QStringLiteral(":/icons/gateway.svg"),       QStringLiteral(":/icons/key-manager.svg"),
            QStringLiteral(":/icons/load-balancer.svg"), QStringLiteral(":/icons/traffic-manager.svg")};
}

} // namespace apim
