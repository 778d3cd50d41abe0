// The per-node work of the checks (validation.h, review.h), kept between checks of one
// design as it is edited (designcheckcache.h). Each check is a sequence of loops over the
// nodes in design order (segments) and of set-wide parts. A loop runs only on the nodes
// whose inputs changed since the last check and keeps, for every other node, the findings
// that node raised last time; the set-wide parts run every time on facts each node left
// (tallies). The findings are then put together in the order a full run gives.
//
// What a node's run depends on is recorded as it runs: the nodes it read (TopologyReadLog and
// the review context's indexes), the nodes whose generated file it read, the hosts its URLs
// name. A node runs again when one of them changed, when its own data, links or generated
// file changed, and every node does when the design-wide facts (the signature) or the node
// order change. A one-shot memo (all nodes fresh, nothing recorded) is what a single check
// uses, so that both paths run the same code.
#pragma once

#include "design.h"
#include "finding.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <array>
#include <optional>

namespace apim {

// The loops over nodes whose findings are kept, one per loop of the checks.
enum class Segment : quint8 {
    ValidateNodes,
    ValidateHosts,
    VersionNodes,
    VersionThrottling,
    ReviewFiles,
    ReviewHosts,
    ReviewNodes,
    ReviewWiring,
    ReviewSecurity,
    ReviewLabels,
    ReviewHardeningValues,
    ReviewHardening,
    ReviewRoleFacts,
    ReviewRoles,
    ReviewPorts,
    Count
};

// Counts of what the nodes contribute to a set-wide fact (the nodes some URL reaches, ...),
// kept up to date as nodes run again; `flipped` holds the keys whose presence changed
// since the last check.
template <typename K> class Tally
{
public:
    void set(NodeId node, const QList<K> &items)
    {
        // Counted before the old ones are taken off: a key in both never drops to 0.
        for (const K &k : items) {
            if (m_counts[k]++ == 0)
                flip(k);
        }
        remove(node);
        if (!items.isEmpty())
            m_of.insert(node, items);
    }
    void remove(NodeId node)
    {
        const auto it = m_of.constFind(node);
        if (it == m_of.constEnd())
            return;
        for (const K &k : *it) {
            if (--m_counts[k] == 0) {
                m_counts.remove(k);
                flip(k);
            }
        }
        m_of.erase(it);
    }
    bool has(const K &k) const { return m_counts.contains(k); }
    int count(const K &k) const { return m_counts.value(k); }
    qsizetype size() const { return m_counts.size(); }
    // The keys at least `min` nodes contribute.
    QSet<K> keysCounted(int min) const
    {
        QSet<K> out;
        for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
            if (it.value() >= min)
                out.insert(it.key());
        }
        return out;
    }
    const QSet<K> &flipped() const { return m_flipped; }
    void clearFlipped() { m_flipped.clear(); }

private:
    void flip(const K &k)
    {
        if (!m_flipped.remove(k))
            m_flipped.insert(k);
    }
    QHash<K, int> m_counts;
    QHash<NodeId, QList<K>> m_of;
    QSet<K> m_flipped;
};

class FindingMemo
{
public:
    // A finding whose presence depends on the nodes before it in design order: emitted when
    // `key` is free (and then claimed) or, with `ifClaimed`, only when an earlier node claimed it.
    struct Claim
    {
        qsizetype at = 0; // emitted before the bucket's finding of this index
        QString key;
        bool ifClaimed = false;
        Finding finding;
    };

    explicit FindingMemo(bool kept = true) : m_kept(kept) {}
    FindingMemo(const FindingMemo &) = delete;
    FindingMemo &operator=(const FindingMemo &) = delete;

    // Starts a check of `design`. `changed`: the nodes whose data or links differ from the
    // last check's design; `all`: anything may have changed (the first check, the settings, the
    // node order); `regenerated`: the nodes whose deployment.toml was generated again;
    // `signature`: the design-wide facts any per-node rule reads.
    void begin(const Design &design, const QSet<NodeId> &changed, bool all, const QSet<NodeId> &regenerated,
               const QByteArray &signature);
    // Ends the check: records what each node that ran read.
    void end();

    // The findings written from now on, until take(), are one output (validation, the review).
    void beginOutput() { m_blocks.clear(); }
    Findings take();

