// Option parsing every CLI command shares: --help, and usage errors that name the
// program and exit with BadInput.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace apim::cli {

// Prints "program: message" and the --help hint to stderr; returns BadInput.
int usageError(const QString &message);
// Parses a command's options; returns false, with the exit code set, after --help
// or a usage error.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, int *exitCode);

} // namespace apim::cli
