// Text and JSON forms of findings, shared by the CLI and the GUI's copy action.
#pragma once

#include "design.h"
#include "finding.h"

#include <QByteArray>
#include <QStringList>

namespace apim {

// Compiler style: `file:line:col: severity: message [rule-id]`.
QString formatFindingText(const Finding &finding, const QString &defaultFile = QString());
// {"findings":[...],"summary":{"errors":N,"warnings":N,"info":N}}; each finding lists its
// fixes, {"title", "steps"}, with the steps as data a CI tool can apply: "replace-text" (file,
// 1-based line and column, `length` code points that read `old`, replaced by `text`), or
// "set-node-value" (node, key, value), "set-setting" (key, value), "add-link" and
// "remove-link" (from, to) for a design. `topology` names the nodes a design's steps use.
QByteArray formatFindingsJson(const Findings &findings, const QString &defaultFile = QString(),
                              const Topology *topology = nullptr);

// One line per shipped default credential the design would export (admin/admin, wso2carbon).
QStringList defaultCredentialWarnings(const Design &design);

} // namespace apim
