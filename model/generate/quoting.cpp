#include "quoting.h"
#include "hostname.h"

#include <algorithm>
#include <cstring>

namespace apim::quote {

namespace {

bool isBidiControl(char16_t u)
{
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

bool isLineBreaking(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
           c == QChar::ParagraphSeparator || isBidiControl(c.unicode());
}

bool isPlain(const QString &text, const char *extra)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum && (u > 127 || !std::strchr(extra, char(u))))
            return false;
    }
    return true;
}

QString withoutNul(const QString &text)
{
    return QString(text).remove(QChar(0));
}

// `text` with each character of `special` preceded by `escape`.
QString escaped(const QString &text, const QString &special, QChar escape)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (special.contains(c))
            out += escape;
        out += c;
    }
    return out;
}

QString doubled(const QString &text, QChar quote)
{
    return QString(text).replace(quote, QString(2, quote));
}

} // namespace

QString comment(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (isLineBreaking(c))
            c = QLatin1Char(' ');
    }
    return out;
}

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isLineBreaking);
}

namespace {

QString systemdQuoted(const QString &text, bool dollars)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            continue;
        if (u == u'\\' || u == u'"')
            out += QLatin1Char('\\');
        else if (u == u'%')
            out += QLatin1Char('%');
        else if (u == u'$' && dollars)
            out += QLatin1Char('$');
        if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
            continue;
        }
        out += c;
    }
    return out + QLatin1Char('"');
}

} // namespace

QString systemdExecWord(const QString &text)
{
    return systemdQuoted(text, true);
}

QString systemdExecutable(const QString &text)
{
    return systemdQuoted(text, false);
}

QString systemdEnvironment(const QString &name, const QString &value)
{
    return systemdQuoted(name + QLatin1Char('=') + value, false);
}

QString systemdLineValue(const QString &text)
{
    QString out = comment(withoutNul(text)).replace(QLatin1Char('%'), QStringLiteral("%%")).trimmed();
    while (out.endsWith(QLatin1Char('\\')))
        out.chop(1);
    return out.trimmed();
}

QString shellWord(const QString &text)
{
    QString t = withoutNul(text);
    if (isPlain(t, "_.,:/@=+%-"))
        return t;
    return QLatin1Char('\'') + QString(t).replace(QLatin1Char('\''), QLatin1String("'\\''")) +
           QLatin1Char('\'');
}

QString shellInDoubleQuotes(const QString &text)
{
    return escaped(withoutNul(text), QStringLiteral("\\\"$`"), QLatin1Char('\\'));
}

QString batchText(const QString &text)
{
    return escaped(comment(text), QStringLiteral("^&|<>()\""), QLatin1Char('^'))
        .replace(QLatin1Char('%'), QLatin1String("%%"));
}

QString nginxParam(const QString &text)
{
    QString t = withoutNul(text).remove(QLatin1Char('$'));
    if (isPlain(t, "_.:/[]-"))
        return t;
    return QLatin1Char('"') + escaped(t, QStringLiteral("\\\""), QLatin1Char('\\')) + QLatin1Char('"');
}

QString mysqlIdent(const QString &text)
{
    return QLatin1Char('`') + doubled(withoutNul(text), QLatin1Char('`')) + QLatin1Char('`');
}

QString mysqlString(const QString &text)
{
    // The client turns CR LF into LF while reading a file and Windows reads
    // Ctrl-Z as the end: line breaks and Ctrl-Z are written as escapes too.
    QString out = QStringLiteral("'");
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\'':
            out += QLatin1String("''");
            break;
        case 0:
            out += QLatin1String("\\0");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case 0x1A:
            out += QLatin1String("\\Z");
            break;
        default:
            out += c;
        }
    }
    return out + QLatin1Char('\'');
}

QString pgIdent(const QString &text)
{
    return QLatin1Char('"') + doubled(withoutNul(text), QLatin1Char('"')) + QLatin1Char('"');
}

QString pgString(const QString &text)
{
    return QLatin1Char('\'') + doubled(withoutNul(text), QLatin1Char('\'')) + QLatin1Char('\'');
}

QString mssqlIdent(const QString &text)
{
    return QLatin1Char('[') + QString(text).replace(QLatin1Char(']'), QLatin1String("]]")) + QLatin1Char(']');
}

QString mssqlString(const QString &text)
{
    return QStringLiteral("N'") + doubled(text, QLatin1Char('\'')) + QLatin1Char('\'');
}

bool mssqlWritable(const QString &text)
{
    return !hasControl(text) && !text.contains(QLatin1String("$("));
}

bool oracleIdentifier(const QString &text)
{
    if (text.isEmpty() || text.size() > 128 || !text.front().isLetter() || text.front().unicode() > 127)
        return false;
    return isPlain(text, "_$#");
}

bool oraclePasswordWritable(const QString &text)
{
    return !hasControl(text) && !text.contains(QLatin1Char('"'));
}

QString oracleString(const QString &text)
{
    QString out = comment(text);
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString hostsName(const QString &text)
{
    return !text.isEmpty() && isValidHost(text) && !isIpAddress(text) ? text : QString();
}

QString hostsAddress(const QString &text)
{
    return isIpAddress(text) ? text : QString();
}

QString markdownCode(const QString &text)
{
    QString out = comment(text).trimmed();
    if (out.isEmpty())
        return QStringLiteral("-");
    out.replace(QLatin1Char('`'), QLatin1Char('\''));
    out.replace(QLatin1Char('|'), QLatin1String("\\|"));
    return QLatin1Char('`') + out + QLatin1Char('`');
}

QString yamlString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += QChar(u);
        } else if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u == u'\t') {
            out += QLatin1String("\\t");
        } else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += QChar(u);
            out += text.at(++i);
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || isBidiControl(u) || QChar::isSurrogate(u) ||
                   u == 0x2028 || u == 0x2029 || u == 0xFEFF || u >= 0xFFFE) {
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        } else {
            out += QChar(u);
        }
    }
    return out + QLatin1Char('"');
}

QString ansibleValue(const QString &text)
{
    return QStringLiteral("!unsafe ") + yamlString(text);
}

QString jinjaLiteral(const QString &text)
{
    // Jinja turns every line break of template source into "\n"; a CR is kept as an expression.
    QString out;
    qsizetype from = 0;
    const auto flush = [&](qsizetype end) {
        if (end > from)
            out += QStringLiteral("{% raw %}") + text.mid(from, end - from) + QStringLiteral("{% endraw %}");
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\r') {
            flush(i);
            out += QStringLiteral("{{ '\\r' }}");
            from = i + 1;
        } else if (text.at(i) == u'{' && i + 1 < text.size() && text.at(i + 1) == u'%') {
            flush(i);
            out += QStringLiteral("{{ '{%' }}");
            from = i + 2;
            ++i;
        }
    }
    flush(text.size());
    return out;
}

} // namespace apim::quote
