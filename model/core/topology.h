// The nodes and links of a design, in a stable order, addressed by id.
#pragma once

#include "schemaregistry.h"
#include "tomlpins.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <mutex>

namespace apim {

using NodeId = quint32;
using LinkId = quint32;

struct Node
{
    NodeId id = 0;
    NodeKind kind = NodeKind::Gateway;
    QPointF pos;
    QVariantMap values; // field key -> value, as described by the schema registry
    TomlPins extraToml; // keys the model does not manage (imported), kept per node, parsed
    QString sourceFile; // where an imported node came from; empty for designed nodes

    QString name() const { return values.value(Field::Name).toString(); }
    QString hostname() const { return values.value(Field::Hostname).toString(); }
    QString ip() const { return values.value(Field::Ip).toString(); }
    int offset() const { return values.value(Field::Offset).toInt(); }
    QVariant value(const QString &key) const;
    QString text(const QString &key) const { return value(key).toString(); }
    bool operator==(const Node &) const = default;
};

struct Link
{
    LinkId id = 0;
    NodeId from = 0;
    NodeId to = 0;
    bool operator==(const Link &) const = default;
};

// What a pure function of the design read of the topology, for caches of generated files
// (generationcache.h): while a ReadLog is installed on a thread, every query there records the
// nodes it was asked about or returned, and the queries that scan the whole node or link list
// mark the log global. Reads through Node pointers are covered: pointers come from queries.
struct TopologyReadLog
{
    QSet<NodeId> nodes;
    bool global = false;
    // The member list last recorded: a balancer's members are asked for again and again, and
    // the cached list is the same data each time (Topology::clusterMembers).
    QList<const Node *> lastList;

    // Installs itself on this thread for its lifetime (and restores the previous log).
    TopologyReadLog();
    ~TopologyReadLog();
    TopologyReadLog(const TopologyReadLog &) = delete;
    TopologyReadLog &operator=(const TopologyReadLog &) = delete;

private:
    TopologyReadLog *m_previous;
};

class Topology
{
public:
    // ---- queries
    const QList<Node> &nodes() const
    {
        readAll();
        return m_nodes;
    }
    const QList<Link> &links() const
    {
        readAll();
        return m_links;
    }
    const Node *node(NodeId id) const;
    const Node *nodeByName(const QString &name) const;
    const Link *link(LinkId id) const;
    const Link *findLink(NodeId from, NodeId to) const;
    qsizetype indexOfNode(NodeId id) const;
    qsizetype indexOfLink(LinkId id) const;
    QList<const Node *> nodesOfKind(NodeKind kind) const;
    // The nodes in node order, whatever order the links gave them in.
    QList<const Node *> sortedByIndex(QList<const Node *> nodes) const;

    QList<const Link *> linksOf(NodeId id) const;                  // either end
    QList<const Node *> targets(NodeId from, NodeKind kind) const; // linked from `from`, in node order
    QList<const Node *> sources(NodeId to, NodeKind kind) const;   // linking to `to`, in node order
    // The same, by what the kinds do (KindTraits::balancer, ::database, ...) rather than by kind.
    using KindTrait = bool KindTraits::*;
    QList<const Node *> nodesWith(KindTrait trait) const;
    QList<const Node *> targets(NodeId from, KindTrait trait) const;
    QList<const Node *> sources(NodeId to, KindTrait trait) const;

    // The load balancer fronting a node, if any.
    const Node *balancerOf(NodeId id) const;
    // Nodes fronted by a load balancer, in node order.
    QList<const Node *> clusterMembers(NodeId balancerId) const;
    // Members of the node's cluster (itself included); just the node when nothing fronts it.
    QList<const Node *> clusterOf(NodeId id) const;
    // The database an API-M node uses.
    const Node *databaseOf(NodeId id) const;

    // Whether a link may be added; `reason` says why not, for a person.
    bool canConnect(NodeId from, NodeId to, QString *reason = nullptr) const;
    LinkKind linkKind(const Link &link) const;

    bool isNameTaken(const QString &name, NodeId except = 0) const;
    // A fresh name from a prefix or a name (apim::uniqueName): prefix-1, prefix-2, ...
    QString uniqueName(const QString &base) const;
    // Fresh names for several new nodes, unique among themselves as well.
    QStringList uniqueNames(const QStringList &bases) const;

    NodeId allocateNodeId() { return m_nextNodeId++; }
    LinkId allocateLinkId() { return m_nextLinkId++; }

    // ---- mutation (the document's commands are the only callers)
    void insertNode(qsizetype index, const Node &node);
    Node takeNode(NodeId id, qsizetype *index = nullptr);
    void insertLink(qsizetype index, const Link &link);
    Link takeLink(LinkId id, qsizetype *index = nullptr);
    Node *mutableNode(NodeId id);
    void clear();

    bool operator==(const Topology &other) const
    {
        return m_nodes == other.m_nodes && m_links == other.m_links;
    }

    // The far ends of a node's outgoing (or incoming) links that `accept`, in node order.
    // Only the accepted ones are sorted: a control plane has a link per gateway.
    QList<const Node *> linked(NodeId id, bool outgoing,
                               const std::function<bool(const Node &)> &accept) const;

private:
    static void readAll(); // records a whole-design read in this thread's TopologyReadLog
    static void read(NodeId id);
    static void read(const QList<const Node *> &nodes);
    void reindexNodes(qsizetype from);
    void reindexLinks(qsizetype from);

    QList<Node> m_nodes;
    QList<Link> m_links;
    QHash<NodeId, qsizetype> m_nodeIndex;
    QHash<LinkId, qsizetype> m_linkIndex;
    // Adjacency, so that per-node queries cost the node's degree, not the design's size.
    QHash<NodeId, QList<LinkId>> m_outgoing;
    QHash<NodeId, QList<LinkId>> m_incoming;
    // Links from a load balancer into a node: balancerOf() runs for every node of
    // every generated file, and a control plane has one incoming link per gateway.
    QHash<NodeId, QList<LinkId>> m_fromBalancer;
    NodeId m_nextNodeId = 1;
    LinkId m_nextLinkId = 1;

    // Each balancer's members in node order, built on first use: every gateway's files ask
    // for the cluster of 1,000 gateways. It holds pointers into m_nodes, so every mutation
    // clears it and a copy starts empty; the mutex lets generators on several threads share it.
    struct MemberCache
    {
        MemberCache() = default;
        MemberCache(const MemberCache &) {}
        MemberCache &operator=(const MemberCache &)
        {
            clear();
            return *this;
        }
        void clear()
        {
            std::lock_guard lock(mutex);
            members.clear();
        }
        std::mutex mutex;
        QHash<NodeId, QList<const Node *>> members;
    };
    mutable MemberCache m_memberCache;
};

} // namespace apim
