// Design-wide settings: what every API-M node of the design shares.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace apim {

struct GatewayEnvironment
{
    QString name = QStringLiteral("Default");
    QString type = QStringLiteral("hybrid"); // hybrid, production, sandbox
    QString description;
    bool displayInApiConsole = true;
    bool showAsTokenEndpointUrl = true;
    bool operator==(const GatewayEnvironment &) const = default;

    static QStringList types()
    {
        return {QStringLiteral("hybrid"), QStringLiteral("production"), QStringLiteral("sandbox")};
    }
};

struct KeystoreSettings
{
    QString fileName = QStringLiteral("wso2carbon.jks");
    QString type = QStringLiteral("JKS");
    QString password = QStringLiteral("wso2carbon");
    QString alias = QStringLiteral("wso2carbon");
    QString keyPassword = QStringLiteral("wso2carbon");
    bool operator==(const KeystoreSettings &) const = default;
};

struct TruststoreSettings
{
    QString fileName = QStringLiteral("client-truststore.jks");
    QString type = QStringLiteral("JKS");
    QString password = QStringLiteral("wso2carbon");
    bool operator==(const TruststoreSettings &) const = default;
};

// Where the nodes' TLS certificates come from (the seed's step 4).
namespace CertificateMode {
inline const QString WsoDefaults = QStringLiteral("wso2-defaults"); // keep wso2carbon.jks: a warning
inline const QString PrivateCa = QStringLiteral("private-ca");      // certs/make-certs.sh makes a CA
inline const QString OwnCa = QStringLiteral("own-ca");              // certs/make-certs.sh uses yours
inline QStringList all()
{
    return {PrivateCa, OwnCa, WsoDefaults};
}
} // namespace CertificateMode

struct CertificateSettings
{
    // Files that lack the setting keep WSO2's defaults, so that old designs do not
    // change; new designs start with a private CA (PatternOptions::certificates).
    QString mode = CertificateMode::WsoDefaults;
    QString caCertificate; // own-ca: the CA certificate (PEM) on the machine running the script
    QString caKey;         // own-ca: its private key
    // Whether the bundle gets certs/make-certs.sh and deployment.toml names its stores.
    bool generated() const { return mode == CertificateMode::PrivateCa || mode == CertificateMode::OwnCa; }
    bool operator==(const CertificateSettings &) const = default;
};

// The gateways' [apim.analytics] (the seed's step 5): off, the version's cloud analytics
// (Choreo up to 4.5, Moesif from 4.6) or ELK (log files a Filebeat ships).
namespace AnalyticsMode {
inline const QString Off = QStringLiteral("off");
inline const QString Cloud = QStringLiteral("cloud");
inline const QString Elk = QStringLiteral("elk");
inline QStringList all()
{
    return {Off, Cloud, Elk};
}
} // namespace AnalyticsMode

struct AnalyticsSettings
{
    QString mode = AnalyticsMode::Off;
    // Choreo (4.0-4.5): where the gateway fetches its publishing configuration.
    QString configEndpoint = QStringLiteral("https://analytics-event-auth.choreo.dev/auth/v1");
    // Choreo's on-premises key, or Moesif's application id (4.6+): a secret.
    QString key;
    bool enabled() const { return mode != AnalyticsMode::Off; }
    bool operator==(const AnalyticsSettings &) const = default;
};

// How the bundle's systemd units run the API-M nodes.
struct ServiceSettings
{
    QString user = QStringLiteral("wso2"); // the account every unit runs as
    // Each node's API-M home is <root>/<node>: separate homes, also for nodes on one machine.
    QString root = QStringLiteral("/opt/wso2");
    bool operator==(const ServiceSettings &) const = default;
};

struct ArtifactSkipList
{
    QStringList apis;
    QStringList endpoints;
    QStringList sequences;
    QStringList localEntries;
    bool isEmpty() const
    {
        return apis.isEmpty() && endpoints.isEmpty() && sequences.isEmpty() && localEntries.isEmpty();
    }
    bool operator==(const ArtifactSkipList &) const = default;
};

struct DesignSettings
{
    QString name = QStringLiteral("apim-deployment"); // the bundle's top-level folder
    QString apimVersion = QStringLiteral("4.4.0");
    QString adminUsername = QStringLiteral("admin");
    QString adminPassword = QStringLiteral("admin");
    KeystoreSettings keystore;
    TruststoreSettings truststore;
    CertificateSettings certificates;
    QList<GatewayEnvironment> environments{GatewayEnvironment{
        QStringLiteral("Default"), QStringLiteral("hybrid"),
        QStringLiteral("This is a hybrid gateway that handles both production and sandbox token traffic."),
        true, true}};
    bool cacheInvalidation = false;
    QString cacheInvalidationDomain = QStringLiteral("control-plane-domain");
    bool qpidHeartbeat = false;
    int qpidHeartbeatDelay = 60;
    double qpidHeartbeatTimeoutFactor = 2.0;
    ArtifactSkipList skipList;
    AnalyticsSettings analytics;
    ServiceSettings service;
    bool storePasswords = true; // false: the project file leaves passwords out
    // Export passwords as $secret{alias} with a [secrets] table for WSO2's cipher tool.
    bool secureVault = false;
    // API-M 4.7+ [encryption] key: 64 hex characters, made once by the edit layer
    // (io/encryptionkey.h), the same in every node's file. A secret like the passwords.
    QString encryptionKey;

    const GatewayEnvironment *environment(const QString &name) const;
    bool operator==(const DesignSettings &) const = default;
};

} // namespace apim
