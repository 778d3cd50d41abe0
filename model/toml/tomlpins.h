// A node's extra TOML (what an import kept, see tomldiff.h for the #!omit and
// #!base lines) held as data: the text is parsed once when it is set, and every
// generation applies the parsed kept table, omitted paths and bases. The text
// stays the form people edit and the project file stores.
#pragma once

#include "tomldiff.h"
#include "tomlreader.h"

#include <memory>

namespace apim {

class TomlPins
{
public:
    TomlPins() = default;
    // Not explicit: the text is the value; assigning text parses it.
    TomlPins(const QString &text);

    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    // Whether the text holds anything to apply (blank text does not).
    bool isBlank() const { return !m_parsed; }
    // Whether the kept keys parsed; when not, only the #!omit lines apply.
    bool keptParsed() const { return m_parsed && m_parsed->keptParsed; }
    // Why the kept keys did not parse (no file name set); null when they did.
    const TomlError *parseError() const
    {
        return m_parsed && !m_parsed->keptParsed ? &m_parsed->error : nullptr;
    }
    const QList<QStringList> &omitted() const;
    const QList<TomlDiff::Base> &bases() const;

    // See applyExtraToml().
    void apply(TomlTable *generated) const;

    bool operator==(const TomlPins &other) const { return m_text == other.m_text; }

private:
    struct Parsed
    {
        TomlTable kept;
        bool keptParsed = false;
        TomlError error;
        QList<QStringList> omitted;
        QList<TomlDiff::Base> bases;
    };
    QString m_text;
    // Shared and never changed after parsing, so copying a node stays cheap.
    std::shared_ptr<const Parsed> m_parsed;
};

// Applies a node's extra TOML to the tree the generator wrote: keys whose base
// still matches are pinned (kept values merged in, omitted keys removed); keys
// whose base no longer matches are left as generated. Unparsable extra TOML
// merges nothing, but its #!omit lines still apply.
void applyExtraToml(const TomlPins &pins, TomlTable *generated);

} // namespace apim
