// Which role a deployment.toml describes: from server_role, or, when that is
// "default" or missing, from what the file configures (and, last, from its
// path); and the design settings a set of files implies.
#pragma once

#include "designsettings.h"
#include "schemaregistry.h"
#include "tomldocument.h"

#include <QHash>
#include <QList>
#include <QString>

namespace apim {

struct RoleGuess
{
    NodeKind kind = NodeKind::AllInOne;
    QString reason;        // translated, for an info finding
    bool inferred = false; // true unless server_role named the role plainly
    int line = 0;          // of server_role, when there is one

    // When the keys decided (server_role "default", none, or one several kinds write): each
    // candidate kind's score and the keys behind it, so that what other files name can add to it.
    bool byKeys = false;
    QString roleText;
    int namedKind = -1; // the NodeKind server_role names, if any
    QList<NodeKind> candidates;
    QHash<int, int> scores;          // NodeKind -> sum of the weights of its keys
    QHash<int, QStringList> keys;    // NodeKind -> the keys that spoke for it
    QHash<int, QStringList> namedIn; // NodeKind -> keys other files name this node in
};

// The values `key` (a tomlkey:: constant) names in a file; a segment naming an array of tables
// fans out over its tables, a quoted segment may hold dots.
QList<const TomlValue *> keyValues(const TomlTable &config, const char *key);

// From server_role, else from the registry's distinctive keys (ImportHints::keys), else the path.
RoleGuess guessRole(const TomlTable &config, const QString &path);

// Other files name this node in `key` (a URL key): the kinds whose ImportHints::namedBy lists it
// gain its weight, and a role the keys decided is decided again.
void addReference(RoleGuess *guess, const QString &key, const QString &path);

// The design-wide settings (super admin, keystores, gateway environments, ...)
// most of the files agree on; a file that differs keeps its values as extra TOML.
void inferDesignSettings(const QList<const TomlTable *> &configs, DesignSettings *settings);

} // namespace apim
