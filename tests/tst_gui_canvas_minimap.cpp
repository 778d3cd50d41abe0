// The overview: shown only while the design is larger than the view, every
// node on it, and a click on it moves the view there.
#include "canvasminimap.h"
#include "canvastestutil.h"

using namespace apim;
using namespace canvastest;

class TestGuiCanvasMinimap : public QObject
{
    Q_OBJECT

private slots:
    void showsWhenTheDesignDoesNotFit();
};

void TestGuiCanvasMinimap::showsWhenTheDesignDoesNotFit()
{
    Canvas c(haDesign(4, 3));
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    CanvasMinimap *map = c.view->minimap();
    c.view->zoomToFit();
    QCoreApplication::processEvents();
    QVERIFY(!map->isNeeded());
    QVERIFY(map->isHidden());

    c.view->setZoom(2.0);
    QCoreApplication::processEvents();
    QVERIFY(map->isNeeded());
    QVERIFY(map->isVisible());
    // In the bottom-right corner of the viewport, inside it.
    const QRect viewport = c.view->viewport()->geometry();
    QVERIFY(viewport.contains(map->geometry()));
    QVERIFY(map->geometry().right() > viewport.center().x());
    QVERIFY(map->geometry().bottom() > viewport.center().y());

    // A click on a node's dot brings that node to the middle of the view.
    const Node &far = c.doc.topology().nodes().last();
    const QRectF card = c.view->canvasScene()->nodeItem(far.id)->cardSceneRect();
    QPointF at;
    for (int x = 0; x < map->width() && at.isNull(); ++x) {
        for (int y = 0; y < map->height(); ++y) {
            if (card.contains(map->toScene(QPointF(x, y)))) {
                at = QPointF(x, y);
                break;
            }
        }
    }
    QVERIFY(!at.isNull());
    QTest::mouseClick(map, Qt::LeftButton, {}, at.toPoint());
    const QPointF centre = c.view->mapToScene(c.view->viewport()->rect().center());
    QVERIFY2(QLineF(centre, map->toScene(at)).length() < 40,
             qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
    QVERIFY(c.view->mapFromScene(card.center()).x() > 0);

    if (qEnvironmentVariableIsSet("APIM_SCREENSHOTS"))
        c.view->grab().save(QStringLiteral("canvas-minimap.png"));

    c.view->zoomToFit();
    QCoreApplication::processEvents();
    QVERIFY(map->isHidden());
}

QTEST_MAIN(TestGuiCanvasMinimap)
#include "tst_gui_canvas_minimap.moc"
