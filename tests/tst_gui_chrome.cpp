// The window around the canvas: its title, tool bar buttons that stay put, a
// legend that gets out of the way of nodes at 1024×700, and a window that fits
// its screen (also run with QT_SCALE_FACTOR=2, see tests/CMakeLists.txt).
#include "canvaslegend.h"
#include "canvasscene.h"
#include "canvastestutil.h"
#include "canvasview.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "templates.h"
#include "topologydocument.h"

#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using namespace apim;

namespace {

// The nodes the legend hides, as the user sees them.
QStringList nodesUnder(const MainWindow &w)
{
    const CanvasView *view = w.canvas();
    const QRect legend = view->legend()->geometry().translated(-view->viewport()->pos());
    QStringList out;
    for (QGraphicsItem *item : view->items(legend)) {
        if (item->type() == NodeItem::Type)
            out << static_cast<NodeItem *>(item)->toolTip();
    }
    return out;
}

} // namespace

class TestGuiChrome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("apim-designer-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_chrome"));
        QVERIFY(m_dir.isValid());
    }
    void init() { QSettings().clear(); }

    void titleIsTheFileOrTheDesignName()
    {
        MainWindow w;
        QVERIFY(w.startPattern(QStringLiteral("gw-cp-ha")));
        QVERIFY2(w.windowTitle().startsWith(QLatin1String("gw-cp-ha[*]")), qPrintable(w.windowTitle()));
        QVERIFY(!w.isWindowModified());
        w.canvas()->addNodeAtCenter(NodeKind::Database);
        QVERIFY(w.isWindowModified());
        const QString path = m_dir.filePath(QStringLiteral("shop.apimtopo"));
        QVERIFY(w.saveFile(path));
        QVERIFY2(w.windowTitle().startsWith(QLatin1String("shop.apimtopo[*]")), qPrintable(w.windowTitle()));
        QVERIFY(!w.isWindowModified());
    }

    void toolBarButtonsKeepTheirPlace()
    {
        MainWindow w;
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.startPattern(QStringLiteral("gw-cp")));
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        auto places = [&] {
            QList<QRect> out;
            for (QAction *a : bar->actions())
                if (QWidget *button = bar->widgetForAction(a))
                    out << button->geometry();
            return out;
        };
        const QList<QRect> before = places();
        QAction *undo = w.action(QStringLiteral("toolUndo"));
        QVERIFY(undo && bar->actions().contains(undo));
        QVERIFY(!undo->isEnabled());
        w.canvas()->addNodeAtCenter(NodeKind::Database);
        QApplication::processEvents();
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QVERIFY(undo->toolTip().contains(w.document()->undoStack()->undoText()));
        QCOMPARE(places(), before);
        undo->trigger();
        QVERIFY(w.document()->topology().nodesOfKind(NodeKind::Database).size() == 1); // gw-cp's own
        QCOMPARE(places(), before);
    }

    void legendNeverCoversNodes_data()
    {
        QTest::addColumn<QString>("pattern");
        for (const QString &pattern : Templates::patterns())
            QTest::newRow(qPrintable(pattern)) << pattern;
    }

    void legendNeverCoversNodes()
    {
        QFETCH(QString, pattern);
        MainWindow w;
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.startPattern(pattern));
        QTest::qWait(20);
        QVERIFY2(nodesUnder(w).isEmpty(), qPrintable(nodesUnder(w).join(QLatin1String(", "))));
        w.action(QStringLiteral("actionZoomFit"))->trigger();
        QTest::qWait(20);
        QVERIFY2(nodesUnder(w).isEmpty(), qPrintable(nodesUnder(w).join(QLatin1String(", "))));
    }

    void legendCollapsesToAButtonAndOpens()
    {
        MainWindow w;
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Nodes in every corner: open, it would cover some, so it is a small button.
        Design dense;
        for (int row = 0; row < 14; ++row)
            for (int column = 0; column < 14; ++column)
                canvastest::makeNode(dense.topology, NodeKind::Gateway,
                                     QStringLiteral("gw-%1-%2").arg(row).arg(column),
                                     QPointF(column * 170, row * 90));
        w.newDesign(dense);
        CanvasLegend *legend = w.canvas()->legend();
        QTest::qWait(20);
        QVERIFY(legend->isCollapsed());
        QVERIFY(legend->width() < 120 && legend->height() < 40);
        QVERIFY(w.action(QStringLiteral("actionLegend"))->isChecked()); // still wanted
        // A click opens it for reading, a second one closes it; View ▸ Show Legend follows.
        QTest::mouseClick(legend, Qt::LeftButton);
        QVERIFY(!legend->isCollapsed());
        QTest::mouseClick(legend, Qt::LeftButton);
        QVERIFY(legend->isCollapsed());
        QVERIFY(!w.action(QStringLiteral("actionLegend"))->isChecked());
        // With room on the canvas and the action on again, it is open.
        w.action(QStringLiteral("actionLegend"))->trigger();
        QVERIFY(w.startPattern(QStringLiteral("aio")));
        QTest::qWait(20);
        QVERIFY(!legend->isCollapsed());
        QVERIFY(nodesUnder(w).isEmpty());
    }

    void windowOpensInsideTheScreen()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRect screen = w.screen()->availableGeometry();
        QVERIFY2(screen.contains(w.frameGeometry()),
                 qPrintable(QStringLiteral("window %1x%2+%3+%4, screen %5x%6, scale %7")
                                .arg(w.frameGeometry().width())
                                .arg(w.frameGeometry().height())
                                .arg(w.frameGeometry().x())
                                .arg(w.frameGeometry().y())
                                .arg(screen.width())
                                .arg(screen.height())
                                .arg(w.devicePixelRatioF())));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiChrome)
#include "tst_gui_chrome.moc"
