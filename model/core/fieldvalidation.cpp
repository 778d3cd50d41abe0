#include "fieldvalidation.h"
#include "names.h"
#include "validationtext.h"

#include <QCoreApplication>
#include <QStringList>

namespace apim {

namespace {

using validation::refuse;
using validation::trFv;

} // namespace

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
