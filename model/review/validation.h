// The model's own checks: what makes a design unable to produce a working bundle.
#pragma once

#include "design.h"
#include "finding.h"

namespace apim {

class FindingMemo;
class GenerationCache;

Findings validateDesign(const Design &design);

// Everything the GUI's Problems view and `validate`/`export` report: the model's
// checks plus the review rules on the generated files, each finding once.
// `generated` (generationcache.h), synced to `design`, keeps generated files between checks,
// and `memo` (findingmemo.h), with it, each node's findings.
Findings checkDesign(const Design &design, GenerationCache *generated = nullptr, FindingMemo *memo = nullptr);

} // namespace apim
