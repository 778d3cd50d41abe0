// Text and JSON forms of findings, shared by the CLI and the GUI's copy action.
#pragma once

#include "design.h"
#include "finding.h"

#include <QByteArray>
#include <QStringList>

namespace apim {

// Compiler style: `file:line:col: severity: message [rule-id]`.
QString formatFindingText(const Finding &finding, const QString &defaultFile = QString());
// {"findings":[...],"summary":{"errors":N,"warnings":N,"info":N}}
QByteArray formatFindingsJson(const Findings &findings, const QString &defaultFile = QString());

// One line per shipped default credential the design would export (admin/admin, wso2carbon).
QStringList defaultCredentialWarnings(const Design &design);

} // namespace apim
