// Rules on one file at a time: syntax, the table order API-M insists on,
// secrets, keys it does not know, and the version the files show.
#include "configkeys.h"
#include "partialread.h"
#include "reviewcontext.h"
#include "tomlkeys.h"
#include "tomlreader.h"
#include "versioninference.h"

#include <QRegularExpression>
#include <QSet>

#include <cstring>

namespace apim::review {

namespace {

struct Header
{
    QStringList path;
    bool array = false;
    int line = 0;
};

// The [table] and [[array]] headers of a TOML text in order. A small scanner
// rather than the parser, because the parser's tree no longer knows the order
// in which tables were opened.
bool startsAt(QByteArrayView text, qsizetype i, const char (&what)[4])
{
    return i + 3 <= text.size() && std::memcmp(text.data() + i, what, 3) == 0;
}

// The bytes scanHeaders() must look at in a key/value line, outside strings and inside each kind
// of multi-line string; every other byte only moves it on.
struct StopTables
{
    bool plain[256] = {};
    bool basic[256] = {};
    bool literal[256] = {};
    constexpr StopTables()
    {
        for (unsigned char c : {'#', '"', '\'', '[', ']', '{', '}'})
            plain[c] = true;
        basic[static_cast<unsigned char>('\\')] = basic[static_cast<unsigned char>('"')] = true;
        literal[static_cast<unsigned char>('\'')] = true;
    }
};
constexpr StopTables Stops;

QList<Header> scanHeaders(const QByteArray &text)
{
    QList<Header> out;
    enum class Str { None, MultiBasic, MultiLiteral } str = Str::None;
    int depth = 0; // brackets of a value spanning lines
    int line = 0;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype stop = text.indexOf('\n', start);
        if (stop < 0)
            stop = text.size();
        const QByteArrayView raw(text.constData() + start, stop - start);
        start = stop + 1;
        ++line;
        qsizetype i = 0;
        const qsizetype n = raw.size();
        if (str == Str::None && depth == 0) {
            while (i < n && (raw[i] == ' ' || raw[i] == '\t'))
                ++i;
            if (i < n && raw[i] == '[') {
                Header h;
                h.line = line;
                h.array = i + 1 < n && raw[i + 1] == '[';
                i += h.array ? 2 : 1;
                QString segment;
                while (i < n && raw[i] != ']') {
                    const char c = raw[i];
                    if (c == '"' || c == '\'') {
                        qsizetype close = i + 1;
                        while (close < n && raw[close] != c)
                            ++close;
                        segment += QString::fromUtf8(raw.sliced(i + 1, close - i - 1));
                        i = close + 1;
                        continue;
                    }
                    if (c == '.') {
                        h.path.append(segment.trimmed());
                        segment.clear();
                    } else if (c != ' ' && c != '\t') {
                        // A run of bare characters at once, each byte as Latin-1.
                        qsizetype run = i + 1;
                        while (run < n && !std::strchr(".\"' \t]", raw[run]))
                            ++run;
                        segment += QLatin1String(raw.data() + i, run - i);
                        i = run;
                        continue;
                    }
                    ++i;
                }
                h.path.append(segment.trimmed());
                out.append(h);
                continue;
            }
        }
        // A key/value line, or the continuation of a multi-line value.
        while (i < n) {
            // Skip at once what changes no state: most of a file is keys and plain values.
            const bool *stops = str == Str::None         ? Stops.plain
                                : str == Str::MultiBasic ? Stops.basic
                                                         : Stops.literal;
            while (i < n && !stops[static_cast<unsigned char>(raw[i])])
                ++i;
            if (i >= n)
                break;
            const char c = raw[i];
            if (str == Str::MultiBasic) {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (startsAt(raw, i, "\"\"\"")) {
                    str = Str::None;
                    i += 3;
                    continue;
                }
            } else if (str == Str::MultiLiteral) {
                if (startsAt(raw, i, "'''")) {
                    str = Str::None;
                    i += 3;
                    continue;
                }
            } else if (c == '#') {
                break;
            } else if (startsAt(raw, i, "\"\"\"")) {
                str = Str::MultiBasic;
                i += 3;
                continue;
            } else if (startsAt(raw, i, "'''")) {
                str = Str::MultiLiteral;
                i += 3;
                continue;
            } else if (c == '"' || c == '\'') {
                // A one-line string: skip to its end, minding escapes in basic strings.
                qsizetype j = i + 1;
                while (j < n && raw[j] != c)
                    j += (c == '"' && raw[j] == '\\') ? 2 : 1;
                i = j + 1;
                continue;
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if (c == ']' || c == '}') {
                depth = std::max(0, depth - 1);
            }
            ++i;
        }
    }
    return out;
}

QString headerText(const Header &h)
{
    const QString key = joinDottedKey(h.path);
    return h.array ? QStringLiteral("[[%1]]").arg(key) : QStringLiteral("[%1]").arg(key);
}

void checkOrder(Context &c, const NodeConfig &nc)
{
    const QList<Header> headers = scanHeaders(nc.file->text);
    // Every strict prefix of a header seen so far, with the first header that opened it.
    QHash<QString, const Header *> opened;
    const Header *secrets = nullptr;
    for (const Header &h : headers) {
        const QString key = h.path.join(QChar(0x1f));
        if (!h.array) {
            if (const Header *child = opened.value(key)) {
                const bool vault =
                    h.path == QStringList{QStringLiteral("apim")} &&
                    nc.config.findPath({QStringLiteral("apim"), QStringLiteral("enable_secure_vault")});
                c.add(rule::TableOrder, &nc, h.line,
                      vault ? ReviewTr::tr("[apim] with enable_secure_vault comes after %1 (line %2): API-M "
                                           "refuses to start.")
                                  .arg(headerText(*child))
                                  .arg(child->line)
                            : ReviewTr::tr("%1 comes after its sub-table %2 (line %3): valid TOML, but API-M "
                                           "refuses to start.")
                                  .arg(headerText(h), headerText(*child))
                                  .arg(child->line),
                      vault ? ReviewTr::tr(
                                  "Put [apim] enable_secure_vault = true before every other [apim] table.")
                            : ReviewTr::tr("Move %1 and its keys above line %2.")
                                  .arg(headerText(h))
                                  .arg(child->line));
            }
        }
        QString prefix; // grown one segment at a time: the same keys as joining each prefix
        for (qsizetype i = 1; i < h.path.size(); ++i) {
            if (i > 1)
                prefix += QChar(0x1f);
            prefix += h.path[i - 1];
            if (!opened.contains(prefix))
                opened.insert(prefix, &h);
        }
        if (secrets && h.path.first() != QLatin1String("secrets")) {
            c.add(rule::SecretsNotLast, &nc, secrets->line,
                  ReviewTr::tr("[secrets] is followed by %1 (line %2); API-M reads secrets only from the end "
                               "of the file.")
                      .arg(headerText(h))
                      .arg(h.line),
                  ReviewTr::tr("Move [secrets] and its keys to the very end of the file."));
            secrets = nullptr; // once per file
        }
        if (h.path == QStringList{QStringLiteral("secrets")} && !h.array && !secrets)
            secrets = &h;
    }
}

// For generated files: the writer opens tables in entry order, so [secrets] is
// last exactly when no table follows it at the top level.
void checkGeneratedSecrets(Context &c, const NodeConfig &nc)
{
    bool seen = false;
    for (const auto &e : nc.config.entries()) {
        const TomlTable *t = e.value.table();
        const bool table = (t && !t->inlineTable && !t->dotted) || e.value.isArrayOfTables();
        if (seen && table) {
            c.add(rule::SecretsNotLast, &nc, 0,
                  ReviewTr::tr(
                      "[secrets] is followed by [%1]; API-M reads secrets only from the end of the file.")
                      .arg(e.key),
                  ReviewTr::tr("Move [secrets] to the end of the node's extra TOML."));
            return;
        }
        seen = seen || e.key == QLatin1String("secrets");
    }
}

class SecretScan
{
public:
    SecretScan(Context &c, const NodeConfig &nc)
        : m_c(c), m_nc(nc), m_secrets(nc.config.subTable(QStringLiteral("secrets")))
    {}

