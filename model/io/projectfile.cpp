#include "projectfile.h"
#include "designsettingsschema.h"
#include "names.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

namespace apim {

namespace {

struct ProjectFileTr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

TomlValue fieldToToml(const FieldSpec &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Integer:
        return TomlValue(qint64(value.toLongLong()));
    case FieldType::Bool:
        return TomlValue(value.toBool());
    case FieldType::StringList:
        return TomlValue(value.toStringList());
    default:
        return TomlValue(value.toString());
    }
}

// ---- parsing helpers: each failure names the line and column of the value.

struct Reader
{
    QString fileName;
    TomlError *error;
    bool failed = false;

    bool fail(const TomlValue *at, const QString &message)
    {
        if (!failed && error) {
            error->file = fileName;
            error->line = at ? at->line : 0;
            error->column = at ? at->column : 0;
            error->message = message;
        }
        failed = true;
        return false;
    }

    bool string(const TomlTable &t, const QString &key, QString *out, bool required = false)
    {
        const TomlValue *v = t.find(key);
        if (!v)
            return required ? fail(nullptr, ProjectFileTr::tr("missing key '%1'").arg(key)) : true;
        if (!v->isString())
            return fail(v, ProjectFileTr::tr("'%1' must be a string").arg(key));
        *out = v->toString();
        return true;
    }

    bool boolean(const TomlTable &t, const QString &key, bool *out)
    {
        const TomlValue *v = t.find(key);
        if (!v)
            return true;
        if (v->type() != TomlValue::Type::Bool)
            return fail(v, ProjectFileTr::tr("'%1' must be true or false").arg(key));
        *out = v->toBool();
        return true;
    }

    bool integer(const TomlTable &t, const QString &key, int *out, int min, int max)
    {
        const TomlValue *v = t.find(key);
        if (!v)
            return true;
        if (v->type() != TomlValue::Type::Integer)
            return fail(v, ProjectFileTr::tr("'%1' must be an integer").arg(key));
        if (v->toInteger() < min || v->toInteger() > max)
            return fail(v, ProjectFileTr::tr("'%1' must be between %2 and %3").arg(key).arg(min).arg(max));
        *out = int(v->toInteger());
        return true;
    }

    bool number(const TomlTable &t, const QString &key, double *out)
    {
        const TomlValue *v = t.find(key);
        if (!v)
            return true;
        if (v->type() != TomlValue::Type::Float && v->type() != TomlValue::Type::Integer)
            return fail(v, ProjectFileTr::tr("'%1' must be a number").arg(key));
        *out = v->toFloat();
        return true;
    }

    bool strings(const TomlTable &t, const QString &key, QStringList *out)
    {
        const TomlValue *v = t.find(key);
        if (!v)
            return true;
        if (!v->isArray())
            return fail(v, ProjectFileTr::tr("'%1' must be an array of strings").arg(key));
        for (const TomlValue &item : v->array()) {
            if (!item.isString())
                return fail(&item, ProjectFileTr::tr("'%1' must hold strings only").arg(key));
        }
        *out = v->toStringList();
        return true;
    }

    const TomlTable *table(const TomlTable &t, const QString &key)
    {
        const TomlValue *v = t.find(key);
        if (!v)
            return nullptr;
        if (!v->table() || v->isArray()) {
            fail(v, ProjectFileTr::tr("'%1' must be a table").arg(key));
            return nullptr;
        }
        return v->table();
    }

    // Unknown keys are errors: a typo should not silently lose a setting.
    bool onlyKeys(const TomlTable &t, const QStringList &allowed, const QString &where)
    {
        for (const auto &e : t.entries()) {
            if (!allowed.contains(e.key))
                return fail(&e.value, ProjectFileTr::tr("unknown key '%1' in %2").arg(e.key, where));
        }
        return true;
    }
};

TomlValue settingToToml(const SettingSpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case SettingType::Bool:
        return TomlValue(value.toBool());
    case SettingType::Integer:
        return TomlValue(qint64(value.toLongLong()));
    case SettingType::Number:
        return TomlValue(value.toDouble());
    case SettingType::StringList:
        return TomlValue(value.toStringList());
    default:
        return TomlValue(value.toString());
    }
}

