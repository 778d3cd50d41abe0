#include "tomldocument.h"

#include <QLocale>

#include <cmath>

namespace apim {

// ---- TomlValue -------------------------------------------------------------

TomlValue::TomlValue(const QStringList &list)
{
    QList<TomlValue> items;
    items.reserve(list.size());
    for (const QString &s : list)
        items.append(TomlValue(s));
    m_data = items;
}

TomlValue TomlValue::dateTime(const QString &raw)
{
    TomlValue v;
    v.m_data = DateTimeText{raw};
    return v;
}

TomlValue::Type TomlValue::type() const
{
    switch (m_data.index()) {
    case 0:
        return Type::String;
    case 1:
        return Type::Integer;
    case 2:
        return Type::Float;
    case 3:
        return Type::Bool;
    case 4:
        return Type::DateTime;
    case 5:
        return Type::Array;
    default:
        return Type::Table;
    }
}

bool TomlValue::isArrayOfTables() const
{
    if (!isArray())
        return false;
    const auto &items = array();
    if (items.isEmpty())
        return false;
    for (const TomlValue &item : items) {
        if (!item.isTable() || item.table()->inlineTable)
            return false;
    }
    return true;
}

QString TomlValue::toString() const
{
    if (const auto *s = std::get_if<QString>(&m_data))
        return *s;
    if (const auto *d = std::get_if<DateTimeText>(&m_data))
        return d->text;
    return {};
}

qint64 TomlValue::toInteger(qint64 fallback) const
{
    if (const auto *i = std::get_if<qint64>(&m_data))
        return *i;
    if (const auto *s = std::get_if<QString>(&m_data)) {
        bool ok = false;
        const qint64 v = s->trimmed().toLongLong(&ok);
        return ok ? v : fallback;
    }
    return fallback;
}

double TomlValue::toFloat(double fallback) const
{
    if (const auto *d = std::get_if<double>(&m_data))
        return *d;
    if (const auto *i = std::get_if<qint64>(&m_data))
        return double(*i);
    return fallback;
}

bool TomlValue::toBool(bool fallback) const
{
    if (const auto *b = std::get_if<bool>(&m_data))
        return *b;
    if (const auto *s = std::get_if<QString>(&m_data)) {
        if (s->compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s->compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return fallback;
}

QStringList TomlValue::toStringList() const
{
    QStringList out;
    if (const auto *a = std::get_if<QList<TomlValue>>(&m_data)) {
        for (const TomlValue &v : *a) {
            if (v.isString())
                out.append(v.toString());
        }
    } else if (isString()) {
        out.append(toString());
    }
    return out;
}

const QList<TomlValue> &TomlValue::array() const
{
    static const QList<TomlValue> empty;
    if (const auto *a = std::get_if<QList<TomlValue>>(&m_data))
        return *a;
    return empty;
}

QList<TomlValue> &TomlValue::array()
{
    if (!std::holds_alternative<QList<TomlValue>>(m_data))
        m_data = QList<TomlValue>();
    return std::get<QList<TomlValue>>(m_data);
}

const TomlTable *TomlValue::table() const
{
    if (const auto *t = std::get_if<std::shared_ptr<TomlTable>>(&m_data))
        return t->get();
    return nullptr;
}

TomlTable *TomlValue::table()
{
    if (auto *t = std::get_if<std::shared_ptr<TomlTable>>(&m_data))
        return t->get();
    return nullptr;
}

TomlValue TomlValue::clone() const
{
    TomlValue copy;
    if (const TomlTable *t = table()) {
        copy = TomlValue(t->clone());
    } else if (isArray()) {
        QList<TomlValue> items;
        for (const TomlValue &v : array())
            items.append(v.clone());
        copy = TomlValue(items);
    } else {
        copy = *this;
    }
    copy.line = line;
    copy.column = column;
    copy.comments = comments;
    copy.trailingComment = trailingComment;
    return copy;
}

bool TomlValue::operator==(const TomlValue &other) const
{
    if (m_data.index() != other.m_data.index()) {
        // 1 and 1.0 are different TOML values; keep it strict.
        return false;
    }
    if (const TomlTable *t = table())
        return *t == *other.table();
    if (isArray()) {
        const auto &a = array();
        const auto &b = other.array();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }
    if (const auto *d = std::get_if<double>(&m_data)) {
        const double o = std::get<double>(other.m_data);
        return (*d == o) || (std::isnan(*d) && std::isnan(o));
    }
    return m_data == other.m_data;
}

// ---- TomlTable -------------------------------------------------------------

TomlTable &TomlTable::table(const QString &key)
{
    if (TomlValue *v = find(key)) {
        if (TomlTable *t = v->table())
            return *t;
        *v = TomlValue(std::make_shared<TomlTable>());
        return *v->table();
    }
    m_entries.append({key, TomlValue(std::make_shared<TomlTable>())});
    return *m_entries.last().value.table();
}

TomlTable &TomlTable::dottedTable(const QString &key)
{
    TomlTable &t = table(key);
    t.dotted = true;
    return t;
}

TomlTable &TomlTable::tableAt(const QStringList &path)
{
    TomlTable *t = this;
    for (const QString &key : path)
        t = &t->table(key);
    return *t;
}

TomlTable &TomlTable::appendTable(const QString &key)
{
    TomlValue *v = find(key);
    if (!v || !v->isArray()) {
        set(key, TomlValue(QList<TomlValue>()));
        v = find(key);
    }
    v->array().append(TomlValue(std::make_shared<TomlTable>()));
    return *v->array().last().table();
}

void TomlTable::set(const QString &key, const TomlValue &value)
{
    if (TomlValue *v = find(key)) {
        *v = value;
        return;
    }
    m_entries.append({key, value});
}

bool TomlTable::remove(const QString &key)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key) {
            m_entries.removeAt(i);
            return true;
        }
    }
    return false;
}

