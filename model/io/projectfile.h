// The *.apimtopo project file: TOML with a format_version, written in a fixed
// order so that saving the same design twice gives identical bytes. The format
// is documented in model/FORMAT.md.
#pragma once

#include "design.h"
#include "safewrite.h"
#include "tomlreader.h"

#include <QByteArray>
#include <QString>

namespace apim {

namespace ProjectFile {

inline constexpr int FormatVersion = 1;
inline const QString Suffix = QStringLiteral("apimtopo");

QByteArray serialize(const Design &design);

// Parses a project file. On failure returns false, fills `error` with
// file:line:col and leaves `out` untouched.
bool parse(const QByteArray &data, const QString &fileName, Design *out, TomlError *error);

// Reads and parses a file from disk.
bool load(const QString &path, Design *out, TomlError *error);

// Writes through writeFileSafely() (0600, checked to the end): on failure the previous file is intact.
// `safeWrite` false writes in place, for folders where rename fails (network/sync drives).
bool save(const QString &path, const Design &design, QString *error, bool safeWrite = true);
bool save(const QString &path, const Design &design, const WriteOptions &options, QString *error);

} // namespace ProjectFile

// writeFileSafely() with the defaults (private, overwrite); kept for existing callers.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error, bool safeWrite = true);

} // namespace apim
