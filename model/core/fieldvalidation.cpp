#include "fieldvalidation.h"
#include "names.h"

#include <QCoreApplication>
#include <QStringList>

namespace apim {

namespace {

QString trFv(const char *text)
{
    return QCoreApplication::translate("FieldValidation", text);
}

bool refuse(QString *reason, const QString &why)
{
    if (reason)
        *reason = why;
    return false;
}

bool isLabelChar(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' ||
           u == u'_';
}

bool isIpv6(const QString &host)
{
    if (host.count(QLatin1Char(':')) < 2)
        return false;
    for (QChar c : host) {
        const char16_t u = c.unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex && u != u':' && u != u'.')
            return false;
    }
    return true;
}

} // namespace

bool isValidHost(const QString &host, QString *reason)
{
    if (host.isEmpty() || isIpv6(host))
        return true;
    if (host.size() > 253)
        return refuse(reason,
                      trFv(QT_TRANSLATE_NOOP("FieldValidation", "A host name has at most 253 characters.")));
    for (const QString &label : host.split(QLatin1Char('.'))) {
        if (label.isEmpty())
            return refuse(
                reason,
                trFv(QT_TRANSLATE_NOOP("FieldValidation", "“%1” has an empty part between dots.")).arg(host));
        if (label.size() > 63)
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
    return true;
}

QVariant normalizedFieldValue(const FieldSpec &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Host:
    case FieldType::Name:
        return value.typeId() == QMetaType::QString ? QVariant(value.toString().trimmed()) : value;
    case FieldType::StringList: {
        if (value.typeId() != QMetaType::QStringList)
            return value;
        QStringList items;
        for (const QString &item : value.toStringList()) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return items;
    }
    default:
        return value;
    }
}

void normalizeFieldValues(NodeKind kind, QVariantMap *values)
{
    for (auto it = values->begin(); it != values->end(); ++it) {
        if (const FieldSpec *field = SchemaRegistry::instance().field(kind, it.key()))
            *it = normalizedFieldValue(*field, *it);
    }
}

bool fieldValueFromInput(const FieldSpec &field, const QVariant &input, QVariant *out, QString *reason)
{
    switch (field.type) {
    case FieldType::Name: {
        const QString name = input.toString().trimmed();
        if (!isValidNodeName(name, reason))
            return false;
        *out = name;
        return true;
    }
    case FieldType::Integer: {
        bool ok = false;
        const int v = input.toInt(&ok);
        if (!ok || v < field.minimum || v > field.maximum)
            return refuse(
                reason, trFv(QT_TRANSLATE_NOOP("FieldValidation", "%1 must be a whole number from %2 to %3."))
                            .arg(SchemaRegistry::label(field))
                            .arg(field.minimum)
                            .arg(field.maximum));
        *out = v;
        return true;
    }
    case FieldType::Bool:
        *out = input.toBool();
        return true;
    case FieldType::Enum:
        if (!field.enumValues.contains(input.toString()))
            return refuse(reason, trFv(QT_TRANSLATE_NOOP("FieldValidation", "Choose one of: %1."))
                                      .arg(field.enumValues.join(QLatin1String(", "))));
        *out = input.toString();
        return true;
    case FieldType::StringList:
        *out = normalizedFieldValue(field, input.toStringList());
        return true;
    case FieldType::Host: {
        const QString host = input.toString().trimmed();
        if (!isValidHost(host, reason))
            return false;
        *out = host;
        return true;
    }
    case FieldType::Text:
    case FieldType::Password:
        *out = input.toString();
        return true;
    }
    return false;
}

} // namespace apim
