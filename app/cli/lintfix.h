// `lint --fix -o DIR`: the config set's quick fixes applied to copies written into
// DIR, never to the inputs.
#pragma once

#include <QString>
#include <QStringList>

namespace apim::cli {

// Writes the fixed set under `output` (a folder made atomically; replaced only with
// `force`, and only when this tool wrote it), prints the fixes and the findings left,
// and returns the exit code of linting the fixed set.
int lintFix(const QStringList &paths, const QString &output, bool force, bool json);

} // namespace apim::cli
