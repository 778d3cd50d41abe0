#include "tomlreader.h"

#include <QCoreApplication>

#include <toml++/toml.h>

#include <algorithm>
#include <cstring>
#include <sstream>

namespace apim {

QString TomlError::toString() const
{
    QString out = file;
    if (line > 0) {
        out += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            out += QLatin1Char(':') + QString::number(column);
    }
    if (!out.isEmpty())
        out += QLatin1String(": ");
    return out + message;
}

namespace {

struct TomlReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(TomlReader)
};

bool fail(TomlError *error, const QString &file, int line, int column, const QString &message)
{
    if (error) {
        error->file = file;
        error->line = line;
        error->column = column;
        error->message = message;
    }
    return false;
}

// Returns the length of a valid UTF-8 sequence at p, or 0.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = *p;
    int len = 0;
    unsigned int cp = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < len)
        return 0;
    for (int i = 1; i < len; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

} // namespace

bool checkTomlInput(const QByteArray &data, const QString &fileName, TomlError *error)
{
    using namespace TomlLimits;
    if (data.size() > MaxFileBytes)
        return fail(error, fileName, 0, 0,
                    TomlReaderTr::tr("file is %1 bytes, more than the limit of %2")
                        .arg(data.size())
                        .arg(MaxFileBytes));

    const auto *begin = reinterpret_cast<const unsigned char *>(data.constData());
    const auto *end = begin + data.size();
    const auto *p = begin;
    if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3; // a UTF-8 byte order mark is allowed

    int line = 1;
    const unsigned char *lineStart = p;
    int depth = 0;       // [ and { outside strings
    int keySegments = 1; // segments of the key being read on this line
    bool inKey = true;   // before the '=' of a key/value line, or inside a [header]
    bool inHeader = false;
    int arrayItems = 0; // commas at the current array depth (rough but safe upper bound)
    int entries = 0;
    enum class Str { None, Basic, Literal, MultiBasic, MultiLiteral } str = Str::None;
    bool comment = false;

    while (p < end) {
        const unsigned char c = *p;
        const int column = int(p - lineStart) + 1;
        if (c == 0)
            return fail(error, fileName, line, column, TomlReaderTr::tr("NUL byte in the file"));
        const int len = utf8SequenceLength(p, end);
        if (len == 0)
            return fail(error, fileName, line, column, TomlReaderTr::tr("invalid UTF-8 sequence"));
        if (c == '\n') {
            if (p - lineStart > MaxLineLength)
                return fail(
                    error, fileName, line, 1,
                    TomlReaderTr::tr("line is longer than the limit of %1 characters").arg(MaxLineLength));
            ++line;
            lineStart = p + 1;
            comment = false;
            if (str == Str::Basic || str == Str::Literal)
                str = Str::None; // unterminated; toml++ reports it properly
            if (str == Str::None && depth == 0) {
                inKey = true;
                inHeader = false;
                keySegments = 1;
            }
            ++p;
            continue;
        }
        if (comment) {
            p += len;
            continue;
        }
        switch (str) {
        case Str::None:
            if (c == '#') {
                comment = true;
            } else if (c == '"') {
                if (end - p >= 3 && p[1] == '"' && p[2] == '"') {
                    str = Str::MultiBasic;
                    p += 2;
                } else {
                    str = Str::Basic;
                }
            } else if (c == '\'') {
                if (end - p >= 3 && p[1] == '\'' && p[2] == '\'') {
                    str = Str::MultiLiteral;
                    p += 2;
                } else {
                    str = Str::Literal;
                }
            } else if (inKey && c == '.') {
                if (++keySegments > MaxKeySegments)
                    return fail(error, fileName, line, column,
                                TomlReaderTr::tr("key has more than %1 dotted parts").arg(MaxKeySegments));
            } else if (inKey && !inHeader && c == '[' && depth == 0) {
                inHeader = true;
            } else if (inHeader && c == ']') {
                inKey = false;
            } else if (inKey && c == '=') {
                inKey = false;
                if (++entries > MaxEntries)
                    return fail(error, fileName, line, column,
                                TomlReaderTr::tr("more than %1 key/value pairs").arg(MaxEntries));
            } else if (!inKey && (c == '[' || c == '{')) {
                if (++depth > MaxNestingDepth)
                    return fail(error, fileName, line, column,
                                TomlReaderTr::tr("values nested deeper than %1 levels").arg(MaxNestingDepth));
                if (c == '{') {
                    inKey = true; // inline table keys
                    keySegments = 1;
                }
            } else if (!inKey && (c == ']' || c == '}')) {
                depth = std::max(0, depth - 1);
            } else if (depth > 0 && c == ',') {
                if (++arrayItems > MaxArrayLength)
                    return fail(error, fileName, line, column,
                                TomlReaderTr::tr("array longer than %1 items").arg(MaxArrayLength));
                if (depth > 0)
                    keySegments = 1;
            }
            break;
        case Str::Basic:
        case Str::MultiBasic:
            if (c == '\\') {
                p += (p + 1 < end && p[1] != '\n') ? 2 : 1;
                continue;
            }
            if (c == '"') {
                if (str == Str::Basic) {
                    str = Str::None;
                } else if (end - p >= 3 && p[1] == '"' && p[2] == '"') {
                    str = Str::None;
                    p += 2;
                }
            }
            break;
        case Str::Literal:
        case Str::MultiLiteral:
            if (c == '\'') {
                if (str == Str::Literal) {
                    str = Str::None;
                } else if (end - p >= 3 && p[1] == '\'' && p[2] == '\'') {
                    str = Str::None;
                    p += 2;
                }
            }
            break;
        }
        p += len;
    }
    if (p - lineStart > MaxLineLength)
        return fail(error, fileName, line, 1,
                    TomlReaderTr::tr("line is longer than the limit of %1 characters").arg(MaxLineLength));
    return true;
}