    void run()
    {
        for (const auto &e : m_nc.config.entries()) {
            if (e.key != QLatin1String("secrets"))
                walk(e.value);
        }
    }

private:
    void walk(const TomlValue &v)
    {
        if (const TomlTable *t = v.table()) {
            for (const auto &e : t->entries())
                walk(e.value);
        } else if (v.isArray()) {
            for (const TomlValue &item : v.array())
                walk(item);
        } else if (v.isString() && v.toString().contains(QLatin1String("$secret{"))) {
            static const QRegularExpression ref(QStringLiteral("\\$secret\\{([^}]*)\\}"));
            for (auto m = ref.globalMatch(v.toString()); m.hasNext();) {
                const QString alias = m.next().captured(1);
                if ((m_secrets && m_secrets->contains(alias)) || m_reported.contains(alias))
                    continue;
                m_reported.insert(alias);
                m_c.add(
                    rule::SecretUndefined, &m_nc, v.line,
                    ReviewTr::tr("$secret{%1} has no %1 in [secrets]; API-M cannot resolve it.").arg(alias),
                    ReviewTr::tr("Add %1 = \"[plaintext]\" under [secrets] at the end of the file, then run "
                                 "ciphertool.")
                        .arg(alias));
            }
        }
    }

    Context &m_c;
    const NodeConfig &m_nc;
    const TomlTable *m_secrets;
    QSet<QString> m_reported;
};

class KeyWalker
{
public:
    KeyWalker(Context &c, const NodeConfig &nc) : m_c(c), m_nc(nc), m_keys(ConfigKeyCatalogue::instance()) {}

