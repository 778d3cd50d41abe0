// Turning user-chosen names into file and folder names that are safe on every platform.
#pragma once

#include <QSet>
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

// The one rule for a new node's name, never longer than MaxFileNameLength (a
// copy of a 64-character name must still load). `base` is a prefix ("gw") or a
// name ("gw-3"). A numbered base is kept when it is not in `taken` (lower-cased
// names); otherwise the stem gets the lowest free "-<n>" (shortened so that the
// number fits), so that "gw-3" goes on as "gw-4", not "gw-3-1". A plain base
// becomes "gw-1", "gw-2", ...; with KeptWhenFree it stays as it is while free
// and counts as the first, so the next is "gw-2".
enum class PlainName { Numbered, KeptWhenFree };
QString uniqueName(const QString &base, const QSet<QString> &taken, PlainName plain = PlainName::Numbered);

} // namespace apim
