// Built-in starting designs: the distributed patterns WSO2 documents, each a row
// of one table (templates.cpp) with its builder (seedtemplates.cpp, ...).
#pragma once

#include "design.h"
#include "templatebuilder.h"

#include <QStringList>

namespace apim {

namespace Templates {

// Pattern ids accepted by `apim-designer-cli new` and File > New, in table order.
QStringList patterns();
QString description(const QString &pattern);
// The version a pattern starts at when none is given.
QString defaultVersion(const QString &pattern);
// Which role counts a pattern takes ("gateways", "control-planes", ...): the
// CLI's option names. Empty for a pattern of one node per role.
QStringList countOptions(const QString &pattern);
// Whether the pattern lets the user choose where the key manager runs.
bool choosesKeyManager(const QString &pattern);
// The key manager choices a pattern builds, its default first; empty when it has no choice.
QList<KeyManagerChoice> keyManagerChoices(const QString &pattern);
// Whether the pattern has separate traffic managers that can share their counters through
// a key-value store (PatternOptions::keyValueStore; API-M 4.6+, two or more of them).
bool takesKeyValueStore(const QString &pattern);

// Builds a pattern. Returns false with `error` for an unknown pattern, a version
// the pattern does not exist in, or counts it does not take.
bool create(const PatternOptions &options, Design *out, QString *error);
// The same with only gateway and control plane counts, ignored by one-node-per-role patterns.
bool create(const QString &pattern, int gateways, int controlPlanes, Design *out, QString *error);

} // namespace Templates

} // namespace apim
