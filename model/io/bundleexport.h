// The one export path, shared by File > Export Bundle and `apim-designer-cli export`.
#pragma once

#include "design.h"

#include <QString>

namespace apim {

struct ExportOptions
{
    bool overwrite = false;
    // Write a folder instead of a zip (the CLI chooses it for a target ending in '/').
    bool directory = false;
};

// Generates the bundle and writes it atomically. On failure nothing changes at `target`.
bool exportBundle(const Design &design, const QString &target, const ExportOptions &options, QString *error);

// True when the target names a folder: it ends in a separator or is an existing directory.
bool isDirectoryTarget(const QString &target);

} // namespace apim
