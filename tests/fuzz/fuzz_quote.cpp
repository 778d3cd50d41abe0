// Fuzzes every quoting function of model/generate/quoting.h and the host-name
// check: the first byte picks the language, the rest (UTF-8) is the value. The
// quoted text must read back as the value (less what the language cannot hold,
// as quoting.h says) through a small reference reader written here from each
// language's rules, since no real parser links into a fuzzer. tst_quoting and
// tst_quoting_servers check the same functions against sh, NGINX, PostgreSQL,
// MariaDB and PyYAML.
#include "hostname.h"
#include "quoting.h"

#include <QRegularExpression>
#include <QString>

#include <cstring>

#include <cstddef>
#include <cstdint>

namespace {

using namespace apim;

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

QString without(QString text, const QString &chars)
{
    for (QChar c : chars)
        text.remove(c);
    return text;
}

const QString Nul(QChar(0));

bool plain(const QString &t, const char *extra)
{
    for (QChar c : t) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum && (u > 127 || !std::strchr(extra, char(u))))
            return false;
    }
    return !t.isEmpty();
}

// POSIX sh, one word: plain characters, or '...' pieces joined by \'.
QString readShellWord(const QString &w)
{
    if (plain(w, "_.,:/@=+%-"))
        return w;
    QString out;
    qsizetype i = 0;
    while (i < w.size()) {
        if (w.at(i) == QLatin1Char('\'')) {
            const qsizetype end = w.indexOf(QLatin1Char('\''), i + 1);
            check(end > i);
            out += w.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            check(w.at(i) == QLatin1Char('\\') && i + 1 < w.size());
            out += w.at(i + 1);
            i += 2;
        }
    }
    return out;
}

// Inside "...": a backslash escapes only \ " $ `, and those never appear bare.
QString readShellDoubleQuoted(const QString &w)
{
    QString out;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QChar c = w.at(i);
        if (c == QLatin1Char('\\')) {
            check(i + 1 < w.size() && QStringLiteral("\\\"$`").contains(w.at(i + 1)));
            out += w.at(++i);
        } else {
            check(!QStringLiteral("\"$`").contains(c));
            out += c;
        }
    }
    return out;
}

QString readBatch(const QString &w)
{
    QString out;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QChar c = w.at(i);
        if (c == QLatin1Char('^')) {
            check(i + 1 < w.size());
            out += w.at(++i);
        } else if (c == QLatin1Char('%')) {
            check(i + 1 < w.size() && w.at(i + 1) == QLatin1Char('%'));
            out += w.at(++i);
        } else {
            check(!QStringLiteral("&|<>()\"").contains(c) && c.category() != QChar::Other_Control);
            out += c;
        }
    }
    return out;
}

// ngx_conf_read_token: a bare token, or "..." with \" \\ \' \t \r \n escapes.
QString readNginx(const QString &w)
{
    check(!w.contains(QLatin1Char('$')));
    if (!w.startsWith(QLatin1Char('"'))) {
        check(plain(w, "_.:/[]-"));
        return w;
    }
    check(w.size() >= 2 && w.endsWith(QLatin1Char('"')));
    QString out;
    for (qsizetype i = 1; i < w.size() - 1; ++i) {
        QChar c = w.at(i);
        if (c == QLatin1Char('\\')) {
            check(i + 1 < w.size() - 1);
            c = w.at(++i);
            if (c == QLatin1Char('t'))
                c = QLatin1Char('\t');
            else if (c == QLatin1Char('r'))
                c = QLatin1Char('\r');
            else if (c == QLatin1Char('n'))
                c = QLatin1Char('\n');
        } else {
            check(c != QLatin1Char('"'));
        }
        out += c;
    }
    return out;
}

// A quoted SQL text: `open` ... `close`, the close character doubled inside;
// with `backslash`, MySQL's \\ \0 \r \n and \Z too.
QString readSql(const QString &w, const QString &open, QChar close, bool backslash)
{
    check(w.startsWith(open) && w.endsWith(close) && w.size() > open.size());
    QString out;
    for (qsizetype i = open.size(); i < w.size() - 1; ++i) {
        const QChar c = w.at(i);
        if (c == close) {
            check(i + 1 < w.size() - 1 && w.at(i + 1) == close);
            out += c;
            ++i;
        } else if (backslash && c == QLatin1Char('\\')) {
            check(i + 1 < w.size() - 1);
            const QChar e = w.at(++i);
            const QString from = QStringLiteral("\\0rnZ");
            const QString to = QStringLiteral("\\") + QChar(0) + QStringLiteral("\r\n") + QChar(0x1A);
            check(from.contains(e));
            out += to.at(from.indexOf(e));
        } else {
            out += c;
        }
    }
    return out;
}

