// The design's 4.7+ [encryption] key. Generators are pure, so the key is made
// here, once, and kept in the design settings (and so in the project file):
// every node's file and every later export carry the same key, as API-M needs.
#pragma once

#include "design.h"

namespace apim {

// 32 random bytes from the system's secure generator, as 64 lower-case hex characters.
QString newEncryptionKey();

// Creates the key when the design's version encrypts symmetrically, it has none
// yet, and the project stores its secrets (a key the file leaves out would be
// lost; then APIM_ENCRYPTION_KEY supplies it at export). Returns whether it did.
bool ensureEncryptionKey(DesignSettings *settings);
// Whether a key is 64 hexadecimal characters.
bool isEncryptionKey(const QString &key);

} // namespace apim
