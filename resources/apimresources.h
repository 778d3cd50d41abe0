// The compiled icon resource (":/icons/*.svg"). Linking the apimresources
// target is enough to make the files available; nothing here must be called.
#pragma once

#include <QStringList>

namespace apim {

// The resource paths of every icon the library embeds, in a stable order.
// Useful for tests and for an "all icons load" check.
QStringList embeddedIconPaths();

} // namespace apim
