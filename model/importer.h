// Import: existing deployment.toml files in, a topology out.
//
// Each file becomes a node; its role comes from server_role or, failing that,
// from what the file contains. Links, load balancers and databases are
// inferred from the URLs and [database.*] hosts. Import is lossless: whatever
// the designer would not write identically is kept in the node's extra TOML
// (see reviewdiff.h), so exporting without edits gives every file back, equal
// as TOML. The original files are only read.
#pragma once

#include "design.h"
#include "finding.h"
#include "tomlreader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace apim {

struct ImportedFile
{
    QString path;       // as findings show it: the path given, or "archive.zip!/entry"
    QString namingPath; // '/'-separated path the node name and role hints come from
    QByteArray text;
    TomlTable table;    // the parsed file; empty when it did not parse
    bool parsed = false;
    TomlError error;
    NodeId node = 0;    // the node it became; 0 when it did not parse
};
using ImportedFiles = QList<ImportedFile>;

// Finds the config files: a file as it is, a folder searched recursively for
// *.toml, a zip read in memory (its *.toml entries). Returns false, with a
// translated `error`, when an input cannot be read. Files come back sorted by path.
bool collectConfigFiles(const QStringList &paths, ImportedFiles *files, QString *error);

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
