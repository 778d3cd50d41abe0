#include "findingmemo.h"
#include "endpoints.h"

#include <algorithm>
#include <numeric>

namespace apim {

namespace {

// The hosts endpoints::HostIndex files a node under: what a URL naming the node names.
QList<QString> hostKeys(const Node *n)
{
    QList<QString> out;
    if (!n)
        return out;
    QStringList keys{n->name(), n->hostname(), n->ip()};
    if (SchemaRegistry::instance().traits(n->kind).balancer)
        keys.append(n->text(Field::PublicHostname));
    for (const QString &k : std::as_const(keys)) {
        const QString host = k.trimmed().toLower();
        if (!host.isEmpty() && !endpoints::isLoopback(host) && !out.contains(host))
            out.append(host);
    }
    return out;
}

template <typename K> void unite(QSet<NodeId> &into, const QHash<K, QSet<NodeId>> &readers, const K &key)
{
    if (const auto it = readers.constFind(key); it != readers.constEnd())
        into.unite(*it);
}

template <typename K> void drop(QHash<K, QSet<NodeId>> &readers, const K &key, NodeId reader)
{
    if (const auto it = readers.find(key); it != readers.end()) {
        it->remove(reader);
        if (it->isEmpty())
            readers.erase(it);
    }
}

} // namespace

void FindingMemo::begin(const Design &design, const QSet<NodeId> &changed, bool all,
                        const QSet<NodeId> &regenerated, const QByteArray &signature)
{
    m_design = &design;
    m_ran = 0;
    ++m_checks;
    m_ranNow.fill(false);
    m_touched.clear();
    const Topology &t = design.topology;
    const QList<Node> &nodes = t.nodes();
    m_everything = all || !m_kept || signature != m_signature;
    m_signature = signature;
    m_fresh.clear();
    m_freshIds.clear();
    bool reorder = true; // entries come and go, so m_order's pointers are stale
    if (m_everything) {
        for (QSet<NodeId> &filled : m_filled)
            filled.clear();
        m_entries.clear();
        m_readers.clear();
        m_configReaders.clear();
        m_hostReaders.clear();
        m_wideReaders.clear();
        m_globalReaders.clear();
        m_fallbackReaders.clear();
        reached = {};
        wholeProduct = {};
        realHosts = {};
        referenced = {};
        placeholders = {};
        labels = {};
        names = {};
        machineKeys = {};
        m_hostKeys = {};
        keystores.clear();
        machines.clear();
        m_entries.reserve(nodes.size());
        m_fresh.reserve(nodes.size());
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            m_entries[nodes[i].id];
            m_fresh.append(i);
            m_freshIds.insert(nodes[i].id);
            if (m_kept)
                m_hostKeys.set(nodes[i].id, hostKeys(&nodes[i]));
        }
    } else {
        QSet<NodeId> fresh = changed;
        bool keysChanged = false;
        reorder = m_order.size() != nodes.size();
        for (NodeId id : changed) {
            const Node *before = m_base.topology.node(id);
            const Node *now = t.node(id);
            const QList<QString> was = hostKeys(before), is = hostKeys(now);
            keysChanged = keysChanged || !before || !now || before->kind != now->kind || was != is;
            for (const QString &k : was + is)
                unite(fresh, m_hostReaders, k);
            m_hostKeys.set(id, is);
        }
        fresh.unite(m_globalReaders);
        if (keysChanged)
            fresh.unite(m_fallbackReaders);
        for (NodeId id : changed)
            unite(fresh, m_readers, id);
        for (NodeId id : std::as_const(m_wideReaders)) {
            const QSet<NodeId> &reads = m_entries.constFind(id)->reads;
            for (NodeId c : changed) {
                if (reads.contains(c)) {
                    fresh.insert(id);
                    break;
                }
            }
        }
        for (NodeId id : regenerated) {
            fresh.insert(id);
            unite(fresh, m_configReaders, id);
        }
        for (NodeId id : std::as_const(fresh)) {
            const auto it = m_entries.find(id);
            if (it != m_entries.end())
                forget(id, *it);
            if (!t.node(id)) {
                if (it != m_entries.end()) {
                    m_entries.erase(it);
                    reorder = true;
                }
                for (QSet<NodeId> &filled : m_filled)
                    filled.remove(id);
                for (Tally<NodeId> *tally : {&reached, &referenced, &wholeProduct})
                    tally->remove(id);
                for (Tally<int> *tally : {&realHosts, &placeholders})
                    tally->remove(id);
                for (Tally<QString> *tally : {&labels, &names, &machineKeys, &m_hostKeys})
                    tally->remove(id);
                keystores.remove(id);
                machines.remove(id);
                continue;
            }
            if (it == m_entries.end())
                reorder = true;
            Entry &e = m_entries[id];
            e.reads.clear();
            e.configReads.clear();
            e.hosts.clear();
            e.global = false;
            e.fallback = false;
            m_fresh.append(t.indexOfNode(id));
            m_freshIds.insert(id);
        }
        std::sort(m_fresh.begin(), m_fresh.end());
    }
    if (!reorder)
        return;
    m_order.clear();
    m_order.reserve(nodes.size());
    for (const Node &n : nodes)
        m_order.append(&m_entries[n.id]);
}

