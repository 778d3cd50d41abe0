// The *.toml files under a folder, found and read on every core.
//
// A set of 1,000 nodes is some 3,000 folders: walking them one after the other and
// reading each file in turn took a third of an import. The walk finds what
// QDirIterator(folder, {"*.toml"}, QDir::Files, Subdirectories) finds, spelled as it
// spells it: regular files (or links to them) whose name ends in ".toml" in any case,
// no hidden file or folder, no link to a folder followed.
#pragma once

#include "configfiles.h"

#include <QString>

namespace apim {

// Appends the files under `folder`, read, in no particular order. Returns false with
// readDiskFile()'s `error` when a file cannot be read (of several, the first by path).
bool scanTomlFolder(const QString &folder, ImportedFiles *found, QString *error);

// Reads a regular file whole (one byte over TomlLimits::MaxFileBytes at most, for the
// reader's message). False with a translated `error` otherwise.
bool readDiskFile(const QString &path, QByteArray *data, QString *error);

} // namespace apim
