// The canvas: the scene mirrors the document by id, and every mouse gesture
// turns into exactly one undo command. Runs on the offscreen platform.
#include "autolayout.h"
#include "canvasscene.h"
#include "canvasstyle.h"
#include "canvasview.h"
#include "clusterframeitem.h"
#include "linkcommands.h"
#include "linkitem.h"
#include "nodecommands.h"
#include "nodeitem.h"
#include "palettewidget.h"
#include "templates.h"
#include "validation.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace apim;

namespace {

Design haDesign(int gateways = 2, int controlPlanes = 2)
{
    Design d;
    QString error;
    Templates::create(QStringLiteral("gw-cp-ha"), gateways, controlPlanes, &d, &error);
    return d;
}

Node makeNode(Topology &t, NodeKind kind, const QString &name, const QPointF &pos)
{
    Node n;
    n.id = t.allocateNodeId();
    n.kind = kind;
    n.pos = pos;
    n.values = SchemaRegistry::instance().defaults(kind);
    n.values.insert(Field::Name, name);
    n.values.insert(Field::Hostname, name + QLatin1String(".example"));
    t.insertNode(t.nodes().size(), n);
    return n;
}

// A load balancer, a gateway and a database, unlinked, at known places.
Design looseDesign()
{
    Design d;
    makeNode(d.topology, NodeKind::LoadBalancer, QStringLiteral("lb"), QPointF(0, 0));
    makeNode(d.topology, NodeKind::Gateway, QStringLiteral("gw"), QPointF(320, 0));
    makeNode(d.topology, NodeKind::Database, QStringLiteral("db"), QPointF(320, 200));
    return d;
}

NodeId idOf(const TopologyDocument &doc, const char *name)
{
    const Node *n = doc.topology().nodeByName(QString::fromLatin1(name));
    return n ? n->id : 0;
}

// Every node and link has its item, at the model's place, and nothing else exists.
void checkMirror(CanvasScene *scene, const TopologyDocument &doc)
{
    const Topology &t = doc.topology();
    QCOMPARE(scene->nodeItemCount(), t.nodes().size());
    QCOMPARE(scene->linkItemCount(), t.links().size());
    for (const Node &n : t.nodes()) {
        const NodeItem *item = scene->nodeItem(n.id);
        QVERIFY2(item, qPrintable(n.name()));
        QCOMPARE(item->pos(), n.pos);
        QCOMPARE(item->title(), n.name());
    }
    for (const Link &l : t.links()) {
        const LinkItem *item = scene->linkItem(l.id);
        QVERIFY(item);
        QCOMPARE(item->from(), l.from);
        QCOMPARE(item->to(), l.to);
    }
    int nodeItems = 0;
    for (const QGraphicsItem *item : scene->items())
        nodeItems += item->type() == NodeItem::Type ? 1 : 0;
    QCOMPARE(nodeItems, int(t.nodes().size()));
}

struct Canvas
{
    explicit Canvas(const Design &design)
    {
        doc.resetDesign(design);
        view = std::make_unique<CanvasView>(&doc);
        view->resize(1000, 700);
        view->show();
    }
    QPoint viewportPoint(const QPointF &scenePos) const { return view->mapFromScene(scenePos); }
    QPoint centreOf(NodeId id) const
    {
        return viewportPoint(view->canvasScene()->nodeItem(id)->cardSceneRect().center());
    }
    QPoint handleOf(NodeId id) const
    {
        const NodeItem *item = view->canvasScene()->nodeItem(id);
        return viewportPoint(item->mapToScene(NodeItem::handleCenter()));
    }
    QWidget *viewport() const { return view->viewport(); }
    // A press, a few moves and a release, as a hand would do it.
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport(), from + (to - from) * i / 4);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }

    TopologyDocument doc;
    std::unique_ptr<CanvasView> view;
};

} // namespace

