#include "validation.h"
#include "findingmemo.h"
#include "generationcache.h"
#include "generatorutil.h"
#include "hostname.h"
#include "names.h"
#include "review.h"
#include "reviewcontext.h"
#include "reviewfinding.h"
#include "reviewfix.h"
#include "secretsource.h"
#include "tomlreader.h"
#include "versionfit.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace apim {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QCoreApplication::translate("Findings", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("Findings", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("Findings", "Info");
    }
    return {};
}

FindingCounts countFindings(const Findings &findings)
{
    FindingCounts c;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++c.errors;
            break;
        case Severity::Warning:
            ++c.warnings;
            break;
        case Severity::Info:
            ++c.infos;
            break;
        }
    }
    return c;
}

namespace {

struct ValidationTr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// Its findings go to a FindingMemo: the per-node checks in its loops, kept between checks.
class Checker
{
public:
    Checker(const Design &d, FindingMemo &memo)
        : m_design(d), m_topology(d.topology), m_version(ApimVersion::parse(d.settings.apimVersion)),
          m_memo(memo)
    {}

    void run()
    {
        checkSettings();
        m_memo.forNodes(m_topology, Segment::ValidateNodes, [&](const Node &n) {
            checkName(n);
            checkNode(n);
            const bool serves = SchemaRegistry::instance().traits(n.kind).servesEnvironments;
            m_memo.labels.set(n.id, serves ? n.value(Field::Labels).toStringList() : QStringList());
        });
        checkEnvironments();
        m_memo.forNodes(m_topology, Segment::ValidateHosts, [&](const Node &n) { checkHosts(n); });
        checkSecretVariables();
        versionFindings(m_design, m_memo);
    }

private:
    void add(const QString &rule, Severity s, const Node *n, const QString &message, const QString &hint = {})
    {
        m_memo.sink().append(review::newFinding(rule, s, n, message, hint));
    }
    Finding &last() { return m_memo.sink().last(); }

    void checkSettings()
    {
        const DesignSettings &s = m_design.settings;
        bool ok = false;
        ApimVersion::parse(s.apimVersion, &ok);
        if (!ok)
            add(QStringLiteral("apim-version"), Severity::Error, nullptr,
                ValidationTr::tr("API-M version '%1' is not one the designer knows (4.0 to 4.7).")
                    .arg(s.apimVersion));
        if (s.adminUsername.isEmpty())
            add(QStringLiteral("admin-credentials"), Severity::Error, nullptr,
                ValidationTr::tr("The super admin user name is empty."));
        if (s.environments.isEmpty())
            add(QStringLiteral("no-environment"), Severity::Error, nullptr,
                ValidationTr::tr("The design has no gateway environment."),
                ValidationTr::tr("Add one under the design settings."));
    }

    void checkName(const Node &n)
    {
        QString reason;
        if (!isValidNodeName(n.name(), &reason))
            add(QStringLiteral("node-name"), Severity::Error, &n,
                ValidationTr::tr("Invalid node name '%1': %2").arg(n.name(), reason));
        // Raised on every node but the first of that name (FindingMemo::take()).
        const QString key = n.name().toLower();
        m_memo.names.set(n.id, {key});
        m_memo.claim(key, true,
                     review::newFinding(QStringLiteral("node-name"), Severity::Error, &n,
                                        ValidationTr::tr("Node name '%1' is used twice.").arg(n.name()),
                                        ValidationTr::tr("Rename one of them.")));
    }