// A YAML double-quoted scalar with the escapes yamlString() writes.
QString readYaml(const QString &w)
{
    check(w.size() >= 2 && w.startsWith(QLatin1Char('"')) && w.endsWith(QLatin1Char('"')));
    QString out;
    for (qsizetype i = 1; i < w.size() - 1; ++i) {
        const QChar c = w.at(i);
        const char16_t u = c.unicode();
        check(c != QLatin1Char('"') && u >= 0x20 && !(u >= 0x7F && u <= 0x9F) && u != 0x202E && u != 0x2028);
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        check(i + 1 < w.size() - 1);
        const QChar e = w.at(++i);
        if (e == QLatin1Char('n')) {
            out += QLatin1Char('\n');
        } else if (e == QLatin1Char('t')) {
            out += QLatin1Char('\t');
        } else if (e == QLatin1Char('u')) {
            check(i + 4 < w.size() - 1);
            bool ok = false;
            out += QChar(char16_t(w.mid(i + 1, 4).toUShort(&ok, 16)));
            check(ok);
            i += 4;
        } else {
            check(e == QLatin1Char('"') || e == QLatin1Char('\\'));
            out += e;
        }
    }
    return out;
}

void checkHost(const QString &value)
{
    if (!isValidHost(value))
        return check(quote::hostsName(value).isEmpty() && quote::hostsAddress(value).isEmpty());
    // A valid host is one token in every language: nothing to quote.
    check(value.size() <= MaxHostNameLength);
    check(value.isEmpty() || plain(value, "-_.:"));
    check(quote::nginxParam(hostForUrl(value)) == hostForUrl(value) || value.isEmpty());
    check(quote::hostsName(value).isEmpty() != quote::hostsAddress(value).isEmpty() || value.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 10) {
    case 0:
        check(readShellWord(quote::shellWord(value)) == without(value, Nul));
        break;
    case 1:
        check(readShellDoubleQuoted(quote::shellInDoubleQuotes(value)) == without(value, Nul));
        break;
    case 2:
        check(readBatch(quote::batchText(value)) == quote::comment(value));
        break;
    case 3:
        check(readNginx(quote::nginxParam(value)) == without(value, Nul + QLatin1Char('$')));
        break;
    case 4:
        check(readSql(quote::mysqlString(value), QStringLiteral("'"), QLatin1Char('\''), true) == value);
        check(!quote::mysqlString(value).contains(QLatin1Char('\n')) &&
              !quote::mysqlString(value).contains(QLatin1Char('\r')));
        check(readSql(quote::mysqlIdent(value), QStringLiteral("`"), QLatin1Char('`'), false) ==
              without(value, Nul));
        break;
    case 5:
        check(readSql(quote::pgString(value), QStringLiteral("'"), QLatin1Char('\''), false) ==
              without(value, Nul));
        check(readSql(quote::pgIdent(value), QStringLiteral("\""), QLatin1Char('"'), false) ==
              without(value, Nul));
        break;
    case 6:
        check(readSql(quote::mssqlString(value), QStringLiteral("N'"), QLatin1Char('\''), false) == value);
        check(readSql(quote::mssqlIdent(value), QStringLiteral("["), QLatin1Char(']'), false) == value);
        if (quote::mssqlWritable(value))
            check(!quote::mssqlString(value).contains(QLatin1String("$(")) &&
                  !quote::hasControl(quote::mssqlString(value)));
        if (quote::oraclePasswordWritable(value))
            check(!value.contains(QLatin1Char('"')) && !quote::hasControl(value));
        break;
    case 7:
        check(readYaml(quote::yamlString(value)) == value);
        break;
    case 8: {
        const QString c = quote::comment(value);
        check(c.size() == value.size() && !quote::hasControl(c));
        const QString md = quote::markdownCode(value);
        check(!quote::hasControl(md) && !md.contains(QRegularExpression(QStringLiteral("[^\\\\]\\|"))));
        break;
    }
    default:
        checkHost(value);
        checkHost(value.trimmed());
        break;
    }
    return 0;
}
