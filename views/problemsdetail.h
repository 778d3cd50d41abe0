// What the Problems dock's detail pane says about a row: the whole message,
// the hint, node, rule, file:line:col and the fixes on offer, as HTML with
// every value escaped.
#pragma once

#include "finding.h"

#include <QIcon>
#include <QString>

namespace apim {

// "file:line:col" (as much as the finding knows); empty without a file.
QString findingLocation(const Finding &finding);
// The style's icon for a severity.
QIcon severityIcon(Severity severity);

// One finding, raised `count` times.
QString findingDetailHtml(const Finding &finding, int count);
// A rule's row standing for `findings`.
QString ruleDetailHtml(const QString &rule, const Findings &findings);
// The design setting a design-wide finding is about, as its fixes name it; empty when none does.
QString findingSettingKey(const Finding &finding);

} // namespace apim
