// Internal to the review: what every rule reads, built once per run.
#pragma once

#include "endpoints.h"
#include "findingmemo.h"
#include "review.h"
#include "reviewfinding.h"
#include "versioninference.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

namespace apim::review {

struct ReviewTr
{
    Q_DECLARE_TR_FUNCTIONS(Review)
};

// One API-M node and the deployment.toml it is checked on.
struct NodeConfig
{
    const Node *node = nullptr;
    TomlTable config;
    const ImportedFile *file = nullptr; // the original, when the node was imported from it
    QList<endpoints::Use> uses;         // its URLs, collected once
    bool templated = false;             // the file is a template source (isTemplateSource), decided once
};

class Context
{
public:
    // `memo`: where the per-node findings are kept (findingmemo.h); a one-shot one without.
    Context(const Design &design, const QList<ImportedFile> *files, GenerationCache *generated = nullptr,
            FindingMemo *memo = nullptr);
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    const Design &design;
    const Topology &topology;
    const QList<ImportedFile> *files;
    QList<NodeConfig> nodes; // API-M nodes, in design order
    // Imported files of nodes that run no API-M (an Identity Server as key manager): only the
    // rules on a file's own hygiene (credentials, databases, placeholders) read them.
    QList<NodeConfig> others;
    // The version the imported files show (versioninference.h); nothing found without files.
    VersionVerdict importedVersion;
    // An imported 3.x set: 4.x facts (the key catalogue, the event hub) do not apply.
    bool legacy() const { return importedVersion.legacy; }
    QHash<NodeId, qsizetype> indexOf;
    endpoints::HostIndex hosts;
    QHash<int, int> kindCount; // NodeKind -> API-M nodes of that kind

    // Load balancers and their members, indexed once: asking the topology costs a
    // node's degree, and a control plane behind 1,000 gateways has a large one.
    QHash<NodeId, const Node *> balancerOf;     // member -> its load balancer
    QHash<NodeId, QList<const Node *>> members; // load balancer -> members, in node order
    QSet<QPair<NodeId, NodeId>> memberships;    // (load balancer, member)

    FindingMemo &memo;
    // The design-wide facts the per-node rules read beyond what they record reading
    // (FindingMemo::begin): how many nodes of each kind, the loopback nodes.
    QByteArray signature() const;
    // Runs `f` on the API-M nodes of one loop that must run (all of them in a one-shot memo),
    // in design order, each in its FindingMemo::Scope.
    template <typename F>
    void forNodes(Segment s, F f, const QByteArray &signature = {}, const QSet<NodeId> &extra = {})
    {
        memo.forNodes(
            topology, s,
            [&](const Node &n) {
                if (const NodeConfig *nc = configOf(n.id)) { // a node of another kind keeps nothing
                    noteOwn(*nc);
                    f(*nc);
                }
            },
            signature, extra);
    }
    // The same over every node of the design, API-M or not.
    template <typename F> void forAllNodes(Segment s, F f, const QByteArray &signature = {})
    {
        memo.forNodes(topology, s, f, signature);
    }

    // The node's config (noted as read by the running node).
    const NodeConfig *configOf(NodeId id) const;
    // The node's cluster (the members of its load balancer), or the node alone.
    QList<const Node *> clusterOf(const Node &node) const;
    // clusterOf(node).contains(other), without walking a cluster of 1,000 gateways.
    bool inClusterOf(const Node &node, NodeId other) const;
    // The members of the clusters `node` links to, of one kind.
    QList<const Node *> linkedClusters(const Node &node, NodeKind kind) const;
    int apimCount() const { return int(nodes.size()); }

    // A finding of a registered rule about a node, with the rule's severity; `line`
    // is dropped unless the config came from a file.
    void add(QLatin1String rule, const NodeConfig *at, int line, const QString &message, const QString &hint);
    // The same with a milder severity than the rule's (throttle-endpoints warns of a missing node).
    void add(QLatin1String rule, Severity milder, const NodeConfig *at, int line, const QString &message,
             const QString &hint);
    void add(const Finding &finding) { memo.sink().append(finding); }
    // The same finding raised once per `key` in a loop over nodes: by the first node that has it.
    void claim(const QString &key, QLatin1String rule, const NodeConfig *at, int line, const QString &message,
               const QString &hint);
    // A quick fix (reviewfix.h) for the finding added last.
    void addFix(const FindingFix &fix) { memo.sink().last().fixes.append(fix); }
    Findings takeFindings();

private:
    void noteOwn(const NodeConfig &nc) const;
    std::unique_ptr<FindingMemo> m_oneShot;
};

// Every rule group below, in order; `version`: checkVersion too (checkDesign() leaves it out:
// validateDesign() raises the same findings, and the review's copies would be dropped).
void runRules(Context &c, bool version);

// Rule groups, one file each (reviewrules_*.cpp); each raises registered rules only.
void checkFiles(Context &c);
void checkTopology(Context &c);
void checkSecurity(Context &c);
void checkVersion(Context &c);   // versionfit.cpp
void checkWiring(Context &c);    // reviewrules_wiring.cpp
void checkHardening(Context &c); // reviewrules_hardening.cpp
void checkRoles(Context &c);     // reviewrules_role.cpp

// A key only API-M 3.x reads (legacy-key reports it in a 4.x set, so unknown-key leaves it out);
// `path` as the key catalogue walks it, "[]" marking arrays of tables.
bool isLegacyOnlyKey(const QStringList &path);

// A URL shown to API consumers (a gateway environment's own endpoints, the devportal URL):
// it names a public address, which the set need not describe.
bool isAdvertised(const endpoints::Use &u);

// The string at a path, or `fallback`.
QString stringAt(const TomlTable &t, const QStringList &path, const QString &fallback = QString());
int lineAt(const TomlTable &t, const QStringList &path);

} // namespace apim::review
