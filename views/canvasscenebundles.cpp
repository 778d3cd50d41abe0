// CanvasScene's link bundles. A cluster of more than BundleThreshold nodes
// draws the links between its members and any one far end as a single curve
// labelled with their number: a thousand gateways, each linked to the control
// planes and the database, would otherwise cross every frame with thousands of
// curves. The hidden links keep their items (the scene still mirrors every
// link) but no geometry and no place in the scene, so they cost nothing to
// paint, index or move.
#include "canvasscene.h"
#include "canvasstyle.h"
#include "clusterframeitem.h"
#include "linkitem.h"

namespace apim {

QList<LinkItem *> CanvasScene::bundleItems(NodeId balancer) const
{
    QList<LinkItem *> out;
    const auto it = m_bundles.constFind(balancer);
    if (it != m_bundles.constEnd()) {
        for (const auto &entry : it->items)
            out.append(entry.second);
    }
    return out;
}

void CanvasScene::unbundle(LinkItem *item)
{
    item->setBundled(false);
    updateLinkGeometry(item);
    if (!item->scene())
        addItem(item);
}

bool CanvasScene::registerMembers(NodeId balancer, const QList<const Node *> &members)
{
    if (members.size() <= BundleThreshold) {
        if (!m_bundles.contains(balancer))
            return false;
        releaseBundles(balancer);
        return true;
    }
    QSet<NodeId> now;
    now.reserve(members.size());
    for (const Node *m : members)
        now.insert(m->id);
    Bundles &b = m_bundles[balancer];
    if (now == b.members)
        return false;
    for (NodeId id : std::as_const(b.members)) {
        if (!now.contains(id) && m_bundledMember.value(id) == balancer)
            m_bundledMember.remove(id);
    }
    for (NodeId id : std::as_const(now))
        m_bundledMember.insert(id, balancer);
    b.members = std::move(now);
    // Other clusters may bundle links towards this one: they regroup.
    for (auto it = m_bundles.cbegin(); it != m_bundles.cend(); ++it) {
        if (it.key() != balancer)
            markFrameDirty(it.key(), true);
    }
    return true;
}

void CanvasScene::groupBundles(NodeId balancer)
{
    const auto found = m_bundles.find(balancer);
    if (found == m_bundles.end())
        return;
    Bundles &b = *found;
    const Topology &t = m_document->topology();

    QSet<LinkId> hidden;
    std::map<BundleKey, int> counts;
    for (NodeId member : std::as_const(b.members)) {
        for (const Link *l : t.linksOf(member)) {
            const bool outward = l->from == member;
            const NodeId far = outward ? l->to : l->from;
            if (b.members.contains(far))
                continue; // inside the cluster: drawn as it is
            const int kind = int(t.linkKind(*l));
            BundleKey key{far, false, kind, outward};
            const NodeId farCluster = m_bundledMember.value(far);
            if (farCluster && farCluster != balancer) {
                // Between two bundled clusters the lower-numbered one draws frame to frame.
                if (farCluster < balancer)
                    continue;
                key = BundleKey{farCluster, true, kind, outward};
                m_dependents[farCluster].insert(balancer);
            }
            hidden.insert(l->id);
            ++counts[key];
        }
    }

    for (LinkId id : std::as_const(b.hidden)) {
        if (hidden.contains(id) || m_linkBundle.value(id) != balancer)
            continue;
        m_linkBundle.remove(id);
        if (LinkItem *item = m_links.value(id))
            unbundle(item);
    }
    for (LinkId id : std::as_const(hidden)) {
        m_linkBundle.insert(id, balancer);
        if (LinkItem *item = m_links.value(id)) {
            item->setBundled(true);
            // Out of the scene: thousands of hidden items would still be indexed and sorted.
            if (item->scene())
                removeItem(item);
        }
    }
    b.hidden = std::move(hidden);

    // Keep the bundle items whose key survives, so that a regroup moves rather than recreates.
    std::map<BundleKey, LinkItem *> items;
    for (const auto &[key, count] : counts) {
        LinkItem *item = nullptr;
        const auto old = b.items.find(key);
        if (old != b.items.end()) {
            item = old->second;
            b.items.erase(old);
        } else {
            const auto &[far, farIsCluster, kind, outward] = key;
            Q_UNUSED(farIsCluster);
            item = new LinkItem(outward ? balancer : far, outward ? far : balancer, LinkKind(kind), count);
            addItem(item);
        }
        item->setBundleCount(count);
        items.emplace(key, item);
    }
    for (const auto &entry : b.items)
        delete entry.second;
    b.items = std::move(items);
    placeBundles(balancer);
}

QRectF CanvasScene::endRect(NodeId node, bool isCluster) const
{
    if (isCluster) {
        const ClusterFrameItem *frame = m_frames.value(node);
        return frame ? frame->frameRect() : QRectF();
    }
    const Node *n = m_document->topology().node(node);
    return n ? QRectF(n->pos, QSizeF(CanvasStyle::NodeWidth, CanvasStyle::NodeHeight)) : QRectF();
}

void CanvasScene::placeBundles(NodeId balancer)
{
    const auto found = m_bundles.constFind(balancer);
    const ClusterFrameItem *frame = m_frames.value(balancer);
    if (found == m_bundles.constEnd() || !frame)
        return;
    const QRectF own = frame->frameRect();
    for (const auto &[key, item] : found->items) {
        const auto &[far, farIsCluster, kind, outward] = key;
        Q_UNUSED(kind);
        const QRectF other = endRect(far, farIsCluster);
        if (other.isNull())
            continue;
        if (outward)
            item->setEnds(own, other, obstaclesFor(own, other));
        else
            item->setEnds(other, own, obstaclesFor(other, own));
    }
}

void CanvasScene::releaseBundles(NodeId balancer)
{
    const auto found = m_bundles.find(balancer);
    if (found == m_bundles.end())
        return;
    const Bundles b = std::move(*found);
    m_bundles.erase(found);
    for (NodeId id : b.members) {
        if (m_bundledMember.value(id) == balancer)
            m_bundledMember.remove(id);
    }
    for (LinkId id : b.hidden) {
        if (m_linkBundle.value(id) != balancer)
            continue;
        m_linkBundle.remove(id);
        if (LinkItem *item = m_links.value(id))
            unbundle(item);
    }
    for (const auto &entry : b.items)
        delete entry.second;
    for (auto it = m_bundles.cbegin(); it != m_bundles.cend(); ++it)
        markFrameDirty(it.key(), true);
}

void CanvasScene::markDependentsDirty(NodeId balancer)
{
    const QSet<NodeId> dependents = m_dependents.value(balancer);
    for (NodeId id : dependents) {
        if (m_bundles.contains(id))
            markFrameDirty(id, false);
    }
}

} // namespace apim