    void checkNode(const Node &n)
    {
        const KindSpec &spec = SchemaRegistry::instance().kind(n.kind);
        if (n.hostname().trimmed().isEmpty())
            add(QStringLiteral("missing-hostname"), Severity::Error, &n,
                ValidationTr::tr("%1 has no hostname.").arg(n.name()));
        const KindRelease *release = SchemaRegistry::instance().release(n.kind, m_version);
        if (spec.apimNode && release && release->usesDatabase() && !m_topology.databaseOf(n.id)) {
            add(QStringLiteral("missing-database"), Severity::Error, &n,
                ValidationTr::tr("%1 is linked to no database.").arg(n.name()),
                ValidationTr::tr("Draw a link from the node to a database."));
            addLinkFix(n, &KindTraits::database);
        }
        // Each kind's checks of its own fields (labels, public hostname, passwords).
        switch (n.kind) {
        case NodeKind::Gateway:
            // A control plane or an all-in-one node (pattern 2) publishes to the gateway.
            if (m_topology.targets(n.id, &KindTraits::definesEnvironments).isEmpty()) {
                add(QStringLiteral("gateway-without-control-plane"), Severity::Error, &n,
                    ValidationTr::tr("Gateway %1 is linked to no control plane.").arg(n.name()),
                    ValidationTr::tr("Draw a link from the gateway to a control plane."));
                addLinkFix(n, &KindTraits::definesEnvironments);
            }
            for (const QString &label : n.value(Field::Labels).toStringList()) {
                if (!m_design.settings.environment(label)) {
                    add(rule::GatewayLabelUnmatched, Severity::Error, &n,
                        ValidationTr::tr(
                            "Gateway %1 serves the label '%2', but no gateway environment has that name.")
                            .arg(n.name(), label),
                        ValidationTr::tr("Add the environment in the design settings or fix the label."));
                    last().fixes = labelFixes(n, label);
                }
            }
            if (n.value(Field::Labels).toStringList().isEmpty())
                add(QStringLiteral("gateway-without-label"), Severity::Error, &n,
                    ValidationTr::tr("Gateway %1 serves no environment label.").arg(n.name()));
            break;
        case NodeKind::LoadBalancer:
            if (n.text(Field::PublicHostname).trimmed().isEmpty())
                add(QStringLiteral("missing-hostname"), Severity::Error, &n,
                    ValidationTr::tr("Load balancer %1 has no public hostname.").arg(n.name()));
            if (const QList<const Node *> members = m_topology.clusterMembers(n.id);
                !members.isEmpty() && genutil::carriesApiTraffic(members.first()->kind) &&
                genutil::balancerManagementHost(n).isEmpty())
                add(QStringLiteral("balancer-management-host"), Severity::Warning, &n,
                    ValidationTr::tr("Load balancer %1 has no hostname other than its public one, so it "
                                     "does not route the members' admin services (/services/); the control "
                                     "planes call a member directly.")
                        .arg(n.name()),
                    ValidationTr::tr(
                        "Give the load balancer a hostname of its own, kept off the public DNS."));
            if (m_topology.clusterMembers(n.id).isEmpty())
                add(QStringLiteral("empty-balancer"), Severity::Warning, &n,
                    ValidationTr::tr("Load balancer %1 fronts no node.").arg(n.name()),
                    ValidationTr::tr("Draw links from the load balancer to the nodes of its cluster."));
            break;
        case NodeKind::Database:
            if (n.text(Field::ApimDbPassword).isEmpty() || n.text(Field::SharedDbPassword).isEmpty())
                add(QStringLiteral("empty-db-password"), Severity::Warning, &n,
                    ValidationTr::tr("Database %1 has an empty password.").arg(n.name()));
            if (!usedByAnyNode(n))
                add(QStringLiteral("unused-database"), Severity::Warning, &n,
                    ValidationTr::tr("No API-M node uses database %1.").arg(n.name()));
            break;
        default:
            break;
        }
        // Without an address the hosts files cannot name the node and MySQL grants fall back
        // to its host name, which the server sees only with name resolution on.
        if (n.values.contains(Field::Ip) && n.ip().trimmed().isEmpty() && !n.hostname().trimmed().isEmpty())
            add(QStringLiteral("missing-ip"), Severity::Warning, &n,
                ValidationTr::tr("%1 has no IP address: the hosts files leave out %2, and database "
                                 "accounts for it name only that host name.")
                    .arg(n.name(), n.hostname().trimmed()),
                ValidationTr::tr("Enter the node's IP address, or make sure DNS resolves %1 on every "
                                 "machine, the database server's included.")
                    .arg(n.hostname().trimmed()));
        if (!n.extraToml.text().trimmed().isEmpty()) {
            TomlTable t;
            TomlError e;
            if (!readToml(n.extraToml.text().toUtf8(), n.name(), &t, &e)) {
                Finding f = review::ruleFinding(
                    rule::TomlSyntax, &n,
                    ValidationTr::tr("The kept TOML of %1 does not parse: %2").arg(n.name(), e.message));
                f.line = e.line;
                f.column = e.column;
                m_memo.sink().append(f);
            }
        }
    }

    // The link the finding just added asks for, when the design has one node it can go to,
    // fronted by no balancer (which member, or the balancer, would be a choice).
    void addLinkFix(const Node &from, Topology::KindTrait trait)
    {
        const QList<const Node *> candidates = m_topology.nodesWith(trait);
        if (candidates.size() != 1 || m_topology.balancerOf(candidates.first()->id) ||
            !m_topology.canConnect(from.id, candidates.first()->id))
            return;
        FixStep step;
        step.kind = FixStep::Kind::AddLink;
        step.node = from.id;
        step.other = candidates.first()->id;
        last().fixes.append(
            {ValidationTr::tr("Link %1 to %2").arg(from.name(), candidates.first()->name()), {step}});
    }

