// One description per node kind, read by the palette, the inspector, the
// project file, the generators and the review rules, so that no kind is
// described twice. Adding a kind (traffic manager, Identity Server as key
// manager, all-in-one) is a new entry here plus its generator.
#pragma once

#include "ports.h"
#include "versionprofile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace apim {

enum class NodeKind {
    Gateway,
    ControlPlane,
    LoadBalancer,
    Database,
    TrafficManager,
    KeyManager,
    AllInOne,
    IdentityServer, // WSO2 Identity Server 7 as key manager: its own deployment.toml, not API-M
    KeyValueStore,  // Redis or Valkey holding the traffic managers' shared counters (4.6+)
};

// What travels over a link; the canvas draws each differently.
enum class LinkKind {
    Https,  // load balancer to the nodes it fronts
    Events, // JMS and binary: gateway to control plane / traffic manager
    Jdbc,   // API-M node to database
};

enum class FieldType {
    Name, // unique, safe as a folder name
    Text,
    Host, // hostname or IP address
    Integer,
    Bool,
    Enum,
    Password,
    StringList, // comma separated in editors
};

struct FieldSpec
{
    QString key;       // stable id, used in the project file
    const char *label; // untranslated; use SchemaRegistry::label()
    FieldType type = FieldType::Text;
    QVariant defaultValue;
    int minimum = 0;
    int maximum = 0;
    QStringList enumValues;
    const char *toolTip = "";
    bool secret = false; // left out of the project file when the user asks for it
};

struct LinkRule
{
    NodeKind target;
    LinkKind kind;
};

enum class GeneratedFile {
    DeploymentToml,
    HostsFile,
    StartScripts,
    NginxConfig,
    DatabaseScript,
};

// What a kind does. Code asks these instead of comparing kinds.
struct KindTraits
{
    bool balancer = false;              // fronts one cluster of nodes of one kind (NGINX)
    bool database = false;              // holds apim_db and shared_db (who uses which: KindRelease)
    bool frontedByLoadBalancer = false; // may be a member of a balanced cluster
    bool hasHaPeers = false;            // members of one cluster are peers (the event hub copies to each)
    bool stickySessions = false;        // its web apps keep sessions: the balancer pins each client
    bool definesEnvironments = false;   // writes [[apim.gateway.environment]]
    bool servesEnvironments = false;    // pulls the artifacts of gateway labels
};

// Source text and disambiguation, as QT_TRANSLATE_NOOP3 gives them.
struct TranslatableText
{
    const char *source = "";
    const char *comment = "";
};

// How the canvas shows a kind.
struct KindLook
{
    quint32 colour = 0x475569; // 0xRRGGBB
    TranslatableText tag;      // short badge, translated in the CanvasStyle context
    int layoutTier = 2;        // auto-layout row: 0 balancers, 1 gateways, 2 the rest of API-M, 3 databases
};

// A key of a deployment.toml that speaks for (weight > 0) or against (< 0) a kind. `key` is a
// tomlkey:: constant; a "[]" segment matches any table of that array, a quoted segment may hold dots.
struct KeyEvidence
{
    const char *key;
    int weight;
    const char *value = nullptr; // set: the key must hold this string (case-insensitive)
    bool self = false;           // the key is a URL naming the node itself (loopback or its hostname)
    const char *with = nullptr;  // set: counts only when the file has this key too
};

// How the importer recognises a file of this kind.
struct ImportHints
{
    QStringList serverRoles;        // exact server_role values
    QStringList serverRolePrefixes; // server_role values starting so
    QStringList legacyRolePrefixes; // 3.x profiles whose closest 4.x role is this kind
    QStringList sharedServerRoles;  // values another kind's files say too: the keys decide between them
    QList<KeyEvidence> keys;        // what a file of this kind configures, or never does
    QList<KeyEvidence> namedBy;     // keys in which other files name a node of this kind (URLs)
    QStringList pathWords;          // folder or file name words naming the role in full
    QStringList pathAbbreviations;  // and abbreviated
    int priority = 100;             // among path hints, lower wins (more specific roles first)
};

struct PathHint
{
    QString word;
    NodeKind kind;
};

struct KindSpec
{
    NodeKind kind;
    QString id;        // "gateway", stable, used in files and on the CLI
    const char *label; // untranslated
    const char *description;
    QString icon;          // resource path
    QString namePrefix;    // for fresh names: "gw" -> gw-1
    bool apimNode = false; // runs API-M and gets a deployment.toml
    bool inPalette = true;
    QList<FieldSpec> fields; // common fields first
    QList<LinkRule> links;   // kinds this kind may link to
    QList<GeneratedFile> generates;
    QList<KindRelease> releases; // how the pack is started per version range; empty: runs no API-M
    QList<Component> components; // the parts of API-M it runs: decides the ports it listens on
    KindTraits traits;
    KindLook look;
    ImportHints import;

