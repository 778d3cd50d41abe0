#include "names.h"

#include <QCoreApplication>
#include <QStringList>

namespace apim {

namespace {

bool isReservedOnWindows(const QString &name)
{
    static const QStringList reserved{QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                      QStringLiteral("NUL")};
    const QString base = name.section(QLatin1Char('.'), 0, 0).toUpper();
    if (reserved.contains(base))
        return true;
    if (base.size() == 4 &&
        (base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT"))) &&
        base.at(3) >= QLatin1Char('0') && base.at(3) <= QLatin1Char('9'))
        return true;
    return false;
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' ||
           u == u'_' || u == u'.';
}

} // namespace

bool isValidNodeName(const QString &name, QString *reason)
{
    auto refuse = [reason](const char *why) {
        if (reason)
            *reason = QCoreApplication::translate("Names", why);
        return false;
    };
    if (name.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("Names", "The name is empty."));
    if (name.size() > MaxFileNameLength)
        return refuse(QT_TRANSLATE_NOOP("Names", "The name is longer than 64 characters."));
    for (QChar c : name) {
        if (!isNameChar(c))
            return refuse(
                QT_TRANSLATE_NOOP("Names", "Use only letters, digits, '-', '_' and '.' in a name."));
    }
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        return refuse(QT_TRANSLATE_NOOP("Names", "A name cannot start with '.' or '-'."));
    if (isReservedOnWindows(name))
        return refuse(QT_TRANSLATE_NOOP("Names", "Windows reserves this name for a device."));
    return true;
}

QString sanitizeFileName(const QString &text)
{
    QString out;
    for (QChar c : text.trimmed())
        out += isNameChar(c) ? c : QLatin1Char('-');
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    out.truncate(MaxFileNameLength);
    if (out.isEmpty())
        out = QStringLiteral("unnamed");
    if (isReservedOnWindows(out))
        out = out.left(MaxFileNameLength - 1) + QLatin1Char('_');
    return out;
}

QString uniqueName(const QString &base, const QSet<QString> &taken, PlainName plain)
{
    QString stem = base;
    const qsizetype dash = base.lastIndexOf(QLatin1Char('-'));
    if (dash > 0) {
        bool isNumber = false;
        base.mid(dash + 1).toInt(&isNumber);
        if (isNumber)
            stem = base.left(dash);
    }
    const bool numbered = stem != base;
    if ((numbered || plain == PlainName::KeptWhenFree) && !taken.contains(base.toLower()))
        return base;
    for (int i = !numbered && plain == PlainName::KeptWhenFree ? 2 : 1;; ++i) {
        const QString suffix = QStringLiteral("-%1").arg(i);
        QString candidate = stem.left(MaxFileNameLength - suffix.size()) + suffix;
        if (!taken.contains(candidate.toLower()))
            return candidate;
    }
}

} // namespace apim
