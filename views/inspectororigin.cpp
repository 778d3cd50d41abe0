#include "inspectororigin.h"

#include "tomlkeys.h"

#include <QCoreApplication>

namespace apim {

namespace {

class InspectorOrigin
{
    Q_DECLARE_TR_FUNCTIONS(InspectorOrigin)
};

// The deployment.toml key each imported field is read from.
const char *tomlKeyOf(const QString &field)
{
    if (field == Field::Hostname)
        return tomlkey::ServerHostname;
    if (field == Field::Ip)
        return tomlkey::ServerNodeIp;
    if (field == Field::Offset)
        return tomlkey::ServerOffset;
    if (field == Field::Labels)
        return tomlkey::GatewayLabels;
    return nullptr;
}

// The file's value in the field's terms, and as the file writes it.
QVariant fileValue(const TomlValue &v, const FieldSpec &field)
{
    switch (field.type) {
    case FieldType::Integer:
        return v.type() == TomlValue::Type::Integer ? QVariant(int(v.toInteger())) : QVariant(v.toString());
    case FieldType::StringList:
        return v.toStringList();
    default:
        return v.toString().trimmed();
    }
}

QString shown(const QVariant &v)
{
    return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1String(", ")) : v.toString();
}

// "[server] hostname" for "server.hostname", as a user reads the file.
QString keyLabel(const char *key)
{
    const QStringList path = tomlkey::path(key);
    if (path.size() < 2)
        return path.join(QLatin1Char('.'));
    return QStringLiteral("[%1] %2").arg(path.mid(0, path.size() - 1).join(QLatin1Char('.')), path.last());
}

} // namespace

FieldOriginNote fieldOrigin(const Topology &topology, const Node &node, const ImportedFile &file,
                            const FieldSpec &field)
{
    using Note = FieldOriginNote;
    const QVariant value = node.value(field.key);
    if (field.key == Field::Name) {
        return {
            Note::Inferred, InspectorOrigin::tr("inferred"),
            InspectorOrigin::tr("A deployment.toml does not name its node: the name comes from the file's "
                                "path or the name its peers use.")};
    }
    const char *key = tomlKeyOf(field.key);
    const TomlValue *inFile = key ? file.table.findPath(tomlkey::path(key)) : nullptr;
    if (inFile) {
        const QVariant fromFile = fileValue(*inFile, field);
        if (fromFile == value)
            return {Note::File, InspectorOrigin::tr("file"),
                    InspectorOrigin::tr("From %1 in the node's file.").arg(keyLabel(key))};
        const Node *balancer = topology.balancerOf(node.id);
        if (field.key == Field::Hostname && balancer &&
            (fromFile.toString() == balancer->text(Field::PublicHostname) ||
             fromFile.toString() == balancer->hostname())) {
            return {Note::Inferred, InspectorOrigin::tr("own host"),
                    InspectorOrigin::tr(
                        "The file's %1, “%2”, is the load balancer's, and the designer writes the "
                        "balancer's there too. This is the node's own host (hosts files, "
                        "links); it is not a key of the node's file.")
                        .arg(keyLabel(key), fromFile.toString())};
        }
        return {Note::Differs, InspectorOrigin::tr("differs"),
                InspectorOrigin::tr("The file sets %1 = “%2”; the designer writes this value instead.")
                    .arg(keyLabel(key), shown(fromFile))};
    }
    if (value == field.defaultValue || (value.isNull() && !field.defaultValue.isValid()))
        return {Note::Default, InspectorOrigin::tr("default"),
                key ? InspectorOrigin::tr("The file does not set %1: the default.").arg(keyLabel(key))
                    : InspectorOrigin::tr("Not a key of deployment.toml: the default.")};
    return {
        Note::Inferred, InspectorOrigin::tr("inferred"),
        key ? InspectorOrigin::tr("The file does not set %1: inferred from the other files of the set, or "
                                  "set in the designer.")
                  .arg(keyLabel(key))
            : InspectorOrigin::tr("Not a key of deployment.toml: set in the designer.")};
}

} // namespace apim
