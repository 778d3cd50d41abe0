#include "designsettingsschema.h"
#include "schemaregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

#include <type_traits>

namespace apim {

namespace {

const char *const Ctx = "DesignSettings";

// A setting whose value lives in the DesignSettings member that `field` selects
// (a generic lambda, so that one selector serves reading and writing).
template <typename F>
SettingSpec setting(const QString &key, const QStringList &filePath, SettingGroup group, const char *label,
                    SettingType type, F field)
{
    SettingSpec spec;
    spec.key = key;
    spec.filePath = filePath;
    spec.group = group;
    spec.label = label;
    spec.type = type;
    spec.get = [field](const DesignSettings &s) { return QVariant::fromValue(field(s)); };
    spec.set = [field](DesignSettings &s, const QVariant &v) {
        auto &target = field(s);
        target = v.value<std::remove_cvref_t<decltype(target)>>();
    };
    return spec;
}

SettingSpec ranged(SettingSpec spec, double minimum, double maximum)
{
    spec.minimum = minimum;
    spec.maximum = maximum;
    return spec;
}

SettingSpec choice(SettingSpec spec, const QStringList &choices)
{
    spec.choices = choices;
    return spec;
}

SettingSpec enabledBy(SettingSpec spec, const QString &key)
{
    spec.enabledBy = key;
    return spec;
}

QList<SettingSpec> buildSpecs()
{
    using G = SettingGroup;
    using T = SettingType;
    const QString ks = QStringLiteral("keystore");
    const QString ts = QStringLiteral("truststore");
    const QString opt = QStringLiteral("options");
    const QString skip = QStringLiteral("skip_list");
    const QString certs = QStringLiteral("certificates");
    QList<SettingSpec> specs{
        setting(
            QStringLiteral("name"), {QStringLiteral("name")}, G::General,
            QT_TRANSLATE_NOOP("DesignSettings", "Design name:"), T::Text,
            [](auto &s) -> auto & { return s.name; }),
        setting(
            QStringLiteral("apimVersion"), {QStringLiteral("apim_version")}, G::General,
            QT_TRANSLATE_NOOP("DesignSettings", "API-M version:"), T::Version,
            [](auto &s) -> auto & { return s.apimVersion; }),
        setting(
            QStringLiteral("adminUsername"), {QStringLiteral("super_admin"), QStringLiteral("username")},
            G::General, QT_TRANSLATE_NOOP("DesignSettings", "Admin user name:"), T::Text,
            [](auto &s) -> auto & { return s.adminUsername; }),
        setting(
            QStringLiteral("adminPassword"), {QStringLiteral("super_admin"), QStringLiteral("password")},
            G::General, QT_TRANSLATE_NOOP("DesignSettings", "Admin password:"), T::Password,
            [](auto &s) -> auto & { return s.adminPassword; }),
        setting(
            QStringLiteral("storePasswords"), {QStringLiteral("store_passwords")}, G::General,
            QT_TRANSLATE_NOOP("DesignSettings", "Store passwords in the project file"), T::Bool,
            [](auto &s) -> auto & { return s.storePasswords; }),
        // API-M 4.7+ [encryption] key: a secret, so "store passwords" and secure vault treat it as one.
        setting(
            QStringLiteral("encryptionKey"), {QStringLiteral("encryption_key")}, G::General,
            QT_TRANSLATE_NOOP("DesignSettings", "Encryption key (4.7+):"), T::Password,
            [](auto &s) -> auto & { return s.encryptionKey; }),

        setting(
            QStringLiteral("keystore.fileName"), {ks, QStringLiteral("file_name")}, G::Keystore,
            QT_TRANSLATE_NOOP("DesignSettings", "File:"), T::Text,
            [](auto &s) -> auto & { return s.keystore.fileName; }),
        setting(
            QStringLiteral("keystore.type"), {ks, QStringLiteral("type")}, G::Keystore,
            QT_TRANSLATE_NOOP("DesignSettings", "Type:"), T::Text,
            [](auto &s) -> auto & { return s.keystore.type; }),
        setting(
            QStringLiteral("keystore.password"), {ks, QStringLiteral("password")}, G::Keystore,
            QT_TRANSLATE_NOOP("DesignSettings", "Password:"), T::Password,
            [](auto &s) -> auto & { return s.keystore.password; }),
        setting(
            QStringLiteral("keystore.alias"), {ks, QStringLiteral("alias")}, G::Keystore,
            QT_TRANSLATE_NOOP("DesignSettings", "Alias:"), T::Text,
            [](auto &s) -> auto & { return s.keystore.alias; }),
        setting(
            QStringLiteral("keystore.keyPassword"), {ks, QStringLiteral("key_password")}, G::Keystore,
            QT_TRANSLATE_NOOP("DesignSettings", "Key password:"), T::Password,
            [](auto &s) -> auto & { return s.keystore.keyPassword; }),

        setting(
            QStringLiteral("truststore.fileName"), {ts, QStringLiteral("file_name")}, G::Truststore,
            QT_TRANSLATE_NOOP("DesignSettings", "File:"), T::Text,
            [](auto &s) -> auto & { return s.truststore.fileName; }),
        setting(
            QStringLiteral("truststore.type"), {ts, QStringLiteral("type")}, G::Truststore,
            QT_TRANSLATE_NOOP("DesignSettings", "Type:"), T::Text,
            [](auto &s) -> auto & { return s.truststore.type; }),
        setting(
            QStringLiteral("truststore.password"), {ts, QStringLiteral("password")}, G::Truststore,
            QT_TRANSLATE_NOOP("DesignSettings", "Password:"), T::Password,
            [](auto &s) -> auto & { return s.truststore.password; }),

        setting(
            QStringLiteral("cacheInvalidation"), {opt, QStringLiteral("cache_invalidation")}, G::Cache,
            QT_TRANSLATE_NOOP("DesignSettings", "Invalidate gateway caches over JMS"), T::Bool,
            [](auto &s) -> auto & { return s.cacheInvalidation; }),
        enabledBy(setting(
                      QStringLiteral("cacheInvalidationDomain"),
                      {opt, QStringLiteral("cache_invalidation_domain")}, G::Cache,
                      QT_TRANSLATE_NOOP("DesignSettings", "Domain:"), T::Text,
                      [](auto &s) -> auto & { return s.cacheInvalidationDomain; }),
                  QStringLiteral("cacheInvalidation")),

        setting(
            QStringLiteral("qpidHeartbeat"), {opt, QStringLiteral("qpid_heartbeat")}, G::Heartbeat,
            QT_TRANSLATE_NOOP("DesignSettings", "Send [qpid.heartbeat]"), T::Bool,
            [](auto &s) -> auto & { return s.qpidHeartbeat; }),
        enabledBy(
            ranged(setting(
                       QStringLiteral("qpidHeartbeatDelay"), {opt, QStringLiteral("qpid_heartbeat_delay")},
                       G::Heartbeat, QT_TRANSLATE_NOOP("DesignSettings", "Delay (seconds):"), T::Integer,
                       [](auto &s) -> auto & { return s.qpidHeartbeatDelay; }),
                   0, 86400),
            QStringLiteral("qpidHeartbeat")),
        enabledBy(ranged(setting(
                             QStringLiteral("qpidHeartbeatTimeoutFactor"),
                             {opt, QStringLiteral("qpid_heartbeat_timeout_factor")}, G::Heartbeat,
                             QT_TRANSLATE_NOOP("DesignSettings", "Timeout factor:"), T::Number,
                             [](auto &s) -> auto & { return s.qpidHeartbeatTimeoutFactor; }),
                         1.0, 20.0),
                  QStringLiteral("qpidHeartbeat")),
        // Shown under General, kept in [design.options]: after the heartbeat, where the file has it.
        setting(
            QStringLiteral("secureVault"), {opt, QStringLiteral("secure_vault")}, G::General,
            QT_TRANSLATE_NOOP("DesignSettings", "Export passwords as Secure Vault aliases"), T::Bool,
            [](auto &s) -> auto & { return s.secureVault; }),

        choice(setting(
                   QStringLiteral("certificates.mode"), {certs, QStringLiteral("mode")}, G::Certificates,
                   QT_TRANSLATE_NOOP("DesignSettings", "Certificates:"), T::Choice,
                   [](auto &s) -> auto & { return s.certificates.mode; }),
               CertificateMode::all()),
        setting(
            QStringLiteral("certificates.caCertificate"), {certs, QStringLiteral("ca_certificate")},
            G::Certificates, QT_TRANSLATE_NOOP("DesignSettings", "Own CA certificate:"), T::Text,
            [](auto &s) -> auto & { return s.certificates.caCertificate; }),
        setting(
            QStringLiteral("certificates.caKey"), {certs, QStringLiteral("ca_key")}, G::Certificates,
            QT_TRANSLATE_NOOP("DesignSettings", "Own CA key:"), T::Text,
            [](auto &s) -> auto & { return s.certificates.caKey; }),

        choice(setting(
                   QStringLiteral("analytics.mode"), {QStringLiteral("analytics"), QStringLiteral("mode")},
                   G::Analytics, QT_TRANSLATE_NOOP("DesignSettings", "Gateway analytics:"), T::Choice,
                   [](auto &s) -> auto & { return s.analytics.mode; }),
               AnalyticsMode::all()),
        setting(
            QStringLiteral("analytics.configEndpoint"),
            {QStringLiteral("analytics"), QStringLiteral("config_endpoint")}, G::Analytics,
            QT_TRANSLATE_NOOP("DesignSettings", "Choreo configuration endpoint:"), T::Text,
            [](auto &s) -> auto & { return s.analytics.configEndpoint; }),
        setting(
            QStringLiteral("analytics.key"), {QStringLiteral("analytics"), QStringLiteral("key")},
            G::Analytics, QT_TRANSLATE_NOOP("DesignSettings", "On-premises key or Moesif id:"), T::Password,
            [](auto &s) -> auto & { return s.analytics.key; }),

        setting(
            QStringLiteral("service.user"), {QStringLiteral("service"), QStringLiteral("user")}, G::Services,
            QT_TRANSLATE_NOOP("DesignSettings", "Service user:"), T::Text,
            [](auto &s) -> auto & { return s.service.user; }),
        setting(
            QStringLiteral("service.root"), {QStringLiteral("service"), QStringLiteral("root")}, G::Services,
            QT_TRANSLATE_NOOP("DesignSettings", "API-M homes under:"), T::Text,
            [](auto &s) -> auto & { return s.service.root; }),

        setting(
            QStringLiteral("skipList.apis"), {skip, QStringLiteral("apis")}, G::SkipList,
            QT_TRANSLATE_NOOP("DesignSettings", "APIs:"), T::StringList,
            [](auto &s) -> auto & { return s.skipList.apis; }),
        setting(
            QStringLiteral("skipList.endpoints"), {skip, QStringLiteral("endpoints")}, G::SkipList,
            QT_TRANSLATE_NOOP("DesignSettings", "Endpoints:"), T::StringList,
            [](auto &s) -> auto & { return s.skipList.endpoints; }),
        setting(
            QStringLiteral("skipList.sequences"), {skip, QStringLiteral("sequences")}, G::SkipList,
            QT_TRANSLATE_NOOP("DesignSettings", "Sequences:"), T::StringList,
            [](auto &s) -> auto & { return s.skipList.sequences; }),
        setting(
            QStringLiteral("skipList.localEntries"), {skip, QStringLiteral("local_entries")}, G::SkipList,
            QT_TRANSLATE_NOOP("DesignSettings", "Local entries:"), T::StringList,
            [](auto &s) -> auto & { return s.skipList.localEntries; }),
    };
    for (SettingSpec &spec : specs) {
        if (spec.key == QLatin1String("encryptionKey"))
            spec.toolTip = QT_TRANSLATE_NOOP(
                "DesignSettings", "64 hexadecimal characters, the same on every node. The designer creates "
                                  "it once for a 4.7 design; paste the key of a running deployment instead.");
        if (spec.key == QLatin1String("certificates.mode"))
            spec.toolTip = QT_TRANSLATE_NOOP(
                "DesignSettings",
                "private-ca: the bundle's certs/make-certs.sh makes a CA and a certificate "
                "per node; own-ca: it signs them with your CA; wso2-defaults: the nodes keep "
                "WSO2's shipped wso2carbon.jks (CN=localhost), with a warning.");
        if (spec.key.startsWith(QLatin1String("certificates.ca")))
            spec.toolTip = QT_TRANSLATE_NOOP(
                "DesignSettings", "For own-ca: a path on the machine where certs/make-certs.sh runs.");
        if (spec.key == QLatin1String("analytics.mode"))
            spec.toolTip = QT_TRANSLATE_NOOP(
                "DesignSettings",
                "The gateways' [apim.analytics]. cloud: Choreo analytics up to 4.5 (configuration "
                "endpoint and on-premises key), Moesif from 4.6 (its application id); elk: the "
                "gateways log analytics events for ELK (4.2+).");
        if (spec.key == QLatin1String("service.user")) {
            spec.toolTip = QT_TRANSLATE_NOOP("DesignSettings",
                                             "The account the systemd units run API-M as; it must own the "
                                             "API-M homes and the 0600 files in them.");
            spec.refusal = [](const QVariant &v) {
                static const QRegularExpression user(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
                return user.match(v.toString()).hasMatch()
                           ? QString()
                           : QCoreApplication::translate("DesignSettings",
                                                         "The service user must be a system account name: "
                                                         "lower-case letters, digits, '_' and '-'.");
            };
        }
        if (spec.key == QLatin1String("service.root")) {
            spec.toolTip = QT_TRANSLATE_NOOP("DesignSettings",
                                             "Each node's API-M home is this folder plus the node's name, "
                                             "in its systemd unit and the README.");
            spec.refusal = [](const QVariant &v) {
                const QString path = v.toString();
                const bool control = std::any_of(path.begin(), path.end(), [](QChar c) {
                    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                           c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
                });
                // systemd refuses an executable path with one of these in it.
                const bool special = std::any_of(path.begin(), path.end(),
                                                 [](QChar c) { return QStringView(u"$\"\\'").contains(c); });
                return path.startsWith(QLatin1Char('/')) && !control && !special
                           ? QString()
                           : QCoreApplication::translate("DesignSettings",
                                                         "The folder of the API-M homes must be an absolute "
                                                         "path on one line, without $ \" ' or \\.");
            };
        }
        if (spec.key == QLatin1String("secureVault"))
            spec.toolTip =
                QT_TRANSLATE_NOOP("DesignSettings", "Passwords become $secret{alias} references, with a "
                                                    "[secrets] table for WSO2's cipher tool.");
    }
    return specs;
}

} // namespace

const QList<SettingSpec> &designSettingSpecs()
{
    static const QList<SettingSpec> specs = buildSpecs();
    return specs;
}

const SettingSpec *designSettingSpec(const QString &key)
{
    for (const SettingSpec &spec : designSettingSpecs()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QList<SettingGroup> designSettingGroups()
{
    using G = SettingGroup;
    return {G::General, G::Keystore,  G::Truststore, G::Certificates, G::Environments,
            G::Cache,   G::Heartbeat, G::Analytics,  G::Services,     G::SkipList};
}

QString designSettingLabel(const SettingSpec &spec)
{
    return QCoreApplication::translate(Ctx, spec.label);
}

QString designSettingToolTip(const SettingSpec &spec)
{
    return *spec.toolTip ? QCoreApplication::translate(Ctx, spec.toolTip) : QString();
}

QString designSettingGroupTitle(SettingGroup group)
{
    switch (group) {
    case SettingGroup::General:
        return QCoreApplication::translate("DesignSettings", "General");
    case SettingGroup::Keystore:
        return QCoreApplication::translate("DesignSettings", "Primary keystore");
    case SettingGroup::Truststore:
        return QCoreApplication::translate("DesignSettings", "Truststore");
    case SettingGroup::Certificates:
        return QCoreApplication::translate("DesignSettings", "Certificates");
    case SettingGroup::Environments:
        return QCoreApplication::translate("DesignSettings", "Gateway environments");
    case SettingGroup::Cache:
        return QCoreApplication::translate("DesignSettings", "Cache invalidation");
    case SettingGroup::Heartbeat:
        return QCoreApplication::translate("DesignSettings", "JMS heartbeat");
    case SettingGroup::Analytics:
        return QCoreApplication::translate("DesignSettings", "Analytics");
    case SettingGroup::Services:
        return QCoreApplication::translate("DesignSettings", "Services (systemd)");
    case SettingGroup::SkipList:
        return QCoreApplication::translate("DesignSettings", "Artifacts the gateways skip");
    }
    return QString();
}

bool checkDesignSetting(const SettingSpec &spec, const QVariant &value, QString *reason)
{
    const auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (spec.refusal) {
        const QString why = spec.refusal(value);
        if (!why.isEmpty())
            return refuse(why);
    }
    switch (spec.type) {
    case SettingType::Integer:
    case SettingType::Number: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || v < spec.minimum || v > spec.maximum)
            return refuse(QCoreApplication::translate("DesignSettings", "%1 must be from %2 to %3.")
                              .arg(designSettingLabel(spec).remove(QLatin1Char(':')))
                              .arg(spec.minimum)
                              .arg(spec.maximum));
        return true;
    }
    case SettingType::Version: {
        bool ok = false;
        ApimVersion::parse(value.toString(), &ok);
        if (!ok) {
            const QStringList known = ApimVersion::supported();
            return refuse(QCoreApplication::translate("DesignSettings",
                                                      "unsupported API-M version '%1' (%2 to %3 are known)")
                              .arg(value.toString(), known.first().section(QLatin1Char('.'), 0, 1),
                                   known.last().section(QLatin1Char('.'), 0, 1)));
        }
        return true;
    }
    case SettingType::Choice:
        if (!spec.choices.contains(value.toString()))
            return refuse(QCoreApplication::translate("DesignSettings", "%1 must be one of %2, not '%3'.")
                              .arg(designSettingLabel(spec).remove(QLatin1Char(':')),
                                   spec.choices.join(QLatin1String(", ")), value.toString()));
        return true;
    default:
        return true;
    }
}

} // namespace apim
