// The canvas in a main window: its context menus (node, link, empty canvas) and
// its keys (arrows nudge in one undo step per burst, Tab walks the nodes, Esc
// cancels or clears). Menus are built with CanvasContextMenu::create, the code
// the right button runs, and their actions triggered as a click would.
#include "canvascontextmenu.h"
#include "canvasfindbar.h"
#include "canvasrename.h"
#include "canvasscene.h"
#include "canvasstyle.h"
#include "canvasview.h"
#include "designchecker.h"
#include "inspectorwidget.h"
#include "linkitem.h"
#include "mainwindow.h"
#include "nodecommands.h"
#include "nodeitem.h"
#include "problemswidget.h"
#include "topologydocument.h"

#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace apim;

class TestGuiCanvasMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nodeMenuActsOnTheNode();
    void nodeMenuShowsAndFixesItsProblems();
    void linkToConnectsTheValidWayRound();
    void linkMenuRemovesAndSelectsEnds();
    void canvasMenuAddsNodeWhereClicked();
    void arrowsNudgeInOneStepPerBurst();
    void tabWalksNodesAndEscapeClears();
    void findBarFindsByNameHostIpAndKind();

private:
    std::unique_ptr<MainWindow> window(const char *pattern = "gw-cp-ha");
};

namespace {

QAction *findAction(const QMenu *menu, const QString &name)
{
    for (QAction *a : menu->findChildren<QAction *>()) {
        if (a->objectName() == name)
            return a;
    }
    for (QAction *a : menu->actions()) {
        if (a->objectName() == name)
            return a;
        if (a->menu())
            if (QAction *inner = findAction(a->menu(), name))
                return inner;
    }
    return nullptr;
}

QStringList names(const QMenu *menu)
{
    QStringList out;
    for (const QAction *a : menu->actions())
        out.append(a->menu() ? a->menu()->objectName() : a->objectName());
    return out;
}

const Node *first(const Topology &t, NodeKind kind)
{
    const auto nodes = t.nodesOfKind(kind);
    return nodes.isEmpty() ? nullptr : nodes.first();
}

} // namespace

void TestGuiCanvasMenus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("apim-designer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_canvas_menus"));
}

void TestGuiCanvasMenus::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestGuiCanvasMenus::window(const char *pattern)
{
    auto w = std::make_unique<MainWindow>();
    w->newFromTemplate(QLatin1String(pattern));
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    w->canvas()->canvasScene()->flushPendingUpdates();
    return w;
}

