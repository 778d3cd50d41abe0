#include "generators.h"
#include "reviewcontext.h"
#include "tomldiff.h"

#include <algorithm>

namespace apim {

namespace review {

Context::Context(const Design &d, const QList<ImportedFile> *f)
    : design(d), topology(d.topology), files(f), hosts(d.topology)
{
    QHash<NodeId, const ImportedFile *> fileOf;
    for (const ImportedFile &file : files ? *files : QList<ImportedFile>()) {
        if (file.parsed && file.node)
            fileOf.insert(file.node, &file);
    }
    for (const Node *lb : topology.nodesWith(&KindTraits::balancer)) {
        const QList<const Node *> m = topology.clusterMembers(lb->id);
        members.insert(lb->id, m);
        for (const Node *member : m)
            balancerOf.insert(member->id, lb);
    }
    nodes.reserve(topology.nodes().size());
    for (const Node &n : topology.nodes()) {
        if (!SchemaRegistry::instance().kind(n.kind).apimNode)
            continue;
        NodeConfig nc;
        nc.node = &n;
        nc.file = fileOf.value(n.id);
        // An imported node is checked on its file as it is: lines, order, and all.
        nc.config = nc.file ? nc.file->table : deploymentToml(design, n);
        nc.uses = endpoints::collect(nc.config);
        indexOf.insert(n.id, nodes.size());
        nodes.append(std::move(nc));
        ++kindCount[int(n.kind)];
    }
}

const NodeConfig *Context::configOf(NodeId id) const
{
    const auto it = indexOf.constFind(id);
    return it == indexOf.constEnd() ? nullptr : &nodes[*it];
}

QList<const Node *> Context::clusterOf(const Node &node) const
{
    const Node *lb = balancerOf.value(node.id);
    return lb ? members.value(lb->id) : QList<const Node *>{&node};
}

QList<const Node *> Context::linkedClusters(const Node &node, NodeKind kind) const
{
    QList<const Node *> out;
    for (const Node *target : topology.targets(node.id, kind)) {
        for (const Node *member : clusterOf(*target)) {
            if (member->kind == kind && !out.contains(member))
                out.append(member);
        }
    }
    return out;
}

void Context::add(const QString &rule, Severity severity, const NodeConfig *at, int line,
                  const QString &message, const QString &hint)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    if (at) {
        f.node = at->node->id;
        f.nodeName = at->node->name();
        if (at->file) {
            f.file = at->file->path;
            f.line = line;
        }
    }
    f.message = message;
    f.hint = hint;
    m_findings.append(f);
}

Findings Context::takeFindings()
{
    // Compiler order: by file, then line; design-wide findings first.
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    });
    return std::move(m_findings);
}

QString stringAt(const TomlTable &t, const QStringList &path, const QString &fallback)
{
    const TomlValue *v = t.findPath(path);
    return v && v->isString() ? v->toString() : fallback;
}

int lineAt(const TomlTable &t, const QStringList &path)
{
    const TomlValue *v = t.findPath(path);
    if (!v)
        return 0;
    if (const TomlTable *table = v->table(); table && !v->isArray())
        return table->line;
    return v->line;
}

} // namespace review

Findings reviewDesign(const Design &design, const QList<ImportedFile> *files)
{
    review::Context c(design, files);
    review::checkFiles(c);
    review::checkTopology(c);
    review::checkSecurity(c);
    return c.takeFindings();
}

QList<ReviewRule> reviewRules()
{
    return {
        {QStringLiteral("toml-syntax"), Severity::Error, QT_TRANSLATE_NOOP("Review", "not valid TOML")},
        {QStringLiteral("table-order"), Severity::Error,
         QT_TRANSLATE_NOOP(
             "Review", "a sub-table before its parent table, or [apim] enable_secure_vault after [apim.*]")},
        {QStringLiteral("secrets-not-last"), Severity::Error,
         QT_TRANSLATE_NOOP("Review", "[secrets] is not the last table")},
        {QStringLiteral("secret-undefined"), Severity::Error,
         QT_TRANSLATE_NOOP("Review", "a $secret{x} with no x in [secrets]")},
        {QStringLiteral("gateway-label-unmatched"), Severity::Error,
         QT_TRANSLATE_NOOP("Review", "a gateway label with no gateway environment of that name")},
        {QStringLiteral("unknown-host"), Severity::Warning,
         QT_TRANSLATE_NOOP("Review", "a URL naming a host that is no node or load balancer of the design")},
        {QStringLiteral("throttle-endpoints"), Severity::Error,
         QT_TRANSLATE_NOOP(
             "Review", "throttle endpoints missing a node, naming a load balancer or using a wrong port")},
        {QStringLiteral("event-hub-ha"), Severity::Error,
         QT_TRANSLATE_NOOP(
             "Review", "HA control planes without an event hub, or duplicating events to the wrong nodes")},
        {QStringLiteral("port-conflict"), Severity::Error,
         QT_TRANSLATE_NOOP("Review", "two nodes on one machine listening on the same port")},
        {QStringLiteral("offset-placeholder"), Severity::Error,
         QT_TRANSLATE_NOOP("Review", "a ${...port} placeholder in a URL to a node with another offset")},
        {QStringLiteral("default-credentials"), Severity::Warning,
         QT_TRANSLATE_NOOP("Review", "admin/admin or the shipped wso2carbon keystore passwords")},
        {QStringLiteral("keystore-mismatch"), Severity::Error,
         QT_TRANSLATE_NOOP("Review", "the primary keystore differs between API-M nodes")},
        {QStringLiteral("h2-in-distributed"), Severity::Error,
         QT_TRANSLATE_NOOP("Review", "an H2 apim_db or shared_db in a multi-node design")},
        {QStringLiteral("single-node-role"), Severity::Info,
         QT_TRANSLATE_NOOP("Review", "a role with one node only, so no high availability")},
        {QStringLiteral("proxy-port-missing"), Severity::Warning,
         QT_TRANSLATE_NOOP("Review", "a node behind a load balancer without proxyPort")},
        {QStringLiteral("localhost-hostname"), Severity::Warning,
         QT_TRANSLATE_NOOP("Review", "[server] hostname is localhost in a multi-node design")},
        {QStringLiteral("unknown-key"), Severity::Warning,
         QT_TRANSLATE_NOOP("Review", "a key API-M does not know")},
    };
}

} // namespace apim
