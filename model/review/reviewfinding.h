// The one way the review and the model's checks make a finding.
#pragma once

#include "finding.h"

namespace apim::review {

// A finding of `rule` about `node` (nullptr: the design as a whole). Where it
// points into a file, the caller adds file, line and column.
Finding newFinding(const QString &rule, Severity severity, const Node *node, const QString &message = {},
                   const QString &hint = {});
// The same for a review rule, with the severity its registry entry gives.
Finding ruleFinding(QLatin1String rule, const Node *node, const QString &message = {},
                    const QString &hint = {});

} // namespace apim::review
