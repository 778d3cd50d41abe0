// apim-designer: the Qt Widgets designer.
//   apim-designer [design.apimtopo]
//   apim-designer --new gw-cp-ha [--gateways N] [--control-planes N]
#include "autosaver.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "templates.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("apim-designer"));
    QApplication::setApplicationName(QStringLiteral("apim-designer"));
    QApplication::setApplicationVersion(QStringLiteral(APIM_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("apim-designer"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/apim-designer.svg")));
    const QLocale locale = apim::uiLocale();
    if (!apim::PreferencesDialog::language().isEmpty())
        QLocale::setDefault(locale);
    apim::installTranslators(&app, locale);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "APIM Topology Designer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design distributed WSO2 API Manager deployments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("design"),
                                 QApplication::translate("main", "A .apimtopo design to open."),
                                 QStringLiteral("[design]"));
    const QCommandLineOption newOption(QStringLiteral("new"),
                                       QApplication::translate("main", "Start from a template: %1.")
                                           .arg(apim::Templates::patterns().join(QLatin1String(", "))),
                                       QApplication::translate("main", "pattern"));
    const QCommandLineOption gatewaysOption(
        QStringLiteral("gateways"), QApplication::translate("main", "Gateways in the template (gw-cp-ha)."),
        QApplication::translate("main", "count"), QStringLiteral("2"));
    const QCommandLineOption controlPlanesOption(
        QStringLiteral("control-planes"),
        QApplication::translate("main", "Control planes in the template (gw-cp-ha)."),
        QApplication::translate("main", "count"), QStringLiteral("2"));
    parser.addOptions({newOption, gatewaysOption, controlPlanesOption});
    parser.process(app);

    apim::MainWindow window;
    const QStringList files = parser.positionalArguments();
    window.show();
    // Work left by a crashed or killed designer comes first.
    const bool restored = window.autosaver()->offerRecovery();
    if (restored) {
        // The recovered design is open, modified, with its original file path.
    } else if (parser.isSet(newOption)) {
        window.newFromTemplate(parser.value(newOption), parser.value(gatewaysOption).toInt(),
                               parser.value(controlPlanesOption).toInt());
    } else if (!files.isEmpty()) {
        window.openPaths(files);
    }
    return app.exec();
}
