// Import: existing deployment.toml files in, a topology out.
//
// Each file becomes a node; its role comes from server_role or, failing that,
// from what the file contains. Links, load balancers and databases are
// inferred from the URLs and [database.*] hosts. Import is lossless: whatever
// the designer would not write identically is kept in the node's extra TOML
// (see reviewdiff.h), so exporting without edits gives every file back, equal
// as TOML. The original files are only read.
#pragma once

#include "configfiles.h"
#include "design.h"
#include "finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace apim {

// Builds a design from files already read. Files that do not parse become a
// `toml-syntax` finding and no node. Fills each file's `node`.
void importFiles(ImportedFiles *files, Design *out, Findings *findings);

// collectConfigFiles() then importFiles(). Returns false only when an input
// cannot be read; `files` (optional) receives the files for the review rules.
bool importConfigs(const QStringList &paths, Design *out, Findings *findings, QString *error,
                   ImportedFiles *files = nullptr);

// The node name a file gets: <dir> for <dir>/repository/conf/deployment.toml and
// <dir>/deployment.toml, else the file name without its suffix; sanitised.
QString nodeNameForPath(const QString &namingPath);

} // namespace apim
