// Small helpers shared by the tests.
#pragma once

#include <QFile>
#include <QString>

namespace testutil {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(APIM_TEST_DATA "/") + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace testutil
