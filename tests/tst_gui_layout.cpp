// The main window's layout cannot be broken: an imported node with a long source
// path keeps the right-hand docks narrow and the canvas usable, View ▸ Reset
// Layout restores the default docks, and a saved layout that does not fit the
// screen is not restored.
#include "canvasview.h"
#include "importaction.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "testutil.h"
#include "topologydocument.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace apim;

namespace {

// A corpus set whose files sit deep in a folder, as a user's checkout does.
QString layOutCorpusSet(const QString &root)
{
    const QString deep = root + QStringLiteral("/home/someone/projects/customer-deployments/production-"
                                               "cluster-eu-west/wso2-apim-4.x/distributed");
    const QDir source(
        testutil::dataPath(QStringLiteral("corpus/csdgurugegit__WSO2-APIM-All-Distributed-Deployment")));
    QDir().mkpath(deep);
    for (const QString &name : source.entryList({QStringLiteral("*.toml")}, QDir::Files))
        QFile::copy(source.filePath(name), deep + QLatin1Char('/') + name);
    return deep;
}

QDockWidget *dock(const MainWindow &w, const char *name)
{
    return w.findChild<QDockWidget *>(QLatin1String(name));
}

} // namespace

class TestGuiLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void importedSelectionKeepsDocksNarrow();
    void resetLayoutRestoresDefaultDocks();
    void oversizedSavedLayoutIsNotRestored();

private:
    QTemporaryDir m_dir;
    QString m_set;
};

void TestGuiLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("apim-designer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_layout"));
    QVERIFY(m_dir.isValid());
    m_set = layOutCorpusSet(m_dir.path());
    QCOMPARE(QDir(m_set).entryList({QStringLiteral("*.toml")}).size(), 4);
}

void TestGuiLayout::init()
{
    QSettings().clear();
}

void TestGuiLayout::importedSelectionKeepsDocksNarrow()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.importAction()->summaryReporter = [](const QString &, const QString &) {};
    w.errorReporter = [](const QString &, const QString &m) { qWarning("%s", qPrintable(m)); };
    QVERIFY(w.importAction()->importPaths({m_set}));
    QCoreApplication::processEvents();
    const int canvasBefore = w.canvas()->width();

    const Topology &t = w.document()->topology();
    QVERIFY(!t.nodes().isEmpty());
    int imported = 0;
    for (const Node &n : t.nodes()) {
        if (n.sourceFile.isEmpty())
            continue; // a database the files name, not a file of its own
        ++imported;
        w.document()->setSelection({n.id});
        QCoreApplication::processEvents();
        QDockWidget *inspector = dock(w, "inspectorDock");
        QTest::qWait(50); // the docks lay out again on a later event
        QVERIFY2(w.width() <= 1280, qPrintable(QString::number(w.width())));
        QVERIFY2(inspector->width() <= w.width() * 2 / 5,
                 qPrintable(QStringLiteral("%1: inspector %2 px of %3")
                                .arg(n.name())
                                .arg(inspector->width())
                                .arg(w.width())));
        QVERIFY2(w.canvas()->width() >= CanvasView::MinimumWidth,
                 qPrintable(QStringLiteral("canvas %1 px").arg(w.canvas()->width())));
        QVERIFY2(
            w.canvas()->width() >= canvasBefore - 8,
            qPrintable(QStringLiteral("canvas %1 px, was %2").arg(w.canvas()->width()).arg(canvasBefore)));
        // The source path is all there, in the label's tooltip, though the label may elide it.
        auto *source = w.inspector()->findChild<QLabel *>(QStringLiteral("extraSource"));
        QVERIFY(source);
        QVERIFY(source->isVisible());
        QVERIFY2(source->toolTip().contains(QDir::toNativeSeparators(n.sourceFile)) ||
                     source->toolTip().contains(n.sourceFile),
                 qPrintable(source->toolTip()));
    }
    QCOMPARE(imported, 4);
    QVERIFY(w.canvas()->minimumWidth() >= CanvasView::MinimumWidth);
}

void TestGuiLayout::resetLayoutRestoresDefaultDocks()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.startPattern(QStringLiteral("gw-cp"))); // the canvas, not the start page
    QCoreApplication::processEvents();
    const QByteArray defaults = w.saveState();

    QAction *reset = w.action(QStringLiteral("actionResetLayout"));
    QVERIFY(reset);
    // Break it: docks hidden, floated and moved, the inspector widened.
    dock(w, "paletteDock")->hide();
    dock(w, "problemsDock")->setFloating(true);
    w.addDockWidget(Qt::LeftDockWidgetArea, dock(w, "previewDock"));
    w.resizeDocks({dock(w, "inspectorDock")}, {900}, Qt::Horizontal);
    QCoreApplication::processEvents();
    const QByteArray broken = w.saveState();
    QVERIFY(broken != defaults);

    reset->trigger();
    QCoreApplication::processEvents();
    QVERIFY(dock(w, "paletteDock")->isVisible());
    QVERIFY(!dock(w, "problemsDock")->isFloating());
    QCOMPARE(w.dockWidgetArea(dock(w, "previewDock")), Qt::RightDockWidgetArea);
    QCOMPARE(w.dockWidgetArea(dock(w, "paletteDock")), Qt::LeftDockWidgetArea);
    QCOMPARE(w.dockWidgetArea(dock(w, "problemsDock")), Qt::BottomDockWidgetArea);
    QVERIFY(!dock(w, "reviewDock")->isVisible());
    const int inspector = dock(w, "inspectorDock")->width();
    QVERIFY2(inspector >= 200 && inspector <= w.width() * 2 / 5, qPrintable(QString::number(inspector)));
    QVERIFY2(w.canvas()->width() >= w.width() / 2, qPrintable(QString::number(w.canvas()->width())));
    QVERIFY(w.saveState() != broken);
}

void TestGuiLayout::oversizedSavedLayoutIsNotRestored()
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setGeometry(QRect(screen.topLeft(), screen.size() * 3));
        w.resizeDocks({dock(w, "inspectorDock")}, {screen.width() * 2}, Qt::Horizontal);
        QCoreApplication::processEvents();
        QVERIFY(w.width() > screen.width());
        w.close(); // writes the settings
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(again.width() <= screen.width() && again.height() <= screen.height(),
             qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                            .arg(again.width())
                            .arg(again.height())
                            .arg(screen.width())
                            .arg(screen.height())));
    QVERIFY(again.canvas()->width() >= CanvasView::MinimumWidth);
    QVERIFY(dock(again, "inspectorDock")->width() <= again.width() * 2 / 5);
}

QTEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"
