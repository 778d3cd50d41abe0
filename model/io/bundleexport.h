// The one export path, shared by File > Export Bundle and `apim-designer-cli export`.
#pragma once

#include "design.h"

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
};

// Generates the bundle and writes it atomically. On failure nothing changes at `target`.
bool exportBundle(const Design &design, const QString &target, const ExportOptions &options, QString *error);

// True when the target names a folder: it ends in a separator or is an existing directory.
bool isDirectoryTarget(const QString &target);

} // namespace apim
