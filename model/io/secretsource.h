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

// Every password of the design, with the variable that can supply it.
QList<SecretSlot> secretSlots(const Design &design);
QString secretValue(const Design &design, const SecretSlot &slot);
void setSecretValue(Design *design, const SecretSlot &slot, const QString &value);

// Fills empty passwords from `env`. Returns the variables still missing.
QStringList fillSecretsFromEnvironment(Design *design, const QProcessEnvironment &env);

} // namespace apim
