#include "hostname.h"
#include "validationtext.h"

#include <QCoreApplication>
#include <QStringList>

namespace apim {

namespace {

using validation::refuse;
using validation::trFv;

bool isDigit(char16_t u)
{
    return u >= u'0' && u <= u'9';
}

bool isHexDigit(char16_t u)
{
    return isDigit(u) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isLabelChar(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || isDigit(u) || u == u'-' || u == u'_';
}

bool allDigits(const QString &text)
{
    for (QChar c : text) {
        if (!isDigit(c.unicode()))
            return false;
    }
    return !text.isEmpty();
}

// Groups of 1-4 hex digits separated by ':', none empty; counts them into `groups`.
bool hexGroups(const QString &text, int *groups)
{
    *groups = 0;
    if (text.isEmpty())
        return true;
    for (const QString &g : text.split(QLatin1Char(':'))) {
        if (g.isEmpty() || g.size() > 4)
            return false;
        for (QChar c : g) {
            if (!isHexDigit(c.unicode()))
                return false;
        }
        ++*groups;
    }
    return true;
}

} // namespace

bool isIpv4Address(const QString &text)
{
    // Four decimal parts 0-255 without leading zeros; read in place, since the generators
    // ask this of every host they write.
    int parts = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        const qsizetype start = i;
        int value = 0;
        while (i < n && i - start < 4 && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9'))
            value = value * 10 + (text.at(i++).unicode() - '0');
        const qsizetype digits = i - start;
        if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && text.at(start) == QLatin1Char('0')))
            return false;
        ++parts;
        if (i == n)
            return parts == 4;
        if (text.at(i) != QLatin1Char('.') || parts == 4)
            return false;
        ++i;
    }
}

bool isIpv6Address(const QString &text)
{
    if (text.size() > 45 || text.count(QLatin1Char(':')) < 2)
        return false;
    QString body = text;
    int tailGroups = 0;
    // An IPv4 tail ("::ffff:10.0.0.1") counts as two groups.
    const qsizetype lastColon = body.lastIndexOf(QLatin1Char(':'));
    if (body.indexOf(QLatin1Char('.'), lastColon) > lastColon) {
        if (!isIpv4Address(body.mid(lastColon + 1)))
            return false;
        tailGroups = 2;
        body = body.left(lastColon + 1);
        if (!body.endsWith(QLatin1String("::")))
            body.chop(1); // "a:b:1.2.3.4": drop the separator before the tail
    }
    const qsizetype gap = body.indexOf(QLatin1String("::"));
    int before = 0;
    int after = 0;
    if (gap < 0) {
        if (!hexGroups(body, &before))
            return false;
        return before + tailGroups == 8;
    }
    if (body.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return false;
    if (!hexGroups(body.left(gap), &before) || !hexGroups(body.mid(gap + 2), &after))
        return false;
    return before + after + tailGroups <= 7;
}

bool isIpAddress(const QString &text)
{
    return isIpv4Address(text) || isIpv6Address(text);
}

bool isValidHost(const QString &host, QString *reason)
{
    if (host.isEmpty() || isIpAddress(host))
        return true;
    if (host.contains(QLatin1Char(':')))
        return refuse(reason, trFv(QT_TRANSLATE_NOOP("FieldValidation",
                                                     "“%1” is neither a host name nor an IPv6 address."))
                                  .arg(host.left(MaxHostNameLength)));
    if (host.size() > MaxHostNameLength)
        return refuse(reason,
                      trFv(QT_TRANSLATE_NOOP("FieldValidation", "A host name has at most 253 characters.")));
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return refuse(
                reason,
                trFv(QT_TRANSLATE_NOOP("FieldValidation", "“%1” has an empty part between dots.")).arg(host));
        if (label.size() > MaxHostLabelLength)
            return refuse(reason,
                          trFv(QT_TRANSLATE_NOOP("FieldValidation",
                                                 "Each part of a host name has at most 63 characters.")));
        for (QChar c : label) {
            if (!isLabelChar(c.unicode()))
                return refuse(reason, trFv(QT_TRANSLATE_NOOP("FieldValidation",
                                                             "“%1” is not a host name: “%2” is not allowed "
                                                             "(letters, digits, '-', '_' and '.' are)."))
                                          .arg(host, QString(c)));
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return refuse(reason,
                          trFv(QT_TRANSLATE_NOOP("FieldValidation",
                                                 "A part of a host name cannot start or end with '-'.")));
    }
    if (allDigits(labels.last()))
        return refuse(reason, trFv(QT_TRANSLATE_NOOP("FieldValidation",
                                                     "“%1” is not an IPv4 address (four numbers from 0 to "
                                                     "255), and a host name cannot end in a number."))
                                  .arg(host));
    return true;
}

QString hostForUrl(const QString &host)
{
    return isIpv6Address(host) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

QList<HostProblem> hostProblems(const Node &n)
{
    QList<HostProblem> out;
    for (const QString &field : {Field::Hostname, Field::Ip, Field::PublicHostname}) {
        const QVariant value = n.values.value(field);
        if (!value.isValid())
            continue;
        QString reason;
        if (!isValidHost(value.toString(), &reason))
            out.append({&n, field, value.toString(), reason});
    }
    return out;
}

QList<HostProblem> hostProblems(const Topology &topology)
{
    QList<HostProblem> out;
    for (const Node &n : topology.nodes())
        out += hostProblems(n);
    return out;
}

} // namespace apim
