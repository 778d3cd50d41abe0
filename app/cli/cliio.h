// Output streams and translation for the CLI commands: stdout carries results,
// stderr diagnostics.
#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace apim::cli {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace apim::cli