    // A loop: the indexes (into the design's nodes) of the nodes it runs on, in order. All of
    // them when the loop did not run in the last check or its `signature` changed; else the
    // fresh nodes and `extra`.
    QList<qsizetype> startSegment(Segment s, const QByteArray &signature = {},
                                  const QSet<NodeId> &extra = {});
    // Runs `f` on each node of one loop that must run, in design order, in its Scope.
    template <typename F>
    void forNodes(const Topology &t, Segment s, F f, const QByteArray &signature = {},
                  const QSet<NodeId> &extra = {});
    // While a node runs in a loop: its findings go to its bucket, its reads to its record.
    class Scope
    {
    public:
        // `at`: the node's position in the design, whose entry FindingMemo::begin() looked up.
        Scope(FindingMemo &memo, Segment s, NodeId node, qsizetype at);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        FindingMemo &m_memo;
        NodeId m_node;
        std::optional<TopologyReadLog> m_log;
    };
    // Where findings go now: the running node's bucket, else the set-wide part.
    Findings &sink();
    void claim(const QString &key, bool ifClaimed, const Finding &f);
    // What the running node read besides topology queries.
    void noteRead(NodeId id);
    void noteConfig(NodeId id);
    void noteHost(const QString &host);

    // The nodes' facts for the set-wide parts.
    Tally<NodeId> reached;      // nodes some URL names by a real host (localhost-hostname)
    Tally<int> realHosts;       // 0 when some URL names a real host
    Tally<NodeId> referenced;   // nodes some endpoint reaches (endpoint-unreferenced)
    Tally<int> placeholders;    // EndpointTarget of endpoints whose host is a placeholder
    Tally<QString> labels;      // gateway labels served (environment-unserved)
    Tally<NodeId> wholeProduct; // nodes that run every component (default-role-gateway)
    Tally<QString> names;       // lower-case node names (node-name)
    Tally<QString> machineKeys; // hosts and IPs nodes are on (port-conflict)
    // Per node: its primary keystore (file, alias), its machine keys and listening ports.
    QHash<NodeId, QPair<QString, QString>> keystores;
    QHash<NodeId, QPair<QStringList, QList<int>>> machines;

    bool kept() const { return m_kept; }
    // How many checks began: a signature that must differ from the last one's can use it.
    int checks() const { return m_checks; }
    // How many node runs the last check made: lets tests and benchmarks see the memo is used.
    int ran() const { return m_ran; }

private:
    struct Bucket
    {
        Findings findings;
        QList<Claim> claims;
    };
    struct Entry
    {
        std::array<Bucket, size_t(Segment::Count)> buckets;
        QSet<NodeId> reads, configReads;
        QSet<QString> hosts;
        bool global = false;   // scanned the whole design
        bool fallback = false; // named a host no node carries: HostIndex guesses by all names
        bool wide = false;     // in m_wideReaders rather than m_readers
    };
    struct Block
    {
        int segment = -1; // -1: set-wide findings
        Findings findings;
    };
    void forget(NodeId id, Entry &e);
    void remember(NodeId id, Entry &e);

    bool m_kept;
    bool m_everything = true; // this check runs every node
    const Design *m_design = nullptr;
    Design m_base;            // the last check's design (it shares the data of the one checked)
    QList<Entry *> m_order;   // each node's entry, in design order
    QList<qsizetype> m_fresh; // indexes of the fresh nodes, in order
    QSet<NodeId> m_freshIds;
    QHash<NodeId, Entry> m_entries;
    QByteArray m_signature;
    std::array<bool, size_t(Segment::Count)> m_ranLast{};
    std::array<bool, size_t(Segment::Count)> m_ranNow{};
    std::array<QByteArray, size_t(Segment::Count)> m_segmentSignature;
    // Who read what: the nodes to run again when a node, a generated file or a host changes.
    // A run that read many nodes (a control plane's, all gateways behind a balancer) is kept
    // out of the node index and looked at on each check: indexing it would cost more.
    QHash<NodeId, QSet<NodeId>> m_readers, m_configReaders;
    QSet<NodeId> m_wideReaders, m_globalReaders, m_fallbackReaders;
    QHash<QString, QSet<NodeId>> m_hostReaders;
    Tally<QString> m_hostKeys; // the hosts HostIndex knows each node by
    QSet<NodeId> m_touched;    // the nodes that ran this check
    // Per loop, the nodes whose bucket holds anything: most loops raise little, so put()
    // walks only those rather than every node.
    std::array<QSet<NodeId>, size_t(Segment::Count)> m_filled;
    QList<Block> m_blocks;
    Entry *m_current = nullptr;
    Segment m_currentSegment = Segment::Count;
    int m_ran = 0;
    int m_checks = 0;
};

template <typename F>
void FindingMemo::forNodes(const Topology &t, Segment s, F f, const QByteArray &signature,
                           const QSet<NodeId> &extra)
{
    const QList<Node> &all = t.nodes();
    for (qsizetype i : startSegment(s, signature, extra)) {
        Scope scope(*this, s, all[i].id, i);
        f(all[i]);
    }
}

} // namespace apim
