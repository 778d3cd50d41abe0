// The model's own checks: what makes a design unable to produce a working bundle.
#pragma once

#include "design.h"
#include "finding.h"

namespace apim {

Findings validateDesign(const Design &design);

// Everything the GUI's Problems view and `validate`/`export` report: the model's
// checks plus the review rules on the generated files, each finding once.
Findings checkDesign(const Design &design);

} // namespace apim