namespace {

struct Converter
{
    // Views into the file's text, one per line: no copy of a line is made.
    const QList<QByteArrayView> &lines;

    TomlValue value(const toml::node &node, int depth)
    {
        TomlValue v;
        if (const auto *s = node.as_string()) {
            v = TomlValue(QString::fromStdString(s->get()));
        } else if (const auto *i = node.as_integer()) {
            v = TomlValue(qint64(i->get()));
        } else if (const auto *f = node.as_floating_point()) {
            v = TomlValue(f->get());
        } else if (const auto *b = node.as_boolean()) {
            v = TomlValue(b->get());
        } else if (const auto *a = node.as_array()) {
            QList<TomlValue> items;
            items.reserve(qsizetype(a->size()));
            for (const toml::node &item : *a)
                items.append(value(item, depth));
            v = TomlValue(items);
        } else if (const auto *t = node.as_table()) {
            v = TomlValue(table(*t, depth));
        } else {
            std::ostringstream ss;
            if (const auto *d = node.as_date())
                ss << d->get();
            else if (const auto *tm = node.as_time())
                ss << tm->get();
            else if (const auto *dt = node.as_date_time())
                ss << dt->get();
            v = TomlValue::dateTime(QString::fromStdString(ss.str()));
        }
        v.line = int(node.source().begin.line);
        v.column = int(node.source().begin.column);
        return v;
    }

    // The text at a table's source position tells how it was written.
    QByteArrayView textAt(int line, int column) const
    {
        if (line < 1 || line > lines.size())
            return {};
        const QByteArrayView l = lines[line - 1];
        return column >= 1 && column <= l.size() ? l.sliced(column - 1) : QByteArrayView();
    }

    // The comment lines right above `line` (no blank line between). "#!" lines are the
    // designer's own markers in a node's extra TOML, never a user's comment.
    QStringList commentsAbove(int line) const
    {
        QStringList out;
        for (int l = line - 1; l >= 1 && l <= lines.size(); --l) {
            const QByteArrayView text = lines[l - 1].trimmed();
            if (!text.startsWith('#') || text.startsWith("#!"))
                break;
            out.prepend(QString::fromUtf8(text));
        }
        return out;
    }

    // The index of the first of `chars` at or after `from` that is not inside a quoted
    // string or key; -1 when there is none.
    static qsizetype findOutsideStrings(QByteArrayView text, qsizetype from, const char *chars)
    {
        char quote = 0;
        for (qsizetype i = from; i < text.size(); ++i) {
            const char c = text[i];
            if (quote) {
                if (c == '\\' && quote == '"')
                    ++i;
                else if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c != 0 && std::strchr(chars, c)) {
                return i;
            }
        }
        return -1;
    }

