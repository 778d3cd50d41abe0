#include "translators.h"

#include "preferencesdialog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace apim {

QLocale uiLocale()
{
    const QString override = PreferencesDialog::language();
    return override.isEmpty() ? QLocale::system() : QLocale(override);
}

int installTranslators(QCoreApplication *app, const QLocale &locale)
{
    int loaded = 0;
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("apim-designer"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        QCoreApplication::installTranslator(own))
        ++loaded;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt))
        ++loaded;
    return loaded;
}

} // namespace apim
