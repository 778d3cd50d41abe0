// apim-designer-cli: the designer's model and generators without a display.
// stdout carries results (paths, findings); stderr carries diagnostics.
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("apim-designer-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("apim-topology-designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APIM_VERSION_STRING));
    return apim::cli::run(QCoreApplication::arguments());
}
