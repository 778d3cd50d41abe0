// A problem found in a design or an imported file: by the model's own checks
// or by a review rule.
#pragma once

#include "topology.h"

#include <QList>
#include <QString>

namespace apim {

enum class Severity { Error, Warning, Info };

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
