#include "templates.h"
#include "autolayout.h"

#include <QCoreApplication>

#include <algorithm>

namespace apim {

namespace {

struct TemplatesTr
{
    Q_DECLARE_TR_FUNCTIONS(Templates)
};

// Node count limit per role: a 10,000-node design is the benchmark's upper end.
constexpr int MaxNodesPerRole = 20000;

// The roles a pattern may take counts for, with the CLI option that sets each.
struct Role
{
    const char *option;
    int PatternOptions::*count;
};
const Role Roles[] = {
    {"gateways", &PatternOptions::gateways},
    {"control-planes", &PatternOptions::controlPlanes},
    {"traffic-managers", &PatternOptions::trafficManagers},
    {"key-managers", &PatternOptions::keyManagers},
    {"all-in-ones", &PatternOptions::allInOnes},
};

struct PatternSpec
{
    const char *id;
    const char *description; // translated by description()
    int minMinor;            // exists in API-M 4.<minMinor> ...
    int maxMinor;            // ... to 4.<maxMinor>
    const char *defaultVersion;
    // Default count per role, in Roles order; 0: not a role of the pattern. A pattern
    // with `fixed` set has exactly these counts.
    int counts[std::size(Roles)];
    bool fixed;
    bool choosesKeyManager;
    void (*build)(TemplateBuilder &, const PatternOptions &);
};

const PatternSpec Patterns[] = {
    {"gw-cp",
     QT_TRANSLATE_NOOP("Templates",
                       "One gateway and one control plane with a MySQL database (the seed's single-node "
                       "deployment)"),
     1,
     4,
     "4.4.0",
     {1, 1, 0, 0, 0},
     true,
     false,
     &patterns::buildGwCp},
    {"gw-cp-ha",
     QT_TRANSLATE_NOOP(
         "Templates",
         "Gateways and control planes, each cluster behind a load balancer, with a MySQL database "
         "(the seed's HA cluster)"),
     1,
     4,
     "4.4.0",
     {2, 2, 0, 0, 0},
     false,
     false,
     &patterns::buildGwCpHa},
    {"gw-cp-tm",
     QT_TRANSLATE_NOOP("Templates",
                       "Control planes, separate traffic managers and gateways with a MySQL database "
                       "(WSO2's Pattern 3); two or more of a role stand behind a load balancer"),
     1,
     7,
     "4.7.0",
     {1, 1, 1, 0, 0},
     false,
     true,
     &patterns::buildGwCpTm},
    {"aio",
     QT_TRANSLATE_NOOP("Templates",
                       "One all-in-one node running every API-M component, with a MySQL database"),
     1,
     7,
     "4.7.0",
     {0, 0, 0, 0, 1},
     true,
     false,
     &patterns::buildAio},
    {"aio-ha",
     QT_TRANSLATE_NOOP("Templates",
                       "All-in-one nodes, active-active behind a load balancer, sharing a MySQL database "
                       "(WSO2's Pattern 1)"),
     1,
     7,
     "4.7.0",
     {0, 0, 0, 0, 2},
     false,
     false,
     &patterns::buildAioHa},
    {"aio-gw",
     QT_TRANSLATE_NOOP("Templates",
                       "All-in-one nodes (single or HA) with separate gateways, each cluster behind a load "
                       "balancer when it has several nodes (WSO2's Pattern 2)"),
     1,
     7,
     "4.7.0",
     {2, 0, 0, 0, 1},
     false,
     false,
     &patterns::buildAioGw},
    {"gw-cp-tm-km",
     QT_TRANSLATE_NOOP("Templates",
                       "Gateways, control planes, traffic managers and a separate key manager (or WSO2 "
                       "Identity Server 7 with --key-manager is7), each role of two or more behind a load "
                       "balancer, with a MySQL database"),
     1,
     7,
     "4.7.0",
     {1, 1, 1, 1, 0},
     false,
     true,
     &patterns::buildGwCpTmKm},
};

const PatternSpec *find(const QString &id)
{
    for (const PatternSpec &p : Patterns) {
        if (id == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Roles[] rows the key manager and key-value store choices depend on.
constexpr size_t TrafficManagersRow = 2;
constexpr size_t KeyManagersRow = 3;

// A pattern runs its key manager on separate nodes when its default counts hold some.
bool hasKeyManagerNodes(const PatternSpec &spec)
{
    return spec.counts[KeyManagersRow] > 0;
}

// Turns the pattern's default key manager choice into its own, and refuses choices the
// pattern cannot build or counts the choice has no nodes for.
bool resolveKeyManager(const PatternSpec &spec, PatternOptions *o, QString *error)
{
    const bool nodes = hasKeyManagerNodes(spec);
    if (o->keyManager == KeyManagerChoice::PatternDefault)
        o->keyManager = nodes ? KeyManagerChoice::Node : KeyManagerChoice::Resident;
    else if (o->keyManager != KeyManagerChoice::Resident && !spec.choosesKeyManager)
        return fail(error, TemplatesTr::tr("%1 keeps its key manager in the control plane").arg(o->pattern));
    else if (o->keyManager == KeyManagerChoice::Resident && nodes)
        return fail(error, TemplatesTr::tr("%1 runs its key manager apart from the control planes: "
                                           "--key-manager takes node or is7 (gw-cp-tm keeps it resident)")
                               .arg(o->pattern));
    if (o->keyManagers != 0 && o->keyManager != KeyManagerChoice::Node && spec.choosesKeyManager)
        return fail(error,
                    TemplatesTr::tr("--key-managers counts key manager nodes, and with --key-manager %1 "
                                    "there are none: leave it out, or use --key-manager node")
                        .arg(o->keyManager == KeyManagerChoice::IdentityServer ? QStringLiteral("is7")
                                                                               : QStringLiteral("resident")));
    return true;
}

// Distributed throttling (4.6+) shares counters between separate traffic managers.
bool checkKeyValueStore(const PatternSpec &spec, const PatternOptions &o, const ApimVersion &version,
                        QString *error)
{
    if (spec.counts[TrafficManagersRow] == 0)
        return fail(error, TemplatesTr::tr("%1 has no separate traffic managers to share throttling "
                                           "counters through a key-value store")
                               .arg(o.pattern));
    if (!version.distributedThrottling())
        return fail(error, TemplatesTr::tr("a key-value store shares throttling counters from API-M 4.6 on, "
                                           "not in %1: use --version 4.6.0 or later")
                               .arg(version.toString()));
    if (o.trafficManagers < 2)
        return fail(error, TemplatesTr::tr("a key-value store shares throttling counters between two or more "
                                           "traffic managers: add --traffic-managers 2 or more"));
    return true;
}

} // namespace

QStringList Templates::patterns()
{
    QStringList out;
    for (const PatternSpec &p : Patterns)
        out.append(QLatin1String(p.id));
    return out;
}

QString Templates::description(const QString &pattern)
{
    const PatternSpec *p = find(pattern);
    return p ? TemplatesTr::tr(p->description) : QString();
}

QString Templates::defaultVersion(const QString &pattern)
{
    const PatternSpec *p = find(pattern);
    return p ? QLatin1String(p->defaultVersion) : QString();
}

QStringList Templates::countOptions(const QString &pattern)
{
    QStringList out;
    const PatternSpec *p = find(pattern);
    for (size_t i = 0; p && !p->fixed && i < std::size(Roles); ++i) {
        if (p->counts[i] > 0)
            out.append(QLatin1String(Roles[i].option));
    }
    return out;
}

bool Templates::choosesKeyManager(const QString &pattern)
{
    const PatternSpec *p = find(pattern);
    return p && p->choosesKeyManager;
}

QList<KeyManagerChoice> Templates::keyManagerChoices(const QString &pattern)
{
    const PatternSpec *p = find(pattern);
    if (!p || !p->choosesKeyManager)
        return {};
    if (hasKeyManagerNodes(*p))
        return {KeyManagerChoice::Node, KeyManagerChoice::IdentityServer};
    return {KeyManagerChoice::Resident, KeyManagerChoice::Node, KeyManagerChoice::IdentityServer};
}

bool Templates::takesKeyValueStore(const QString &pattern)
{
    const PatternSpec *p = find(pattern);
    return p && p->counts[TrafficManagersRow] > 0;
}

bool Templates::create(const PatternOptions &options, Design *out, QString *error)
{
    const PatternSpec *spec = find(options.pattern);
    if (!spec)
        return fail(error, TemplatesTr::tr("unknown pattern '%1' (known: %2)")
                               .arg(options.pattern, patterns().join(QLatin1String(", "))));
    PatternOptions o = options;
    if (!resolveKeyManager(*spec, &o, error))
        return false;
    for (size_t i = 0; i < std::size(Roles); ++i) {
        int &count = o.*Roles[i].count;
        // A pattern that chooses where its key manager runs counts key manager nodes when
        // they are chosen (gw-cp-tm --key-manager node builds gw-cp-tm-km).
        const bool chosenKeyManagers =
            i == KeyManagersRow && spec->choosesKeyManager && o.keyManager == KeyManagerChoice::Node;
        const int standard = std::max(spec->counts[i], chosenKeyManagers ? 1 : 0);
        if (count != 0 && standard == 0)
            return fail(
                error,
                TemplatesTr::tr("%1 takes no %2 count").arg(options.pattern, QLatin1String(Roles[i].option)));
        if (count != 0 && spec->fixed && count != standard)
            return fail(error, TemplatesTr::tr("%1 has one node of each role; its HA form takes counts")
                                   .arg(options.pattern));
        if (count == 0)
            count = standard;
        if (standard != 0 && (count < 1 || count > MaxNodesPerRole))
            return fail(error, TemplatesTr::tr("node counts must be between 1 and %1").arg(MaxNodesPerRole));
    }

    if (o.version.isEmpty())
        o.version = QLatin1String(spec->defaultVersion);
    bool versionOk = false;
    const ApimVersion version = ApimVersion::parse(o.version, &versionOk);
    if (!versionOk || !ApimVersion::supported().contains(version.toString()))
        return fail(error, TemplatesTr::tr("unknown API-M version '%1' (known: %2)")
                               .arg(o.version, ApimVersion::supported().join(QLatin1String(", "))));
    if (version.minor < spec->minMinor || version.minor > spec->maxMinor)
        return fail(error, TemplatesTr::tr("%1 exists in API-M 4.%2 to 4.%3, not in %4")
                               .arg(options.pattern)
                               .arg(spec->minMinor)
                               .arg(spec->maxMinor)
                               .arg(version.toString()));

    if (o.keyValueStore && !checkKeyValueStore(*spec, o, version, error))
        return false;
    // The design would only fail validation (version-topology): Identity Server 7 is a key manager
    // of API-M 4.4 on (wso2-patterns-and-engines.md §4).
    if (o.keyManager == KeyManagerChoice::IdentityServer && version.minor < 4)
        return fail(error, TemplatesTr::tr("Identity Server 7 is a key manager from API-M 4.4 on, not in %1: "
                                           "use --version 4.4.0 or later")
                               .arg(version.toString()));

    Design d;
    d.settings.name = options.pattern;
    d.settings.apimVersion = version.toString();
    if (!CertificateMode::all().contains(o.certificates))
        return fail(error, TemplatesTr::tr("certificates must be one of %1, not '%2'")
                               .arg(CertificateMode::all().join(QLatin1String(", ")), o.certificates));
    d.settings.certificates.mode = o.certificates;
    // Control planes serving other nodes over AMQP need a heartbeat, or idle connections time out
    // and gateways miss events (wso2-domain.md §9; the pack's default delay is 0).
    d.settings.qpidHeartbeat = o.qpidHeartbeat;
    TemplateBuilder b(d);
    spec->build(b, o);
    const auto positions = autoLayout(d.topology);
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
        d.topology.mutableNode(it.key())->pos = it.value();
    *out = d;
    return true;
}

bool Templates::create(const QString &pattern, int gateways, int controlPlanes, Design *out, QString *error)
{
    PatternOptions o;
    o.pattern = pattern;
    if (!countOptions(pattern).isEmpty()) {
        o.gateways = gateways;
        o.controlPlanes = controlPlanes;
        // 0 means "default" in PatternOptions; here it is a count the caller asked for.
        if (gateways < 1 || controlPlanes < 1)
            return fail(error, TemplatesTr::tr("node counts must be between 1 and %1").arg(MaxNodesPerRole));
    }
    return create(o, out, error);
}

} // namespace apim
