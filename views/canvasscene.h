// The canvas scene: a projection of one TopologyDocument, keyed by id.
//
// It builds its items once when the design is reset and afterwards follows the
// document's signals, touching only the items an edit concerns. It never
// changes the design itself except by pushing undo commands: a drag pushes a
// MoveNodesCommand per mouse step (merged into one undo step) and the items move
// when the document reports the new positions.
//
// Work that depends on a whole cluster (its frame, its link bundles) is queued
// and done once per event-loop turn; problem badges follow the findings of the
// DesignChecker it is given, if any. The document must outlive the scene.
#pragma once

#include "topologydocument.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <map>
#include <tuple>

class QGraphicsPathItem;

namespace apim {

class ClusterFrameItem;
class DesignChecker;
class LinkItem;
class NodeItem;

class CanvasScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit CanvasScene(TopologyDocument *document, QObject *parent = nullptr);
    ~CanvasScene() override;

    TopologyDocument *document() const { return m_document; }
    // Where the problem badges come from (a checker of this scene's document);
    // without one the cards show none.
    void setChecker(DesignChecker *checker);
    DesignChecker *checker() const;

    NodeItem *nodeItem(NodeId id) const { return m_nodes.value(id); }
    LinkItem *linkItem(LinkId id) const { return m_links.value(id); }
    ClusterFrameItem *clusterFrame(NodeId balancer) const { return m_frames.value(balancer); }
    qsizetype nodeItemCount() const { return m_nodes.size(); }
    qsizetype linkItemCount() const { return m_links.size(); }
    qsizetype clusterFrameCount() const { return m_frames.size(); }
    // Clusters with more members than this draw their outside links as bundles:
    // one curve per cluster and far end, labelled with the number of links.
    static constexpr int BundleThreshold = 8;
    QList<LinkItem *> bundleItems(NodeId balancer) const;
    // The topmost node card under a scene point, if any.
    NodeItem *nodeAt(const QPointF &scenePos) const;
    // The topmost single link (not a bundle) whose stroke passes near a scene point.
    LinkItem *linkAt(const QPointF &scenePos) const;
    // Bounds of the nodes and frames (not of the scene rect, which has a margin).
    QRectF contentRect() const;

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    QPointF snapped(const QPointF &pos) const;

    // Why the last connection by mouse was refused; empty after a successful one.
    QString lastRefusal() const { return m_lastRefusal; }

    // Exports draw without selection, hover or pixel caches.
    void renderForExport(QPainter *painter, const QRectF &target, const QRectF &source);

    // Runs the deferred work now: cluster frames and problem badges. The event
    // loop does this on its own; tests and benchmarks call it to be exact.
    void flushPendingUpdates();

    // Cards are cached as pixels while they show detail; far out (a few pixels
    // each) drawing them is cheaper than a cache per card and zoom level.
    void setCardCaching(bool cached);

    // Repaints every item (colours follow the palette; cards are cached as pixels).
    void refreshAppearance();