void serializeSettings(TomlTable &root, const DesignSettings &s)
{
    TomlTable &design = root.table(QStringLiteral("design"));
    for (const SettingSpec &spec : designSettingSpecs()) {
        TomlTable *t = &design;
        for (qsizetype i = 0; i + 1 < spec.filePath.size(); ++i)
            t = &t->table(spec.filePath[i]);
        const QVariant value = spec.secret() && !s.storePasswords ? QVariant(QString()) : spec.get(s);
        t->set(spec.filePath.last(), settingToToml(spec, value));
    }

    for (const GatewayEnvironment &env : s.environments) {
        TomlTable &e = root.appendTable(QStringLiteral("environment"));
        e.set(QStringLiteral("name"), env.name);
        e.set(QStringLiteral("type"), env.type);
        e.set(QStringLiteral("description"), env.description);
        e.set(QStringLiteral("display_in_api_console"), env.displayInApiConsole);
        e.set(QStringLiteral("show_as_token_endpoint_url"), env.showAsTokenEndpointUrl);
    }
}

bool parseSettings(Reader &r, const TomlTable &root, DesignSettings *s)
{
    const TomlTable *design = r.table(root, QStringLiteral("design"));
    if (r.failed)
        return false;
    if (!design)
        return r.fail(nullptr, ProjectFileTr::tr("missing table [design]"));
    QStringList allowed;
    for (const SettingSpec &spec : designSettingSpecs()) {
        if (!allowed.contains(spec.filePath.first()))
            allowed.append(spec.filePath.first());
    }
    r.onlyKeys(*design, allowed, QStringLiteral("[design]"));
    for (const SettingSpec &spec : designSettingSpecs()) {
        const TomlTable *t = design;
        for (qsizetype i = 0; t && i + 1 < spec.filePath.size(); ++i)
            t = r.table(*t, spec.filePath[i]);
        const QString &key = spec.filePath.last();
        if (!t || !t->find(key))
            continue;
        QVariant value;
        switch (spec.type) {
        case SettingType::Bool: {
            bool v = false;
            r.boolean(*t, key, &v);
            value = v;
            break;
        }
        case SettingType::Integer: {
            int v = 0;
            r.integer(*t, key, &v, int(spec.minimum), int(spec.maximum));
            value = v;
            break;
        }
        case SettingType::Number: {
            double v = 0;
            r.number(*t, key, &v);
            value = v;
            break;
        }
        case SettingType::StringList: {
            QStringList v;
            r.strings(*t, key, &v);
            value = v;
            break;
        }
        default: {
            QString v;
            r.string(*t, key, &v);
            value = v;
        }
        }
        if (r.failed)
            return false;
        QString reason;
        if (!checkDesignSetting(spec, value, &reason))
            return r.fail(t->find(key), reason);
        spec.set(*s, value);
    }
    s->environments.clear();
    if (const TomlValue *envs = root.find(QStringLiteral("environment"))) {
        if (!envs->isArrayOfTables())
            return r.fail(envs,
                          ProjectFileTr::tr("'environment' must be an array of tables ([[environment]])"));
        QSet<QString> names;
        for (const TomlValue &item : envs->array()) {
            GatewayEnvironment env;
            const TomlTable &t = *item.table();
            r.string(t, QStringLiteral("name"), &env.name, true);
            r.string(t, QStringLiteral("type"), &env.type);
            r.string(t, QStringLiteral("description"), &env.description);
            r.boolean(t, QStringLiteral("display_in_api_console"), &env.displayInApiConsole);
            r.boolean(t, QStringLiteral("show_as_token_endpoint_url"), &env.showAsTokenEndpointUrl);
            if (r.failed)
                return false;
            if (!GatewayEnvironment::types().contains(env.type))
                return r.fail(t.find(QStringLiteral("type")),
                              ProjectFileTr::tr("environment type must be hybrid, production or sandbox"));
            if (names.contains(env.name))
                return r.fail(t.find(QStringLiteral("name")),
                              ProjectFileTr::tr("duplicate environment '%1'").arg(env.name));
            names.insert(env.name);
            s->environments.append(env);
        }
    }
    return !r.failed;
}

