#include "partialread.h"

#include <QList>
#include <QRegularExpression>

namespace apim {

namespace {

// The byte offset where 1-based `line` starts, or the text's size.
qsizetype lineStart(const QByteArray &text, int line)
{
    qsizetype at = 0;
    for (int l = 1; l < line && at < text.size(); ++l) {
        const qsizetype nl = text.indexOf('\n', at);
        if (nl < 0)
            return text.size();
        at = nl + 1;
    }
    return at;
}

} // namespace

bool readValidPrefix(const QByteArray &text, const TomlError &error, TomlTable *out)
{
    // A few cuts: each parse is linear, and a file broken in many places keeps little anyway.
    int line = error.line;
    for (int attempt = 0; attempt < 4 && line > 1; ++attempt) {
        const QByteArray prefix = text.left(lineStart(text, line));
        TomlTable t;
        TomlError e;
        if (readToml(prefix, QString(), &t, &e)) {
            if (t.entries().isEmpty())
                return false;
            *out = t;
            return true;
        }
        // An error inside the prefix (a table cut in half): cut before it.
        line = std::min(line - 1, e.line);
    }
    return false;
}

int templateLine(const QByteArray &text, QString *marker)
{
    // A placeholder where a value goes: "<host>", "https://<cp-host>:9443", "@<db>"; XML-ish text
    // in a value (an attribute, a closing tag) has a '/', '=' or space inside the brackets.
    static const QRegularExpression placeholder(
        QStringLiteral(R"((?:["/@:]|^\s*)<([A-Za-z][A-Za-z0-9_.-]*)>)"));
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        const QString code = line.trimmed();
        if (code.startsWith(QLatin1Char('#')))
            continue;
        for (const char *m : {"{{", "{%", "<%"}) {
            if (code.contains(QLatin1String(m))) {
                if (marker)
                    *marker = QLatin1String(m);
                return number;
            }
        }
        if (const QRegularExpressionMatch match = placeholder.match(code); match.hasMatch()) {
            if (marker)
                *marker = QLatin1Char('<') + match.captured(1) + QLatin1Char('>');
            return number;
        }
    }
    return 0;
}

} // namespace apim
