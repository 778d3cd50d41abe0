// Turning user-chosen names into file and folder names that are safe on every platform.
#pragma once

#include <QString>

namespace apim {

inline constexpr int MaxFileNameLength = 64;

// A node name is safe as a folder name: letters, digits, '-', '_' and '.', not
// starting with '.' or '-', at most MaxFileNameLength characters, and no name
// that Windows reserves (CON, NUL, COM1, ...).
bool isValidNodeName(const QString &name, QString *reason = nullptr);

// Maps any text onto a valid name (never empty): other characters become '-',
// reserved names get a '_' suffix, the length is bounded.
QString sanitizeFileName(const QString &text);

} // namespace apim
