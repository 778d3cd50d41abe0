// Passwords that the project file leaves out (store_passwords = false) are
// supplied at export: the GUI asks, the CLI reads environment variables.
#pragma once

#include "design.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace apim {

struct SecretSlot
{
    QString variable;    // environment variable that supplies it, e.g. APIM_ADMIN_PASSWORD
    QString description; // translated, for a prompt
    NodeId node = 0;     // database node, or 0 for a design setting
    QString field;       // node field key, or a settings key
};

// Every password of the design, with the variable that can supply it. Database
// variables are APIM_DB_<NAME>_APIM_PASSWORD / _SHARED_PASSWORD, <NAME> the node
// name upper-cased with other characters as '_'; names that map to the same
// <NAME> ("db-1", "db_1") are told apart: the later node gets <NAME>_2, ...
QList<SecretSlot> secretSlots(const Design &design);

// The database nodes whose variables were told apart that way, for the design check.
struct SecretClash
{
    const Node *node = nullptr; // the later node, whose variables got the number
    QString first;              // name of the node that keeps the plain variables
    QString wanted;             // e.g. APIM_DB_DB_1_*
    QString given;              // e.g. APIM_DB_DB_1_2_*
};
QList<SecretClash> secretVariableClashes(const Design &design);
QString secretValue(const Design &design, const SecretSlot &slot);
void setSecretValue(Design *design, const SecretSlot &slot, const QString &value);

// Fills empty passwords from `env`. Returns the variables still missing.
QStringList fillSecretsFromEnvironment(Design *design, const QProcessEnvironment &env);

// The passwords an export cannot go without: when the project stores no
// passwords, every one still empty (after the environment and, in the GUI, the
// export dialog). The CLI and the GUI both refuse to export while any is left,
// naming each, so that no bundle carries `password = ""`.
QList<SecretSlot> missingRequiredSecrets(const Design &design);
// "Super admin password (APIM_ADMIN_PASSWORD)", one per slot, for a refusal.
QStringList describeSecrets(const QList<SecretSlot> &secrets);

} // namespace apim
