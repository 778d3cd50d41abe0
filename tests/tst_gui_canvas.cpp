// The canvas: the scene mirrors the document by id, and every mouse gesture
// turns into exactly one undo command. Runs on the offscreen platform.
#include "autolayout.h"
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

    // Hovering the handle says what it does; the card says what the node is.
    const NodeItem *lbItem = c.view->canvasScene()->nodeItem(lb);
    QTest::mouseMove(c.viewport(), c.handleOf(lb));
    QTRY_VERIFY2(lbItem->toolTip().contains(QLatin1String("Drag to another node")),
                 qPrintable(lbItem->toolTip()));
    QTest::mouseMove(c.viewport(), c.centreOf(lb));
    QTRY_VERIFY2(lbItem->toolTip().contains(QLatin1String("<b>lb</b>")), qPrintable(lbItem->toolTip()));

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
    // Undo selects what came back, so that it can be seen and acted on.
    QCOMPARE(c.doc.selection(), QList<NodeId>{gw});
    QVERIFY(c.view->canvasScene()->nodeItem(gw)->isSelected());

    // The Delete key does the same when the canvas has focus.
    c.doc.setSelection({gw});
    QTest::keyClick(c.view.get(), Qt::Key_Delete);
    QVERIFY(!c.doc.topology().node(gw));
    QCOMPARE(c.doc.undoStack()->count(), steps + 1);
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
    connect(&palette, &PaletteWidget::addRequested, c.view.get(), &CanvasView::addNodeAtCenter);
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
