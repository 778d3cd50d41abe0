// What an imported deployment.toml has that the designer would not write for
// its node, and the reverse. The importer keeps the first as the node's extra
// TOML so that export gives the file back; the review view shows both sides.
//
// The generator merges extra TOML over what it writes, which can add and
// replace keys but not remove them. Keys the designer writes but the file
// leaves out (a missing `offset`, say) are therefore listed in the extra TOML
// as comment lines, one per key:
//
//     #!omit server.offset
//
// Comments keep the text valid TOML for every reader; removeOmittedKeys()
// applies them.
#pragma once

#include "design.h"
#include "tomldocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace apim {

struct TomlDiff
{
    struct Change
    {
        QStringList path;
        TomlValue generated;
        TomlValue original;
    };

    TomlTable extra;             // keys the original has that the generated tree lacks or has otherwise
    QList<QStringList> omitted;  // generated keys the original leaves out
    QList<Change> changed;       // values both have, differently (arrays of tables: element by element)
    bool isEmpty() const { return extra.isEmpty() && omitted.isEmpty(); }
};

// Compares what the designer generates with an original file.
TomlDiff diffToml(const TomlTable &generated, const TomlTable &original);

// The extra TOML text of a diff: the #!omit lines, then the kept keys.
QString extraTomlText(const TomlDiff &diff);

// The generated keys an extra TOML text says to leave out.
QList<QStringList> omittedKeys(const QString &extraToml);

// Removes from `generated` the keys `extraToml` leaves out, except those the
// extra TOML itself sets. Idempotent, so it may run before or after the merge.
void removeOmittedKeys(const QString &extraToml, TomlTable *generated);

// For messages: a changed path as apim.gateway.environment[0].ws_endpoint, and a
// value as TOML writes it, cut to `maxLength` characters.
QString diffPathText(const QStringList &path);
QString tomlValueText(const TomlValue &value, int maxLength = 120);

// What export writes for a node: deploymentToml() with the left-out keys removed.
TomlTable effectiveDeploymentToml(const Design &design, const Node &node);

} // namespace apim
