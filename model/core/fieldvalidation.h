// What a field may hold, decided once for every path that sets one: the
// inspector, the settings editor, the project file, the import and the undo
// commands. Normalising makes equal input equal (a pasted "cp-1 " is "cp-1");
// checking refuses what no generated file could use, with a reason for a person.
#pragma once

#include "hostname.h"
#include "schemaregistry.h"

#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace apim {

// The value as the model stores it: host names and node names trimmed, list items
// trimmed and blank items dropped. Other values are returned as they are.
QVariant normalizedFieldValue(const FieldSpec &field, const QVariant &value);

// Every value of a node's field map normalised as its kind's fields describe.
void normalizeFieldValues(NodeKind kind, QVariantMap *values);

// Converts editor input to the field's type, normalised, and checks it: host
// syntax, integer range, enum members, node name syntax (not uniqueness: that
// depends on the design). On refusal returns false and sets `reason`.
bool fieldValueFromInput(const FieldSpec &field, const QVariant &input, QVariant *out, QString *reason);

} // namespace apim