bool parseNode(Reader &r, const TomlTable &t, const TomlValue &at, Topology &topology, QSet<QString> &names)
{
    QString kindId;
    if (!r.string(t, QStringLiteral("kind"), &kindId, true))
        return r.fail(&at, r.error ? r.error->message : QString());
    const KindSpec *spec = SchemaRegistry::instance().kindById(kindId);
    if (!spec)
        return r.fail(t.find(QStringLiteral("kind")),
                      ProjectFileTr::tr("unknown node kind '%1'").arg(kindId));
    Node node;
    node.kind = spec->kind;
    node.values = SchemaRegistry::instance().defaults(spec->kind);
    QStringList allowed{QStringLiteral("kind"), QStringLiteral("x"), QStringLiteral("y"),
                        QStringLiteral("extra_toml"), QStringLiteral("source_file")};
    for (const FieldSpec &f : spec->fields) {
        allowed.append(f.key);
        const TomlValue *v = t.find(f.key);
        if (!v)
            continue;
        switch (f.type) {
        case FieldType::Integer: {
            int value = 0;
            if (!r.integer(t, f.key, &value, f.minimum, f.maximum))
                return false;
            node.values.insert(f.key, value);
            break;
        }
        case FieldType::Bool: {
            bool value = false;
            if (!r.boolean(t, f.key, &value))
                return false;
            node.values.insert(f.key, value);
            break;
        }
        case FieldType::StringList: {
            QStringList value;
            if (!r.strings(t, f.key, &value))
                return false;
            node.values.insert(f.key, value);
            break;
        }
        default: {
            QString value;
            if (!r.string(t, f.key, &value))
                return false;
            if (f.type == FieldType::Enum && !f.enumValues.contains(value))
                return r.fail(v, ProjectFileTr::tr("'%1' must be one of: %2")
                                     .arg(f.key, f.enumValues.join(QLatin1String(", "))));
            node.values.insert(f.key, value);
        }
        }
    }
    if (!r.onlyKeys(t, allowed, QStringLiteral("[[node]]")))
        return false;
    double x = 0, y = 0;
    r.number(t, QStringLiteral("x"), &x);
    r.number(t, QStringLiteral("y"), &y);
    node.pos = QPointF(x, y);
    QString extraToml;
    r.string(t, QStringLiteral("extra_toml"), &extraToml);
    node.extraToml = extraToml;
    r.string(t, QStringLiteral("source_file"), &node.sourceFile);
    if (r.failed)
        return false;
    QString reason;
    if (!isValidNodeName(node.name(), &reason))
        return r.fail(t.find(Field::Name) ? t.find(Field::Name) : &at,
                      ProjectFileTr::tr("node name '%1': %2").arg(node.name(), reason));
    const QString folded = node.name().toLower();
    if (names.contains(folded))
        return r.fail(t.find(Field::Name), ProjectFileTr::tr("duplicate node name '%1'").arg(node.name()));
    names.insert(folded);
    node.id = topology.allocateNodeId();
    topology.insertNode(topology.nodes().size(), node);
    return true;
}

bool parseLink(Reader &r, const TomlTable &t, Topology &topology, const QHash<QString, NodeId> &byName)
{
    QString from, to;
    r.string(t, QStringLiteral("from"), &from, true);
    r.string(t, QStringLiteral("to"), &to, true);
    if (r.failed ||
        !r.onlyKeys(t, {QStringLiteral("from"), QStringLiteral("to")}, QStringLiteral("[[link]]")))
        return false;
    const Node *a = topology.node(byName.value(from));
    const Node *b = topology.node(byName.value(to));
    if (!a)
        return r.fail(t.find(QStringLiteral("from")),
                      ProjectFileTr::tr("link from unknown node '%1'").arg(from));
    if (!b)
        return r.fail(t.find(QStringLiteral("to")), ProjectFileTr::tr("link to unknown node '%1'").arg(to));
    QString reason;
    if (!topology.canConnect(a->id, b->id, &reason))
        return r.fail(t.find(QStringLiteral("to")),
                      ProjectFileTr::tr("invalid link %1 -> %2: %3").arg(from, to, reason));
    Link link;
    link.id = topology.allocateLinkId();
    link.from = a->id;
    link.to = b->id;
    topology.insertLink(topology.links().size(), link);
    return true;
}

} // namespace

