// An ordered TOML tree and its writer.
//
// toml++ 3.3 sorts keys alphabetically and cannot write dotted keys, so the
// generators and the project file build this tree instead: entries keep the
// order they were added in, and the writer emits each parent table before its
// sub-tables, never repeats a table and writes `properties.port = 9443` style
// dotted keys where a table asks for it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

namespace apim {

class TomlTable;

class TomlValue
{
public:
    enum class Type { String, Integer, Float, Bool, DateTime, Array, Table };

    TomlValue() : m_data(QString()) {}
    TomlValue(const QString &s) : m_data(s) {}
    TomlValue(const char *) = delete; // keep QT_NO_CAST_FROM_ASCII honest
    TomlValue(qint64 i) : m_data(i) {}
    TomlValue(int i) : m_data(qint64(i)) {}
    TomlValue(double d) : m_data(d) {}
    TomlValue(bool b) : m_data(b) {}
    TomlValue(const QList<TomlValue> &a) : m_data(a) {}
    TomlValue(const QStringList &list);
    explicit TomlValue(std::shared_ptr<TomlTable> t) : m_data(std::move(t)) {}
    static TomlValue dateTime(const QString &raw);

    Type type() const;
    bool isString() const { return type() == Type::String; }
    bool isTable() const { return type() == Type::Table; }
    bool isArray() const { return type() == Type::Array; }
    bool isArrayOfTables() const; // non-empty array whose elements are all (non-inline) tables

    QString toString() const; // string or datetime text; empty otherwise
    qint64 toInteger(qint64 fallback = 0) const;
    double toFloat(double fallback = 0) const;
    bool toBool(bool fallback = false) const;
    QStringList toStringList() const; // strings of an array
    const QList<TomlValue> &array() const;
    QList<TomlValue> &array();
    const TomlTable *table() const;
    TomlTable *table();

    // Deep copy: tables are shared by pointer otherwise.
    TomlValue clone() const;

    // TOML equality: tables compare without regard to key order.
    bool operator==(const TomlValue &other) const;
    bool operator!=(const TomlValue &other) const { return !(*this == other); }

    int line = 0;   // 1-based source line when read from a file, else 0
    int column = 0; // 1-based source column
    // The comment lines just above its `key = value` line and the comment after it on that
    // line, as read ("# ..."); the writer puts them back. Not part of the value: == ignores them.
    QStringList comments;
    QString trailingComment;

private:
    struct DateTimeText
    {
        QString text;
        bool operator==(const DateTimeText &o) const { return text == o.text; }
    };
    std::variant<QString, qint64, double, bool, DateTimeText, QList<TomlValue>, std::shared_ptr<TomlTable>>
        m_data;
};

class TomlTable
{
public:
    struct Entry
    {
        QString key;
        TomlValue value;
    };

    // Returns the sub-table `key`, creating it (at the end) if needed.
    TomlTable &table(const QString &key);
    // Like table(), but the writer emits its keys dotted into the parent (`properties.port = 1`).
    TomlTable &dottedTable(const QString &key);
    // Follows `path` through sub-tables, creating them as needed.
    TomlTable &tableAt(const QStringList &path);
    // Appends a table to the array of tables `key` and returns it.
    TomlTable &appendTable(const QString &key);

    void set(const QString &key, const TomlValue &value); // replaces in place or appends
    bool remove(const QString &key);
    bool contains(const QString &key) const { return find(key) != nullptr; }
    const TomlValue *find(const QString &key) const;
    TomlValue *find(const QString &key);
    // Looks a value up through nested tables; keys may contain dots, so the path is a list.
    const TomlValue *findPath(const QStringList &path) const;
    const TomlTable *subTable(const QString &key) const;

    const QList<Entry> &entries() const { return m_entries; }
    QList<Entry> &entries() { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Copies every key of `overlay` into this table; sub-tables merge recursively,
    // anything else (arrays of tables included) replaces what was there.
    void merge(const TomlTable &overlay);

    std::shared_ptr<TomlTable> clone() const;
    bool operator==(const TomlTable &other) const;

    bool dotted = false;         // written as dotted keys inside the parent
    bool inlineTable = false;    // written as { k = v } on one line
    bool explicitHeader = false; // the source had a [header] for it; keeps empty tables
    int line = 0;
    // Comments above and after its [header], written with the header.
    QStringList comments;
    QString trailingComment;

private:
    QList<Entry> m_entries;
};

struct TomlWriteOptions
{
    bool multiLineStrings = false; // strings holding newlines use """ blocks (project file)
};

// Serialises a root table. The output is valid TOML that re-parses to an equal tree.
QString writeToml(const TomlTable &root, const TomlWriteOptions &options = {});

// Quotes a key when it is not a bare key.
QString tomlKey(const QString &key);
// A basic (double-quoted) TOML string literal.
QString tomlString(const QString &value);
// `text` as one comment line: "# " put first when it lacks the "#", every line break,
// control (tab aside) and bidirectional control character made a space, and "#!" (the
// designer's markers) made "# !". So a comment never becomes a key, a header or a marker.
// Empty for blank text.
QString tomlComment(const QString &text);

} // namespace apim
