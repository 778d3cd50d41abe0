// A design finding's quick fix (FindingFix, finding.h) as one undo step.
//
// The steps are data that were right for the design the finding was made on. Each
// is checked again on the design as it is now, in order, and the whole fix is
// refused when one no longer fits: a node or link that is gone, a link that
// exists or may not be drawn, a value that is already what the step would set.
// A fix that is refused changes nothing.
#pragma once

#include "finding.h"
#include "reviewfix.h" // FixEnvironmentsKey

#include <QString>

class QUndoCommand;

namespace apim {

class TopologyDocument;

// One undo command (a macro of the existing node, link and settings commands) that
// applies `fix`, for the caller to push; nullptr with a translated `error` when the
// design no longer matches the fix or a step is not a design step (ReplaceText).
QUndoCommand *makeFixCommand(TopologyDocument *document, const FindingFix &fix, QString *error);

} // namespace apim
