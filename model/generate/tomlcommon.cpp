#include "tomlcommon.h"
#include "generatorutil.h"
#include "storefiles.h"
#include "tomlkeys.h"

#include <QHash>
#include <QSet>
#include <QUrl>

namespace apim::tomlgen {

QString hostPort(const QString &scheme, const QString &host, int port, int defaultPort)
{
    QString url = scheme + QLatin1String("://") + host;
    if (port != defaultPort)
        url += QLatin1Char(':') + QString::number(port);
    return url;
}

QString balancerHttpsBase(const Node &lb)
{
    return hostPort(QStringLiteral("https"), lb.text(Field::PublicHostname),
                    lb.value(Field::HttpsPort).toInt(), 443);
}

QString balancerHttpBase(const Node &lb)
{
    return hostPort(QStringLiteral("http"), lb.text(Field::PublicHostname), lb.value(Field::HttpPort).toInt(),
                    80);
}

QString balancerManagementBase(const Node &lb)
{
    const QString host = genutil::balancerManagementHost(lb);
    return host.isEmpty() ? QString()
                          : hostPort(QStringLiteral("https"), host, lb.value(Field::HttpsPort).toInt(), 443);
}

QString managementBase(const Topology &t, const Node &node)
{
    if (const Node *lb = t.balancerOf(node.id)) {
        if (!genutil::carriesApiTraffic(node.kind))
            return balancerHttpsBase(*lb);
        QString base = balancerManagementBase(*lb);
        if (!base.isEmpty())
            return base;
    }
    return hostPort(QStringLiteral("https"), node.hostname(), HttpsMgmtPort + node.offset(), -1);
}

QString tcp(const Node &n, int port)
{
    return QStringLiteral("tcp://%1:%2").arg(n.hostname()).arg(port + n.offset());
}

QString ssl(const Node &n, int port)
{
    return QStringLiteral("ssl://%1:%2").arg(n.hostname()).arg(port + n.offset());
}

QString keyManagerServices(const Design &design, const Node &node)
{
    const QList<const Node *> kms = genutil::providers(design.topology, node, Service::KeyManager,
                                                       ApimVersion::parse(design.settings.apimVersion));
    return kms.isEmpty() ? QString()
                         : managementBase(design.topology, *kms.first()) + QLatin1String("/services/");
}

QString notificationBase(const Design &design, const Node &keyManager)
{
    const QList<const Node *> hubs = genutil::clients(design.topology, keyManager, Service::EventHub,
                                                      ApimVersion::parse(design.settings.apimVersion));
    return hubs.isEmpty() ? QString() : managementBase(design.topology, *hubs.first());
}

bool usesIdentityServer(const Topology &t, const Node &node)
{
    return !t.targets(node.id, NodeKind::IdentityServer).isEmpty();
}

void writeTokenRevocationListener(TomlTable &root, const QString &notifyBase, const QString &header)
{
    TomlTable &listener = root.appendTable(QLatin1String(tomlkey::EventListeners));
    listener.set(QStringLiteral("id"), QString::fromLatin1(tomlkey::TokenRevocationListener));
    listener.set(QStringLiteral("type"),
                 QStringLiteral("org.wso2.carbon.identity.core.handler.AbstractIdentityHandler"));
    listener.set(QStringLiteral("name"),
                 QStringLiteral("org.wso2.is.notification.ApimOauthEventInterceptor"));
    listener.set(QStringLiteral("order"), 1);
    TomlTable &props = listener.table(QStringLiteral("properties"));
    props.set(tomlkey::leaf(tomlkey::NotificationEndpoint),
              notifyBase + QLatin1String("/internal/data/v1/notify"));
    props.set(QStringLiteral("username"), AdminUserVar);
    props.set(QStringLiteral("password"), AdminPasswordVar);
    props.set(QLatin1String(tomlkey::KeyManagerHeaderKey), header);
}

void writeJwtTokenType(TomlTable &root, const ApimVersion &version)
{
    if (!version.jwtTokenPersistenceOptimised())
        return;
    TomlTable &type =
        root.tableAt(tomlkey::parent(tomlkey::TokenTypes)).appendTable(tomlkey::leaf(tomlkey::TokenTypes));
    type.set(QStringLiteral("name"), QStringLiteral("JWT"));
    type.set(tomlkey::leaf(tomlkey::TokenTypeIssuer),
             QStringLiteral("org.wso2.is.key.manager.tokenpersistence.issuer.ExtendedJWTTokenIssuer"));
}

void writeServer(TomlTable &root, const Design &design, const Node &node, const QString &role)
{
    const Topology &t = design.topology;
    TomlTable &server = root.tableAt(tomlkey::parent(tomlkey::ServerHostname));
    const Node *lb = t.balancerOf(node.id);
    server.set(tomlkey::leaf(tomlkey::ServerHostname),
               lb ? lb->text(Field::PublicHostname) : node.hostname());
    if (!node.ip().isEmpty())
        server.set(tomlkey::leaf(tomlkey::ServerNodeIp), node.ip());
    server.set(tomlkey::leaf(tomlkey::ServerRole), role);
    server.set(tomlkey::leaf(tomlkey::ServerOffset), node.offset());
    if (lb && node.kind == NodeKind::ControlPlane) // the control plane's web apps behind a balancer
        server.set(tomlkey::leaf(tomlkey::ServerBasePath),
                   QStringLiteral("${carbon.protocol}://${carbon.host}:${carbon.management.port}"));

    root.tableAt(tomlkey::parent(tomlkey::UserStoreType))
        .set(tomlkey::leaf(tomlkey::UserStoreType), QStringLiteral("database_unique_id"));

    TomlTable &admin = root.tableAt(tomlkey::path(tomlkey::SuperAdmin));
    admin.set(tomlkey::leaf(tomlkey::SuperAdminUsername), design.settings.adminUsername);
    admin.set(tomlkey::leaf(tomlkey::SuperAdminPassword), design.settings.adminPassword);
    admin.set(tomlkey::leaf(tomlkey::SuperAdminCreate), true);
}

void writeDatabase(TomlTable &root, const Design &design, const Node &node)
{
    const Node *db = design.topology.databaseOf(node.id);
    const KindRelease *release =
        SchemaRegistry::instance().release(node.kind, ApimVersion::parse(design.settings.apimVersion));
    if (!db || !release || !release->usesDatabase())
        return; // a 4.7 gateway or traffic manager: no [database.*] at all
    TomlTable &databases = root.tableAt(tomlkey::path(tomlkey::Database));
    auto one = [&](const char *key, const QString &nameKey, const QString &userKey,
                   const QString &passwordKey) {
        TomlTable &t = databases.table(tomlkey::leaf(key));
        t.set(QStringLiteral("type"), db->text(Field::DbType));
        t.set(QStringLiteral("hostname"), db->hostname());
        t.set(QStringLiteral("name"), db->text(nameKey));
        // API-M builds an Oracle URL from the sid as @host:port/<sid>, a service name: both
        // databases are schemas (their users) of the node's one service.
        const QString type = db->text(Field::DbType);
        if (type == QLatin1String("oracle"))
            t.set(QStringLiteral("sid"), genutil::textOrDefault(*db, Field::DbService));
        // The seed writes the port as a string; API-M accepts both.
        t.set(QStringLiteral("port"), QString::number(db->value(Field::DbPort).toInt()));
        t.set(QStringLiteral("username"), db->text(userKey));
        t.set(QStringLiteral("password"), db->text(passwordKey));
        // Connector/J 8+ names its driver com.mysql.cj (the inferred com.mysql.jdbc one is deprecated);
        // the inferred PostgreSQL check "SELECT 1; COMMIT" logs a warning on every pool check.
        if (type == QLatin1String("mysql")) {
            t.set(QStringLiteral("driver"), QStringLiteral("com.mysql.cj.jdbc.Driver"));
        } else if (type == QLatin1String("postgre")) {
            t.set(QStringLiteral("driver"), QStringLiteral("org.postgresql.Driver"));
            t.set(QStringLiteral("validationQuery"), QStringLiteral("SELECT 1"));
        }
    };
    if (release->apimDb)
        one(tomlkey::ApimDb, Field::ApimDbName, Field::ApimDbUser, Field::ApimDbPassword);
    if (release->sharedDb)
        one(tomlkey::SharedDb, Field::SharedDbName, Field::SharedDbUser, Field::SharedDbPassword);
}

void writeStores(TomlTable &root, const DesignSettings &s)
{
    const auto store = [&root](const char *table, const KeystoreSettings &k) {
        TomlTable &t = root.tableAt(tomlkey::path(table));
        t.set(QLatin1String(tomlkey::StoreFileName), k.fileName);
        t.set(QLatin1String(tomlkey::StoreType), k.type);
        t.set(QLatin1String(tomlkey::StorePassword), k.password);
        t.set(QLatin1String(tomlkey::StoreAlias), k.alias);
        t.set(QLatin1String(tomlkey::StoreKeyPassword), k.keyPassword);
    };
    const StoreFiles files = storeFiles(s);
    store(tomlkey::KeystoreTls, files.tls);
    // certs/make-certs.sh writes a separate primary keystore, the same on every node.
    if (s.certificates.generated())
        store(tomlkey::KeystorePrimary, files.primary);

    TomlTable &trust = root.tableAt(tomlkey::path(tomlkey::Truststore));
    trust.set(QLatin1String(tomlkey::StoreFileName), files.truststore.fileName);
    trust.set(QLatin1String(tomlkey::StoreType), files.truststore.type);
    trust.set(QLatin1String(tomlkey::StorePassword), files.truststore.password);
}

void writeTransport(TomlTable &root, const Topology &t, const Node &node)
{
    const Node *lb = t.balancerOf(node.id);
    if (!lb)
        return;
    TomlTable &transport = root.tableAt(tomlkey::path(tomlkey::Transport));
    auto one = [&](const QString &scheme, int port, int proxyPort) {
        TomlTable &props = transport.table(scheme).dottedTable(QLatin1String(tomlkey::TransportProperties));
        props.set(QLatin1String(tomlkey::TransportPort), port);
        props.set(QLatin1String(tomlkey::TransportProxyPort), proxyPort);
    };
    one(QStringLiteral("http"), HttpMgmtPort, lb->value(Field::HttpPort).toInt());
    one(QStringLiteral("https"), HttpsMgmtPort, lb->value(Field::HttpsPort).toInt());
}

// Secure vault: every password becomes $secret{alias}; [secrets] holds the
// plaintext in brackets until `ciphertool.sh -Dconfigure` encrypts it in place.
// [secrets] must be the file's last table, or API-M refuses to start.
void applySecureVault(TomlTable &root)
{
    struct Secret
    {
        QStringList path;
        QString alias;
    };
    using tomlkey::at;
    using tomlkey::path;
    const QString password = QLatin1String(tomlkey::StorePassword);
    const QList<Secret> secrets{
        {path(tomlkey::SuperAdminPassword), QStringLiteral("admin_password")},
        {at(tomlkey::ApimDb, {password}), QStringLiteral("apim_db_password")},
        {at(tomlkey::SharedDb, {password}), QStringLiteral("shared_db_password")},
        {at(tomlkey::KeystoreTls, {password}), QStringLiteral("keystore_tls_password")},
        {at(tomlkey::KeystoreTls, {QLatin1String(tomlkey::StoreKeyPassword)}),
         QStringLiteral("keystore_tls_key_password")},
        {at(tomlkey::KeystorePrimary, {password}), QStringLiteral("keystore_primary_password")},
        {at(tomlkey::KeystorePrimary, {QLatin1String(tomlkey::StoreKeyPassword)}),
         QStringLiteral("keystore_primary_key_password")},
        {at(tomlkey::Truststore, {password}), QStringLiteral("truststore_password")},
        {path(tomlkey::EncryptionKey), QStringLiteral("encryption_key")},
        {at(tomlkey::KeyValueStore, {password}), QStringLiteral("keyvalue_store_password")},
        {path(tomlkey::AnalyticsAuthToken), QStringLiteral("analytics_auth_token")},
        {path(tomlkey::AnalyticsMoesifKey), QStringLiteral("analytics_moesif_key")},
    };
    const QString secretsTable = QLatin1String(tomlkey::Secrets);
    TomlTable vault;
    for (const Secret &s : secrets) {
        const TomlValue *v = root.findPath(s.path);
        if (!v || !v->isString() || v->toString().startsWith(QLatin1String("$secret{")))
            continue;
        vault.set(s.alias, TomlValue(QLatin1Char('[') + v->toString() + QLatin1Char(']')));
        TomlTable &parent = root.tableAt(s.path.mid(0, s.path.size() - 1));
        parent.set(s.path.last(), TomlValue(QStringLiteral("$secret{%1}").arg(s.alias)));
    }
    if (const TomlTable *existing = root.subTable(secretsTable))
        vault.merge(*existing);
    root.remove(secretsTable);
    if (!vault.isEmpty())
        root.table(secretsTable) = vault;
}

namespace {

bool pointsAtLocalhost(const TomlTable &environment)
{
    const TomlValue *url = environment.find(QStringLiteral("service_url"));
    const QString host = url && url->isString() ? QUrl(url->toString()).host() : QString();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1");
}

} // namespace

void dropShippedLocalhostEnvironments(TomlTable &root)
{
    TomlTable *gateway = nullptr;
    if (TomlValue *apim = root.find(QLatin1String(tomlkey::Apim)); apim && apim->table()) {
        TomlValue *g = apim->table()->find(tomlkey::parent(tomlkey::GatewayEnvironments).last());
        gateway = g ? g->table() : nullptr;
    }
    TomlValue *list = gateway ? gateway->find(tomlkey::leaf(tomlkey::GatewayEnvironments)) : nullptr;
    if (!list || !list->isArrayOfTables())
        return;
    QList<TomlValue> &items = list->array();
    auto nameOf = [&](const TomlValue &item) {
        const TomlValue *n = item.table()->find(QStringLiteral("name"));
        return n && n->isString() ? n->toString() : QString();
    };
    QSet<QString> servedElsewhere; // names that some entry not at localhost carries
    for (const TomlValue &item : std::as_const(items)) {
        if (!pointsAtLocalhost(*item.table()))
            servedElsewhere.insert(nameOf(item));
    }
    QList<TomlValue> kept;
    for (const TomlValue &item : std::as_const(items)) {
        const QString name = nameOf(item);
        if (name.isEmpty() || !pointsAtLocalhost(*item.table()) || !servedElsewhere.contains(name))
            kept.append(item);
    }
    if (kept.size() != items.size())
        items = kept;
}

void writeEncryptionKey(TomlTable &root, const Design &design)
{
    const QString &key = design.settings.encryptionKey;
    if (key.isEmpty() || !ApimVersion::parse(design.settings.apimVersion).symmetricEncryption())
        return;
    root.tableAt(tomlkey::parent(tomlkey::EncryptionKey)).set(tomlkey::leaf(tomlkey::EncryptionKey), key);
}

} // namespace apim::tomlgen
