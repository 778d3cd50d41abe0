// Which role a deployment.toml describes: from server_role, or, when that is
// "default" or missing, from what the file configures (and, last, from its
// path); and the design settings a set of files implies.
#pragma once

#include "designsettings.h"
#include "schemaregistry.h"
#include "tomldocument.h"

#include <QString>

namespace apim {

struct RoleGuess
{
    NodeKind kind = NodeKind::AllInOne;
    QString reason;        // translated, for an info finding
    bool inferred = false; // true unless server_role named the role plainly
    int line = 0;          // of server_role, when there is one
};

RoleGuess guessRole(const TomlTable &config, const QString &path);

// The design-wide settings (super admin, keystores, gateway environments, ...)
// most of the files agree on; a file that differs keeps its values as extra TOML.
void inferDesignSettings(const QList<const TomlTable *> &configs, DesignSettings *settings);

} // namespace apim
