#include "canvasscene.h"
#include "canvasstyle.h"
#include "clusterframeitem.h"
#include "designchecker.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "topologydocument.h"

#include <QPainter>

#include <algorithm>

namespace apim {

namespace {

constexpr qreal SceneMargin = 400.0;
constexpr int MaxProblemLines = 6;

QRectF cardRect(const Node &node)
{
    return QRectF(node.pos, QSizeF(CanvasStyle::NodeWidth, CanvasStyle::NodeHeight));
}

} // namespace

CanvasScene::CanvasScene(TopologyDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    // BSP: hit tests and exposed-area queries stay logarithmic at 10,000 nodes.
    // Its weak spot, items spanning the whole design, is avoided: the long links
    // of big clusters are bundled and kept out of the scene. The scene rect is
    // set explicitly so that Qt never has to measure the items.
    setItemIndexMethod(BspTreeIndex);

    connect(document, &TopologyDocument::designReset, this, &CanvasScene::rebuild);
    connect(document, &TopologyDocument::nodeAdded, this, &CanvasScene::onNodeAdded);
    connect(document, &TopologyDocument::nodeRemoved, this, &CanvasScene::onNodeRemoved);
    connect(document, &TopologyDocument::nodeChanged, this, &CanvasScene::onNodeChanged);
    connect(document, &TopologyDocument::nodeMoved, this, &CanvasScene::onNodeMoved);
    connect(document, &TopologyDocument::linkAdded, this, &CanvasScene::onLinkAdded);
    connect(document, &TopologyDocument::linkRemoved, this, &CanvasScene::onLinkRemoved);
    connect(document, &TopologyDocument::selectionChanged, this, &CanvasScene::onDocumentSelectionChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSceneSelectionChanged);
    rebuild();
}

CanvasScene::~CanvasScene()
{
    // QGraphicsScene's destructor removes items and may report a selection change
    // after this part of the object is gone.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSceneSelectionChanged);
    if (m_document)
        m_document->disconnect(this);
    if (m_checker)
        m_checker->disconnect(this);
    m_syncingSelection = true;
    deleteDetachedLinks();
    clear();
}

DesignChecker *CanvasScene::checker() const
{
    return m_checker;
}

void CanvasScene::setChecker(DesignChecker *checker)
{
    if (checker == m_checker)
        return;
    if (m_checker)
        m_checker->disconnect(this);
    m_checker = checker;
    // The checker is shared with the Problems dock and runs once per burst of edits.
    if (checker)
        connect(checker, &DesignChecker::findingsChanged, this, &CanvasScene::updateBadges);
    if (!checker || !checker->isCheckPending())
        updateBadges();
}

NodeItem *CanvasScene::nodeAt(const QPointF &scenePos) const
{
    const auto hits = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

LinkItem *CanvasScene::linkAt(const QPointF &scenePos) const
{
    const auto hits = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (item->type() == LinkItem::Type && !static_cast<LinkItem *>(item)->isBundle())
            return static_cast<LinkItem *>(item);
    }
    return nullptr;
}

QRectF CanvasScene::contentRect() const
{
    QRectF rect;
    for (const NodeItem *item : m_nodes)
        rect |= item->cardSceneRect();
    for (const ClusterFrameItem *frame : m_frames)
        rect |= frame->frameRect();
    return rect;
}

QPointF CanvasScene::snapped(const QPointF &pos) const
{
    const qreal g = CanvasStyle::GridSize;
    return QPointF(std::round(pos.x() / g) * g, std::round(pos.y() / g) * g);
}

// ---- building and following the document

void CanvasScene::rebuild()
{
    cancelInteraction();
    m_syncingSelection = true;
    deleteDetachedLinks();
    clear();
    m_nodes.clear();
    m_links.clear();
    m_frames.clear();
    m_dirtyFrames.clear();
    m_rerouteFrom.clear();
    m_bundles.clear();
    m_bundledMember.clear();
    m_linkBundle.clear();
    m_dependents.clear();
    m_selected.clear();
    m_selectedLinks.clear();
    m_badges.clear();
    if (!m_document) {
        m_syncingSelection = false;
        return;
    }
    const Topology &t = m_document->topology();
    m_nodes.reserve(t.nodes().size());
    m_links.reserve(t.links().size());
    for (const Node &n : t.nodes())
        createNodeItem(n);
    // Links get their geometry and join the scene only after bundling has
    // decided which of them are drawn: most links of a big design are not.
    for (const Link &l : t.links())
        m_links.insert(l.id, new LinkItem(l, t.linkKind(l)));
    QList<NodeId> balancers;
    for (const Node *n : t.nodesWith(&KindTraits::balancer))
        balancers.append(n->id);
    for (NodeId lb : std::as_const(balancers)) {
        const QList<const Node *> members = updateFrameItem(lb, true);
        if (!members.isEmpty())
            registerMembers(lb, members);
    }
    for (NodeId lb : std::as_const(balancers))
        groupBundles(lb);
    m_dirtyFrames.clear(); // registering members asked for a regroup that has just been done
    for (const Link &l : t.links()) {
        LinkItem *item = m_links.value(l.id);
        if (item->isBundled())
            continue;
        updateLinkGeometry(item);
        addItem(item);
    }
    const QRectF content = contentRect();
    setSceneRect(content.isNull() ? QRectF(-SceneMargin, -SceneMargin, 2 * SceneMargin, 2 * SceneMargin)
                                  : content.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    m_syncingSelection = false;
    onDocumentSelectionChanged();
    // Findings the checker already has are shown now; otherwise its next check brings them.
    if (m_checker && !m_checker->isCheckPending())
        updateBadges();
}

void CanvasScene::deleteDetachedLinks()
{
    // Bundled links live outside the scene, so clear() would not delete them.
    for (LinkItem *item : std::as_const(m_links)) {
        if (!item->scene())
            delete item;
    }
}

NodeItem *CanvasScene::createNodeItem(const Node &node)
{
    auto *item = new NodeItem(node);
    if (!m_cardCaching)
        item->setCacheMode(QGraphicsItem::NoCache);
    addItem(item);
    m_nodes.insert(node.id, item);
    return item;
}

LinkItem *CanvasScene::createLinkItem(const Link &link)
{
    auto *item = new LinkItem(link, m_document->topology().linkKind(link));
    updateLinkGeometry(item);
    item->setHighlighted(m_selected.contains(link.from) || m_selected.contains(link.to));
    item->setLinkSelected(m_selectedLinks.contains(link.id));
    addItem(item);
    m_links.insert(link.id, item);
    return item;
}

void CanvasScene::updateLinkGeometry(LinkItem *item)
{
    const Topology &t = m_document->topology();
    const Node *a = t.node(item->from());
    const Node *b = t.node(item->to());
    if (a && b)
        item->setEnds(cardRect(*a), cardRect(*b), obstaclesFor(cardRect(*a), cardRect(*b)));
}

std::function<QList<QRectF>(const QRectF &)> CanvasScene::obstaclesFor(const QRectF &a, const QRectF &b) const
{
    // Through items(rect), so that a link looks only at the cards near it, never at all of them.
    return [this, a, b](const QRectF &area) {
        QList<QRectF> out;
        const auto hits = items(area, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
        for (const QGraphicsItem *item : hits) {
            if (item->type() != NodeItem::Type)
                continue;
            const QRectF card = static_cast<const NodeItem *>(item)->cardSceneRect();
            // For a bundle the ends are frames: their members are not in the way.
            if (!card.intersects(area) || card.intersects(a) || card.intersects(b))
                continue;
            out.append(card);
        }
        return out;
    };
}

// Links whose ends move reroute at once (onNodeMoved). Links that a moved card
// now lies across, or has left, reroute in one pass per event-loop turn, and
// during a mouse drag only after the drop: fifty dragged cards sweep across
// many links, and rerouting each of those on every mouse step would cost a
// frame for a picture that the next step replaces.
void CanvasScene::markObstacleChanged(NodeId id, const QRectF &before)
{
    if (!m_rerouteFrom.contains(id))
        m_rerouteFrom.insert(id, before);
    if (m_rerouteQueued || m_mode == Mode::Moving)
        return;
    m_rerouteQueued = true;
    QMetaObject::invokeMethod(this, &CanvasScene::flushReroutes, Qt::QueuedConnection);
}

void CanvasScene::flushReroutes()
{
    m_rerouteQueued = false;
    if (m_mode == Mode::Moving || !m_document || m_rerouteFrom.isEmpty())
        return;
    const QHash<NodeId, QRectF> moved = std::exchange(m_rerouteFrom, {});
    QList<LinkItem *> links;
    QSet<LinkItem *> seen;
    for (auto it = moved.constBegin(); it != moved.constEnd(); ++it) {
        QList<QRectF> areas{it.value()};
        if (const Node *n = m_document->topology().node(it.key()))
            areas.append(cardRect(*n));
        for (const QRectF &area : std::as_const(areas)) {
            if (area.isNull())
                continue;
            const auto hits = items(area, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
            for (QGraphicsItem *item : hits) {
                if (item->type() == LinkItem::Type && !seen.contains(static_cast<LinkItem *>(item))) {
                    seen.insert(static_cast<LinkItem *>(item));
                    links.append(static_cast<LinkItem *>(item));
                }
            }
        }
    }
    for (LinkItem *item : std::as_const(links)) {
        if (!item->isBundle()) {
            updateLinkGeometry(item);
            continue;
        }
        for (auto it = m_bundles.cbegin(); it != m_bundles.cend(); ++it) {
            for (const auto &entry : it->items) {
                if (entry.second == item)
                    markFrameDirty(it.key(), false);
            }
        }
    }
}

void CanvasScene::onNodeAdded(NodeId id)
{
    const Node *node = m_document->topology().node(id);
    if (!node || m_nodes.contains(id))
        return;
    createNodeItem(*node);
    growSceneRect(cardRect(*node));
    markObstacleChanged(id, cardRect(*node));
}

void CanvasScene::onNodeRemoved(NodeId id)
{
    NodeItem *item = m_nodes.take(id);
    if (!item)
        return;
    if (m_connectTarget == item)
        m_connectTarget = nullptr;
    if (m_pressNode == id)
        cancelInteraction();
    markObstacleChanged(id, item->cardSceneRect());
    releaseBundles(id);
    if (ClusterFrameItem *frame = m_frames.take(id))
        delete frame;
    m_dirtyFrames.remove(id);
    if (const NodeId cluster = m_bundledMember.take(id))
        markFrameDirty(cluster, true);
    m_badges.remove(id);
    m_selected.remove(id);
    // Removing a selected item makes the scene report a selection change; the document already knows.
    m_syncingSelection = true;
    delete item;
    m_syncingSelection = false;
}

void CanvasScene::onNodeChanged(NodeId id, const QStringList &keys)
{
    const Node *node = m_document->topology().node(id);
    NodeItem *item = m_nodes.value(id);
    if (!node || !item)
        return;
    item->updateFromNode(*node);
    if (SchemaRegistry::instance().traits(node->kind).balancer && keys.contains(Field::Name))
        markFrameDirty(id, false);
}

void CanvasScene::onNodeMoved(NodeId id)
{
    const Topology &t = m_document->topology();
    const Node *node = t.node(id);
    NodeItem *item = m_nodes.value(id);
    if (!node || !item)
        return;
    markObstacleChanged(id, item->cardSceneRect());
    item->setPos(node->pos);
    for (const Link *l : t.linksOf(id)) {
        if (const NodeId owner = m_linkBundle.value(l->id))
            markFrameDirty(owner, false);
        else if (LinkItem *link = m_links.value(l->id))
            updateLinkGeometry(link);
    }
    if (const Node *balancer = t.balancerOf(id))
        markFrameDirty(balancer->id, false);
    growSceneRect(cardRect(*node));
}

void CanvasScene::onLinkAdded(LinkId id)
{
    const Topology &t = m_document->topology();
    const Link *link = t.link(id);
    if (!link || m_links.contains(id))
        return;
    createLinkItem(*link);
    const Node *from = t.node(link->from);
    if (from && SchemaRegistry::instance().traits(from->kind).balancer)
        markFrameDirty(from->id, true);
    for (NodeId end : {link->from, link->to}) {
        if (const NodeId cluster = m_bundledMember.value(end))
            markFrameDirty(cluster, true);
    }
}

void CanvasScene::onLinkRemoved(LinkId id)
{
    LinkItem *item = m_links.take(id);
    if (!item)
        return;
    if (const NodeId owner = m_linkBundle.take(id))
        markFrameDirty(owner, true);
    m_selectedLinks.remove(id);
    const NodeItem *from = m_nodes.value(item->from());
    if (from && SchemaRegistry::instance().traits(from->kind()).balancer)
        markFrameDirty(from->nodeId(), true);
    delete item;
}

// ---- cluster frames: coalesced, so that a drag of fifty members recomputes each frame once

void CanvasScene::markFrameDirty(NodeId balancer, bool structural)
{
    bool &entry = m_dirtyFrames[balancer];
    entry = entry || structural;
    if (m_frameFlushQueued)
        return;
    m_frameFlushQueued = true;
    QMetaObject::invokeMethod(this, &CanvasScene::flushFrames, Qt::QueuedConnection);
}

void CanvasScene::flushFrames()
{
    m_frameFlushQueued = false;
    if (!m_document)
        return;
    const QHash<NodeId, bool> dirty = std::exchange(m_dirtyFrames, {});
    QList<NodeId> ids = dirty.keys();
    std::sort(ids.begin(), ids.end());
    for (NodeId id : std::as_const(ids))
        updateFrame(id, dirty.value(id));
}

QList<const Node *> CanvasScene::updateFrameItem(NodeId balancer, bool structural)
{
    const Topology &t = m_document->topology();
    const Node *lb = t.node(balancer);
    QList<const Node *> members;
    const auto bundles = m_bundles.constFind(balancer);
    const bool isBalancer = lb && SchemaRegistry::instance().traits(lb->kind).balancer;
    if (isBalancer && !structural && bundles != m_bundles.constEnd()) {
        // Only positions changed: the known members will do, unsorted (a drag of a big cluster
        // should not sort it on every mouse step).
        members.reserve(bundles->members.size());
        for (NodeId id : bundles->members) {
            if (const Node *n = t.node(id))
                members.append(n);
        }
    } else if (isBalancer) {
        members = t.clusterMembers(balancer);
    }
    if (members.isEmpty()) {
        delete m_frames.take(balancer);
        return members;
    }
    QRectF rect;
    for (const Node *m : members)
        rect |= cardRect(*m);
    ClusterFrameItem *frame = m_frames.value(balancer);
    if (!frame) {
        frame = new ClusterFrameItem(balancer);
        addItem(frame);
        m_frames.insert(balancer, frame);
    }
    frame->setFrame(rect, members.first()->kind, int(members.size()), lb->name());
    growSceneRect(frame->frameRect());
    return members;
}

void CanvasScene::updateFrame(NodeId balancer, bool structural)
{
    const ClusterFrameItem *old = m_frames.value(balancer);
    const QRectF before = old ? old->frameRect() : QRectF();
    const QList<const Node *> members = updateFrameItem(balancer, structural);
    if (members.isEmpty()) {
        releaseBundles(balancer);
        return;
    }
    if (structural) {
        registerMembers(balancer, members);
        groupBundles(balancer);
    } else {
        placeBundles(balancer);
    }
    if (m_frames.value(balancer)->frameRect() != before)
        markDependentsDirty(balancer);
}

void CanvasScene::flushPendingUpdates()
{
    flushReroutes();
    // Bundles between clusters can dirty other frames; a few passes settle them.
    for (int pass = 0; pass < 4 && !m_dirtyFrames.isEmpty(); ++pass)
        flushFrames();
    if (m_checker && m_checker->isCheckPending())
        m_checker->checkNow(); // updates the badges through findingsChanged
}

// ---- problem badges
//
// The findings come from the scene's DesignChecker, shared with the Problems
// dock: one checkDesign() at a time (edits made while one runs share the next), never during a
// drag (moves do not change content). A refresh touches only the nodes whose
// counts changed.

void CanvasScene::updateBadges()
{
    if (!m_document)
        return;
    static const Findings none;
    const Findings &findings = m_checker ? m_checker->findings() : none;
    QHash<NodeId, Badge> next;
    QHash<NodeId, QStringList> lines;
    for (const Finding &f : findings) {
        if (f.node == 0 || f.severity == Severity::Info)
            continue;
        Badge &badge = next[f.node];
        const bool error = f.severity == Severity::Error;
        (error ? badge.errors : badge.warnings)++;
        QStringList &text = lines[f.node];
        if (text.size() < MaxProblemLines) {
            const QColor colour = error ? CanvasStyle::errorColor() : CanvasStyle::warningColor();
            text.append(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                            .arg(colour.name(), f.message.toHtmlEscaped()));
        }
    }
    for (auto it = next.begin(); it != next.end(); ++it) {
        const QStringList &text = lines[it.key()];
        const int total = it->errors + it->warnings;
        it->details = text.join(QStringLiteral("<br/>"));
        if (total > text.size())
            it->details += QStringLiteral("<br/>") + tr("… and %n more", nullptr, int(total - text.size()));
    }
    for (auto it = next.constBegin(); it != next.constEnd(); ++it) {
        if (m_badges.value(it.key()) == *it)
            continue;
        if (NodeItem *item = m_nodes.value(it.key()))
            item->setProblems(it->errors, it->warnings, it->details);
    }
    for (auto it = m_badges.constBegin(); it != m_badges.constEnd(); ++it) {
        if (next.contains(it.key()))
            continue;
        if (NodeItem *item = m_nodes.value(it.key()))
            item->setProblems(0, 0, QString());
    }
    m_badges = std::move(next);
}

void CanvasScene::growSceneRect(const QRectF &rect)
{
    if (sceneRect().contains(rect))
        return;
    setSceneRect(sceneRect().united(rect.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin)));
}

// ---- selection: the document holds it; the scene mirrors it both ways

void CanvasScene::refreshLinkHighlight(NodeId node)
{
    for (const Link *l : m_document->topology().linksOf(node)) {
        if (LinkItem *item = m_links.value(l->id))
            item->setHighlighted(m_selected.contains(l->from) || m_selected.contains(l->to));
    }
}

void CanvasScene::onDocumentSelectionChanged()
{
    if (!m_document)
        return;
    // Links follow also when the scene's own node selection caused the change.
    syncLinkSelection();
    if (m_syncingSelection)
        return;
    const QList<NodeId> &ids = m_document->selection();
    const QSet<NodeId> now(ids.cbegin(), ids.cend());
    const QSet<NodeId> before = std::exchange(m_selected, now);
    m_syncingSelection = true;
    for (NodeId id : before) {
        if (now.contains(id))
            continue;
        if (NodeItem *item = m_nodes.value(id))
            item->setSelected(false);
        refreshLinkHighlight(id);
    }
    for (NodeId id : now) {
        if (before.contains(id))
            continue;
        if (NodeItem *item = m_nodes.value(id))
            item->setSelected(true);
        refreshLinkHighlight(id);
    }
    m_syncingSelection = false;
}

void CanvasScene::syncLinkSelection()
{
    const QList<LinkId> &links = m_document->linkSelection();
    const QSet<LinkId> now(links.cbegin(), links.cend());
    for (LinkId id : std::exchange(m_selectedLinks, now)) {
        if (LinkItem *item = m_links.value(id))
            item->setLinkSelected(now.contains(id));
    }
    for (LinkId id : now) {
        if (LinkItem *item = m_links.value(id))
            item->setLinkSelected(true);
    }
}

void CanvasScene::onSceneSelectionChanged()
{
    if (m_syncingSelection || !m_document)
        return;
    QList<NodeId> ids;
    const auto selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == NodeItem::Type)
            ids.append(static_cast<NodeItem *>(item)->nodeId());
    }
    std::sort(ids.begin(), ids.end());
    const QSet<NodeId> now(ids.cbegin(), ids.cend());
    const QSet<NodeId> before = std::exchange(m_selected, now);
    for (NodeId id : before) {
        if (!now.contains(id))
            refreshLinkHighlight(id);
    }
    for (NodeId id : now) {
        if (!before.contains(id))
            refreshLinkHighlight(id);
    }
    m_syncingSelection = true;
    m_document->setSelection(ids);
    m_syncingSelection = false;
}

void CanvasScene::setSelectionIds(const QList<NodeId> &ids)
{
    m_document->setSelection(ids);
}

// ---- export and appearance

void CanvasScene::setCardCaching(bool cached)
{
    if (cached == m_cardCaching)
        return;
    m_cardCaching = cached;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setCacheMode(cached ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

void CanvasScene::refreshAppearance()
{
    for (QGraphicsItem *item : items())
        item->update();
}

void CanvasScene::renderForExport(QPainter *painter, const QRectF &target, const QRectF &source)
{
    // Pixel caches would turn vector output into bitmaps; selection is not part of a diagram.
    const auto setExporting = [this](bool exporting) {
        for (QGraphicsItem *item : items()) {
            if (item->type() == NodeItem::Type)
                static_cast<NodeItem *>(item)->setExporting(exporting);
            else if (item->type() == LinkItem::Type)
                static_cast<LinkItem *>(item)->setExporting(exporting);
        }
    };
    setExporting(true);
    const bool cached = m_cardCaching;
    setCardCaching(false);
    render(painter, target, source, Qt::KeepAspectRatio);
    setCardCaching(cached);
    setExporting(false);
}

} // namespace apim