void FindingMemo::end()
{
    if (m_kept) {
        for (NodeId id : std::as_const(m_touched))
            remember(id, m_entries[id]);
    }
    for (Tally<NodeId> *tally : {&reached, &referenced, &wholeProduct})
        tally->clearFlipped();
    for (Tally<int> *tally : {&realHosts, &placeholders})
        tally->clearFlipped();
    for (Tally<QString> *tally : {&labels, &names, &machineKeys, &m_hostKeys})
        tally->clearFlipped();
    m_ranLast = m_ranNow;
    if (m_kept)
        m_base = *m_design;
    m_design = nullptr;
}

void FindingMemo::forget(NodeId id, Entry &e)
{
    if (e.wide)
        m_wideReaders.remove(id);
    else
        for (NodeId r : std::as_const(e.reads))
            drop(m_readers, r, id);
    m_globalReaders.remove(id);
    m_fallbackReaders.remove(id);
    for (NodeId r : std::as_const(e.configReads))
        drop(m_configReaders, r, id);
    for (const QString &h : std::as_const(e.hosts))
        drop(m_hostReaders, h, id);
}

void FindingMemo::remember(NodeId id, Entry &e)
{
    // A node already remembered this check ran again in a later loop: start over.
    forget(id, e);
    e.wide = e.reads.size() > 64;
    if (e.wide)
        m_wideReaders.insert(id);
    else
        for (NodeId r : std::as_const(e.reads))
            m_readers[r].insert(id);
    if (e.global)
        m_globalReaders.insert(id);
    for (NodeId r : std::as_const(e.configReads))
        m_configReaders[r].insert(id);
    e.fallback = false;
    for (const QString &h : std::as_const(e.hosts)) {
        m_hostReaders[h].insert(id);
        e.fallback = e.fallback || !m_hostKeys.has(h);
    }
    if (e.fallback)
        m_fallbackReaders.insert(id);
}

QList<qsizetype> FindingMemo::startSegment(Segment s, const QByteArray &signature, const QSet<NodeId> &extra)
{
    const size_t i = size_t(s);
    const bool all = !m_everything && (!m_ranLast[i] || signature != m_segmentSignature[i]);
    m_ranNow[i] = true;
    m_segmentSignature[i] = signature;
    m_blocks.append(Block{int(s), {}});
    if (all) {
        QList<qsizetype> every(m_order.size());
        std::iota(every.begin(), every.end(), qsizetype(0));
        return every;
    }
    if (extra.isEmpty() || m_everything)
        return m_fresh;
    QList<qsizetype> out = m_fresh;
    for (NodeId id : extra) {
        const qsizetype at = m_design->topology.indexOfNode(id);
        if (at >= 0 && !m_freshIds.contains(id))
            out.append(at);
    }
    std::sort(out.begin(), out.end());
    return out;
}

