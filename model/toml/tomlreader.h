// Reads TOML text into the ordered tree, safely.
//
// Untrusted input is checked against fixed limits before toml++ sees it:
// Debian's toml++ 3.3 overflows its stack on very long dotted keys, so size,
// line length, nesting and key segments are bounded first. Errors carry the
// file, line and column so that callers can print `file:line:col: message`.
#pragma once

#include "tomldocument.h"

#include <QByteArray>
#include <QString>

namespace apim {

namespace TomlLimits {
inline constexpr qsizetype MaxFileBytes = qsizetype(4) * 1024 * 1024;
inline constexpr qsizetype MaxLineLength = qsizetype(16) * 1024;
inline constexpr int MaxNestingDepth = 64;
inline constexpr int MaxKeySegments = 128;
inline constexpr int MaxArrayLength = 100000;
inline constexpr int MaxEntries = 200000;
} // namespace TomlLimits

struct TomlError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    bool isNull() const { return message.isEmpty(); }
    // `file:line:col: message`, leaving out what is unknown.
    QString toString() const;
};

// Parses `data`. On failure returns false and fills `error`; `out` is untouched.
bool readToml(const QByteArray &data, const QString &fileName, TomlTable *out, TomlError *error);

// Only the limit and encoding checks, without parsing.
bool checkTomlInput(const QByteArray &data, const QString &fileName, TomlError *error);

} // namespace apim