    // The comment at the end of `line`: the first '#' outside a string.
    QString commentAfter(int line) const
    {
        if (line < 1 || line > lines.size())
            return {};
        const QByteArrayView l = lines[line - 1];
        if (!l.contains('#'))
            return {}; // most lines: a byte search, not a walk through its strings
        const qsizetype at = findOutsideStrings(l, 0, "#");
        return at > 0 ? QString::fromUtf8(l.sliced(at).trimmed()) : QString();
    }

    // How many keys the [header] or [[header]] at the start of `text` names.
    static int headerKeys(QByteArrayView text)
    {
        int keys = 1;
        for (qsizetype i = findOutsideStrings(text, text.startsWith("[[") ? 2 : 1, ".]");
             i >= 0 && text[i] == '.'; i = findOutsideStrings(text, i + 1, ".]"))
            ++keys;
        return keys;
    }

    // `depth`: how many keys lead from the root to the table. A parent that only a deeper
    // header creates ([a.b] for a) starts at that header too: it has no header of its own.
    std::shared_ptr<TomlTable> table(const toml::table &t, int depth)
    {
        auto out = std::make_shared<TomlTable>();
        out->inlineTable = t.is_inline();
        out->line = int(t.source().begin.line);
        const QByteArrayView text = textAt(out->line, int(t.source().begin.column)).trimmed();
        const bool headerHere = text.startsWith('[');
        out->explicitHeader = headerHere && headerKeys(text) == depth;
        if (!out->inlineTable && !headerHere && out->line > 0)
            out->dotted = true; // created by a dotted key such as properties.port
        if (out->explicitHeader) {
            out->comments = commentsAbove(out->line);
            out->trailingComment = commentAfter(out->line);
        }
        struct Item
        {
            int line, column;
            QString key;
            TomlValue value;
        };
        QList<Item> items;
        items.reserve(qsizetype(t.size()));
        for (const auto &[key, node] : t) {
            TomlValue v = value(node, depth + 1);
            const auto *str = node.as_string();
            if (!out->inlineTable && !node.is_table() && !v.isArrayOfTables()) {
                const int keyLine = int(key.source().begin.line);
                v.comments = commentsAbove(keyLine);
                // A multi-line string's last line starts inside the string: no trailing comment.
                if (!(str && node.source().end.line != node.source().begin.line))
                    v.trailingComment = commentAfter(int(node.source().end.line));
            }
            // A table's position is its header; order children by where they start.
            int line = int(node.source().begin.line);
            int column = int(node.source().begin.column);
            if (v.isArrayOfTables()) {
                line = v.array().first().table()->line;
            }
            const std::string_view name = key.str();
            items.append(
                {line, column, QString::fromUtf8(name.data(), qsizetype(name.size())), std::move(v)});
        }
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
        out->entries().reserve(items.size());
        for (Item &item : items)
            out->entries().append({std::move(item.key), std::move(item.value)});
        return out;
    }
};

} // namespace

bool readToml(const QByteArray &data, const QString &fileName, TomlTable *out, TomlError *error)
{
    if (!checkTomlInput(data, fileName, error))
        return false;
    const std::string_view text(data.constData(), size_t(data.size()));
    try {
        toml::table parsed = toml::parse(text, fileName.toStdString());
        QList<QByteArrayView> lines;
        for (qsizetype from = 0;;) {
            const qsizetype end = data.indexOf('\n', from);
            lines.append(QByteArrayView(data).sliced(from, (end < 0 ? data.size() : end) - from));
            if (end < 0)
                break;
            from = end + 1;
        }
        Converter conv{lines};
        auto root = conv.table(parsed, 0);
        root->dotted = false;
        root->explicitHeader = false;
        *out = *root;
        return true;
    } catch (const toml::parse_error &e) {
        const auto &src = e.source();
        return fail(error, fileName, int(src.begin.line), int(src.begin.column),
                    QString::fromStdString(std::string(e.description())));
    }
}

} // namespace apim
