#include "versioninference.h"
#include "endpoints.h"
#include "rolerecognition.h"
#include "tomlkeys.h"

#include <QCoreApplication>

#include <algorithm>

namespace apim {

namespace {

struct VersionTr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

constexpr int Legacy = -1; // on the minor scale: API-M 3.x, below 4.0

// A key that exists from a release on, or a value a release ships.
struct Mark
{
    const char *key;
    const char *contains; // set: some string at the key contains this
    int from, to;         // minor versions of 4.x; Legacy for 3.x
    const char *why;
};

const Mark Marks[] = {
    {tomlkey::Encryption, nullptr, 7, 7,
     QT_TRANSLATE_NOOP("Importer", "[encryption] holds the symmetric key API-M 4.7 introduced")},
    {tomlkey::GatewayType, "APIPlatform", 7, 7,
     QT_TRANSLATE_NOOP("Importer",
                       "[apim] gateway_type lists APIPlatform, as the 4.7 control plane ships it")},
    {tomlkey::TokenTypeIssuer, "tokenpersistence", 7, 7,
     QT_TRANSLATE_NOOP("Importer", "[[oauth.extensions.token_types]] uses the 4.7 token persistence issuer")},
    {tomlkey::GatewayType, "Kong", 6, 7,
     QT_TRANSLATE_NOOP("Importer",
                       "[apim] gateway_type lists Kong, as the 4.6 and later control planes ship it")},
    {tomlkey::DistributedThrottling, nullptr, 6, 7,
     QT_TRANSLATE_NOOP("Importer", "[apim.distributed_throttling] came with 4.6")},
    {tomlkey::TenantSharing, nullptr, 6, 7,
     QT_TRANSLATE_NOOP("Importer", "[[apim.tenant_sharing]] came with 4.6")},
    {tomlkey::GatewayType, nullptr, 5, 7,
     QT_TRANSLATE_NOOP("Importer", "[apim] gateway_type is what the 4.5 and later packs ship")},
    {tomlkey::GatewayNotification, nullptr, 5, 7,
     QT_TRANSLATE_NOOP("Importer", "[apim.gateway_notification] came with the 4.5 gateways")},
    {tomlkey::AnalyticsUrlGroup, nullptr, Legacy, Legacy,
     QT_TRANSLATE_NOOP("Importer", "[[apim.analytics.url_group]] is the 3.x analytics configuration")},
};

struct Evidence
{
    int from, to;
    bool weak; // what a pack leaves out rather than what a file says
    QString reason;
    int source;
    QStringList keyPath;
    int width() const { return to - from; }
};

bool holds(const TomlTable &t, const Mark &m)
{
    const QList<const TomlValue *> values = keyValues(t, m.key);
    if (!m.contains)
        return !values.isEmpty();
    return std::any_of(values.cbegin(), values.cend(), [&](const TomlValue *v) {
        const QList<TomlValue> items = v->isArray() ? v->array() : QList<TomlValue>{*v};
        return std::any_of(items.cbegin(), items.cend(), [&](const TomlValue &i) {
            return i.isString() && i.toString().contains(QLatin1String(m.contains));
        });
    });
}

QString kindName(NodeKind kind)
{
    return SchemaRegistry::label(SchemaRegistry::instance().kind(kind));
}

// The releases whose server_role a file's role is, for its kind or, failing that, any kind.
void roleEvidence(const VersionSource &s, int index, QList<Evidence> *out)
{
    const TomlValue *v = s.config->findPath(tomlkey::path(tomlkey::ServerRole));
    const QString role = v ? v->toString().trimmed().toLower() : QString();
    if (role.isEmpty())
        return;
    const SchemaRegistry &registry = SchemaRegistry::instance();
    const QStringList at = tomlkey::path(tomlkey::ServerRole);
    bool legacy = false;
    const KindSpec *named = registry.kindByServerRole(role, &legacy);
    auto rangeOf = [&](const KindSpec &k, int *from, int *to) {
        for (const KindRelease &r : k.releases) {
            if (r.serverRole == role) {
                *from = std::min(*from, r.fromMinor);
                *to = std::max(*to, r.toMinor);
            }
        }
    };
    int from = 99, to = -99;
    rangeOf(registry.kind(s.kind), &from, &to);
    if (from > to && role != QLatin1String("default")) {
        for (const KindSpec &k : registry.kinds())
            rangeOf(k, &from, &to);
    }
    if (legacy || (named && from > to)) {
        out->append({Legacy, Legacy, false,
                     VersionTr::tr("server_role \"%1\" is no API-M 4.x role but a 3.x profile").arg(role),
                     index, at});
    } else if (from <= to && to <= 4) {
        out->append({from, to, false,
                     VersionTr::tr("server_role \"%1\" is a profile of the 4.1 to 4.4 single pack").arg(role),
                     index, at});
    } else if (from <= to && from >= 5) {
        // "default" is also what every 4.x all-in-one writes, and a role read from the keys may be
        // one: weaker than a profile another file names.
        out->append({from, to, role == QLatin1String("default"),
                     VersionTr::tr("server_role \"%1\" on a %2 is what the separate 4.5+ distributions write")
                         .arg(role, kindName(s.kind)),
                     index, at});
    }
}

// What the packs ship that a file may keep: the 4.6+ control plane's active Default environment on
// localhost; weaker, the 4.7 gateway and traffic manager packs' missing databases, and 3.x
// all-in-one files' missing gateway labels.
void packEvidence(const VersionSource &s, int index, QList<Evidence> *out)
{
    // Every 4.x all-in-one pack ships gateway labels with its environments; 3.x had no labels.
    if (s.kind == NodeKind::AllInOne && s.config->findPath(tomlkey::path(tomlkey::GatewayEnvironments)) &&
        !s.config->findPath(tomlkey::path(tomlkey::GatewayLabels)))
        out->append({Legacy, Legacy, true,
                     VersionTr::tr("it defines gateway environments but no gateway labels, as 3.x did"),
                     index, tomlkey::path(tomlkey::GatewayEnvironments)});
    const TomlValue *v = s.config->findPath(tomlkey::path(tomlkey::ServerRole));
    if (!v || v->toString().trimmed().toLower() != QLatin1String("default"))
        return;
    if (s.kind == NodeKind::ControlPlane) {
        const TomlValue *envs = s.config->findPath(tomlkey::path(tomlkey::GatewayEnvironments));
        for (const TomlValue &e : envs ? envs->array() : QList<TomlValue>()) {
            const TomlTable *t = e.table();
            const TomlValue *name = t ? t->find(tomlkey::leaf(tomlkey::EnvName)) : nullptr;
            const TomlValue *url = t ? t->find(tomlkey::leaf(tomlkey::EnvServiceUrl)) : nullptr;
            if (name && url && name->toString() == QLatin1String("Default") &&
                endpoints::isLoopback(endpoints::parseUrl(url->toString()).host))
                out->append(
                    {6, 7, false,
                     VersionTr::tr("its active \"Default\" gateway environment on localhost is what the "
                                   "4.6+ control plane pack ships"),
                     index, tomlkey::path(tomlkey::GatewayEnvironments)});
        }
    }
    if ((s.kind == NodeKind::Gateway || s.kind == NodeKind::TrafficManager) &&
        !s.config->find(QLatin1String(tomlkey::Database)))
        out->append(
            {7, 7, true,
             VersionTr::tr("it configures no database, as the 4.7 %1 pack ships").arg(kindName(s.kind)),
             index, tomlkey::path(tomlkey::ServerRole)});
}

QString rangeText(const VersionVerdict &v)
{
    if (v.fromMinor == v.toMinor)
        return QStringLiteral("4.%1").arg(v.fromMinor);
    return VersionTr::tr("4.%1 to 4.%2").arg(v.fromMinor).arg(v.toMinor);
}

} // namespace

VersionVerdict inferApimVersion(const QList<VersionSource> &sources)
{
    QList<Evidence> all;
    for (int i = 0; i < sources.size(); ++i) {
        const VersionSource &s = sources[i];
        if (!s.config || !SchemaRegistry::instance().kind(s.kind).apimNode)
            continue; // an Identity Server's [encryption] says nothing about API-M
        for (const Mark &m : Marks) {
            if (holds(*s.config, m))
                all.append({m.from, m.to, false, QCoreApplication::translate("Importer", m.why), i,
                            tomlkey::path(m.key)});
        }
        roleEvidence(s, i, &all);
        packEvidence(s, i, &all);
    }
    // The narrowest evidence first; each next one narrows what is left unless it contradicts it.
    std::stable_sort(all.begin(), all.end(), [](const Evidence &a, const Evidence &b) {
        return a.weak != b.weak ? !a.weak : a.width() < b.width();
    });
    VersionVerdict v;
    int from = Legacy, to = 7;
    for (const Evidence &e : all) {
        if (std::max(from, e.from) > std::min(to, e.to))
            continue;
        if (!v.found) {
            v.found = true;
            v.reason = e.reason;
            v.source = e.source;
            v.keyPath = e.keyPath;
        }
        from = std::max(from, e.from);
        to = std::min(to, e.to);
    }
    v.legacy = v.found && to == Legacy;
    v.fromMinor = from;
    v.toMinor = to;
    v.version = v.found && from >= 5 ? QStringLiteral("4.%1.0").arg(from) : QStringLiteral("4.4.0");
    return v;
}

bool versionWorthNoting(const VersionVerdict &v)
{
    return v.found && (v.legacy || v.fromMinor >= 5);
}

QString versionMessage(const VersionVerdict &v, const QString &designVersion)
{
    if (v.legacy)
        return VersionTr::tr(
                   "The files are an API-M 3.x set: %1. The designer generates 4.1 to 4.7 only; the "
                   "design targets %2 and the review reads the files as they are.")
            .arg(v.reason, designVersion);
    return VersionTr::tr("The files show API-M %1: %2. The design targets %3.")
        .arg(rangeText(v), v.reason, designVersion);
}

QString versionHint(const VersionVerdict &v)
{
    return v.legacy
               ? VersionTr::tr("Move the set to API-M 4.1 or later before generating files from it.")
               : VersionTr::tr("Set the exact version in the design settings if the files are for another "
                               "release.");
}

} // namespace apim
