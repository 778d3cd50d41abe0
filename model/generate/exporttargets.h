// What an export writes: the bundle, a deployment engine's files, or all of them.
// One registry row per target, so that the CLI's --target, its help and the GUI's
// Export dialog list the same choices; a target not built yet is listed as such.
#pragma once

#include "bundlefile.h"
#include "design.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace apim {

struct ExportTarget
{
    QString id;         // on the command line: "bundle", "compose"
    const char *label;  // untranslated, context "ExportTarget"
    const char *folder; // under the bundle's top folder; nullptr: the bundle itself
    bool built = false; // false: named (so that usage errors list it) but not available yet
    // Why the target cannot express the design; empty when it can. nullptr: always can.
    QString (*refusal)(const Design &) = nullptr;
    // Its files, paths relative to `folder` (or to the top folder for the bundle).
    BundleFiles (*generate)(const Design &) = nullptr;
};

namespace exporttargets {

inline const QString All = QStringLiteral("all");
inline const QString Default = QStringLiteral("bundle");

// Every target, in the order the CLI and the GUI list them.
const QList<ExportTarget> &all();
const ExportTarget *find(const QString &id);
// The ids --target takes: the built targets, then "all".
QStringList choices();
// The translated label of a choice ("all" included).
QString label(const QString &id);
// The files of a choice under the bundle's top folder, sorted; false with the reason
// when the design cannot be expressed or the target is unknown or not built. With
// "all", a target that cannot express the design is skipped and `notes` says why.
// `finish` (optional) is applied to every file once it is generated (generateBundle()).
bool generate(const Design &design, const QString &id, BundleFiles *files, QString *error,
              QStringList *notes = nullptr, const BundleFinisher &finish = {});

} // namespace exporttargets

} // namespace apim