    void run(const TomlTable &config)
    {
        QStringList path;
        walk(config, m_keys.root(), path);
    }

private:
    void walk(const TomlTable &t, const ConfigKeyCatalogue::Cursor &at, QStringList &path)
    {
        for (const auto &e : t.entries()) {
            const bool arrayOfTables = e.value.isArrayOfTables();
            path.append(arrayOfTables ? e.key + QLatin1String("[]") : e.key);
            const ConfigKeyCatalogue::Cursor next = m_keys.step(at, path.last());
            const int line = e.value.table() && !arrayOfTables ? e.value.table()->line : e.value.line;
            if (!next.isValid()) {
                report(at, path, arrayOfTables ? e.value.array().first().table()->line : line);
            } else if (next.open) {
                // anything goes below a trailing "*"
            } else if (arrayOfTables) {
                for (const TomlValue &item : e.value.array())
                    walk(*item.table(), next, path);
            } else if (const TomlTable *sub = e.value.table()) {
                walk(*sub, next, path);
            } else if (!m_keys.isKey(next)) {
                report(at, path, line);
            }
            path.removeLast();
        }
    }

    void report(const ConfigKeyCatalogue::Cursor &parent, const QStringList &path, int line)
    {
        const QString key = joinDottedKey(path);
        if (m_reported.contains(key) || isLegacyOnlyKey(path))
            return;
        m_reported.insert(key);
        QString last = path.last();
        const bool array = last.endsWith(QLatin1String("[]"));
        if (array)
            last.chop(2);
        QString message;
        QStringList plain = path;
        plain.last() = last;
        const QString close = m_keys.suggestion(parent, plain);
        // The catalogue is 4.x's: in a 3.x set a key it lacks may be a 3.x key, and only a near
        // miss of a known one (a typo) is surely wrong.
        if (m_c.legacy() && close.isEmpty())
            return;
        if (!array && m_keys.step(parent, last + QLatin1String("[]")).isValid()) {
            message = ReviewTr::tr("%1 is an array of tables in API-M: write [[%2]].")
                          .arg(key, joinDottedKey(path));
        } else {
            message = ReviewTr::tr("API-M 4.x does not know the key %1.").arg(key);
            if (!close.isEmpty())
                message += QLatin1Char(' ') + ReviewTr::tr("Did you mean %1?").arg(close);
        }
        m_c.add(rule::UnknownKey, &m_nc, line, message,
                ReviewTr::tr("API-M ignores keys it does not know: check the spelling against the "
                             "configuration catalogue."));
    }

