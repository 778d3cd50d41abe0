// Links go around the cards in their way: the router on its own (pure
// geometry), then a link on the canvas that must bend around a card between
// its ends and straightens once the card moves away.
#include "canvastestutil.h"
#include "linkrouter.h"
#include "nodecommands.h"

using namespace apim;
using namespace canvastest;

class TestGuiCanvasRouting : public QObject
{
    Q_OBJECT

private slots:
    void straightWhenNothingIsInTheWay();
    void avoidsEveryObstacle();
    void isDeterministic();
    void fallsBackToStraight();
    void roundedCornersStayOnTheWay();
    void linkGoesAroundCardBetweenItsEnds();
};

namespace {

bool crossesAny(const QPolygonF &path, const QList<QRectF> &rects)
{
    return LinkRouter::pathCrosses(path, rects);
}

} // namespace

void TestGuiCanvasRouting::straightWhenNothingIsInTheWay()
{
    const QList<QRectF> aside{QRectF(100, 100, 50, 50)};
    const QPolygonF path = LinkRouter::route(QPointF(0, 0), QPointF(300, 0), aside, 10);
    QCOMPARE(path, QPolygonF({QPointF(0, 0), QPointF(300, 0)}));
}

void TestGuiCanvasRouting::avoidsEveryObstacle()
{
    // A wall of cards across the way, with a gap above.
    const QList<QRectF> cards{QRectF(100, -40, 60, 80), QRectF(100, 50, 60, 80), QRectF(220, -120, 40, 200)};
    const QPolygonF path = LinkRouter::route(QPointF(0, 0), QPointF(400, 0), cards, 12);
    QVERIFY(path.size() > 2);
    QCOMPARE(path.first(), QPointF(0, 0));
    QCOMPARE(path.last(), QPointF(400, 0));
    QVERIFY(!crossesAny(path, cards));
    // It keeps the clearance, too: cards grown by a little less are not crossed.
    QList<QRectF> grown;
    for (const QRectF &r : cards)
        grown.append(r.adjusted(-11, -11, 11, 11));
    QVERIFY(!crossesAny(path, grown));
    QVERIFY(!crossesAny(LinkRouter::roundCorners(path, 14), cards));
}

void TestGuiCanvasRouting::isDeterministic()
{
    QList<QRectF> cards{QRectF(100, -30, 60, 60), QRectF(250, -60, 60, 60), QRectF(180, 40, 40, 40)};
    const QPolygonF first = LinkRouter::route(QPointF(0, 0), QPointF(400, 0), cards, 12);
    std::reverse(cards.begin(), cards.end());
    const QPolygonF second = LinkRouter::route(QPointF(0, 0), QPointF(400, 0), cards, 12);
    QCOMPARE(first, second);
    // A card exactly in the middle: above and below are as long; the same side wins every time.
    const QList<QRectF> middle{QRectF(150, -30, 100, 60)};
    QCOMPARE(LinkRouter::route(QPointF(0, 0), QPointF(400, 0), middle, 10),
             LinkRouter::route(QPointF(0, 0), QPointF(400, 0), middle, 10));
}

void TestGuiCanvasRouting::fallsBackToStraight()
{
    // The end is walled in on every side: no way around, so the straight line.
    const QList<QRectF> walls{QRectF(350, -100, 20, 200), QRectF(430, -100, 20, 200),
                              QRectF(350, -100, 100, 20), QRectF(350, 80, 100, 20)};
    const QPolygonF path = LinkRouter::route(QPointF(0, 0), QPointF(400, 0), walls, 15);
    QCOMPARE(path, QPolygonF({QPointF(0, 0), QPointF(400, 0)}));
    // Too many obstacles: straight as well.
    QList<QRectF> crowd;
    for (int i = 0; i <= LinkRouter::MaxObstacles; ++i)
        crowd.append(QRectF(20 + i * 5, -50 + (i % 3), 3, 100));
    QCOMPARE(LinkRouter::route(QPointF(0, 0), QPointF(400, 0), crowd, 1).size(), 2);
}

void TestGuiCanvasRouting::roundedCornersStayOnTheWay()
{
    const QPolygonF corner({QPointF(0, 0), QPointF(100, 0), QPointF(100, 100)});
    const QPolygonF round = LinkRouter::roundCorners(corner, 20);
    QCOMPARE(round.first(), corner.first());
    QCOMPARE(round.last(), corner.last());
    QVERIFY(round.size() > 3);
    // The corner itself is cut: no point of the curve is on it.
    for (const QPointF &p : round)
        QVERIFY(QLineF(p, QPointF(100, 0)).length() > 4);
}

void TestGuiCanvasRouting::linkGoesAroundCardBetweenItsEnds()
{
    Design d;
    const Node a = makeNode(d.topology, NodeKind::Gateway, QStringLiteral("a"), QPointF(0, 0));
    const Node b = makeNode(d.topology, NodeKind::Database, QStringLiteral("b"), QPointF(300, 0));
    const Node c = makeNode(d.topology, NodeKind::ControlPlane, QStringLiteral("c"), QPointF(600, 0));
    Link link;
    link.id = d.topology.allocateLinkId();
    link.from = a.id;
    link.to = c.id;
    d.topology.insertLink(d.topology.links().size(), link);
    Canvas canvas(d);
    QVERIFY(QTest::qWaitForWindowExposed(canvas.view.get()));
    CanvasScene *scene = canvas.view->canvasScene();
    scene->flushPendingUpdates();
    const LinkItem *item = scene->linkItem(link.id);
    QVERIFY(item);
    const QRectF bRect = scene->nodeItem(b.id)->cardSceneRect();
    QVERIFY(item->isRouted());
    QVERIFY(!LinkRouter::pathCrosses(item->path(), {bRect}));
    QVERIFY(!item->shape().intersects(bRect));
    // Clicks follow the routed line: at its middle (above or below b), not through b.
    QVERIFY(!bRect.contains(item->midPoint()));
    QCOMPARE(scene->linkAt(item->midPoint()), item);

    // b moves out of the way: the link is straight again once the deferred pass ran.
    canvas.doc.push(new MoveNodesCommand(&canvas.doc, {{b.id, QPointF(300, 400)}}, false));
    scene->flushPendingUpdates();
    QVERIFY(!item->isRouted());
    const QPolygonF straight = item->path();
    for (const QPointF &p : straight)
        QVERIFY2(std::abs(p.y() - straight.first().y()) < 0.5, "a straight horizontal link");
    // And back: around again (undo moves b back between the ends).
    canvas.doc.undoStack()->undo();
    scene->flushPendingUpdates();
    QVERIFY(item->isRouted());
    QVERIFY(!LinkRouter::pathCrosses(item->path(), {scene->nodeItem(b.id)->cardSceneRect()}));
}

QTEST_MAIN(TestGuiCanvasRouting)
#include "tst_gui_canvas_routing.moc"