FindingMemo::Scope::Scope(FindingMemo &memo, Segment s, NodeId node, qsizetype at)
    : m_memo(memo), m_node(node)
{
    Entry &e = *memo.m_order.at(at);
    memo.m_current = &e;
    memo.m_currentSegment = s;
    Bucket &b = e.buckets[size_t(s)];
    b.findings.clear();
    b.claims.clear();
    ++memo.m_ran;
    if (memo.m_kept) {
        memo.m_touched.insert(node);
        e.reads.insert(node);
        m_log.emplace();
    }
}

FindingMemo::Scope::~Scope()
{
    const Bucket &b = m_memo.m_current->buckets[size_t(m_memo.m_currentSegment)];
    QSet<NodeId> &filled = m_memo.m_filled[size_t(m_memo.m_currentSegment)];
    if (b.findings.isEmpty() && b.claims.isEmpty())
        filled.remove(m_node);
    else
        filled.insert(m_node);
    if (m_log) {
        m_memo.m_current->reads.unite(m_log->nodes);
        m_memo.m_current->global = m_memo.m_current->global || m_log->global;
    }
    m_memo.m_current = nullptr;
    m_memo.m_currentSegment = Segment::Count;
}

Findings &FindingMemo::sink()
{
    if (m_current)
        return m_current->buckets[size_t(m_currentSegment)].findings;
    if (m_blocks.isEmpty() || m_blocks.last().segment >= 0)
        m_blocks.append(Block{-1, {}});
    return m_blocks.last().findings;
}

void FindingMemo::claim(const QString &key, bool ifClaimed, const Finding &f)
{
    Q_ASSERT(m_current);
    Bucket &b = m_current->buckets[size_t(m_currentSegment)];
    b.claims.append({b.findings.size(), key, ifClaimed, f});
}

void FindingMemo::noteRead(NodeId id)
{
    if (m_current && m_kept)
        m_current->reads.insert(id);
}

void FindingMemo::noteConfig(NodeId id)
{
    if (m_current && m_kept)
        m_current->configReads.insert(id);
}

void FindingMemo::noteHost(const QString &host)
{
    if (m_current && m_kept)
        m_current->hosts.insert(host);
}

Findings FindingMemo::take()
{
    Findings out;
    for (Block &block : m_blocks) {
        if (block.segment < 0) {
            out += std::move(block.findings);
            continue;
        }
        QSet<QString> claimed;
        const QSet<NodeId> &filled = m_filled[size_t(block.segment)];
        if (filled.isEmpty())
            continue;
        QList<Entry *> entries;
        if (filled.size() * 16 < m_order.size()) {
            QList<qsizetype> at;
            at.reserve(filled.size());
            for (NodeId id : filled)
                at.append(m_design->topology.indexOfNode(id));
            std::sort(at.begin(), at.end());
            for (qsizetype i : std::as_const(at))
                entries.append(m_order.at(i));
        } else {
            entries = m_order;
        }
        for (const Entry *e : std::as_const(entries)) {
            const Bucket &b = e->buckets[size_t(block.segment)];
            if (b.claims.isEmpty()) {
                out += b.findings;
                continue;
            }
            qsizetype next = 0;
            for (const Claim &c : b.claims) {
                for (; next < c.at; ++next)
                    out.append(b.findings.at(next));
                // A name that no other node has is claimed by nobody else: skip the bookkeeping.
                if (c.ifClaimed && names.count(c.key) < 2)
                    continue;
                const bool taken = claimed.contains(c.key);
                if (taken == c.ifClaimed)
                    out.append(c.finding);
                if (!taken)
                    claimed.insert(c.key);
            }
            for (; next < b.findings.size(); ++next)
                out.append(b.findings.at(next));
        }
    }
    m_blocks.clear();
    return out;
}

} // namespace apim
