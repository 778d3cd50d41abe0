// `import` and `lint`: existing deployment.toml sets in, a project or findings out.
// Both take the arguments with the program name first, as QCommandLineParser expects,
// and return the exit codes of clicommands.h.
#pragma once

#include <QStringList>

namespace apim::cli {

// import PATH... -o FILE.apimtopo [--force]
int cmdImport(const QStringList &args);
// lint PATH... [--format text|json]; PATH is a project file or a config set.
int cmdLint(const QStringList &args);

} // namespace apim::cli
