#include "versionfit.h"
#include "findingmemo.h"
#include "generators.h"
#include "generatorutil.h"
#include "reviewcontext.h"
#include "ruleids.h"
#include "tomlkeys.h"

#include <QRegularExpression>

#include <algorithm>

namespace apim {

namespace {

// Kinds that run no API-M, so have no release, yet exist only from a version on.
struct Availability
{
    NodeKind kind;
    int fromMinor;
};
// Redis/Valkey distributed throttling is new in 4.6 (wso2-patterns-and-engines.md §1.6);
// Identity Server 7 is a key manager of API-M 4.4 to 4.7 (§4).
constexpr Availability Availabilities[] = {
    {NodeKind::KeyValueStore, 6},
    {NodeKind::IdentityServer, 4},
};

class Fit
{
public:
    // `memo`: the problems become findings there, per node in its loops (findingmemo.h).
    explicit Fit(const Design &d, FindingMemo *memo = nullptr) : m_design(d), m_t(d.topology), m_memo(memo) {}

    QList<VersionProblem> run()
    {
        bool ok = false;
        m_version = ApimVersion::parse(m_design.settings.apimVersion, &ok);
        if (!ok)
            return {}; // the apim-version check says so
        m_name = m_version.toString();
        const auto checkNode = [&](const Node &n) {
            checkAvailable(n);
            checkRelease(n);
        };
        if (m_memo)
            m_memo->forNodes(m_t, Segment::VersionNodes, checkNode);
        else
            std::ranges::for_each(m_t.nodes(), checkNode);
        checkTrafficManagers();
        checkKeyValueStores();
        checkEncryptionKey();
        checkAnalytics();
        return m_problems;
    }

private:
    void add(const Node *n, const QString &message, const QString &hint, bool fromLinks = false)
    {
        if (m_memo)
            m_memo->sink().append(review::ruleFinding(rule::VersionTopology, n, message, hint));
        else
            m_problems.append({n, message, hint, fromLinks});
    }

    QString kindName(const Node &n) const
    {
        return SchemaRegistry::label(SchemaRegistry::instance().kind(n.kind));
    }

    void checkAvailable(const Node &n)
    {
        for (const Availability &a : Availabilities) {
            if (a.kind != n.kind || m_version.minor >= a.fromMinor)
                continue;
            if (n.kind == NodeKind::KeyValueStore)
                add(&n,
                    review::ReviewTr::tr(
                        "%1 is a key-value store, but distributed throttling over Redis or Valkey "
                        "only exists from API-M 4.6; the design targets %2.")
                        .arg(n.name(), m_name),
                    review::ReviewTr::tr("Choose API-M 4.6 or later, or remove the key-value store."));
            else
                add(&n,
                    review::ReviewTr::tr(
                        "%1 is WSO2 Identity Server 7, which API-M supports as key manager only "
                        "from 4.4; the design targets %2.")
                        .arg(n.name(), m_name),
                    review::ReviewTr::tr(
                        "Choose API-M 4.4 or later, or use the resident key manager or a key "
                        "manager node."));
        }
    }

    void checkRelease(const Node &n)
    {
        const SchemaRegistry &registry = SchemaRegistry::instance();
        if (!registry.kind(n.kind).apimNode)
            return;
        const KindRelease *release = registry.release(n.kind, m_version);
        if (!release) {
            add(&n,
                review::ReviewTr::tr("API-M %1 ships no %2, so %3 cannot run.")
                    .arg(m_name, kindName(n), n.name()),
                review::ReviewTr::tr(
                    "Choose a version that has this kind (README, Versions), or replace the node."));
            return;
        }
        // A 4.4 profile the node's kept TOML pins as server_role: the 4.5+ packs have no profiles.
        if (m_version.profileBased())
            return;
        const TomlTable file = deploymentToml(m_design, n); // findPath() points into it
        const TomlValue *role = file.findPath(tomlkey::path(tomlkey::ServerRole));
        const QString pinned = role && role->isString() ? role->toString() : release->serverRole;
        if (pinned != release->serverRole && isProfileRole(pinned))
            add(&n,
                review::ReviewTr::tr(
                    "%1 keeps server_role \"%2\", a profile that a %3 of API-M %4 does not have: its "
                    "pack says \"%5\".")
                    .arg(n.name(), pinned, kindName(n), m_name, release->serverRole),
                review::ReviewTr::tr(
                    "Remove server_role from the node's kept TOML, or choose the version the "
                    "file came from."));
    }

    // A role of the profile model (gateway-worker, control-plane, api-key-manager-node, ...).
    static bool isProfileRole(const QString &role)
    {
        for (const KindSpec &k : SchemaRegistry::instance().kinds()) {
            for (const KindRelease &r : k.releases) {
                if (!r.profile.isEmpty() && (r.serverRole == role || r.profile == role))
                    return true;
            }
        }
        return false;
    }

