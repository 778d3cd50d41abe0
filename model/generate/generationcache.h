// Each node's generated deployment.toml, kept between checks of an edited design:
// an entry remembers which nodes its generation read (TopologyReadLog), and an
// edit drops only the entries that read a node the edit changed (its values, its
// kind, its links), all of them when the settings or the node order change. So
// after one edit of a gateway only that gateway and the nodes that name it are
// generated again. The answers are the ones deploymentToml() gives (tst_generationcache).
// One cache belongs to one thread at a time.
#pragma once

#include "design.h"
#include "tomldocument.h"

#include <QHash>
#include <QSet>

#include <any>

namespace apim {

class GenerationCache
{
public:
    // Makes the cache describe `design`: drops what the changes since the last sync invalidate.
    void sync(const Design &design);
    // deploymentToml(design, node) of the design last synced.
    TomlTable deploymentToml(const Design &design, const Node &node);
    // What a later stage derives from the node's cached file (the review's endpoint
    // list), kept with it and dropped with it; empty until that stage stores it.
    // Valid until the next deploymentToml() or sync().
    std::any &derived(NodeId id) { return m_entries[id].derived; }

    // How many files the last syncs regenerated: lets tests see that the cache is used.
    int generated() const { return m_generated; }
    // What the last sync saw, for caches of what is derived from the files (findingmemo.h):
    // whether it dropped every entry (the first sync, other settings, another node order), else
    // the nodes whose values or links changed; and the nodes generated again since.
    bool wasReset() const { return m_reset; }
    const QSet<NodeId> &changed() const { return m_changed; }
    const QSet<NodeId> &regenerated() const { return m_regenerated; }

private:
    struct Entry
    {
        TomlTable toml;
        QSet<NodeId> reads;
        bool global = false;
        std::any derived;
    };
    QSet<NodeId> changedNodes(const Topology &now) const;

    Design m_base; // the design the entries describe; it shares the data of the one synced
    bool m_synced = false;
    QHash<NodeId, Entry> m_entries;
    int m_generated = 0;
    bool m_reset = true;
    QSet<NodeId> m_changed, m_regenerated;
};

} // namespace apim
