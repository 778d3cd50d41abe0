// A whole design: what the generators and the project file work from.
#pragma once

#include "designsettings.h"
#include "topology.h"

namespace apim {

struct Design
{
    DesignSettings settings;
    Topology topology;
};

} // namespace apim
