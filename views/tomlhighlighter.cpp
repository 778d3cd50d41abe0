#include "tomlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace apim {

namespace {

bool isBareKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

bool isNumberStart(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isDigit())
        return true;
    return (c == QLatin1Char('+') || c == QLatin1Char('-')) && i + 1 < text.size() &&
           (text.at(i + 1).isDigit() || text.at(i + 1) == QLatin1Char('i') ||
            text.at(i + 1) == QLatin1Char('n'));
}

} // namespace

TomlHighlighter::TomlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setupFormats();
}

void TomlHighlighter::setupFormats()
{
    // Two palettes of hues: one readable on light bases, one on dark.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    auto color = [dark](const char *light, const char *onDark) {
        return QColor(QLatin1String(dark ? onDark : light));
    };
    m_table.setForeground(color("#1f4e9c", "#82aaff"));
    m_table.setFontWeight(QFont::Bold);
    m_key.setForeground(color("#7a3e9d", "#c792ea"));
    m_string.setForeground(color("#2e7d32", "#c3e88d"));
    m_number.setForeground(color("#b35c00", "#f78c6c"));
    m_bool.setForeground(color("#a31515", "#ff5370"));
    m_bool.setFontWeight(QFont::Bold);
    m_comment.setForeground(color("#6a737d", "#8b949e"));
    m_comment.setFontItalic(true);
}

void TomlHighlighter::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rehighlight();
}

TomlHighlighter::Mode TomlHighlighter::modeForFile(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".toml")))
        return Mode::Toml;
    if (fileName.endsWith(QLatin1String(".sql")))
        return Mode::Sql;
    if (fileName.endsWith(QLatin1String(".bat")) || fileName.endsWith(QLatin1String(".cmd")))
        return Mode::Batch;
    if (fileName.endsWith(QLatin1String(".sh")) || fileName.endsWith(QLatin1String(".conf")) ||
        fileName.endsWith(QLatin1String("hosts")))
        return Mode::Hash;
    return Mode::Plain;
}

void TomlHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    if (m_mode == Mode::Toml)
        highlightToml(text);
    else if (m_mode != Mode::Plain)
        highlightOther(text);
}

qsizetype TomlHighlighter::stringEnd(const QString &text, qsizetype from, int *state) const
{
    // `from` is the first character inside the string when *state says we are in a multi-line string,
    // else the opening quote.
    QChar quote;
    bool multiline = false;
    qsizetype i = from;
    if (*state == InBasicMultiline || *state == InLiteralMultiline) {
        quote = QLatin1Char(*state == InBasicMultiline ? '"' : '\'');
        multiline = true;
    } else {
        quote = text.at(from);
        multiline = text.mid(from, 3) == QString(3, quote);
        i = from + (multiline ? 3 : 1);
    }
    const bool escapes = quote == QLatin1Char('"');
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (escapes && c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == quote && (!multiline || text.mid(i, 3) == QString(3, quote))) {
            *state = Normal;
            return i + (multiline ? 3 : 1);
        }
        ++i;
    }
    *state = multiline ? (escapes ? InBasicMultiline : InLiteralMultiline) : Normal;
    return text.size();
}

void TomlHighlighter::highlightToml(const QString &text)
{
    int state = previousBlockState();
    qsizetype i = 0;
    if (state == InBasicMultiline || state == InLiteralMultiline) {
        const qsizetype end = stringEnd(text, 0, &state);
        setFormat(0, int(end), m_string);
        if (state != Normal) {
            setCurrentBlockState(state);
            return;
        }
        highlightValue(text, end, text.size());
        return;
    }
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i >= text.size())
        return;
    if (text.at(i) == QLatin1Char('#')) {
        setFormat(int(i), int(text.size() - i), m_comment);
        return;
    }
    if (text.at(i) == QLatin1Char('[')) {
        // A table header: up to the last ']' before any comment.
        qsizetype end = text.indexOf(QLatin1Char('#'), i);
        if (end < 0)
            end = text.size();
        const qsizetype close = text.lastIndexOf(QLatin1Char(']'), end - 1);
        const qsizetype headerEnd = close > i ? close + 1 : end;
        setFormat(int(i), int(headerEnd - i), m_table);
        highlightValue(text, headerEnd, text.size());
        return;
    }
    // A key: bare or quoted segments up to '='.
    qsizetype j = i;
    while (j < text.size() && text.at(j) != QLatin1Char('=')) {
        if (text.at(j) == QLatin1Char('"') || text.at(j) == QLatin1Char('\'')) {
            int keyState = Normal;
            j = stringEnd(text, j, &keyState);
        } else {
            ++j;
        }
    }
    setFormat(int(i), int(j - i), m_key);
    highlightValue(text, j + 1, text.size());
}

void TomlHighlighter::highlightValue(const QString &text, qsizetype from, qsizetype to)
{
    qsizetype i = from;
    while (i < to) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#')) {
            setFormat(int(i), int(to - i), m_comment);
            return;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            int state = Normal;
            const qsizetype end = stringEnd(text, i, &state);
            setFormat(int(i), int(end - i), m_string);
            if (state != Normal) {
                setCurrentBlockState(state);
                return;
            }
            i = end;
            continue;
        }
        if (isNumberStart(text, i)) {
            qsizetype end = i + 1;
            // Dates, times, hex, exponents and underscores all stay within this set.
            while (end < to && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_') ||
                                text.at(end) == QLatin1Char('.') || text.at(end) == QLatin1Char(':') ||
                                text.at(end) == QLatin1Char('+') || text.at(end) == QLatin1Char('-')))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
            continue;
        }
        if (isBareKeyChar(c)) {
            qsizetype end = i;
            while (end < to && isBareKeyChar(text.at(end)))
                ++end;
            const QString word = text.mid(i, end - i);
            qsizetype next = end;
            while (next < to && text.at(next).isSpace())
                ++next;
            if (word == QLatin1String("true") || word == QLatin1String("false"))
                setFormat(int(i), int(end - i), m_bool);
            else if (word == QLatin1String("inf") || word == QLatin1String("nan"))
                setFormat(int(i), int(end - i), m_number);
            else if (next < to && (text.at(next) == QLatin1Char('=') || text.at(next) == QLatin1Char('.')))
                setFormat(int(i), int(end - i), m_key); // a key inside an inline table
            i = end;
            continue;
        }
        ++i;
    }
}

void TomlHighlighter::highlightOther(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    const QString rest = text.mid(i);
    if (m_mode == Mode::Batch && (rest.startsWith(QLatin1String("REM"), Qt::CaseInsensitive) ||
                                  rest.startsWith(QLatin1String("::")))) {
        setFormat(int(i), int(text.size() - i), m_comment);
        return;
    }
    const QString marker = m_mode == Mode::Sql ? QStringLiteral("--") : QStringLiteral("#");
    for (qsizetype j = i; j < text.size(); ++j) {
        const QChar c = text.at(j);
        if (m_mode != Mode::Batch && text.mid(j, marker.size()) == marker) {
            setFormat(int(j), int(text.size() - j), m_comment);
            return;
        }
        if (c == QLatin1Char('"') || (c == QLatin1Char('\'') && m_mode != Mode::Batch)) {
            const qsizetype close = text.indexOf(c, j + 1);
            const qsizetype end = close < 0 ? text.size() : close + 1;
            setFormat(int(j), int(end - j), m_string);
            j = end - 1;
        }
    }
}

} // namespace apim
