#pragma once

#include <QStringList>

namespace apim::cli {

// Exit codes shared by every command.
enum Exit {
    Ok = 0,
    Failed = 1,   // findings with errors, or an output that could not be written
    BadInput = 2, // usage errors and inputs that cannot be read
};

int run(const QStringList &arguments);

} // namespace apim::cli

namespace apim {
struct Design;
}

namespace apim::cli {

// Writes a project file for `new -o` and `import -o` (checked to the end, 0600, no
// symbolic links); prints the error and returns false when it was not written.
bool saveProject(const QString &output, const Design &design, bool force);

} // namespace apim::cli