    void checkTrafficManagers()
    {
        const SchemaRegistry &registry = SchemaRegistry::instance();
        bool anyProvider = false;
        for (const Node &n : m_t.nodes()) {
            const KindRelease *r = registry.release(n.kind, m_version);
            anyProvider = r && r->provides(Service::TrafficManager);
            if (anyProvider)
                break;
        }
        const auto checkNode = [&](const Node &n) {
            const KindRelease *r = registry.release(n.kind, m_version);
            if (!r)
                return;
            if (!anyProvider && n.kind == NodeKind::ControlPlane && !r->provides(Service::TrafficManager))
                add(&n,
                    review::ReviewTr::tr(
                        "%1: from API-M 4.5 the control plane holds no traffic manager, and the "
                        "design (%2) has none.")
                        .arg(n.name(), m_name),
                    review::ReviewTr::tr(
                        "Add a traffic manager node, or use all-in-one nodes with gateways."));
            // A gateway throttles through another node; an all-in-one node through itself.
            if (n.kind == NodeKind::Gateway &&
                genutil::providers(m_t, n, Service::TrafficManager, m_version).isEmpty())
                add(&n,
                    review::ReviewTr::tr(
                        "Gateway %1 has no node to throttle through: in API-M %2 none of the nodes "
                        "it links to holds a traffic manager.")
                        .arg(n.name(), m_name),
                    review::ReviewTr::tr("Link the gateway to a traffic manager, or to all-in-one nodes."),
                    true);
        };
        if (m_memo)
            m_memo->forNodes(m_t, Segment::VersionThrottling, checkNode, anyProvider ? "any" : "");
        else
            std::ranges::for_each(m_t.nodes(), checkNode);
    }

    // [apim.distributed_throttling.keyvalue_store] takes one host and port (§1.6): one store,
    // replicated behind that address; sharded clusters are not supported.
    void checkKeyValueStores()
    {
        const QList<const Node *> stores = m_t.nodesOfKind(NodeKind::KeyValueStore);
        for (qsizetype i = 1; i < stores.size(); ++i)
            add(stores[i],
                review::ReviewTr::tr(
                    "%1 is a second key-value store: the traffic managers share one Redis or "
                    "Valkey address, and sharded clusters are not supported.")
                    .arg(stores[i]->name()),
                review::ReviewTr::tr(
                    "Keep one key-value store node and run its replicas behind its host name."));
    }

    // 4.7 encrypts internal data with one symmetric key that every node must share (§1.6).
    void checkEncryptionKey()
    {
        if (!m_version.symmetricEncryption())
            return;
        // 64 hex characters, or a secure-vault alias of an imported file.
        // A $secret{} alias or an $env{} variable (the helm-apim charts' WSO2_ENCRYPTION_KEY) stands for it.
        static const QRegularExpression hex(
            QStringLiteral("^([0-9a-fA-F]{64}|\\$secret\\{[^}]+\\}|\\$env\\{[^}]+\\})$"));
        const QString &key = m_design.settings.encryptionKey;
        if (key.isEmpty())
            add(nullptr,
                review::ReviewTr::tr(
                    "API-M %1 encrypts internal data with one symmetric key that every node must "
                    "share, and the design has none.")
                    .arg(m_name),
                review::ReviewTr::tr(
                    "Save or export the design once to create it, or set APIM_ENCRYPTION_KEY "
                    "when the project stores no passwords."));
        else if (!hex.match(key).hasMatch())
            add(nullptr,
                review::ReviewTr::tr("The design's encryption key is not 64 hexadecimal characters."),
                review::ReviewTr::tr(
                    "Clear it so that the designer creates a new one, or paste the key of the "
                    "running deployment."));
    }

    // The gateways' [apim.analytics] type "elk" (log files for an ELK stack) exists from 4.2;
    // cloud analytics follows the version by itself (Choreo up to 4.5, Moesif from 4.6).
    void checkAnalytics()
    {
        const AnalyticsSettings &a = m_design.settings.analytics;
        if (a.mode != AnalyticsMode::Elk || m_version.major > 4 ||
            (m_version.major == 4 && m_version.minor >= 2))
            return;
        add(nullptr,
            review::ReviewTr::tr("The design's gateways log analytics for ELK, which API-M only offers "
                                 "from 4.2; the design targets %1.")
                .arg(m_name),
            review::ReviewTr::tr("Choose API-M 4.2 or later, or set Gateway analytics to cloud (Choreo) "
                                 "or off."));
    }

    const Design &m_design;
    const Topology &m_t;
    FindingMemo *m_memo;
    ApimVersion m_version;
    QString m_name;
    QList<VersionProblem> m_problems;
};

} // namespace

QList<VersionProblem> versionProblems(const Design &design)
{
    return Fit(design).run();
}

namespace review {

// Attached to the node's file when it came from one, so that lint points at it.
void checkVersion(Context &c)
{
    for (const VersionProblem &p : versionProblems(c.design)) {
        if (const NodeConfig *nc = p.node ? c.configOf(p.node->id) : nullptr) {
            if (!(p.fromLinks && nc->file))
                c.add(rule::VersionTopology, nc, 0, p.message, p.hint);
        } else
            c.add(ruleFinding(rule::VersionTopology, p.node, p.message, p.hint));
    }
}

} // namespace review

void versionFindings(const Design &design, FindingMemo &memo)
{
    Fit(design, &memo).run();
}

} // namespace apim
