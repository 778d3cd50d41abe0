#include "cliparse.h"
#include "clicommands.h"
#include "cliio.h"

namespace apim::cli {

int usageError(const QString &message)
{
    const QString program = QCoreApplication::applicationName();
    err() << program << ": " << message << '\n' << tr("Try '%1 --help'.").arg(program) << Qt::endl;
    return BadInput;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        *exitCode = Ok;
        return false;
    }
    return true;
}

} // namespace apim::cli
