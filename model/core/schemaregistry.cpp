#include "schemaregistry.h"
#include "kindfacts.h"

#include <QCoreApplication>

namespace apim {

namespace {

const char *const Ctx = "Schema";

QList<FieldSpec> commonFields(int defaultOffset = 0)
{
    return {
        {Field::Name,
         QT_TRANSLATE_NOOP("Schema", "Name"),
         FieldType::Name,
         QString(),
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("Schema", "Unique node name; also its folder in the bundle")},
        {Field::Hostname,
         QT_TRANSLATE_NOOP("Schema", "Hostname"),
         FieldType::Host,
         QString(),
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("Schema", "The machine's own hostname, as the other nodes reach it")},
        {Field::Ip,
         QT_TRANSLATE_NOOP("Schema", "IP address"),
         FieldType::Host,
         QString(),
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("Schema", "Used for the hosts entries")},
        {Field::Offset,
         QT_TRANSLATE_NOOP("Schema", "Port offset"),
         FieldType::Integer,
         defaultOffset,
         0,
         1000,
         {},
         QT_TRANSLATE_NOOP("Schema", "Added to every port the node listens on")},
    };
}

} // namespace

ApimVersion ApimVersion::parse(const QString &text, bool *ok)
{
    // By hand, without allocating: every generator asks for the design's version per node.
    ApimVersion v;
    const QStringView t = QStringView(text).trimmed();
    int numbers[3] = {0, 0, 0};
    int parts = 0;
    bool good = true;
    qsizetype i = 0;
    while (good && i <= t.size()) {
        qsizetype digits = 0;
        qint64 n = 0;
        for (; i < t.size() && t[i].isDigit() && t[i].unicode() < 128; ++i, ++digits)
            n = digits < 9 ? n * 10 + (t[i].unicode() - u'0') : n;
        good = digits > 0 && digits <= 9 && parts < 3;
        if (good)
            numbers[parts++] = int(n);
        if (i == t.size())
            break;
        good = good && t[i] == u'.';
        ++i;
        if (i == t.size())
            good = false; // "4.4." has an empty last part
    }
    good = good && parts >= 2 && numbers[0] == 4 && numbers[1] <= 7;
    if (good) {
        v.major = numbers[0];
        v.minor = numbers[1];
        v.patch = numbers[2];
    }
    if (ok)
        *ok = good;
    return v;
}

QString ApimVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

QStringList ApimVersion::supported()
{
    return {QStringLiteral("4.0.0"), QStringLiteral("4.1.0"), QStringLiteral("4.2.0"),
            QStringLiteral("4.3.0"), QStringLiteral("4.4.0"), QStringLiteral("4.5.0"),
            QStringLiteral("4.6.0"), QStringLiteral("4.7.0")};
}

SchemaRegistry::SchemaRegistry()
{
    const QList<GeneratedFile> apimFiles{GeneratedFile::DeploymentToml, GeneratedFile::HostsFile,
                                         GeneratedFile::StartScripts};

    KindSpec gateway{
        NodeKind::Gateway,
        QStringLiteral("gateway"),
        QT_TRANSLATE_NOOP("Schema", "Gateway worker"),
        QT_TRANSLATE_NOOP("Schema", "Serves API traffic; pulls artifacts from the control plane"),
        QStringLiteral(":/icons/gateway.svg"),
        QStringLiteral("gw"),
        true,
        true,
        commonFields(),
        {{NodeKind::ControlPlane, LinkKind::Events},
         {NodeKind::TrafficManager, LinkKind::Events},
         {NodeKind::AllInOne, LinkKind::Events},
         {NodeKind::KeyManager, LinkKind::Https},
         {NodeKind::Database, LinkKind::Jdbc}},
        apimFiles,
        {},
        {},
        {},
        {},
        {}}; // per-kind facts: kindfacts.cpp
    gateway.fields.append({Field::Labels,
                           QT_TRANSLATE_NOOP("Schema", "Gateway labels"),
                           FieldType::StringList,
                           QStringList{QStringLiteral("Default")},
                           0,
                           0,
                           {},
                           QT_TRANSLATE_NOOP("Schema", "The gateway environments this gateway serves")});

    KindSpec controlPlane{
        NodeKind::ControlPlane,
        QStringLiteral("control-plane"),
        QT_TRANSLATE_NOOP("Schema", "Control plane"),
        QT_TRANSLATE_NOOP("Schema", "Publisher, Developer Portal, key manager and traffic manager"),
        QStringLiteral(":/icons/control-plane.svg"),
        QStringLiteral("cp"),
        true,
        true,
        commonFields(),
        {{NodeKind::Database, LinkKind::Jdbc},
         {NodeKind::KeyManager, LinkKind::Https},
         {NodeKind::IdentityServer, LinkKind::Https}},
        apimFiles,
        {},
        {},
        {},
        {},
        {}}; // per-kind facts: kindfacts.cpp

    KindSpec balancer{NodeKind::LoadBalancer,
                      QStringLiteral("load-balancer"),
                      QT_TRANSLATE_NOOP("Schema", "Load balancer"),
                      QT_TRANSLATE_NOOP("Schema", "NGINX in front of one cluster of nodes of the same kind"),
                      QStringLiteral(":/icons/load-balancer.svg"),
                      QStringLiteral("lb"),
                      false,
                      true,
                      commonFields(),
                      {{NodeKind::Gateway, LinkKind::Https},
                       {NodeKind::ControlPlane, LinkKind::Https},
                       {NodeKind::TrafficManager, LinkKind::Https},
                       {NodeKind::KeyManager, LinkKind::Https},
                       {NodeKind::AllInOne, LinkKind::Https}},
                      {GeneratedFile::NginxConfig},
                      {},
                      {},
                      {},
                      {},
                      {}};
    balancer.fields.removeIf([](const FieldSpec &f) { return f.key == Field::Offset; });
    balancer.fields.append(
        {Field::PublicHostname,
         QT_TRANSLATE_NOOP("Schema", "Public hostname"),
         FieldType::Host,
         QString(),
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("Schema", "The name clients and other nodes use for the cluster")});
    balancer.fields.append({Field::HttpPort,
                            QT_TRANSLATE_NOOP("Schema", "HTTP port"),
                            FieldType::Integer,
                            80,
                            1,
                            65535,
                            {},
                            QT_TRANSLATE_NOOP("Schema", "Becomes proxyPort of [transport.http]")});
    balancer.fields.append({Field::HttpsPort,
                            QT_TRANSLATE_NOOP("Schema", "HTTPS port"),
                            FieldType::Integer,
                            443,
                            1,
                            65535,
                            {},
                            QT_TRANSLATE_NOOP("Schema", "Becomes proxyPort of [transport.https]")});

    KindSpec database{NodeKind::Database,
                      QStringLiteral("database"),
                      QT_TRANSLATE_NOOP("Schema", "Database"),
                      QT_TRANSLATE_NOOP("Schema", "Holds apim_db and shared_db"),
                      QStringLiteral(":/icons/database.svg"),
                      QStringLiteral("db"),
                      false,
                      true,
                      commonFields(),
                      {},
                      // Its hosts file: MySQL resolves the client host names its grants name.
                      {GeneratedFile::DatabaseScript, GeneratedFile::HostsFile},
                      {},
                      {},
                      {},
                      {},
                      {}};
    database.fields.removeIf([](const FieldSpec &f) { return f.key == Field::Offset; });
    database.fields.append({Field::DbType, QT_TRANSLATE_NOOP("Schema", "Type"), FieldType::Enum,
                            QStringLiteral("mysql"), 0, 0, databaseTypes(),
                            QT_TRANSLATE_NOOP("Schema", "The [database.*] type key")});
    database.fields.append(
        {Field::DbPort, QT_TRANSLATE_NOOP("Schema", "Port"), FieldType::Integer, 3306, 1, 65535, {}, ""});
    database.fields.append({Field::ApimDbName,
                            QT_TRANSLATE_NOOP("Schema", "apim_db name"),
                            FieldType::Text,
                            QStringLiteral("apim_db"),
                            0,
                            0,
                            {},
                            ""});
    database.fields.append({Field::ApimDbUser,
                            QT_TRANSLATE_NOOP("Schema", "apim_db user"),
                            FieldType::Text,
                            QStringLiteral("apimadmin"),
                            0,
                            0,
                            {},
                            ""});
    database.fields.append({Field::ApimDbPassword,
                            QT_TRANSLATE_NOOP("Schema", "apim_db password"),
                            FieldType::Password,
                            QString(),
                            0,
                            0,
                            {},
                            "",
                            true});
    database.fields.append({Field::SharedDbName,
                            QT_TRANSLATE_NOOP("Schema", "shared_db name"),
                            FieldType::Text,
                            QStringLiteral("shared_db"),
                            0,
                            0,
                            {},
                            ""});
    database.fields.append({Field::SharedDbUser,
                            QT_TRANSLATE_NOOP("Schema", "shared_db user"),
                            FieldType::Text,
                            QStringLiteral("sharedadmin"),
                            0,
                            0,
                            {},
                            ""});
    database.fields.append({Field::SharedDbPassword,
                            QT_TRANSLATE_NOOP("Schema", "shared_db password"),
                            FieldType::Password,
                            QString(),
                            0,
                            0,
                            {},
                            "",
                            true});

    // Oracle: apim_db and shared_db are schemas (users) of this one service.
    database.fields.append(
        {Field::DbService,
         QT_TRANSLATE_NOOP("Schema", "Oracle service name"),
         FieldType::Text,
         QStringLiteral("ORCLPDB1"),
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("Schema",
                           "Oracle only: the service (or pluggable database) both schemas live in")});

    // The key manager and all-in-one are imported as what they are; their generators come
    // later, so they stay out of the palette.
    KindSpec trafficManager{
        NodeKind::TrafficManager,
        QStringLiteral("traffic-manager"),
        QT_TRANSLATE_NOOP("Schema", "Traffic manager"),
        QT_TRANSLATE_NOOP("Schema", "Separate throttling node"),
        QStringLiteral(":/icons/traffic-manager.svg"),
        QStringLiteral("tm"),
        true,
        true,
        commonFields(),
        {{NodeKind::ControlPlane, LinkKind::Events}, {NodeKind::Database, LinkKind::Jdbc}},
        apimFiles,
        {},
        {},
        {},
        {},
        {}}; // per-kind facts: kindfacts.cpp
    KindSpec keyManager{NodeKind::KeyManager,
                        QStringLiteral("key-manager"),
                        QT_TRANSLATE_NOOP("Schema", "Key manager"),
                        QT_TRANSLATE_NOOP("Schema", "Separate key manager (API-M profile or WSO2 IS)"),
                        QStringLiteral(":/icons/key-manager.svg"),
                        QStringLiteral("km"),
                        true,
                        true,
                        commonFields(),
                        // The nodes that use a key manager link to it; it notifies and listens
                        // back to the control planes among them (keymanagertoml.cpp). 3.x key
                        // managers still point their throttling at traffic managers.
                        {{NodeKind::TrafficManager, LinkKind::Events}, {NodeKind::Database, LinkKind::Jdbc}},
                        apimFiles,
                        {},
                        {},
                        {},
                        {},
                        {}}; // per-kind facts: kindfacts.cpp
    // Traffic managers validate keys on the key manager node too.
    trafficManager.links.append({NodeKind::KeyManager, LinkKind::Https});
    KindSpec allInOne{NodeKind::AllInOne,
                      QStringLiteral("all-in-one"),
                      QT_TRANSLATE_NOOP("Schema", "All-in-one"),
                      QT_TRANSLATE_NOOP("Schema", "Every API-M component in one node"),
                      QStringLiteral(":/icons/all-in-one.svg"),
                      QStringLiteral("apim"),
                      true,
                      true,
                      commonFields(),
                      {{NodeKind::Database, LinkKind::Jdbc},
                       {NodeKind::KeyManager, LinkKind::Https},
                       {NodeKind::IdentityServer, LinkKind::Https},
                       {NodeKind::TrafficManager, LinkKind::Events}},
                      apimFiles,
                      {},
                      {},
                      {},
                      {},
                      {}}; // per-kind facts: kindfacts.cpp

    // Not API-M nodes: what they generate is their own (identityservertoml.cpp; the store is
    // configured by its users' files).
    KindSpec identityServer{NodeKind::IdentityServer,
                            QStringLiteral("identity-server"),
                            QT_TRANSLATE_NOOP("Schema", "Identity Server"),
                            QT_TRANSLATE_NOOP("Schema", "WSO2 Identity Server 7 as the key manager"),
                            QStringLiteral(":/icons/identity-server.svg"),
                            QStringLiteral("is"),
                            false,
                            true,
                            commonFields(),
                            // Like a key manager node: the control planes link to it.
                            {{NodeKind::Database, LinkKind::Jdbc}}, // IS 5.x/6.x files name one
                            {GeneratedFile::DeploymentToml, GeneratedFile::HostsFile},
                            {},
                            {},
                            {},
                            {},
                            {}}; // per-kind facts: kindfacts.cpp
    KindSpec keyValueStore{NodeKind::KeyValueStore,
                           QStringLiteral("key-value-store"),
                           QT_TRANSLATE_NOOP("Schema", "Key-value store"),
                           QT_TRANSLATE_NOOP("Schema", "Redis or Valkey for distributed throttling (4.6+)"),
                           QStringLiteral(":/icons/key-value-store.svg"),
                           QStringLiteral("kv"),
                           false,
                           true,
                           commonFields(),
                           {},
                           {},
                           {},
                           {},
                           {},
                           {},
                           {}};
    // What [apim.distributed_throttling.keyvalue_store] takes from the store (host is its
    // hostname); the pool settings are the docs' example values, not the user's choice.
    // Control planes and traffic managers share their counters through it.
    keyValueStore.fields.removeIf([](const FieldSpec &f) { return f.key == Field::Offset; });
    keyValueStore.fields.append(
        {Field::KvPort, QT_TRANSLATE_NOOP("Schema", "Port"), FieldType::Integer, 6379, 1, 65535, {}, ""});
    keyValueStore.fields.append({Field::KvUser,
                                 QT_TRANSLATE_NOOP("Schema", "User"),
                                 FieldType::Text,
                                 QStringLiteral("default"),
                                 0,
                                 0,
                                 {},
                                 QT_TRANSLATE_NOOP("Schema", "The Redis or Valkey ACL user")});
    keyValueStore.fields.append({Field::KvPassword,
                                 QT_TRANSLATE_NOOP("Schema", "Password"),
                                 FieldType::Password,
                                 QString(),
                                 0,
                                 0,
                                 {},
                                 "",
                                 true});
    keyValueStore.fields.append({Field::KvSsl,
                                 QT_TRANSLATE_NOOP("Schema", "TLS"),
                                 FieldType::Bool,
                                 false,
                                 0,
                                 0,
                                 {},
                                 QT_TRANSLATE_NOOP("Schema", "Connect to the store over TLS (ssl = true)")});
    controlPlane.links.append({NodeKind::KeyValueStore, LinkKind::Jdbc});
    trafficManager.links.append({NodeKind::KeyValueStore, LinkKind::Jdbc});

    m_kinds = {gateway,    controlPlane, balancer,       database,     trafficManager,
               keyManager, allInOne,     identityServer, keyValueStore};
    // Every node that starts API-M gets its JVM heap (-Xms and -Xmx, in JVM_MEM_OPTS): the packs'
    // own 1 GB is too little for nodes that serve the web apps or API traffic (helm: 2 GB).
    for (KindSpec &k : m_kinds) {
        if (!k.generates.contains(GeneratedFile::StartScripts))
            continue;
        const bool light = k.kind == NodeKind::TrafficManager || k.kind == NodeKind::KeyManager;
        k.fields.append({Field::HeapMb,
                         QT_TRANSLATE_NOOP("Schema", "JVM heap (MB)"),
                         FieldType::Integer,
                         light ? 1024 : 2048,
                         256,
                         262144,
                         {},
                         QT_TRANSLATE_NOOP("Schema", "-Xms and -Xmx of the node's JVM, in JVM_MEM_OPTS of "
                                                     "its start scripts and systemd unit")});
    }
    for (KindSpec &k : m_kinds)
        kindfacts::fill(k);
    m_pathHints = kindfacts::pathHints(m_kinds);
}

const SchemaRegistry &SchemaRegistry::instance()
{
    static const SchemaRegistry registry;
    return registry;
}

const KindSpec &SchemaRegistry::kind(NodeKind kind) const
{
    for (const KindSpec &k : m_kinds) {
        if (k.kind == kind)
            return k;
    }
    return m_kinds.first();
}

const KindSpec *SchemaRegistry::kindById(const QString &id) const
{
    for (const KindSpec &k : m_kinds) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

QList<NodeKind> SchemaRegistry::paletteKinds() const
{
    QList<NodeKind> out;
    for (const KindSpec &k : m_kinds) {
        if (k.inPalette)
            out.append(k.kind);
    }
    return out;
}

const FieldSpec *SchemaRegistry::field(NodeKind kind, const QString &key) const
{
    for (const FieldSpec &f : this->kind(kind).fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QVariantMap SchemaRegistry::defaults(NodeKind kind) const
{
    QVariantMap out;
    for (const FieldSpec &f : this->kind(kind).fields)
        out.insert(f.key, f.defaultValue);
    return out;
}

const LinkRule *SchemaRegistry::linkRule(NodeKind from, NodeKind to) const
{
    for (const LinkRule &r : kind(from).links) {
        if (r.target == to)
            return &r;
    }
    return nullptr;
}

QString SchemaRegistry::label(const KindSpec &spec)
{
    return QCoreApplication::translate(Ctx, spec.label);
}

QString SchemaRegistry::label(const FieldSpec &field)
{
    return QCoreApplication::translate(Ctx, field.label);
}

QString SchemaRegistry::toolTip(const FieldSpec &field)
{
    return field.toolTip && *field.toolTip ? QCoreApplication::translate(Ctx, field.toolTip) : QString();
}

QString SchemaRegistry::linkKindLabel(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Https:
        return QCoreApplication::translate("Schema", "HTTPS");
    case LinkKind::Events:
        return QCoreApplication::translate("Schema", "JMS / binary events");
    case LinkKind::Jdbc:
        return QCoreApplication::translate("Schema", "JDBC");
    }
    return {};
}

QStringList SchemaRegistry::databaseTypes()
{
    return {QStringLiteral("mysql"), QStringLiteral("postgre"), QStringLiteral("mssql"),
            QStringLiteral("oracle"), QStringLiteral("db2")};
}

int SchemaRegistry::defaultDatabasePort(const QString &type)
{
    if (type == QLatin1String("postgre"))
        return 5432;
    if (type == QLatin1String("mssql"))
        return 1433;
    if (type == QLatin1String("oracle"))
        return 1521;
    if (type == QLatin1String("db2"))
        return 50000;
    return 3306;
}

} // namespace apim