const TomlValue *TomlTable::find(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return &e.value;
    }
    return nullptr;
}

TomlValue *TomlTable::find(const QString &key)
{
    for (Entry &e : m_entries) {
        if (e.key == key)
            return &e.value;
    }
    return nullptr;
}

const TomlValue *TomlTable::findPath(const QStringList &path) const
{
    const TomlTable *t = this;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const TomlValue *v = t->find(path[i]);
        if (!v)
            return nullptr;
        if (i == path.size() - 1)
            return v;
        t = v->table();
        if (!t)
            return nullptr;
    }
    return nullptr;
}

const TomlTable *TomlTable::subTable(const QString &key) const
{
    const TomlValue *v = find(key);
    return v ? v->table() : nullptr;
}

void TomlTable::merge(const TomlTable &overlay)
{
    for (const Entry &e : overlay.m_entries) {
        TomlValue *mine = find(e.key);
        if (mine && mine->table() && e.value.table() && !e.value.isArray()) {
            TomlTable *sub = mine->table();
            if (sub->comments.isEmpty() && sub->trailingComment.isEmpty()) {
                sub->comments = e.value.table()->comments;
                sub->trailingComment = e.value.table()->trailingComment;
            }
            sub->merge(*e.value.table());
            continue;
        }
        if (mine)
            *mine = e.value.clone();
        else
            m_entries.append({e.key, e.value.clone()});
    }
}

std::shared_ptr<TomlTable> TomlTable::clone() const
{
    auto copy = std::make_shared<TomlTable>();
    copy->dotted = dotted;
    copy->inlineTable = inlineTable;
    copy->explicitHeader = explicitHeader;
    copy->line = line;
    copy->comments = comments;
    copy->trailingComment = trailingComment;
    for (const Entry &e : m_entries)
        copy->m_entries.append({e.key, e.value.clone()});
    return copy;
}

bool TomlTable::operator==(const TomlTable &other) const
{
    if (m_entries.size() != other.m_entries.size())
        return false;
    for (const Entry &e : m_entries) {
        const TomlValue *o = other.find(e.key);
        if (!o || *o != e.value)
            return false;
    }
    return true;
}

// ---- Writer ----------------------------------------------------------------

namespace {

bool isBareKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

void appendEscaped(QString &out, const QString &value, bool multiLine)
{
    for (QChar c : value) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\n':
            if (multiLine)
                out += QLatin1Char('\n');
            else
                out += QLatin1String("\\n");
            break;
        default:
            if (u < 0x20 || u == 0x7f)
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
}

QString formatFloat(double d)
{
    if (std::isnan(d))
        return QStringLiteral("nan");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    QString s = QString::number(d, 'g', 17);
    // Prefer the shortest text that round-trips.
    for (int precision = 1; precision <= 17; ++precision) {
        const QString candidate = QString::number(d, 'g', precision);
        if (candidate.toDouble() == d) {
            s = candidate;
            break;
        }
    }
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')) && !s.contains(QLatin1Char('n')))
        s += QLatin1String(".0");
    return s;
}

class Writer
{
public:
    explicit Writer(const TomlWriteOptions &o) : m_options(o) {}

    QString run(const TomlTable &root)
    {
        writeTableBody(root, {}, false);
        return m_out;
    }

private:
    void writeInlineValue(const TomlValue &v)
    {
        switch (v.type()) {
        case TomlValue::Type::String: {
            const QString s = v.toString();
            if (m_options.multiLineStrings && s.contains(QLatin1Char('\n'))) {
                m_out += QLatin1String("\"\"\"\n");
                appendEscaped(m_out, s, true);
                m_out += QLatin1String("\"\"\"");
            } else {
                m_out += tomlString(s);
            }
            break;
        }
        case TomlValue::Type::Integer:
            m_out += QString::number(v.toInteger());
            break;
        case TomlValue::Type::Float:
            m_out += formatFloat(v.toFloat());
            break;
        case TomlValue::Type::Bool:
            m_out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
            break;
        case TomlValue::Type::DateTime:
            m_out += v.toString();
            break;
        case TomlValue::Type::Array: {
            m_out += QLatin1Char('[');
            bool first = true;
            for (const TomlValue &item : v.array()) {
                m_out += first ? QLatin1String("") : QLatin1String(", ");
                first = false;
                writeInlineValue(item);
            }
            m_out += QLatin1Char(']');
            break;
        }
        case TomlValue::Type::Table: {
            const TomlTable *t = v.table();
            m_out += QLatin1Char('{');
            bool first = true;
            for (const auto &e : t->entries()) {
                m_out += first ? QLatin1String(" ") : QLatin1String(", ");
                first = false;
                m_out += tomlKey(e.key) + QLatin1String(" = ");
                writeInlineValue(e.value);
            }
            m_out += first ? QLatin1String("}") : QLatin1String(" }");
            break;
        }
        }
    }