void TestGuiCanvasMenus::nodeMenuActsOnTheNode()
{
    auto w = window();
    QVERIFY(w);
    TopologyDocument *doc = w->document();
    const Node *gw = first(doc->topology(), NodeKind::Gateway);
    const NodeId id = gw->id;
    const QPointF at = w->canvas()->canvasScene()->nodeItem(id)->cardSceneRect().center();
    // The right button opens the same menu (it pops up without blocking).
    {
        const QPoint local = w->canvas()->mapFromScene(at);
        QContextMenuEvent event(QContextMenuEvent::Mouse, local, w->canvas()->viewport()->mapToGlobal(local));
        QCoreApplication::sendEvent(w->canvas()->viewport(), &event);
        QMenu *shown = w->canvas()->findChild<QMenu *>(QStringLiteral("canvasContextMenu"));
        QVERIFY(shown && shown->isVisible());
        QVERIFY(findAction(shown, QStringLiteral("menuShowFiles")));
        shown->close();
        QTRY_VERIFY(!w->canvas()->findChild<QMenu *>(QStringLiteral("canvasContextMenu")));
    }
    // The Menu key opens the selected node's menu, wherever the pointer is.
    {
        doc->setSelection({id});
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(0, 0),
                                w->canvas()->viewport()->mapToGlobal(QPoint(0, 0)));
        QCoreApplication::sendEvent(w->canvas()->viewport(), &event);
        QMenu *shown = w->canvas()->findChild<QMenu *>(QStringLiteral("canvasContextMenu"));
        QVERIFY(shown && shown->isVisible());
        QVERIFY(findAction(shown, QStringLiteral("menuShowFiles")));
        QVERIFY(!shown->findChild<QMenu *>(QStringLiteral("menuAddNode")));
        shown->close();
        QTRY_VERIFY(!w->canvas()->findChild<QMenu *>(QStringLiteral("canvasContextMenu")));
    }
    std::unique_ptr<QMenu> menu(CanvasContextMenu::create(w->canvas(), at));
    // A right click selects the node under it, as a left click would.
    QCOMPARE(doc->selection(), QList<NodeId>{id});
    QCOMPARE(names(menu.get()),
             (QStringList{QStringLiteral("actionRename"), QStringLiteral("actionDuplicate"),
                          QStringLiteral("actionCopy"), QStringLiteral("actionCut"),
                          QStringLiteral("actionDelete"), QString(), QStringLiteral("menuShowFiles"),
                          QStringLiteral("menuShowProblems"), QStringLiteral("menuFixProblems"),
                          QStringLiteral("menuLinkTo")}));
    for (const QAction *a : menu->actions())
        QVERIFY2(a->isSeparator() || !a->text().isEmpty(), qPrintable(a->objectName()));

    // Show Files brings the Preview dock.
    QDockWidget *preview = w->findChild<QDockWidget *>(QStringLiteral("previewDock"));
    preview->hide();
    findAction(menu.get(), QStringLiteral("menuShowFiles"))->trigger();
    QVERIFY(preview->isVisible());

    // Duplicate makes one copy in one undo step; Delete removes the selection.
    const qsizetype nodes = doc->topology().nodes().size();
    findAction(menu.get(), QStringLiteral("actionDuplicate"))->trigger();
    QCOMPARE(doc->topology().nodes().size(), nodes + 1);
    QCOMPARE(doc->undoStack()->count(), 1);
    menu.reset(CanvasContextMenu::create(w->canvas(), at));
    QCOMPARE(doc->selection(), QList<NodeId>{id});
    findAction(menu.get(), QStringLiteral("actionDelete"))->trigger();
    QVERIFY(!doc->topology().node(id));
    QCOMPARE(doc->undoStack()->count(), 2);
}