    // What a link's tooltip says: its ends and what travels over it.
    QString linkToolTip(LinkId id) const;
    // Ends a drag or a connection in progress (Esc); false when there was none.
    bool cancelInteraction();
    // The nodes top to bottom, left to right (rows of a card's height): Tab's order.
    QList<NodeId> readingOrder() const;

signals:
    void nodeDoubleClicked(apim::NodeId id);
    // A connection by mouse was refused, or the dragged link is over a card that
    // refuses it; the view shows `reason` at the cursor.
    void connectionRefused(const QString &reason, const QPointF &screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    // Cards carry their own tooltips; a link's is made when asked, so that 10,000 cost nothing.
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    enum class Mode { Idle, Pressed, Moving, Connecting };

    // Document signals.
    void rebuild();
    void onNodeAdded(NodeId id);
    void onNodeRemoved(NodeId id);
    void onNodeChanged(NodeId id, const QStringList &keys);
    void onNodeMoved(NodeId id);
    void onLinkAdded(LinkId id);
    void onLinkRemoved(LinkId id);
    void onDocumentSelectionChanged();
    void onSceneSelectionChanged();
    void syncLinkSelection();

    void deleteDetachedLinks();
    NodeItem *createNodeItem(const Node &node);
    LinkItem *createLinkItem(const Link &link);
    void updateLinkGeometry(LinkItem *item);
    // The cards in an area of the scene, from the spatial index, less those meeting a link's ends.
    std::function<QList<QRectF>(const QRectF &)> obstaclesFor(const QRectF &a, const QRectF &b) const;
    // A card moved, came or went: the links it now lies across, or no longer does, reroute later.
    void markObstacleChanged(NodeId id, const QRectF &before);
    void flushReroutes();
    // `structural`: links or members changed, so bundles regroup; otherwise only geometry follows.
    void markFrameDirty(NodeId balancer, bool structural);
    void flushFrames();
    void updateFrame(NodeId balancer, bool structural);
    // The frame alone; returns the members (none: the frame is gone).
    QList<const Node *> updateFrameItem(NodeId balancer, bool structural);
    bool registerMembers(NodeId balancer, const QList<const Node *> &members);
    void groupBundles(NodeId balancer);
    void placeBundles(NodeId balancer);
    void releaseBundles(NodeId balancer);
    void unbundle(LinkItem *item);
    void markDependentsDirty(NodeId balancer);
    QRectF endRect(NodeId node, bool isCluster) const;
    void updateBadges();
    void growSceneRect(const QRectF &rect);
    void refreshLinkHighlight(NodeId node);

    // Mouse interaction.
    void pressOnNode(NodeItem *item, QGraphicsSceneMouseEvent *event);
    void dragTo(const QPointF &scenePos);
    void beginConnect(NodeItem *item, const QPointF &scenePos);
    void updateConnect(const QPointF &scenePos, const QPoint &screenPos = {});
    void finishConnect(const QPointF &scenePos, const QPointF &screenPos);
    void setSelectionIds(const QList<NodeId> &ids);
    void pressOnLink(LinkItem *item, Qt::KeyboardModifiers modifiers);

    QPointer<TopologyDocument> m_document;
    QPointer<DesignChecker> m_checker;
    QHash<NodeId, NodeItem *> m_nodes;
    QHash<LinkId, LinkItem *> m_links; // bundled ones are kept out of the scene (owned here)
    QHash<NodeId, ClusterFrameItem *> m_frames;
    QHash<NodeId, bool> m_dirtyFrames; // balancer -> structural

    // Bundling of big clusters (see BundleThreshold).
    using BundleKey =
        std::tuple<NodeId, bool, int, bool>; // far end, far end is a cluster, link kind, outward
    struct Bundles
    {
        QSet<NodeId> members;
        QSet<LinkId> hidden;
        std::map<BundleKey, LinkItem *> items;
    };
    QHash<NodeId, Bundles> m_bundles;         // by balancer, for bundled clusters only
    QHash<NodeId, NodeId> m_bundledMember;    // member -> its bundled cluster's balancer
    QHash<LinkId, NodeId> m_linkBundle;       // hidden link -> the cluster drawing it
    QHash<NodeId, QSet<NodeId>> m_dependents; // cluster -> clusters with bundles ending at its frame
    QSet<NodeId> m_selected;
    QSet<LinkId> m_selectedLinks;
    struct Badge
    {
        int errors = 0;
        int warnings = 0;
        QString details;
        bool operator==(const Badge &) const = default;
    };
    QHash<NodeId, Badge> m_badges;
    QHash<NodeId, QRectF> m_rerouteFrom; // moved cards: where each was before the pending pass
    bool m_rerouteQueued = false;
    bool m_frameFlushQueued = false;
    bool m_syncingSelection = false;
    bool m_snap = false;
    bool m_cardCaching = true;
    QString m_lastRefusal;

    Mode m_mode = Mode::Idle;
    NodeId m_pressNode = 0;
    bool m_pressWasSelected = false;
    Qt::KeyboardModifiers m_pressModifiers;
    QPointF m_pressScenePos;
    QPoint m_pressScreenPos;
    QHash<NodeId, QPointF> m_dragStart;
    int m_dragIndex = -1; // undo index after this drag's last step
    QGraphicsPathItem *m_rubberLink = nullptr;
    NodeItem *m_connectTarget = nullptr;
};

} // namespace apim
