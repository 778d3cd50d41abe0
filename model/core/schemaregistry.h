// One description per node kind, read by the palette, the inspector, the
// project file, the generators and the review rules, so that no kind is
// described twice. Adding a kind (traffic manager, Identity Server as key
// manager, all-in-one) is a new entry here plus its generator.
#pragma once

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
};

// What travels over a link; the canvas draws each differently.
enum class LinkKind {
    Https,   // load balancer to the nodes it fronts
    Events,  // JMS and binary: gateway to control plane / traffic manager
    Jdbc,    // API-M node to database
};

enum class FieldType {
    Name,       // unique, safe as a folder name
    Text,
    Host,       // hostname or IP address
    Integer,
    Bool,
    Enum,
    Password,
    StringList, // comma separated in editors
};

struct FieldSpec
{
    QString key;          // stable id, used in the project file
    const char *label;    // untranslated; use SchemaRegistry::label()
    FieldType type = FieldType::Text;
    QVariant defaultValue;
    int minimum = 0;
    int maximum = 0;
    QStringList enumValues;
    const char *toolTip = "";
    bool secret = false;  // left out of the project file when the user asks for it
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

struct KindSpec
{
    NodeKind kind;
    QString id;           // "gateway", stable, used in files and on the CLI
    const char *label;    // untranslated
    const char *description;
    QString icon;         // resource path
    QString namePrefix;   // for fresh names: "gw" -> gw-1
    bool apimNode = false; // runs API-M and gets a deployment.toml
    bool inPalette = true;
    QList<FieldSpec> fields; // common fields first
    QList<LinkRule> links;   // kinds this kind may link to
    QList<GeneratedFile> generates;
    // API-M profile per version family: [0] 4.0-4.4 (-Dprofile=), [1] 4.5+ distribution script.
    QString profile;
    QString distributionScript;
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
};

// Common field keys, shared by every kind.
namespace Field {
inline const QString Name = QStringLiteral("name");
inline const QString Hostname = QStringLiteral("hostname");
inline const QString Ip = QStringLiteral("ip");
inline const QString Offset = QStringLiteral("offset");
inline const QString Labels = QStringLiteral("labels");              // gateway
inline const QString PublicHostname = QStringLiteral("public_hostname"); // load balancer
inline const QString HttpPort = QStringLiteral("http_port");        // load balancer
inline const QString HttpsPort = QStringLiteral("https_port");      // load balancer
inline const QString DbType = QStringLiteral("db_type");            // database
inline const QString DbPort = QStringLiteral("port");
inline const QString ApimDbName = QStringLiteral("apim_db_name");
inline const QString ApimDbUser = QStringLiteral("apim_db_user");
inline const QString ApimDbPassword = QStringLiteral("apim_db_password");
inline const QString SharedDbName = QStringLiteral("shared_db_name");
inline const QString SharedDbUser = QStringLiteral("shared_db_user");
inline const QString SharedDbPassword = QStringLiteral("shared_db_password");
} // namespace Field

} // namespace apim
