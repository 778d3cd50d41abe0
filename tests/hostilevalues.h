// Values of every hostile class a generated file must keep as data: quotes,
// line breaks, CR, NUL, '$', backticks, ';', braces, right-to-left marks,
// percent and caret (batch), escape sequences and a very long value.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace hostile {

inline QList<QPair<const char *, QString>> values()
{
    const QString nul = QStringLiteral("nul") + QChar(0) + QStringLiteral("byte");
    return {
        {"single quote", QStringLiteral("it's")},
        {"double quote", QStringLiteral("say \"hi\"")},
        {"newline SQL", QStringLiteral("x\nDROP DATABASE canary;\n-- ")},
        {"carriage return", QStringLiteral("a\rb\r\n")},
        {"NUL", nul},
        {"dollar", QStringLiteral("$HOME ${PATH} $(id) $http_x_evil")},
        {"backticks", QStringLiteral("`id` ``")},
        {"semicolon", QStringLiteral("a; rm -rf / ;")},
        {"braces", QStringLiteral("}; server { listen 1; } {")},
        {"right-to-left", QStringLiteral("user\u202Etxt.exe\u2066")},
        {"backslash", QStringLiteral("a\\b\\\\c\\")},
        {"batch", QStringLiteral("%PATH% %~1 ^ & | < > ( ) !x!")},
        {"escape sequence", QStringLiteral("\x1b[31mred\x1b[0m\x07")},
        {"comment starters", QStringLiteral("-- # /* */ rem")},
        {"brackets", QStringLiteral("]] [x] ]")},
        {"tab and unicode", QStringLiteral("\tÜnïcødé 日本 \u2028 \u0085")},
        {"sqlcmd variable", QStringLiteral("$(SQLCMDUSER)")},
        {"very long",
         QString(3000, QLatin1Char('x')) + QStringLiteral("'\"$;`\n") + QString(3000, QLatin1Char('y'))},
    };
}

} // namespace hostile