class TestGuiCanvas : public QObject
{
    Q_OBJECT

private slots:
    void sceneMirrorsDocument();
    void dropFromPaletteAddsOneNode();
    void dragNodeMovesModelInOneStep();
    void dragSelectionSnapsToGrid();
    void connectByMouse();
    void selectionSyncsBothWays();
    void rubberBandSelects();
    void panWithMiddleButtonAndSpace();
    void deleteRemovesSelectionInOneStep();
    void autoLayoutIsDeterministic();
    void alignAndDistribute();
    void zoomKeepsPointUnderCursor();
    void clusterFramesFollowMembers();
    void bigClustersDrawBundles();
    void badgesFollowValidation();
    void labelsFollowEdits();
    void exportWritesFiles();
    void paletteListsAndAddsKinds();
};

void TestGuiCanvas::sceneMirrorsDocument()
{
    Canvas c(haDesign());
    CanvasScene *scene = c.view->canvasScene();
    checkMirror(scene, c.doc);
    QCOMPARE(scene->clusterFrameCount(), 2);
    const NodeId cp = idOf(c.doc, "apim-cp-1");
    const NodeItem *untouched = scene->nodeItem(cp);

    Node extra;
    extra.kind = NodeKind::Gateway;
    extra.pos = QPointF(1234, 567);
    extra.values.insert(Field::Name, QStringLiteral("extra"));
    auto *add = new AddNodesCommand(&c.doc, {extra}, {}, QString());
    const NodeId extraId = add->nodeIds().first();
    c.doc.push(add);
    checkMirror(scene, c.doc);
    QCOMPARE(scene->nodeItem(extraId)->pos(), QPointF(1234, 567));

    const NodeId gw = idOf(c.doc, "apim-gw-1");
    const QList<const Link *> gwLinks = c.doc.topology().linksOf(gw);
    QVERIFY(gwLinks.size() >= 3);
    const LinkId gwLink = gwLinks.first()->id;
    c.doc.push(new RemoveNodesCommand(&c.doc, {gw}));
    checkMirror(scene, c.doc);
    QVERIFY(!scene->nodeItem(gw));
    QVERIFY(!scene->linkItem(gwLink));

    c.doc.undoStack()->undo();
    checkMirror(scene, c.doc);
    QVERIFY(scene->nodeItem(gw));
    QVERIFY(scene->linkItem(gwLink));
    c.doc.undoStack()->undo();
    checkMirror(scene, c.doc);
    QVERIFY(!scene->nodeItem(extraId));
    c.doc.undoStack()->redo();
    c.doc.undoStack()->redo();
    checkMirror(scene, c.doc);
    QVERIFY(!scene->nodeItem(gw));
    // Edits update items in place; they never rebuild the scene.
    QCOMPARE(scene->nodeItem(cp), untouched);
}

