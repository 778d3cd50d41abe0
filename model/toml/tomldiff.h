// What an imported deployment.toml has that the designer would not write for
// its node, and the reverse. The importer keeps the first as the node's extra
// TOML so that export gives the file back; the review view shows both sides.
//
// The generator merges extra TOML over what it writes, which can add and
// replace keys but not remove them. Keys the designer writes but the file
// leaves out (a missing `offset`, say) are therefore listed as comment lines:
//
//     #!omit server.offset
//
// A kept value pins the file's value only while the design still implies what
// it implied at import. For each key the file overrides or leaves out, the
// value the designer wrote then is kept as a comment line too:
//
//     #!base apim.key_manager.service_url = "https://cp:9443/services/"
//
// When the design now writes something else there (the user changed the
// offset, renamed the control plane, relinked a node), the design wins for that
// key; undoing the edit brings the file's value back. Keys without a base line
// (unmanaged keys, text written by hand, older projects) always stay pinned.
// Comments keep the text valid TOML for every reader; TomlPins (tomlpins.h)
// parses them and applies them.
#pragma once

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

    struct Base
    {
        QStringList path;
        TomlValue generated;
    };

    TomlTable extra;            // keys the original has that the generated tree lacks or has otherwise
    QList<QStringList> omitted; // generated keys the original leaves out
    QList<Base> bases;          // what the generated tree had at each overridden or omitted key
    QList<Change> changed;      // values both have, differently (arrays of tables: element by element)
    bool isEmpty() const { return extra.isEmpty() && omitted.isEmpty(); }
};

// The comment markers of the extra TOML text.
inline constexpr QLatin1String PinOmitMarker("#!omit ");
inline constexpr QLatin1String PinBaseMarker("#!base ");

// Compares what the designer generates with an original file.
TomlDiff diffToml(const TomlTable &generated, const TomlTable &original);

// The extra TOML text of a diff: the #!omit and #!base lines, then the kept keys.
QString extraTomlText(const TomlDiff &diff);

// TomlPins (tomlpins.h) holds that text parsed and applies it.

// For messages: a changed path as apim.gateway.environment[0].ws_endpoint, and a
// value as TOML writes it, cut to `maxLength` characters.
QString diffPathText(const QStringList &path);
QString tomlValueText(const TomlValue &value, int maxLength = 120);

} // namespace apim
