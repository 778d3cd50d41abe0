// A problem found in a design or an imported file: by the model's own checks
// or by a review rule.
#pragma once

#include "topology.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <algorithm>

namespace apim {

enum class Severity { Error, Warning, Info };

// One mechanical step of a quick fix, as data so that findings stay comparable
// and the CLI and the GUI apply the same steps. A design finding repairs the
// topology (model/edit turns the steps into one undo command); a finding on an
// imported file repairs its text (model/review writes fixed copies).
struct FixStep
{
    enum class Kind {
        SetNodeValue, // node, key (a schema field), value
        SetSetting,   // key (a design-settings key), value
        AddLink,      // node -> other
        RemoveLink,   // node -> other
        ReplaceText,  // file, line, column (1-based), length (0 inserts), text
    };
    Kind kind = Kind::SetNodeValue;
    NodeId node = 0;
    NodeId other = 0;
    QString key;
    QVariant value;
    QString file;
    int line = 0;
    int column = 0;
    int length = 0;
    QString text;

    bool operator==(const FixStep &) const = default;
};

struct FindingFix
{
    QString title; // translated, imperative: "Set the port to 9444"
    QList<FixStep> steps;

    // True when every step repairs the design (none edits a file's text): only
    // these can become an undo command of the open document.
    bool editsDesign() const
    {
        return !steps.isEmpty() && std::ranges::none_of(steps, [](const FixStep &s) {
            return s.kind == FixStep::Kind::ReplaceText;
        });
    }

    bool operator==(const FindingFix &) const = default;
};

struct Finding
{
    QString rule; // stable id, e.g. "gateway-label-unmatched"
    Severity severity = Severity::Error;
    NodeId node = 0; // 0: the design as a whole
    QString nodeName;
    QString file; // where there is one
    int line = 0;
    int column = 0;
    QString message;
    QString hint;
    QList<FindingFix> fixes; // empty: no mechanical fix

    bool operator==(const Finding &) const = default;
};

using Findings = QList<Finding>;

QString severityName(Severity s);  // "error", "warning", "info" (machine-readable)
QString severityLabel(Severity s); // translated
// Counts per severity.
struct FindingCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
FindingCounts countFindings(const Findings &findings);

} // namespace apim