    // Add the environment; serve one the design has instead (at most three); drop the label
    // when the gateway serves others.
    QList<FindingFix> labelFixes(const Node &gw, const QString &label) const
    {
        const QStringList labels = gw.value(Field::Labels).toStringList();
        auto setLabels = [&](const QString &title, QStringList to) {
            to.removeDuplicates();
            FixStep step;
            step.kind = FixStep::Kind::SetNodeValue;
            step.node = gw.id;
            step.key = Field::Labels;
            step.value = to;
            return FindingFix{title, {step}};
        };
        FixStep add;
        add.kind = FixStep::Kind::SetSetting;
        add.key = FixEnvironmentsKey;
        add.value = QStringList{label};
        QList<FindingFix> fixes{{ValidationTr::tr("Add the gateway environment \"%1\"").arg(label), {add}}};
        int offered = 0;
        for (const GatewayEnvironment &env : m_design.settings.environments) {
            if (offered++ == 3)
                break;
            QStringList to = labels;
            to.replace(to.indexOf(label), env.name);
            fixes.append(setLabels(ValidationTr::tr("Serve \"%1\" instead").arg(env.name), to));
        }
        if (labels.size() > 1) {
            QStringList to = labels;
            to.removeAll(label);
            fixes.append(setLabels(ValidationTr::tr("Drop the label \"%1\"").arg(label), to));
        }
        return fixes;
    }

    // Whether a node that uses apim_db or shared_db in the design's version links to the database.
    bool usedByAnyNode(const Node &db) const
    {
        for (const Link *l : m_topology.linksOf(db.id)) {
            const Node *from = l->to == db.id ? m_topology.node(l->from) : nullptr;
            const KindRelease *r = from ? SchemaRegistry::instance().release(from->kind, m_version) : nullptr;
            if (r && r->usesDatabase())
                return true;
        }
        return false;
    }

    void checkEnvironments()
    {
        // The labels served are counted over the gateways as they run (FindingMemo::labels).
        const bool anyGateway = std::ranges::any_of(m_topology.nodes(), [](const Node &n) {
            return SchemaRegistry::instance().traits(n.kind).servesEnvironments;
        });
        for (const GatewayEnvironment &env : m_design.settings.environments) {
            if (!m_memo.labels.has(env.name) && anyGateway)
                add(QStringLiteral("environment-unserved"), Severity::Warning, nullptr,
                    ValidationTr::tr("No gateway serves the environment '%1'.").arg(env.name),
                    ValidationTr::tr("Add the label to a gateway, or remove the environment."));
        }
    }

    // Every generated file writes these fields where a host belongs: anything
    // else would become code there (a '$' in NGINX, a ';' in SQL grants).
    void checkHosts(const Node &n)
    {
        for (const HostProblem &p : hostProblems(n)) {
            const QString what = p.field == Field::PublicHostname ? ValidationTr::tr("public hostname")
                                 : p.field == Field::Ip           ? ValidationTr::tr("IP address")
                                                                  : ValidationTr::tr("hostname");
            add(QStringLiteral("invalid-hostname"), Severity::Error, p.node,
                ValidationTr::tr("The %1 of %2 is not valid: %3").arg(what, p.node->name(), p.reason),
                ValidationTr::tr("Use a host name (letters, digits, '-', '.'), an IPv4 or an IPv6 address."));
        }
    }

    // Two database nodes whose names differ only in punctuation ("db-1", "db_1")
    // would read their passwords from the same environment variable.
    void checkSecretVariables()
    {
        for (const SecretClash &c : secretVariableClashes(m_design))
            add(QStringLiteral("secret-variable-clash"), Severity::Error, c.node,
                ValidationTr::tr("Databases %1 and %2 would both read their passwords from %3; %2 uses %4 "
                                 "instead.")
                    .arg(c.first, c.node->name(), c.wanted, c.given),
                ValidationTr::tr("Rename one of them so that the names differ in more than punctuation."));
    }

    const Design &m_design;
    const Topology &m_topology;
    const ApimVersion m_version;
    FindingMemo &m_memo;
};

} // namespace

Findings validateDesign(const Design &design)
{
    FindingMemo memo(false);
    memo.begin(design, {}, true, {}, {});
    memo.beginOutput();
    Checker(design, memo).run();
    Findings out = memo.take();
    memo.end();
    return out;
}

Findings checkDesign(const Design &design, GenerationCache *generated, FindingMemo *kept)
{
    // The review's context first: it generates the files, and the memo needs to know which changed.
    review::Context c(design, nullptr, generated, kept);
    const bool everything = !kept || !generated || generated->wasReset();
    c.memo.begin(design, everything ? QSet<NodeId>() : generated->changed(), everything,
                 generated ? generated->regenerated() : QSet<NodeId>(), c.signature());
    c.memo.beginOutput();
    Checker(design, c.memo).run();
    Findings all = c.memo.take();
    c.memo.beginOutput();
    review::runRules(c, false);
    const Findings reviewed = c.takeFindings();
    c.memo.end();
    QSet<QPair<QString, NodeId>> seen;
    for (const Finding &f : std::as_const(all))
        seen.insert({f.rule, f.node});
    for (const Finding &f : reviewed) {
        // Both sides know some rules (gateway labels); keep the model's wording once.
        if (!seen.contains({f.rule, f.node}))
            all.append(f);
    }
    return all;
}

} // namespace apim
