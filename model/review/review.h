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
#include "ruleids.h"

#include <QAnyStringView>
#include <QFlags>
#include <QStringList>

#include <span>

namespace apim {

class GenerationCache;

// `generated`, synced to `design`, keeps the generated deployment.toml files between reviews.
Findings reviewDesign(const Design &design, const QList<ImportedFile> *files = nullptr,
                      GenerationCache *generated = nullptr);

// What `lint` and the GUI's import report on a config set just imported: the
// review on the original files, plus the import's notes on how it read the set
// (roles, balancers, databases) unless a review rule says the same. Kept values
// only matter to a design, so they are left out. In compiler order.
Findings reviewImport(const Design &design, const QList<ImportedFile> &files, const Findings &imported);

// What a rule reads.
enum class RuleInput {
    Text = 0x1,     // a file as written: an imported one, or a node's extra TOML
    Config = 0x2,   // each API-M node's deployment.toml: imported, or generated from the design
    Topology = 0x4, // the design's nodes, links, clusters and machines
};
Q_DECLARE_FLAGS(RuleInputs, RuleInput)
Q_DECLARE_OPERATORS_FOR_FLAGS(RuleInputs)

// The registry: every rule the review can raise, in one table. Rules raise
// findings through it (the severity comes from here), help texts and
// `apim-designer-cli rules` list it, and the tests walk it.
struct ReviewRule
{
    QLatin1String id;    // one of rule:: (ruleids.h)
    Severity severity;   // the most severe it raises; a rule may raise a milder one
    const char *title;   // untranslated; QCoreApplication::translate("Review", title)
    const char *summary; // what it checks, untranslated likewise
    RuleInputs inputs;
};
std::span<const ReviewRule> reviewRules();
// The rules that flag the seed page's sample secrets (admin/admin and the wso2carbon stores,
// database passwords equal to their user names, the shipped keystore): a design made from a
// pattern keeps them until the user sets their own, so its export warns of them and of nothing
// else.
bool flagsSampleSecrets(QAnyStringView rule);
const ReviewRule *reviewRule(QAnyStringView id); // nullptr for an id no rule has

} // namespace apim
