// Comma-separated text <-> list of strings, as list fields are edited in one line.
#pragma once

#include <QStringList>

namespace apim {

// "a, b,,c " -> {"a", "b", "c"}: blanks trimmed, empty items dropped.
inline QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

} // namespace apim
