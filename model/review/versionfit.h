// Whether the design's API-M version can run its topology: kinds, profiles and
// services that the version has, and the node counts the facts allow. Every
// problem is an error with its reason and a way out (rule version-topology);
// the model's checks (validateDesign) and the review both raise it.
#pragma once

#include "design.h"
#include "finding.h"

namespace apim {

class FindingMemo;

struct VersionProblem
{
    const Node *node = nullptr; // nullptr: the design as a whole
    QString message;            // the reason, translated
    QString hint;               // the way out, translated
    // Read from the links alone (a gateway with no node to throttle through): on an imported
    // node, the wiring rules read the same from its file (missing-endpoint, unknown-host,
    // endpoint-target-kind), with the line, and placeholders there say nothing.
    bool fromLinks = false;
};

QList<VersionProblem> versionProblems(const Design &design);

// The same as findings of rule::VersionTopology, without file positions, written to `memo`
// (per node in its loops, findingmemo.h).
void versionFindings(const Design &design, FindingMemo &memo);

} // namespace apim
