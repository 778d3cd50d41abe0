// The model's own checks: what makes a design unable to produce a working bundle.
#pragma once

#include "design.h"
#include "finding.h"

namespace apim {

Findings validateDesign(const Design &design);

} // namespace apim