    Context &m_c;
    const NodeConfig &m_nc;
    const ConfigKeyCatalogue &m_keys;
    QSet<QString> m_reported;
};

// The version the imported files show, when it is more than the default says (versioninference.h).
void checkImportedVersion(Context &c)
{
    QList<const NodeConfig *> configs; // in the order the context's verdict counts its sources
    for (const NodeConfig &nc : c.nodes) {
        if (nc.file)
            configs.append(&nc);
    }
    const VersionVerdict &v = c.importedVersion;
    if (configs.isEmpty() || !versionWorthNoting(v))
        return;
    const NodeConfig *at = configs[v.source];
    int line = lineAt(at->config, v.keyPath);
    if (!line)
        line = lineAt(at->config, tomlkey::path(tomlkey::ServerRole));
    c.add(rule::ApimVersion, at, line, versionMessage(v, c.design.settings.apimVersion), versionHint(v));
}

// A file that does not parse, with its line and column; a template says so instead, and so
// does a template source that happens to parse (warned of). A config that parses holds its
// markers in values: unsubstituted-placeholder reports those API-M reads (_hardening.cpp).
void checkReadable(Context &c, const ImportedFile &f)
{
    if (f.parsed && !isTemplateSource(f.path, f.text))
        return;
    const Node *node = f.node ? c.topology.node(f.node) : nullptr;
    QString marker;
    const int templated = templateLine(f.text, &marker);
    if (f.parsed && !templated)
        return;
    Finding e =
        templated
            ? ruleFinding(rule::TemplatedFile, node,
                          ReviewTr::tr("This is a template, not a deployment.toml: line %1 holds %2.")
                              .arg(templated)
                              .arg(marker),
                          ReviewTr::tr("Render it (helm template, the Ansible or Jinja run) and review the "
                                       "result; API-M reads no template."))
            : ruleFinding(
                  rule::TomlSyntax, node, ReviewTr::tr("not valid TOML: %1").arg(f.error.message),
                  ReviewTr::tr("Fix the syntax at this position; API-M will not start with this file."));
    if (f.parsed)
        e.severity = Severity::Warning; // it parses: the markers are values API-M would take literally
    e.file = f.path;
    e.line = templated ? templated : f.error.line;
    e.column = templated ? 0 : f.error.column;
    c.add(e);
}

} // namespace

void checkFiles(Context &c)
{
    checkImportedVersion(c);
    for (const ImportedFile &f : c.files ? *c.files : QList<ImportedFile>())
        checkReadable(c, f);
    c.forNodes(Segment::ReviewFiles, [&](const NodeConfig &nc) {
        if (nc.file) {
            checkOrder(c, nc);
            KeyWalker(c, nc).run(nc.config);
        } else {
            checkGeneratedSecrets(c, nc);
            // The generator writes known keys only: of a designed node, only its extra TOML can hold others.
            TomlTable extra;
            TomlError error;
            if (!nc.node->extraToml.text().trimmed().isEmpty()) {
                if (readToml(nc.node->extraToml.text().toUtf8(), nc.node->name(), &extra, &error))
                    KeyWalker(c, nc).run(extra);
                else
                    c.add(rule::TomlSyntax, &nc, 0,
                          ReviewTr::tr("The extra TOML of %1 is not valid TOML (line %2): %3")
                              .arg(nc.node->name())
                              .arg(error.line)
                              .arg(error.message),
                          ReviewTr::tr(
                              "Fix it in the node's inspector; until then it is left out of the export."));
            }
        }
        SecretScan(c, nc).run();
    });
}

} // namespace apim::review
