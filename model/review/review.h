// The review: rules that catch the misconfigurations users of distributed
// API-M report again and again (../shared/reference/wso2-domain.md §6, §9).
//
// It runs on imported config sets and on designs made in the GUI. With `files`
// (from the import), each imported node is checked on its original file, with
// line numbers, and file-level rules (table order, [secrets] last) read the
// text. Without them, or for nodes no file matches, every API-M node is checked
// on the deployment.toml the designer generates for it. Pass the files only
// while the design still matches them (right after the import); after edits,
// review the design alone.
//
// Cost is linear in the design's size so that the GUI can run it on every edit.
#pragma once

#include "design.h"
#include "finding.h"
#include "importer.h"

#include <QStringList>

namespace apim {

Findings reviewDesign(const Design &design, const QList<ImportedFile> *files = nullptr);

// Every rule id the review can raise, with its usual severity, for help texts.
struct ReviewRule
{
    QString id;
    Severity severity;
    const char *summary; // untranslated; QCoreApplication::translate("Review", summary)
};
QList<ReviewRule> reviewRules();

} // namespace apim