void TestGuiCanvas::dropFromPaletteAddsOneNode()
{
    Canvas c(haDesign());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    const int steps = c.doc.undoStack()->count();
    const qsizetype nodes = c.doc.topology().nodes().size();
    const QPoint at(220, 160);
    std::unique_ptr<QMimeData> mime(PaletteWidget::createMimeData(NodeKind::Gateway));

    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(c.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(c.viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(c.viewport(), &drop);
    QVERIFY(drop.isAccepted());

    QCOMPARE(c.doc.undoStack()->count(), steps + 1);
    QCOMPARE(c.doc.topology().nodes().size(), nodes + 1);
    const Node &added = c.doc.topology().nodes().last();
    QCOMPARE(added.kind, NodeKind::Gateway);
    QCOMPARE(added.name(), QStringLiteral("gw-1"));
    QCOMPARE(added.value(Field::Labels),
             SchemaRegistry::instance().defaults(NodeKind::Gateway).value(Field::Labels));
    const QPointF centre = added.pos + QPointF(CanvasStyle::NodeWidth / 2, CanvasStyle::NodeHeight / 2);
    QVERIFY(QLineF(centre, c.view->mapToScene(at)).length() < 2);
    QCOMPARE(c.doc.selection(), QList<NodeId>{added.id});
    QVERIFY(c.view->canvasScene()->nodeItem(added.id)->isSelected());

    // A second drag and drop gets the next fresh name.
    const QPoint next = at + QPoint(40, 90);
    QDragEnterEvent enter2(next, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(c.viewport(), &enter2);
    QDropEvent drop2(QPointF(next), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(c.viewport(), &drop2);
    QCOMPARE(c.doc.undoStack()->count(), steps + 2);
    QCOMPARE(c.doc.topology().nodes().last().name(), QStringLiteral("gw-2"));
    c.doc.undoStack()->undo();
    c.doc.undoStack()->undo();
    QCOMPARE(c.doc.topology().nodes().size(), nodes);
    checkMirror(c.view->canvasScene(), c.doc);

    // Anything else is refused.
    QMimeData text;
    text.setText(QStringLiteral("gateway"));
    QDragEnterEvent foreign(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(c.viewport(), &foreign);
    QVERIFY(!foreign.isAccepted());
}

void TestGuiCanvas::dragNodeMovesModelInOneStep()
{
    Canvas c(looseDesign());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    const NodeId gw = idOf(c.doc, "gw");
    const NodeId db = idOf(c.doc, "db");
    const QPointF start = c.doc.topology().node(gw)->pos;
    const QPointF dbStart = c.doc.topology().node(db)->pos;
    const int steps = c.doc.undoStack()->count();

    const QPoint from = c.centreOf(gw);
    c.drag(from, from + QPoint(100, 40));
    const qreal z = c.view->zoom();
    const QPointF moved = c.doc.topology().node(gw)->pos;
    QVERIFY2(QLineF(moved, start + QPointF(100, 40) / z).length() < 1.5,
             qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    QCOMPARE(c.view->canvasScene()->nodeItem(gw)->pos(), moved);
    QCOMPARE(c.doc.topology().node(db)->pos, dbStart);
    QCOMPARE(c.doc.undoStack()->count(), steps + 1);

    c.doc.undoStack()->undo();
    QCOMPARE(c.doc.topology().node(gw)->pos, start);
    QCOMPARE(c.view->canvasScene()->nodeItem(gw)->pos(), start);

    // A second drag is a second step, not merged into the first.
    c.doc.undoStack()->redo();
    c.drag(c.centreOf(gw), c.centreOf(gw) + QPoint(0, 60));
    QCOMPARE(c.doc.undoStack()->count(), steps + 2);
}

void TestGuiCanvas::dragSelectionSnapsToGrid()
{
    Design d;
    makeNode(d.topology, NodeKind::Gateway, QStringLiteral("a"), QPointF(3, 7));
    makeNode(d.topology, NodeKind::Gateway, QStringLiteral("b"), QPointF(250, 9));
    Canvas c(d);
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    const NodeId a = idOf(c.doc, "a");
    const NodeId b = idOf(c.doc, "b");
    c.doc.setSelection({a, b});
    c.view->setSnapToGrid(true);
    const int steps = c.doc.undoStack()->count();

    c.drag(c.centreOf(a), c.centreOf(a) + QPoint(67, 45));
    const QPointF pa = c.doc.topology().node(a)->pos;
    const QPointF pb = c.doc.topology().node(b)->pos;
    QCOMPARE(std::fmod(pa.x(), CanvasStyle::GridSize), 0.0);
    QCOMPARE(std::fmod(pa.y(), CanvasStyle::GridSize), 0.0);
    QVERIFY(pa != QPointF(3, 7));
    // The selection moves as one: b keeps its offset from a.
    QCOMPARE(pb - pa, QPointF(247, 2));
    QCOMPARE(c.doc.undoStack()->count(), steps + 1);
    QCOMPARE(c.doc.selection().size(), 2);
}

void TestGuiCanvas::connectByMouse()
{
    Canvas c(looseDesign());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    const NodeId lb = idOf(c.doc, "lb");
    const NodeId gw = idOf(c.doc, "gw");
    const NodeId db = idOf(c.doc, "db");
    const int steps = c.doc.undoStack()->count();

    c.drag(c.handleOf(lb), c.centreOf(gw));
    QVERIFY(c.doc.topology().findLink(lb, gw));
    QCOMPARE(c.doc.topology().links().size(), 1);
    QCOMPARE(c.doc.undoStack()->count(), steps + 1);
    QVERIFY(c.view->canvasScene()->lastRefusal().isEmpty());
    QCOMPARE(c.view->canvasScene()->linkItemCount(), 1);
    const LinkItem *drawn = c.view->canvasScene()->linkItem(c.doc.topology().findLink(lb, gw)->id);
    QCOMPARE(c.view->canvasScene()->linkAt(drawn->startPoint() + QPointF(2, 0)), drawn);

    // Load balancer to database: refused, with the model's reason.
    QString expected;
    QVERIFY(!c.doc.topology().canConnect(lb, db, &expected));
    c.drag(c.handleOf(lb), c.centreOf(db));
    QCOMPARE(c.doc.topology().links().size(), 1);
    QCOMPARE(c.doc.undoStack()->count(), steps + 1);
    QCOMPARE(c.view->canvasScene()->lastRefusal(), expected);
    QVERIFY(!expected.isEmpty());

    // From the database to the gateway: the valid direction is gateway -> database.
    c.drag(c.handleOf(db), c.centreOf(gw));
    QVERIFY(c.doc.topology().findLink(gw, db));
    QCOMPARE(c.doc.undoStack()->count(), steps + 2);

    // Releasing over empty canvas does nothing.
    c.drag(c.handleOf(gw), c.handleOf(gw) + QPoint(0, 300));
    QCOMPARE(c.doc.topology().links().size(), 2);
}

void TestGuiCanvas::selectionSyncsBothWays()
{
    Canvas c(looseDesign());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    CanvasScene *scene = c.view->canvasScene();
    const NodeId lb = idOf(c.doc, "lb");
    const NodeId gw = idOf(c.doc, "gw");
    c.doc.setSelection({lb});
    QVERIFY(scene->nodeItem(lb)->isSelected());
    QVERIFY(!scene->nodeItem(gw)->isSelected());

    scene->nodeItem(gw)->setSelected(true);
    QCOMPARE(c.doc.selection(), (QList<NodeId>{lb, gw}));

    // Ctrl+click toggles a node off; a plain click selects only it.
    QTest::mouseClick(c.viewport(), Qt::LeftButton, Qt::ControlModifier, c.centreOf(lb));
    QCOMPARE(c.doc.selection(), QList<NodeId>{gw});
    QTest::mouseClick(c.viewport(), Qt::LeftButton, Qt::ShiftModifier, c.centreOf(lb));
    QCOMPARE(c.doc.selection().size(), 2);
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.centreOf(lb));
    QCOMPARE(c.doc.selection(), QList<NodeId>{lb});
    QVERIFY(!scene->nodeItem(gw)->isSelected());

    c.view->selectAll();
    QCOMPARE(c.doc.selection().size(), 3);
    QCOMPARE(scene->selectedItems().size(), 3);
    c.view->clearSelection();
    QVERIFY(scene->selectedItems().isEmpty());
}

void TestGuiCanvas::rubberBandSelects()
{
    Canvas c(looseDesign());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    const NodeId gw = idOf(c.doc, "gw");
    const NodeId db = idOf(c.doc, "db");
    // From empty canvas above-left of the gateway to below-right of the database.
    const QRectF cards = c.view->canvasScene()->nodeItem(gw)->cardSceneRect().united(
        c.view->canvasScene()->nodeItem(db)->cardSceneRect());
    const QPoint from = c.viewportPoint(cards.topLeft() - QPointF(20, 20));
    const QPoint to = c.viewportPoint(cards.bottomRight() + QPointF(20, 20));
    QVERIFY(!c.view->canvasScene()->nodeAt(c.view->mapToScene(from)));
    const int steps = c.doc.undoStack()->count();
    c.drag(from, to);
    QCOMPARE(c.doc.selection(), (QList<NodeId>{gw, db}));
    QCOMPARE(c.doc.undoStack()->count(), steps);
    // A click on empty canvas clears it.
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, from);
    QVERIFY(c.doc.selection().isEmpty());
}

void TestGuiCanvas::panWithMiddleButtonAndSpace()
{
    Canvas c(haDesign());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    const QPoint at(400, 300);
    const QPointF before = c.view->mapToScene(at);
    QTest::mousePress(c.viewport(), Qt::MiddleButton, {}, at);
    QTest::mouseMove(c.viewport(), at + QPoint(-60, -40));
    QTest::mouseRelease(c.viewport(), Qt::MiddleButton, {}, at + QPoint(-60, -40));
    QVERIFY(QLineF(c.view->mapToScene(at), before + QPointF(60, 40) / c.view->zoom()).length() < 1.5);

    // Space + drag pans even when the drag starts on a node, which stays put.
    const NodeId gw = idOf(c.doc, "apim-gw-1");
    const QPointF gwPos = c.doc.topology().node(gw)->pos;
    const QPoint start = c.centreOf(gw);
    const QPointF scene = c.view->mapToScene(start);
    QTest::keyPress(c.view.get(), Qt::Key_Space);
    c.drag(start, start + QPoint(50, 0));
    QTest::keyRelease(c.view.get(), Qt::Key_Space);
    QCOMPARE(c.doc.topology().node(gw)->pos, gwPos);
    QVERIFY(QLineF(c.view->mapToScene(start + QPoint(50, 0)), scene).length() < 1.5);

    // Without Space the same drag moves the node.
    c.drag(c.centreOf(gw), c.centreOf(gw) + QPoint(50, 0));
    QVERIFY(c.doc.topology().node(gw)->pos != gwPos);
}

void TestGuiCanvas::deleteRemovesSelectionInOneStep()
{
    Canvas c(haDesign());
    const NodeId gw = idOf(c.doc, "apim-gw-1");
    const qsizetype links = c.doc.topology().links().size();
    const qsizetype gwLinks = c.doc.topology().linksOf(gw).size();
    const int steps = c.doc.undoStack()->count();
    c.doc.setSelection({gw});
    c.view->deleteSelection();
    QVERIFY(!c.doc.topology().node(gw));
    QCOMPARE(c.doc.topology().links().size(), links - gwLinks);
    QCOMPARE(c.doc.undoStack()->count(), steps + 1);
    checkMirror(c.view->canvasScene(), c.doc);
    c.doc.undoStack()->undo();
    QVERIFY(c.doc.topology().node(gw));
    checkMirror(c.view->canvasScene(), c.doc);

    // The Delete key does the same when the canvas has focus.
    c.doc.setSelection({gw});
    QTest::keyClick(c.view.get(), Qt::Key_Delete);
    QVERIFY(!c.doc.topology().node(gw));
    QCOMPARE(c.doc.undoStack()->count(), steps + 1);
}

void TestGuiCanvas::autoLayoutIsDeterministic()
{
    auto scrambled = [](int seed) {
        Design d = haDesign(4, 2);
        int i = seed;
        for (const Node &n : d.topology.nodes()) {
            d.topology.mutableNode(n.id)->pos = QPointF((i * 97) % 800, (i * 53) % 600);
            i += 7;
        }
        return d;
    };
    Canvas first(scrambled(1));
    Canvas second(scrambled(5));
    const int steps = first.doc.undoStack()->count();
    first.view->autoLayout();
    second.view->autoLayout();
    QCOMPARE(first.doc.undoStack()->count(), steps + 1);
    const auto expected = autoLayout(first.doc.topology());
    for (const Node &n : first.doc.topology().nodes()) {
        QCOMPARE(n.pos, expected.value(n.id));
        QCOMPARE(second.doc.topology().node(n.id)->pos, n.pos);
        QCOMPARE(first.view->canvasScene()->nodeItem(n.id)->pos(), n.pos);
    }
    // Laid out already: nothing to do, no empty step.
    first.view->autoLayout();
    QCOMPARE(first.doc.undoStack()->count(), steps + 1);
    first.doc.undoStack()->undo();
    QCOMPARE(first.doc.topology(), scrambled(1).topology);
}

void TestGuiCanvas::alignAndDistribute()
{
    Design d;
    makeNode(d.topology, NodeKind::Gateway, QStringLiteral("a"), QPointF(40, 0));
    makeNode(d.topology, NodeKind::Gateway, QStringLiteral("b"), QPointF(300, 100));
    makeNode(d.topology, NodeKind::Gateway, QStringLiteral("c"), QPointF(90, 200));
    Canvas c(d);
    const QList<NodeId> ids{idOf(c.doc, "a"), idOf(c.doc, "b"), idOf(c.doc, "c")};
    c.doc.setSelection(ids);
    const int steps = c.doc.undoStack()->count();
    c.view->alignLeft();
    QCOMPARE(c.doc.undoStack()->count(), steps + 1);
    for (NodeId id : ids)
        QCOMPARE(c.doc.topology().node(id)->pos.x(), 40.0);
    c.view->alignLeft();
    QCOMPARE(c.doc.undoStack()->count(), steps + 1);
    c.doc.undoStack()->undo();
    QCOMPARE(c.doc.topology().node(ids[1])->pos.x(), 300.0);

    c.view->alignBottom();
    for (NodeId id : ids)
        QCOMPARE(c.doc.topology().node(id)->pos.y(), 200.0);
    c.doc.undoStack()->undo();

    // Distribute keeps the outer two and spaces the middle one evenly.
    c.view->distributeHorizontally();
    QCOMPARE(c.doc.topology().node(ids[2])->pos.x(), 170.0);
    QCOMPARE(c.doc.topology().node(ids[0])->pos.x(), 40.0);
    QCOMPARE(c.doc.topology().node(ids[1])->pos.x(), 300.0);
}

void TestGuiCanvas::zoomKeepsPointUnderCursor()
{
    Canvas c(haDesign());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    c.view->resetZoom();
    const QPoint cursor(310, 220);
    const QPointF before = c.view->mapToScene(cursor);
    const qreal zoom = c.view->zoom();
    QWheelEvent in(QPointF(cursor), QPointF(c.viewport()->mapToGlobal(cursor)), QPoint(), QPoint(0, 120),
                   Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(c.viewport(), &in);
    QVERIFY(c.view->zoom() > zoom * 1.2);
    QVERIFY(QLineF(c.view->mapToScene(cursor), before).length() <= 1.5 / c.view->zoom());

    const QPoint other(700, 500);
    const QPointF before2 = c.view->mapToScene(other);
    QWheelEvent out(QPointF(other), QPointF(c.viewport()->mapToGlobal(other)), QPoint(), QPoint(0, -360),
                    Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(c.viewport(), &out);
    QVERIFY(c.view->zoom() < zoom);
    QVERIFY(QLineF(c.view->mapToScene(other), before2).length() <= 1.5 / c.view->zoom());

    // Fit all shows every node.
    c.view->zoomToFit();
    const QRectF visible = c.view->mapToScene(c.viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(c.view->canvasScene()->contentRect()));
    c.view->zoomIn();
    QVERIFY(c.view->mapToScene(c.viewport()->rect()).boundingRect().width() < visible.width() * 0.9);

    // Centring on a node (the Problems list does this) brings it to the middle, readable.
    c.view->setZoom(0.2);
    const NodeId db = idOf(c.doc, "mysql");
    c.view->centerOnNode(db);
    QVERIFY(c.view->zoom() >= 0.6);
    const QPointF middle = c.view->mapToScene(c.viewport()->rect().center());
    QVERIFY(QLineF(middle, c.view->canvasScene()->nodeItem(db)->cardSceneRect().center()).length() < 2);
}

void TestGuiCanvas::clusterFramesFollowMembers()
{
    Canvas c(haDesign());
    CanvasScene *scene = c.view->canvasScene();
    const NodeId gwLb = idOf(c.doc, "gw-lb");
    const NodeId gw = idOf(c.doc, "apim-gw-2");
    const ClusterFrameItem *frame = scene->clusterFrame(gwLb);
    QVERIFY(frame);
    QCOMPARE(frame->memberCount(), 2);
    QVERIFY(frame->label().contains(QStringLiteral("gw-lb")));
    QVERIFY(frame->countLabel().startsWith(QLatin1Char('2')));
    QVERIFY(frame->frameRect().contains(scene->nodeItem(gw)->cardSceneRect()));

    c.doc.push(new MoveNodesCommand(&c.doc, {{gw, QPointF(2000, 900)}}));
    scene->flushPendingUpdates();
    QVERIFY(frame->frameRect().contains(scene->nodeItem(gw)->cardSceneRect()));
    QVERIFY(frame->frameRect().contains(scene->nodeItem(idOf(c.doc, "apim-gw-1"))->cardSceneRect()));

    QList<LinkId> fronting;
    for (const Link &l : c.doc.topology().links()) {
        if (l.from == gwLb)
            fronting.append(l.id);
    }
    c.doc.push(new DisconnectCommand(&c.doc, fronting));
    scene->flushPendingUpdates();
    QVERIFY(!scene->clusterFrame(gwLb));
    c.doc.undoStack()->undo();
    scene->flushPendingUpdates();
    QVERIFY(scene->clusterFrame(gwLb));
    QCOMPARE(scene->clusterFrame(gwLb)->memberCount(), 2);
}

void TestGuiCanvas::bigClustersDrawBundles()
{
    const int gateways = CanvasScene::BundleThreshold + 4;
    Canvas c(haDesign(gateways, 2));
    CanvasScene *scene = c.view->canvasScene();
    const Topology &t = c.doc.topology();
    const NodeId gwLb = idOf(c.doc, "gw-lb");
    const NodeId cpLb = idOf(c.doc, "cp-lb");
    const NodeId cp1 = idOf(c.doc, "apim-cp-1");
    const NodeId db = idOf(c.doc, "mysql");
    checkMirror(scene, c.doc);
    // The big gateway cluster: balancer -> cluster, cluster -> each control plane, cluster -> database.
    const QList<LinkItem *> bundles = scene->bundleItems(gwLb);
    QCOMPARE(bundles.size(), 4);
    int bundled = 0;
    for (const LinkItem *b : bundles) {
        QVERIFY(b->isVisible());
        bundled += b->bundleCount();
    }
    QCOMPARE(bundled, gateways * 4);
    const NodeId gw = idOf(c.doc, "apim-gw-3");
    for (const Link *l : t.linksOf(gw))
        QVERIFY(!scene->linkItem(l->id)->isVisible());
    // The small control-plane cluster draws each link.
    QVERIFY(scene->bundleItems(cpLb).isEmpty());
    QVERIFY(scene->linkItem(t.findLink(cp1, db)->id)->isVisible());

    // A new link from a member joins a bundle; undo takes it out again.
    Node extra;
    extra.kind = NodeKind::ControlPlane;
    extra.values.insert(Field::Name, QStringLiteral("cp-extra"));
    auto *add = new AddNodesCommand(&c.doc, {extra}, {}, QString());
    const NodeId extraId = add->nodeIds().first();
    c.doc.push(add);
    c.doc.push(new ConnectNodesCommand(&c.doc, gw, extraId));
    scene->flushPendingUpdates();
    QCOMPARE(scene->bundleItems(gwLb).size(), 5);
    QVERIFY(!scene->linkItem(t.findLink(gw, extraId)->id)->isVisible());
    c.doc.undoStack()->undo();
    scene->flushPendingUpdates();
    QCOMPARE(scene->bundleItems(gwLb).size(), 4);

    // Below the threshold every link is drawn again.
    QList<NodeId> remove;
    for (int i = 1; i <= 4; ++i)
        remove.append(idOf(c.doc, QStringLiteral("apim-gw-%1").arg(i).toLatin1().constData()));
    c.doc.push(new RemoveNodesCommand(&c.doc, remove));
    scene->flushPendingUpdates();
    QVERIFY(scene->bundleItems(gwLb).isEmpty());
    for (const Link &l : t.links())
        QVERIFY(scene->linkItem(l.id)->isVisible());
    checkMirror(scene, c.doc);
    c.doc.undoStack()->undo();
    scene->flushPendingUpdates();
    QCOMPARE(scene->bundleItems(gwLb).size(), 4);
    checkMirror(scene, c.doc);
}

void TestGuiCanvas::badgesFollowValidation()
{
    Canvas c(haDesign());
    CanvasScene *scene = c.view->canvasScene();
    scene->flushPendingUpdates();
    const NodeId gw = idOf(c.doc, "apim-gw-1");
    QCOMPARE(scene->nodeItem(gw)->errorCount(), 0);

    const NodeId added = c.view->addNodeAt(NodeKind::Gateway, QPointF(0, 800));
    scene->flushPendingUpdates();
    int expected = 0;
    for (const Finding &f : validateDesign(c.doc.design()))
        expected += f.node == added && f.severity == Severity::Error ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(scene->nodeItem(added)->errorCount(), expected);
    QVERIFY(scene->nodeItem(added)->toolTip().contains(QStringLiteral("hostname")));

    c.doc.push(new SetNodeValueCommand(&c.doc, {added}, Field::Hostname, QStringLiteral("gw-new.example")));
    // The refresh is coalesced on a timer; the event loop runs it.
    QTRY_COMPARE(scene->nodeItem(added)->errorCount(), expected - 1);
}

void TestGuiCanvas::labelsFollowEdits()
{
    Canvas c(haDesign());
    CanvasScene *scene = c.view->canvasScene();
    const NodeId gw = idOf(c.doc, "apim-gw-1");
    const NodeId lb = idOf(c.doc, "gw-lb");
    QCOMPARE(scene->nodeItem(lb)->subtitle(), QStringLiteral("gw.wso2.com"));
    c.doc.push(new SetNodeValueCommand(&c.doc, {gw}, Field::Hostname, QStringLiteral("edge-1.internal")));
    QCOMPARE(scene->nodeItem(gw)->subtitle(), QStringLiteral("edge-1.internal"));
    c.doc.push(new SetNodeValueCommand(&c.doc, {lb}, Field::Name, QStringLiteral("edge-lb")));
    QCOMPARE(scene->nodeItem(lb)->title(), QStringLiteral("edge-lb"));
    scene->flushPendingUpdates();
    QVERIFY(scene->clusterFrame(lb)->label().contains(QStringLiteral("edge-lb")));
    c.doc.undoStack()->undo();
    c.doc.undoStack()->undo();
    QCOMPARE(scene->nodeItem(gw)->subtitle(), QStringLiteral("apim-gw-1"));
}

void TestGuiCanvas::exportWritesFiles()
{
    Canvas c(haDesign());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString png = dir.filePath(QStringLiteral("diagram.png"));
    QVERIFY2(c.view->exportPng(png, 0.5, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    const QRectF content = c.view->canvasScene()->contentRect();
    QVERIFY(image.width() >= content.width() * 0.5 && image.width() < content.width() * 0.5 + 100);
    QVERIFY(image.height() > content.height() * 0.5);

    const QString svg = dir.filePath(QStringLiteral("diagram.svg"));
    QVERIFY2(c.view->exportSvg(svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(renderer.viewBoxF().width() >= content.width());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("apim-gw-1"));
    QVERIFY(!text.contains("xlink:href=\"http"));

    QVERIFY(!c.view->exportPng(QStringLiteral("/nonexistent-dir/x.png"), 1.0, &error));
    QVERIFY(!error.isEmpty());
    TopologyDocument empty;
    CanvasView emptyView(&empty);
    QVERIFY(!emptyView.exportSvg(dir.filePath(QStringLiteral("empty.svg")), &error));
}

void TestGuiCanvas::paletteListsAndAddsKinds()
{
    const QList<NodeKind> kinds = SchemaRegistry::instance().paletteKinds();
    PaletteWidget palette;
    QCOMPARE(palette.count(), int(kinds.size()));
    for (int row = 0; row < palette.count(); ++row) {
        QCOMPARE(palette.kindAt(row), kinds[row]);
        QCOMPARE(palette.item(row)->text(),
                 SchemaRegistry::label(SchemaRegistry::instance().kind(kinds[row])));
        QVERIFY(!palette.item(row)->icon().isNull());
        QVERIFY(!palette.item(row)->toolTip().isEmpty());
        std::unique_ptr<QMimeData> mime(PaletteWidget::createMimeData(kinds[row]));
        QCOMPARE(PaletteWidget::kindFromMimeData(mime.get()), std::optional<NodeKind>(kinds[row]));
    }

    Canvas c(looseDesign());
    palette.setCanvasView(c.view.get());
    palette.resize(240, 400);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QSignalSpy requested(&palette, &PaletteWidget::addRequested);
    const int row = palette.rowOfKind(NodeKind::Database);
    const QPoint at = palette.visualItemRect(palette.item(row)).center();
    const qsizetype nodes = c.doc.topology().nodes().size();
    QTest::mouseClick(palette.viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(palette.viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(palette.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<NodeKind>(), NodeKind::Database);
    QCOMPARE(c.doc.topology().nodes().size(), nodes + 1);
    QCOMPARE(c.doc.topology().nodes().last().kind, NodeKind::Database);
    QCOMPARE(c.doc.topology().nodes().last().name(), QStringLiteral("db-1"));
}

QTEST_MAIN(TestGuiCanvas)
#include "tst_gui_canvas.moc"
