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
