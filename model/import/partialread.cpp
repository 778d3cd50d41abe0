#include "partialread.h"

#include "ruleids.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <cstring>

namespace apim {

namespace {

struct PartialReadTr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

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

// `key = <expression>` with a template expression outside quotes ("port = {{ p }}", "labels =
// <%= @labels %>") becomes a string holding it, as a quoted placeholder would be.
QByteArray quotedExpression(const QByteArray &line)
{
    static const QRegularExpression assignment(QStringLiteral(R"(^(\s*[A-Za-z0-9_.'"-]+\s*=\s*)(\S.*)$)"));
    const QString text = QString::fromUtf8(line);
    const QRegularExpressionMatch m = assignment.match(text);
    if (!m.hasMatch())
        return line;
    QString value = m.captured(2).trimmed();
    if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')) ||
        !(value.contains(QLatin1String("{{")) || value.contains(QLatin1String("{%")) ||
          value.contains(QLatin1String("<%"))))
        return line;
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return (m.captured(1) + QLatin1Char('"') + value + QLatin1Char('"')).toUtf8();
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

bool readTemplateBody(const QByteArray &text, TomlTable *out)
{
    QByteArray body;
    body.reserve(text.size());
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray code = raw.trimmed();
        const bool statement = (code.startsWith("{%") && code.endsWith("%}")) ||
                               (code.startsWith("<%") && code.endsWith("%>") && !code.startsWith("<%="));
        if (!statement)
            body += quotedExpression(raw);
        body += '\n'; // the lines keep their numbers
    }
    TomlTable t;
    TomlError e;
    if (!readToml(body, QString(), &t, &e) || t.entries().isEmpty())
        return false;
    *out = t;
    return true;
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

bool isTemplateSource(const QString &path, const QByteArray &text)
{
    for (const char *ext : {".j2", ".jinja", ".jinja2", ".erb", ".tpl", ".tmpl", ".gotmpl"}) {
        if (path.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return true;
    }
    // One pass for '%' (rare in a config) instead of one search per marker.
    const char *const begin = text.constData();
    const char *const end = begin + text.size();
    for (const char *p = begin; p < end;) {
        p = static_cast<const char *>(std::memchr(p, '%', size_t(end - p)));
        if (!p)
            break;
        if (p > begin && (p[-1] == '{' || p[-1] == '<'))
            return true;
        ++p;
    }
    return false;
}

// A file that is no TOML: a template (which says so, with the line of its first marker), or a
// syntax error with its line and column.
Finding unreadableFile(const QString &path, const QByteArray &text, const TomlError &error)
{
    Finding e;
    e.severity = Severity::Error;
    e.file = path;
    QString marker;
    if (const int line = templateLine(text, &marker)) {
        e.rule = rule::TemplatedFile;
        e.line = line;
        e.message = PartialReadTr::tr("This is a template, not a deployment.toml: line %1 holds %2.")
                        .arg(line)
                        .arg(marker);
        e.hint =
            PartialReadTr::tr("Render it (helm template, the Ansible or Jinja run), then import the result.");
        return e;
    }
    e.rule = rule::TomlSyntax;
    e.line = error.line;
    e.column = error.column;
    e.message = PartialReadTr::tr("not valid TOML: %1").arg(error.message);
    e.hint = PartialReadTr::tr("Fix the file; the node keeps what could be read before the error.");
    return e;
}

} // namespace apim
