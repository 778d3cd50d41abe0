// The canvas's arranging and drawing: auto-layout, align and distribute, zoom,
// cluster frames and bundles, problem badges, labels and image export.
#include "autolayout.h"
#include "canvaslegend.h"
#include "canvasminimap.h"
#include "canvasstyle.h"
#include "canvastestutil.h"
#include "clusterframeitem.h"
#include "linkcommands.h"
#include "nodecommands.h"
#include "palettewidget.h"
#include "validation.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>

using namespace apim;
using namespace canvastest;

class TestGuiCanvasLayout : public QObject
{
    Q_OBJECT

private slots:
    void autoLayoutIsDeterministic();
    void alignAndDistribute();
    void zoomKeepsPointUnderCursor();
    void fitAllKeepsAMarginAtAReadableZoom();
    void clusterFramesFollowMembers();
    void bigClustersDrawBundles();
    void badgesFollowValidation();
    void labelsFollowEdits();
    void exportWritesFiles();
};

void TestGuiCanvasLayout::autoLayoutIsDeterministic()
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

void TestGuiCanvasLayout::alignAndDistribute()
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

void TestGuiCanvasLayout::zoomKeepsPointUnderCursor()
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

namespace {

// After Fit All: every card lies inside the viewport by `margin` pixels and
// clear of the legend, and no overview is needed.
void checkAllVisible(const Canvas &c, int margin)
{
    const QRect inner = c.viewport()->rect().adjusted(margin, margin, -margin, -margin);
    const CanvasLegend *legend = c.view->legend();
    const QRect legendRect =
        legend->isVisible() ? legend->geometry().translated(-c.viewport()->pos()) : QRect();
    for (const Node &n : c.doc.topology().nodes()) {
        const QRect card =
            c.view->mapFromScene(c.view->canvasScene()->nodeItem(n.id)->cardSceneRect()).boundingRect();
        QVERIFY2(inner.contains(card), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 in %6x%7")
                                                      .arg(n.name())
                                                      .arg(card.x())
                                                      .arg(card.y())
                                                      .arg(card.width())
                                                      .arg(card.height())
                                                      .arg(c.viewport()->width())
                                                      .arg(c.viewport()->height())));
        QVERIFY2(!legendRect.intersects(card), qPrintable(n.name()));
    }
    QVERIFY(!c.view->minimap()->isNeeded());
}

} // namespace

void TestGuiCanvasLayout::fitAllKeepsAMarginAtAReadableZoom()
{
    // Two nodes: shown whole at 100 %, not magnified, and not shrunk either.
    Design two;
    makeNode(two.topology, NodeKind::Gateway, QStringLiteral("gw"), QPointF(0, 0));
    makeNode(two.topology, NodeKind::ControlPlane, QStringLiteral("cp"), QPointF(300, 0));
    Canvas small(two);
    QVERIFY(QTest::qWaitForWindowExposed(small.view.get()));
    small.view->setZoom(3.0);
    small.view->zoomToFit();
    QCOMPARE(small.view->zoom(), 1.0);
    checkAllVisible(small, 16);
    small.view->setZoom(0.2);
    small.view->zoomToFit();
    QCOMPARE(small.view->zoom(), 1.0);

    // Far apart: the zoom that just fits them, with the margin kept.
    two.topology.mutableNode(two.topology.nodeByName(QStringLiteral("cp"))->id)->pos = QPointF(2400, 900);
    Canvas wide(two);
    QVERIFY(QTest::qWaitForWindowExposed(wide.view.get()));
    wide.view->zoomToFit();
    QVERIFY(wide.view->zoom() < 0.5);
    checkAllVisible(wide, 16);
    // The biggest zoom that keeps them in: a step closer, one is cut off or inside the margin.
    const qreal fit = wide.view->zoom();
    wide.view->setZoom(fit * 1.15);
    const QRectF shown = wide.view->mapToScene(wide.viewport()->rect()).boundingRect();
    QVERIFY(!shown.contains(wide.view->canvasScene()->contentRect()));

    // Tall: the height decides, and the legend, folded or in another corner, covers none of it.
    two.topology.mutableNode(two.topology.nodeByName(QStringLiteral("cp"))->id)->pos = QPointF(0, 1400);
    Canvas tall(two);
    QVERIFY(QTest::qWaitForWindowExposed(tall.view.get()));
    tall.view->zoomToFit();
    QTest::qWait(20); // the legend places itself on the next turn of the event loop
    checkAllVisible(tall, 16);

    // A thousand nodes in a grid: every one on screen.
    Design big;
    for (int i = 0; i < 1000; ++i)
        makeNode(big.topology, NodeKind::Gateway, QStringLiteral("gw-%1").arg(i),
                 QPointF((i % 40) * 260.0, (i / 40) * 160.0));
    Canvas many(big);
    QVERIFY(QTest::qWaitForWindowExposed(many.view.get()));
    many.view->resetZoom();
    QVERIFY(many.view->minimap()->isNeeded());
    many.view->zoomToFit();
    checkAllVisible(many, 16);
}

void TestGuiCanvasLayout::clusterFramesFollowMembers()
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

void TestGuiCanvasLayout::bigClustersDrawBundles()
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

void TestGuiCanvasLayout::badgesFollowValidation()
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

void TestGuiCanvasLayout::labelsFollowEdits()
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

void TestGuiCanvasLayout::exportWritesFiles()
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

QTEST_MAIN(TestGuiCanvasLayout)
#include "tst_gui_canvas_layout.moc"
