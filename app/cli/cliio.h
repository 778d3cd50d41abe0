// Output streams and translation for the CLI commands: stdout carries results,
// stderr diagnostics. Everything printed goes through terminalText(), so that
// a value taken from a file (a node name, a host, a label) can never send an
// escape sequence to the terminal.
#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include <type_traits>

namespace apim::cli {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

// `text` with control characters other than line feed and tab, DEL, and the
// bidirectional controls written as visible escapes ("\x1b", "\u202e").
QString terminalText(const QString &text);

// A QTextStream whose text goes through terminalText(); numbers and manipulators pass.
class SafeStream
{
public:
    explicit SafeStream(FILE *file) : m_stream(file) {}
    SafeStream &operator<<(const QString &text)
    {
        m_stream << terminalText(text);
        return *this;
    }
    SafeStream &operator<<(const char *text) { return *this << QString::fromUtf8(text); }
    SafeStream &operator<<(const QByteArray &text) { return *this << QString::fromUtf8(text); }
    SafeStream &operator<<(QChar c) { return *this << QString(c); }
    SafeStream &operator<<(char c) { return *this << QString(QLatin1Char(c)); }
    SafeStream &operator<<(QTextStream &(*manipulator)(QTextStream &))
    {
        m_stream << manipulator;
        return *this;
    }
    template <typename Number>
    requires std::is_arithmetic_v<Number> SafeStream &operator<<(Number n)
    {
        m_stream << n;
        return *this;
    }
    void flush() { m_stream.flush(); }

private:
    QTextStream m_stream;
};

inline SafeStream &out()
{
    static SafeStream s(stdout);
    return s;
}

inline SafeStream &err()
{
    static SafeStream s(stderr);
    return s;
}

} // namespace apim::cli