QByteArray ProjectFile::serialize(const Design &d)
{
    TomlTable root;
    root.set(QStringLiteral("format_version"), FormatVersion);
    serializeSettings(root, d.settings);
    const auto &registry = SchemaRegistry::instance();
    for (const Node &n : d.topology.nodes()) {
        TomlTable &t = root.appendTable(QStringLiteral("node"));
        t.set(QStringLiteral("kind"), registry.kind(n.kind).id);
        for (const FieldSpec &f : registry.kind(n.kind).fields) {
            const QVariant v = n.value(f.key);
            t.set(f.key, fieldToToml(f, (f.secret && !d.settings.storePasswords) ? QVariant(QString()) : v));
        }
        t.set(QStringLiteral("x"), n.pos.x());
        t.set(QStringLiteral("y"), n.pos.y());
        if (!n.sourceFile.isEmpty())
            t.set(QStringLiteral("source_file"), n.sourceFile);
        if (!n.extraToml.isEmpty())
            t.set(QStringLiteral("extra_toml"), n.extraToml.text());
    }
    for (const Link &l : d.topology.links()) {
        TomlTable &t = root.appendTable(QStringLiteral("link"));
        t.set(QStringLiteral("from"), d.topology.node(l.from)->name());
        t.set(QStringLiteral("to"), d.topology.node(l.to)->name());
    }
    TomlWriteOptions options;
    options.multiLineStrings = true;
    const QString header = QStringLiteral("# APIM Topology Designer project. Format: model/FORMAT.md\n");
    return (header + writeToml(root, options)).toUtf8();
}

bool ProjectFile::parse(const QByteArray &data, const QString &fileName, Design *out, TomlError *error)
{
    TomlTable root;
    if (!readToml(data, fileName, &root, error))
        return false;
    Reader r{fileName, error};
    const TomlValue *version = root.find(QStringLiteral("format_version"));
    if (!version)
        return r.fail(nullptr, ProjectFileTr::tr("not a project file: format_version is missing"));
    if (version->type() != TomlValue::Type::Integer || version->toInteger() < 1)
        return r.fail(version, ProjectFileTr::tr("format_version must be a positive integer"));
    if (version->toInteger() > FormatVersion)
        return r.fail(
            version,
            ProjectFileTr::tr("written by a newer version of the designer (format %1; this version reads up "
                              "to %2). Update the designer to open it.")
                .arg(version->toInteger())
                .arg(FormatVersion));
    if (!r.onlyKeys(root,
                    {QStringLiteral("format_version"), QStringLiteral("design"),
                     QStringLiteral("environment"), QStringLiteral("node"), QStringLiteral("link")},
                    ProjectFileTr::tr("the file's top level")))
        return false;

    Design design;
    if (!parseSettings(r, root, &design.settings))
        return false;
    QHash<QString, NodeId> byName;
    QSet<QString> names; // lower-cased: names are unique regardless of case
    for (const QString &key : {QStringLiteral("node"), QStringLiteral("link")}) {
        const TomlValue *items = root.find(key);
        if (!items)
            continue;
        if (!items->isArrayOfTables())
            return r.fail(items, ProjectFileTr::tr("'%1' must be an array of tables ([[%1]])").arg(key));
        if (key == QLatin1String("link")) {
            for (const Node &n : design.topology.nodes())
                byName.insert(n.name(), n.id);
        }
        for (const TomlValue &item : items->array()) {
            const bool ok = key == QLatin1String("node")
                                ? parseNode(r, *item.table(), item, design.topology, names)
                                : parseLink(r, *item.table(), design.topology, byName);
            if (!ok)
                return false;
        }
    }
    *out = design;
    return true;
}

bool ProjectFile::load(const QString &path, Design *out, TomlError *error)
{
    QString inputError;
    // A named pipe or a device must not hang or exhaust the program: check before opening.
    if (!checkInputFile(path, TomlLimits::MaxFileBytes, &inputError)) {
        if (error) {
            error->file = path;
            error->message = inputError;
        }
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            error->file = path;
            error->message = f.errorString();
        }
        return false;
    }
    if (f.size() > TomlLimits::MaxFileBytes) {
        if (error) {
            error->file = path;
            error->message = ProjectFileTr::tr("file is larger than %1 bytes").arg(TomlLimits::MaxFileBytes);
        }
        return false;
    }
    return parse(f.readAll(), path, out, error);
}

bool ProjectFile::save(const QString &path, const Design &design, QString *error, bool safeWrite)
{
    return writeFileAtomically(path, serialize(design), error, safeWrite);
}

bool ProjectFile::save(const QString &path, const Design &design, const WriteOptions &options, QString *error)
{
    return writeFileSafely(path, serialize(design), options, error);
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error, bool safeWrite)
{
    WriteOptions options;
    options.atomic = safeWrite;
    return writeFileSafely(path, data, options, error);
}

} // namespace apim