    // Does the value belong on a `key = value` line of its parent?
    static bool isPlain(const TomlValue &v)
    {
        if (const TomlTable *t = v.table())
            return t->inlineTable || t->dotted;
        return !v.isArrayOfTables();
    }

    void writePlainEntries(const TomlTable &t, const QString &prefix)
    {
        for (const auto &e : t.entries()) {
            if (!isPlain(e.value))
                continue;
            const TomlTable *sub = e.value.table();
            if (sub && sub->dotted && !sub->inlineTable) {
                writePlainEntries(*sub, prefix + tomlKey(e.key) + QLatin1Char('.'));
                continue;
            }
            writeComments(e.value.comments);
            m_out += prefix + tomlKey(e.key) + QLatin1String(" = ");
            writeInlineValue(e.value);
            writeTrailing(e.value.trailingComment);
            m_out += QLatin1Char('\n');
        }
    }

    // Tables nested in dotted tables still need their own headers.
    void writeHeaderChildren(const TomlTable &t, const QStringList &path)
    {
        for (const auto &e : t.entries()) {
            const QStringList childPath = path + QStringList{e.key};
            if (e.value.isArrayOfTables()) {
                for (const TomlValue &item : e.value.array()) {
                    header(childPath, true, item.table());
                    writeTableBody(*item.table(), childPath, true);
                }
            } else if (const TomlTable *sub = e.value.table()) {
                if (sub->inlineTable)
                    continue;
                if (sub->dotted) {
                    writeHeaderChildren(*sub, childPath);
                    continue;
                }
                const bool hasPlain = hasPlainEntries(*sub);
                if (hasPlain || (sub->isEmpty()) || sub->explicitHeader)
                    header(childPath, false, sub);
                writeTableBody(*sub, childPath, true);
            }
        }
    }

    static bool hasPlainEntries(const TomlTable &t)
    {
        for (const auto &e : t.entries()) {
            if (isPlain(e.value))
                return true;
        }
        return false;
    }

    void writeTableBody(const TomlTable &t, const QStringList &path, bool)
    {
        writePlainEntries(t, QString());
        writeHeaderChildren(t, path);
    }

    void header(const QStringList &path, bool arrayOfTables, const TomlTable *table)
    {
        if (!m_out.isEmpty())
            m_out += QLatin1Char('\n');
        writeComments(table->comments);
        QStringList keys;
        for (const QString &k : path)
            keys.append(tomlKey(k));
        const QString joined = keys.join(QLatin1Char('.'));
        m_out += arrayOfTables ? QStringLiteral("[[%1]]").arg(joined) : QStringLiteral("[%1]").arg(joined);
        writeTrailing(table->trailingComment);
        m_out += QLatin1Char('\n');
    }

    void writeComments(const QStringList &lines)
    {
        for (const QString &c : lines) {
            const QString line = tomlComment(c);
            if (!line.isEmpty())
                m_out += line + QLatin1Char('\n');
        }
    }

    void writeTrailing(const QString &comment)
    {
        const QString text = tomlComment(comment);
        if (!text.isEmpty())
            m_out += QLatin1Char(' ') + text;
    }

    const TomlWriteOptions &m_options;
    QString m_out;
};

} // namespace

QString tomlKey(const QString &key)
{
    return isBareKey(key) ? key : tomlString(key);
}

QString tomlString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    appendEscaped(out, value, false);
    out += QLatin1Char('"');
    return out;
}

QString tomlComment(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        const bool bidi = u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
                          (u >= 0x2066 && u <= 0x2069);
        if ((c.category() == QChar::Other_Control && u != '\t') || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator || bidi)
            c = QLatin1Char(' ');
    }
    out = out.trimmed();
    if (out.isEmpty())
        return out;
    if (!out.startsWith(QLatin1Char('#')))
        out.prepend(QLatin1String("# "));
    // "#!" starts the designer's own markers in a node's extra TOML (tomldiff.h).
    else if (out.startsWith(QLatin1String("#!")))
        out.insert(1, QLatin1Char(' '));
    return out;
}

QString writeToml(const TomlTable &root, const TomlWriteOptions &options)
{
    Writer w(options);
    return w.run(root);
}

} // namespace apim