void TestGuiCanvasMenus::nodeMenuShowsAndFixesItsProblems()
{
    auto w = window();
    QVERIFY(w);
    TopologyDocument *doc = w->document();
    DesignChecker *checker = w->canvas()->canvasScene()->checker();
    QVERIFY(checker);
    // A clean node: nothing to show or fix.
    const NodeId clean = first(doc->topology(), NodeKind::Database)->id;
    for (const Finding &f : checker->findings())
        QVERIFY2(f.node != clean, qPrintable(f.message));
    const auto menuOf = [&w](NodeId id) {
        const QPointF at = w->canvas()->canvasScene()->nodeItem(id)->cardSceneRect().center();
        return std::unique_ptr<QMenu>(CanvasContextMenu::create(w->canvas(), at));
    };
    {
        auto menu = menuOf(clean);
        QVERIFY(!findAction(menu.get(), QStringLiteral("menuShowProblems"))->isEnabled());
        QVERIFY(!menu->findChild<QMenu *>(QStringLiteral("menuFixProblems"))->isEnabled());
    }
    // A balancer published as "localhost": its members' findings carry the fix (on the balancer).
    const NodeId gw = first(doc->topology(), NodeKind::Gateway)->id;
    const NodeId lb = doc->topology().balancerOf(gw)->id;
    doc->push(new SetNodeValueCommand(doc, {lb}, Field::PublicHostname, QStringLiteral("localhost")));
    const auto localhostFix = [&]() -> QString {
        for (const Finding &f : checker->findings()) {
            if (f.node == gw && f.rule == QLatin1String("localhost-hostname") && !f.fixes.isEmpty() &&
                f.fixes.first().editsDesign())
                return f.fixes.first().title;
        }
        return QString();
    };
    const QString title = localhostFix();
    QVERIFY(!title.isEmpty());
    auto menu = menuOf(gw);
    QAction *show = findAction(menu.get(), QStringLiteral("menuShowProblems"));
    QVERIFY(show->isEnabled());
    QDockWidget *problems = w->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    problems->hide();
    show->trigger();
    QVERIFY(problems->isVisible());
    auto *widget = w->findChild<ProblemsWidget *>();
    QCOMPARE(widget->filterEdit()->text(), QStringLiteral("node:") + doc->topology().node(gw)->name());

    QMenu *fixes = menu->findChild<QMenu *>(QStringLiteral("menuFixProblems"));
    QVERIFY(fixes->isEnabled());
    QAction *fix = nullptr;
    for (QAction *a : fixes->actions())
        fix = a->text() == title ? a : fix;
    QVERIFY(fix);
    const int steps = doc->undoStack()->count();
    fix->trigger();
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY(doc->topology().node(lb)->text(Field::PublicHostname) != QLatin1String("localhost"));
    QVERIFY(localhostFix().isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(doc->topology().node(lb)->text(Field::PublicHostname), QStringLiteral("localhost"));
}

void TestGuiCanvasMenus::linkToConnectsTheValidWayRound()
{
    auto w = window("gw-cp");
    QVERIFY(w);
    TopologyDocument *doc = w->document();
    // A database offers to link to the nodes that may use it; the link runs from them.
    const Node *db = first(doc->topology(), NodeKind::Database);
    QVERIFY(db);
    const NodeId dbId = db->id;
    const QPointF at = w->canvas()->canvasScene()->nodeItem(dbId)->cardSceneRect().center();
    // Take away one link so that there is a target to offer.
    const Link *existing = doc->topology().linksOf(dbId).value(0);
    QVERIFY(existing);
    const NodeId client = existing->from;
    doc->setLinkSelection({existing->id});
    w->canvas()->deleteSelection();
    std::unique_ptr<QMenu> menu(CanvasContextMenu::create(w->canvas(), at));
    QMenu *linkTo = menu->findChild<QMenu *>(QStringLiteral("menuLinkTo"));
    QVERIFY(linkTo && linkTo->isEnabled());
    QAction *target = nullptr;
    for (QAction *a : linkTo->actions()) {
        QVERIFY(doc->topology().canConnect(a->data().toUInt(), dbId));
        if (a->data().toUInt() == client)
            target = a;
    }
    QVERIFY(target);
    target->trigger();
    QVERIFY(doc->topology().findLink(client, dbId));
}

void TestGuiCanvasMenus::linkMenuRemovesAndSelectsEnds()
{
    auto w = window();
    QVERIFY(w);
    TopologyDocument *doc = w->document();
    const Link link = doc->topology().links().first();
    const LinkItem *item = w->canvas()->canvasScene()->linkItem(link.id);
    QVERIFY(item);
    std::unique_ptr<QMenu> menu(CanvasContextMenu::create(w->canvas(), item->midPoint()));
    QCOMPARE(doc->linkSelection(), QList<LinkId>{link.id});
    QCOMPARE(names(menu.get()),
             (QStringList{QStringLiteral("menuRemoveLink"), QStringLiteral("menuSelectEnds"),
                          QStringLiteral("menuShowLinkEffects")}));
    findAction(menu.get(), QStringLiteral("menuShowLinkEffects"))->trigger();
    QVERIFY(w->findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isVisible());
    findAction(menu.get(), QStringLiteral("menuSelectEnds"))->trigger();
    QCOMPARE(QSet<NodeId>(doc->selection().cbegin(), doc->selection().cend()),
             (QSet<NodeId>{link.from, link.to}));
    menu.reset(CanvasContextMenu::create(w->canvas(), item->midPoint()));
    findAction(menu.get(), QStringLiteral("menuRemoveLink"))->trigger();
    QVERIFY(!doc->topology().link(link.id));
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestGuiCanvasMenus::canvasMenuAddsNodeWhereClicked()
{
    auto w = window();
    QVERIFY(w);
    TopologyDocument *doc = w->document();
    const QPointF at = doc->topology().nodes().first().pos + QPointF(0, -400);
    std::unique_ptr<QMenu> menu(CanvasContextMenu::create(w->canvas(), at));
    QCOMPARE(names(menu.get()),
             (QStringList{QStringLiteral("menuAddNode"), QStringLiteral("actionPaste"), QString(),
                          QStringLiteral("actionSelectAll"), QStringLiteral("menuAutoLayout"),
                          QStringLiteral("menuFitAll")}));
    QMenu *add = menu->findChild<QMenu *>(QStringLiteral("menuAddNode"));
    QAction *gateway = nullptr;
    for (QAction *a : add->actions())
        gateway = a->data().toString() == QLatin1String("gateway") ? a : gateway;
    QVERIFY(gateway);
    const qsizetype nodes = doc->topology().nodes().size();
    gateway->trigger();
    QCOMPARE(doc->topology().nodes().size(), nodes + 1);
    const Node &added = doc->topology().nodes().last();
    QCOMPARE(added.kind, NodeKind::Gateway);
    QCOMPARE(QRectF(added.pos, QSizeF(CanvasStyle::NodeWidth, CanvasStyle::NodeHeight)).center(), at);
    QCOMPARE(doc->selection(), QList<NodeId>{added.id});
    findAction(menu.get(), QStringLiteral("actionSelectAll"))->trigger();
    QCOMPARE(doc->selection().size(), nodes + 1);
}

void TestGuiCanvasMenus::arrowsNudgeInOneStepPerBurst()
{
    auto w = window();
    QVERIFY(w);
    TopologyDocument *doc = w->document();
    CanvasView *view = w->canvas();
    const QList<const Node *> gws = doc->topology().nodesOfKind(NodeKind::Gateway);
    const QList<NodeId> ids{gws.at(0)->id, gws.at(1)->id};
    const QPointF a = gws.at(0)->pos;
    const QPointF b = gws.at(1)->pos;
    doc->setSelection(ids);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    const QPointF moved(2 * CanvasStyle::GridSize / 4, CanvasStyle::GridSize);
    QCOMPARE(doc->topology().node(ids[0])->pos, a + moved);
    QCOMPARE(doc->topology().node(ids[1])->pos, b + moved);
    QCOMPARE(view->canvasScene()->nodeItem(ids[0])->pos(), a + moved);
    QCOMPARE(doc->undoStack()->count(), 1);
    // After a pause, or another command, a new burst is a new step.
    QTest::qWait(1300);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->topology().node(ids[0])->pos, a);
    QCOMPARE(doc->topology().node(ids[1])->pos, b);
    // Nothing selected: arrows scroll, as before, and change nothing.
    doc->setSelection({});
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(doc->undoStack()->index(), 0);
}

void TestGuiCanvasMenus::tabWalksNodesAndEscapeClears()
{
    auto w = window();
    QVERIFY(w);
    TopologyDocument *doc = w->document();
    CanvasView *view = w->canvas();
    const QList<NodeId> order = view->canvasScene()->readingOrder();
    QCOMPARE(order.size(), doc->topology().nodes().size());
    doc->setSelection({});
    view->setFocus();
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(doc->selection(), QList<NodeId>{order.at(0)});
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(doc->selection(), QList<NodeId>{order.at(1)});
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(doc->selection(), QList<NodeId>{order.at(0)});
    for (int i = 0; i < 2; ++i) {
        const QPointF p0 = doc->topology().node(order.at(i))->pos;
        const QPointF p1 = doc->topology().node(order.at(i + 1))->pos;
        QVERIFY(p0.y() < p1.y() + CanvasStyle::NodeHeight);
    }
    // F2 edits the name of the node Tab reached on its card; Enter renames it in one step.
    QTest::keyClick(view, Qt::Key_F2);
    CanvasRename *rename = view->renameEditor();
    QVERIFY(rename->isVisible());
    QCOMPARE(rename->node(), order.at(0));
    QCOMPARE(rename->text(), doc->topology().node(order.at(0))->name());
    QVERIFY(rename->hasFocus());
    const QRect card =
        view->mapFromScene(view->canvasScene()->nodeItem(order.at(0))->cardSceneRect()).boundingRect();
    QVERIFY(card.contains(rename->geometry().center()));
    // A taken name is refused with the reason; the field stays open.
    const QString taken = doc->topology().node(order.at(1))->name();
    rename->setText(taken);
    QTest::keyClick(rename, Qt::Key_Return);
    QVERIFY(rename->isVisible());
    QVERIFY2(rename->refusal().contains(taken), qPrintable(rename->refusal()));
    QCOMPARE(doc->undoStack()->count(), 0);
    rename->setText(QStringLiteral("edge-lb"));
    QTest::keyClick(rename, Qt::Key_Return);
    QVERIFY(!rename->isVisible());
    QCOMPARE(doc->topology().node(order.at(0))->name(), QStringLiteral("edge-lb"));
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(view->hasFocus());
    // Esc leaves the name as it was.
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(rename->isVisible());
    rename->setText(QStringLiteral("other"));
    if (qEnvironmentVariableIsSet("APIM_SCREENSHOTS"))
        view->grab().save(QStringLiteral("canvas-rename.png"));
    QTest::keyClick(rename, Qt::Key_Escape);
    QVERIFY(!rename->isVisible());
    QCOMPARE(doc->topology().node(order.at(0))->name(), QStringLiteral("edge-lb"));
    QCOMPARE(doc->undoStack()->count(), 1);
    // The selection survives the rename: Esc now clears it.
    QCOMPARE(doc->selection(), QList<NodeId>{order.at(0)});

    // Esc: first it ends a link drag, then it clears the selection.
    view->setFocus();
    doc->setSelection({order.at(0)});
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(doc->selection().isEmpty());
    doc->setLinkSelection({doc->topology().links().first().id});
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(doc->linkSelection().isEmpty());

    if (qEnvironmentVariableIsSet("APIM_SCREENSHOTS")) {
        doc->setSelection({order.at(2)});
        view->setFocus();
        QTest::qWait(50);
        w->grab().save(QStringLiteral("canvas-focus.png"));
    }
}

void TestGuiCanvasMenus::findBarFindsByNameHostIpAndKind()
{
    auto w = window();
    QVERIFY(w);
    TopologyDocument *doc = w->document();
    CanvasView *view = w->canvas();
    CanvasFindBar *bar = view->findBar();
    QVERIFY(bar->isHidden());
    view->setFocus();
    w->activateWindow();
    QTest::keySequence(w.get(), QKeySequence::Find);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->lineEdit()->hasFocus());
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("APIM-GW"));
    const QList<NodeId> gws{doc->topology().nodeByName(QStringLiteral("apim-gw-1"))->id,
                            doc->topology().nodeByName(QStringLiteral("apim-gw-2"))->id};
    QCOMPARE(bar->matches(), gws);
    QCOMPARE(bar->status(), QStringLiteral("1 of 2"));
    QCOMPARE(doc->selection(), QList<NodeId>{gws[0]});
    for (NodeId id : gws)
        QVERIFY(view->canvasScene()->nodeItem(id)->isFindMatch());
    QVERIFY(!view->canvasScene()
                 ->nodeItem(doc->topology().nodeByName(QStringLiteral("mysql"))->id)
                 ->isFindMatch());
    // The match is in sight.
    const QPoint centre = view->mapFromScene(view->canvasScene()->nodeItem(gws[0])->cardSceneRect().center());
    QVERIFY(view->viewport()->rect().contains(centre));

    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(doc->selection(), QList<NodeId>{gws[1]});
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return); // wraps
    QCOMPARE(doc->selection(), QList<NodeId>{gws[0]});
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(doc->selection(), QList<NodeId>{gws[1]});
    w->action(QStringLiteral("actionFindNext"))->trigger();
    QCOMPARE(doc->selection(), QList<NodeId>{gws[0]});

    // By kind, by IP address, by host name; nothing found says so.
    bar->lineEdit()->setText(QStringLiteral("database"));
    QCOMPARE(bar->matches(), QList<NodeId>{doc->topology().nodeByName(QStringLiteral("mysql"))->id});
    QVERIFY(!view->canvasScene()->nodeItem(gws[0])->isFindMatch());
    const Node *cp1 = doc->topology().nodeByName(QStringLiteral("apim-cp-1"));
    bar->lineEdit()->setText(cp1->ip());
    QCOMPARE(bar->matches(), QList<NodeId>{cp1->id});
    bar->lineEdit()->setText(QStringLiteral("db.wso2"));
    QCOMPARE(bar->matches().size(), 1);
    bar->lineEdit()->setText(QStringLiteral("no-such-node"));
    QVERIFY(bar->matches().isEmpty());
    QCOMPARE(bar->status(), QStringLiteral("No match"));

    if (qEnvironmentVariableIsSet("APIM_SCREENSHOTS")) {
        bar->lineEdit()->setText(QStringLiteral("cp"));
        QTest::qWait(50);
        w->grab().save(QStringLiteral("canvas-find.png"));
    }

    // Esc closes it, takes the marks away and gives the canvas the keys back.
    bar->lineEdit()->setText(QStringLiteral("gw"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    QVERIFY(bar->matches().isEmpty());
    for (NodeId id : gws)
        QVERIFY(!view->canvasScene()->nodeItem(id)->isFindMatch());
    QVERIFY(view->hasFocus());
}

QTEST_MAIN(TestGuiCanvasMenus)
#include "tst_gui_canvas_menus.moc"