    bool runs(Component c) const { return components.contains(c); }
};

// A product version decides which start commands and profiles apply.
struct ApimVersion
{
    int major = 4;
    int minor = 4;
    int patch = 0;

    static ApimVersion parse(const QString &text, bool *ok = nullptr);
    QString toString() const;
    // 4.0 to 4.4 ship one pack started with -Dprofile=; 4.5+ ship separate distributions.
    bool profileBased() const { return major == 4 && minor <= 4; }
    // 4.5+: each gateway names itself in [apim.gateway_notification] gateway_id.
    bool gatewayIds() const { return major == 4 && minor >= 5; }
    // 4.6+: the control plane pack ships an active "Default" gateway environment (localhost).
    bool shipsDefaultEnvironment() const { return major == 4 && minor >= 6; }
    // 4.7+: internal data is encrypted with one symmetric [encryption] key shared by every node.
    bool symmetricEncryption() const { return major == 4 && minor >= 7; }
    // 4.6+: traffic managers share throttling counters through a key-value store, and
    // control planes share tenants with WSO2 Identity Server 7.
    bool distributedThrottling() const { return major == 4 && minor >= 6; }
    bool tenantSharing() const { return major == 4 && minor >= 6; }
    // 4.7+: the control plane, all-in-one and key manager packs issue JWTs without persisting
    // them ([[oauth.extensions.token_types]] ExtendedJWTTokenIssuer, shipped active).
    bool jwtTokenPersistenceOptimised() const { return major == 4 && minor >= 7; }
    static QStringList supported();
};

class SchemaRegistry
{
public:
    static const SchemaRegistry &instance();

    const KindSpec &kind(NodeKind kind) const;
    const KindSpec *kindById(const QString &id) const;
    const QList<KindSpec> &kinds() const { return m_kinds; }
    QList<NodeKind> paletteKinds() const;

    const FieldSpec *field(NodeKind kind, const QString &key) const;
    QVariantMap defaults(NodeKind kind) const;

    // The link rule from one kind to another, if any.
    const LinkRule *linkRule(NodeKind from, NodeKind to) const;

    // ---- per-kind facts (ports.h, versionprofile.h)
    const KindTraits &traits(NodeKind kind) const { return this->kind(kind).traits; }
    // The listed ports the components of a kind open, in table order, offset 0.
    QList<const PortSpec *> ports(NodeKind kind) const;
    // How a kind is started in a version; nullptr when it runs no API-M or does not exist then.
    const KindRelease *release(NodeKind kind, const ApimVersion &version) const;
    // The kind a server_role value names; `legacy` says it is a 3.x profile.
    const KindSpec *kindByServerRole(const QString &role, bool *legacy = nullptr) const;
    // Words of file paths that name a role, the first match winning.
    const QList<PathHint> &pathHints() const { return m_pathHints; }

    static QString label(const KindSpec &spec);
    static QString label(const FieldSpec &field);
    static QString toolTip(const FieldSpec &field);
    static QString linkKindLabel(LinkKind kind);

    static QStringList databaseTypes();
    // Default port of a database type.
    static int defaultDatabasePort(const QString &type);

private:
    SchemaRegistry();
    QList<KindSpec> m_kinds;
    QList<PathHint> m_pathHints;
};

// Common field keys, shared by every kind.
namespace Field {
inline const QString Name = QStringLiteral("name");
inline const QString Hostname = QStringLiteral("hostname");
inline const QString Ip = QStringLiteral("ip");
inline const QString Offset = QStringLiteral("offset");
inline const QString HeapMb = QStringLiteral("heap_mb");                 // API-M nodes: JVM_MEM_OPTS
inline const QString Labels = QStringLiteral("labels");                  // gateway
inline const QString PublicHostname = QStringLiteral("public_hostname"); // load balancer
inline const QString HttpPort = QStringLiteral("http_port");             // load balancer
inline const QString HttpsPort = QStringLiteral("https_port");           // load balancer
inline const QString DbType = QStringLiteral("db_type");                 // database
inline const QString DbPort = QStringLiteral("port");
inline const QString ApimDbName = QStringLiteral("apim_db_name");
inline const QString ApimDbUser = QStringLiteral("apim_db_user");
inline const QString ApimDbPassword = QStringLiteral("apim_db_password");
inline const QString SharedDbName = QStringLiteral("shared_db_name");
inline const QString SharedDbUser = QStringLiteral("shared_db_user");
inline const QString SharedDbPassword = QStringLiteral("shared_db_password");
inline const QString DbService = QStringLiteral("db_service");   // database: Oracle's one service name
inline const QString KvPort = QStringLiteral("kv_port");         // key-value store
inline const QString KvUser = QStringLiteral("kv_user");         // key-value store
inline const QString KvPassword = QStringLiteral("kv_password"); // key-value store
inline const QString KvSsl = QStringLiteral("kv_ssl");           // key-value store
} // namespace Field

} // namespace apim
