// The deployment.toml files an import reads: from disk, folders and zips (read
// in memory, never extracted), and again later from where imported nodes say
// they came from.
#pragma once

#include "design.h"
#include "endpoints.h"
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
    TomlTable table; // the parsed file; empty when it did not parse
    bool parsed = false;
    TomlError error;
    NodeId node = 0; // the node it became; 0 when it did not parse
    // It did not parse, but it is a template whose body without its statement lines does:
    // `table` holds all of it, and the review reads it as it reads a parsed file.
    bool templateBody = false;
    // endpoints::collect(table), as importFiles() worked it out (usesKnown): the review reads
    // them rather than collecting them again. Whoever changes `table` clears usesKnown.
    QList<endpoints::Use> uses{}; // {}: braced lists of the leading fields stay complete
    bool usesKnown = false;
};
using ImportedFiles = QList<ImportedFile>;

// Finds the config files: a file as it is, a folder searched recursively for
// *.toml, a zip read in memory (its *.toml entries). Returns false, with a
// translated `error`, when an input cannot be read. Files come back sorted by path.
bool collectConfigFiles(const QStringList &paths, ImportedFiles *files, QString *error);

// Splits a source path as imports record it: "/a/set.zip!/x/deployment.toml"
// gives "/a/set.zip" and sets `entry` to "!/x/deployment.toml"; a plain path
// comes back as it is, with an empty `entry`.
QString sourceDiskPath(const QString &sourcePath, QString *entry);

// Where a file came from, absolute, so that a saved design finds it again from anywhere:
// /abs/file.toml, or /abs/archive.zip!/entry.
QString absoluteSourcePath(const QString &path);

// Whether `path` names a zip: by suffix, or by its first bytes.
bool looksLikeZip(const QString &path);

// The files imported nodes came from (Node::sourceFile), read and parsed again
// so that the Review dock can compare them after the design was saved and
// reopened. A relative source path is tried against `baseDir` first. Files that
// are gone are left out; `node` is set on each file found.
ImportedFiles readSourceFiles(const Design &design, const QString &baseDir);

} // namespace apim
