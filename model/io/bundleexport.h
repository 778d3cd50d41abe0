// The one export path, shared by File > Export Bundle and `apim-designer-cli export`.
#pragma once

#include "design.h"
#include "exporttargets.h"

#include <QString>
#include <QStringList>

namespace apim {

struct ExportOptions
{
    bool overwrite = false;
    // Write a folder instead of a zip (the CLI chooses it for a target ending in '/').
    bool directory = false;
    // Appended to "already exists" (BundleWriteOptions::replaceHint); empty: the GUI's words.
    QString replaceHint;
    // Files a replaced folder must not hold: the project file, the import sources.
    QStringList keepPaths;
    // What to write (exporttargets::choices()): the bundle, a deployment engine's files, or all.
    QString target = exporttargets::Default;
};

// Generates the chosen target's files and writes them atomically; a target that cannot
// express the design is refused with the reason. On failure nothing changes at `target`.
// `notes` (optional): the targets "all" skipped, and why.
bool exportBundle(const Design &design, const QString &target, const ExportOptions &options, QString *error,
                  QStringList *notes = nullptr);

// True when the target names a folder: it ends in a separator or is an existing directory.
bool isDirectoryTarget(const QString &target);

} // namespace apim
