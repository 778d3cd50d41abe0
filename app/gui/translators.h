// The designer's language: its own strings from the embedded .qm files, and
// Qt's (file dialogs, standard buttons, shortcut names) from the qtbase files
// the system ships (Debian: qt6-translations-l10n).
#pragma once

#include <QLocale>

class QCoreApplication;

namespace apim {

// The Preferences override when set, else the system's locale.
QLocale uiLocale();

// Installs both translators for `locale` on `app`; returns how many loaded.
int installTranslators(QCoreApplication *app, const QLocale &locale);

} // namespace apim
