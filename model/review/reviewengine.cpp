#include "generationcache.h"
#include "generators.h"
#include "partialread.h"
#include "reviewcontext.h"
#include "reviewfinding.h"
#include "tomldiff.h"
#include "tomlkeys.h"

#include <algorithm>

namespace apim {

namespace review {

namespace {

// Compiler order: by file, then line; design-wide findings first.
bool compilerOrder(const Finding &a, const Finding &b)
{
    return a.file != b.file ? a.file < b.file : a.line < b.line;
}

} // namespace

Context::Context(const Design &d, const QList<ImportedFile> *f, GenerationCache *generated,
                 FindingMemo *keptMemo)
    : design(d), topology(d.topology), files(f), hosts(d.topology),
      memo(keptMemo ? *keptMemo : *new FindingMemo(false)), m_oneShot(keptMemo ? nullptr : &memo)
{
    QHash<NodeId, const ImportedFile *> fileOf;
    QSet<NodeId> unread; // kept from the part of a broken file that parses: too little to review
    QList<VersionSource> sources;
    for (const ImportedFile &file : files ? *files : QList<ImportedFile>()) {
        const Node *node = file.node ? topology.node(file.node) : nullptr;
        if ((file.parsed || file.templateBody) && node) {
            fileOf.insert(file.node, &file);
            if (!SchemaRegistry::instance().kind(node->kind).apimNode)
                others.append({node, file.table, &file,
                               file.usesKnown ? file.uses : endpoints::collect(file.table),
                               isTemplateSource(file.path, file.text)});
        } else if (node) {
            unread.insert(file.node);
        }
    }
    for (const Node *lb : topology.nodesWith(&KindTraits::balancer)) {
        const QList<const Node *> m = topology.clusterMembers(lb->id);
        members.insert(lb->id, m);
        for (const Node *member : m) {
            balancerOf.insert(member->id, lb);
            memberships.insert({lb->id, member->id});
        }
    }
    nodes.reserve(topology.nodes().size());
    indexOf.reserve(topology.nodes().size());
    for (const Node &n : topology.nodes()) {
        if (!SchemaRegistry::instance().kind(n.kind).apimNode || unread.contains(n.id))
            continue;
        NodeConfig nc;
        nc.node = &n;
        nc.file = fileOf.value(n.id);
        // An imported node is checked on its file as it is: lines, order, and all.
        nc.config = nc.file     ? nc.file->table
                    : generated ? generated->deploymentToml(design, n)
                                : deploymentToml(design, n);
        if (nc.file && nc.file->usesKnown) {
            nc.uses = nc.file->uses; // the import collected them
        } else if (nc.file || !generated) {
            nc.uses = endpoints::collect(nc.config);
        } else if (std::any &kept = generated->derived(n.id);
                   const auto *uses = std::any_cast<QList<endpoints::Use>>(&kept)) {
            nc.uses = *uses; // the file did not change since the last check
        } else {
            nc.uses = endpoints::collect(nc.config);
            kept = nc.uses;
        }
        nc.templated = nc.file && isTemplateSource(nc.file->path, nc.file->text);
        indexOf.insert(n.id, nodes.size());
        nodes.append(std::move(nc));
        ++kindCount[int(n.kind)];
    }
    for (const NodeConfig &nc : nodes) {
        if (nc.file)
            sources.append({&nc.config, nc.node->kind});
    }
    if (!sources.isEmpty())
        importedVersion = inferApimVersion(sources);
}

bool isAdvertised(const endpoints::Use &u)
{
    if (!u.spec)
        return false;
    const QLatin1String key(u.spec->key);
    return (u.environment && key != QLatin1String(tomlkey::EnvServiceUrl)) ||
           key == QLatin1String(tomlkey::DevportalUrl);
}

QByteArray Context::signature() const
{
    QByteArray out = design.settings.apimVersion.toUtf8();
    out += QByteArray::number(apimCount()) + ' ' + QByteArray::number(others.size()) + ' ' +
           QByteArray::number(legacy());
    QList<int> kinds = kindCount.keys();
    std::sort(kinds.begin(), kinds.end());
    for (int k : kinds)
        out += ' ' + QByteArray::number(k) + '=' + QByteArray::number(kindCount.value(k));
    // Loopback URLs resolve by port among these nodes (endpoints::resolve), read through pointers.
    out += " lo";
    for (const Node *n : hosts.loopbackNodes())
        out += ' ' + QByteArray::number(n->id) + ':' + QByteArray::number(n->offset());
    return out;
}

void Context::noteOwn(const NodeConfig &nc) const
{
    if (!memo.kept())
        return;
    if (const Node *lb = balancerOf.value(nc.node->id))
        memo.noteRead(lb->id);
    // The hosts endpoints::resolve() looks up: a URL's unless a placeholder or loopback, a database's.
    for (const endpoints::Use &u : nc.uses) {
        if (u.url.valid && !endpoints::isPlaceholder(u.url.host) && !endpoints::isLoopback(u.url.host))
            memo.noteHost(u.url.host.toLower());
    }
    for (const endpoints::Database &db : endpoints::databases(nc.config)) {
        if (!endpoints::isPlaceholder(db.host))
            memo.noteHost(db.host.toLower());
    }
}

const NodeConfig *Context::configOf(NodeId id) const
{
    const auto it = indexOf.constFind(id);
    if (it == indexOf.constEnd())
        return nullptr;
    memo.noteRead(id);
    memo.noteConfig(id);
    return &nodes[*it];
}

QList<const Node *> Context::clusterOf(const Node &node) const
{
    const Node *lb = balancerOf.value(node.id);
    memo.noteRead(node.id);
    if (!lb)
        return {&node};
    memo.noteRead(lb->id);
    QList<const Node *> m = members.value(lb->id);
    for (const Node *n : std::as_const(m))
        memo.noteRead(n->id);
    return m;
}

bool Context::inClusterOf(const Node &node, NodeId other) const
{
    const Node *lb = balancerOf.value(node.id);
    memo.noteRead(node.id);
    if (lb)
        memo.noteRead(lb->id);
    return lb ? memberships.contains({lb->id, other}) : node.id == other;
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

void Context::add(QLatin1String rule, const NodeConfig *at, int line, const QString &message,
                  const QString &hint)
{
    Finding f = ruleFinding(rule, at ? at->node : nullptr, message, hint);
    if (at && at->file) {
        f.file = at->file->path;
        f.line = line;
    }
    memo.sink().append(f);
}

void Context::claim(const QString &key, QLatin1String rule, const NodeConfig *at, int line,
                    const QString &message, const QString &hint)
{
    add(rule, at, line, message, hint);
    Findings &sink = memo.sink();
    memo.claim(key, false, sink.takeLast());
}

void Context::add(QLatin1String rule, Severity milder, const NodeConfig *at, int line, const QString &message,
                  const QString &hint)
{
    add(rule, at, line, message, hint);
    Finding &f = memo.sink().last();
    Q_ASSERT_X(milder >= f.severity, "Context::add", "more severe than the rule's registry entry");
    f.severity = milder;
}

Findings Context::takeFindings()
{
    Findings out = memo.take();
    // Without files every finding has the same place: the order is the rules' already.
    if (files)
        std::stable_sort(out.begin(), out.end(), compilerOrder);
    return out;
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

namespace review {

void runRules(Context &c, bool version)
{
    checkFiles(c);
    checkTopology(c);
    checkWiring(c);
    checkSecurity(c);
    checkHardening(c);
    checkRoles(c);
    if (version)
        checkVersion(c);
}

} // namespace review

Findings reviewDesign(const Design &design, const QList<ImportedFile> *files, GenerationCache *generated)
{
    review::Context c(design, files, generated);
    c.memo.begin(design, {}, true, {}, {});
    c.memo.beginOutput();
    review::runRules(c, true);
    Findings out = c.takeFindings();
    c.memo.end();
    return out;
}

Findings reviewImport(const Design &design, const QList<ImportedFile> &files, const Findings &imported)
{
    Findings findings = reviewDesign(design, &files);
    for (const Finding &f : imported) {
        if (f.rule != rule::ManagedValueKept && !reviewRule(f.rule))
            findings.append(f);
    }
    std::stable_sort(findings.begin(), findings.end(), review::compilerOrder);
    return findings;
}

} // namespace apim
