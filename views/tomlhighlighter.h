// Syntax highlighting for the preview: TOML (tables, keys, strings, numbers,
// booleans, comments) and, for the other generated files, comments and
// strings only. Colours follow the palette so that dark themes stay legible.
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace apim {

class TomlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Mode {
        Toml,
        Hash,  // shell, hosts, nginx.conf: '#' comments
        Sql,   // '--' comments
        Batch, // REM and '::' comments
        Plain,
    };

    explicit TomlHighlighter(QTextDocument *document);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The mode that suits a generated file's name.
    static Mode modeForFile(const QString &fileName);

    // Formats, exposed for tests.
    QTextCharFormat tableFormat() const { return m_table; }
    QTextCharFormat keyFormat() const { return m_key; }
    QTextCharFormat stringFormat() const { return m_string; }
    QTextCharFormat numberFormat() const { return m_number; }
    QTextCharFormat boolFormat() const { return m_bool; }
    QTextCharFormat commentFormat() const { return m_comment; }

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState { Normal = -1, InBasicMultiline = 1, InLiteralMultiline = 2 };
    void setupFormats();
    void highlightToml(const QString &text);
    void highlightOther(const QString &text);
    // From `from`, the end of a string opened at text[from]; handles escapes and multi-line quotes.
    qsizetype stringEnd(const QString &text, qsizetype from, int *state) const;
    void highlightValue(const QString &text, qsizetype from, qsizetype to);

    Mode m_mode = Mode::Toml;
    QTextCharFormat m_table;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_bool;
    QTextCharFormat m_comment;
};

} // namespace apim
