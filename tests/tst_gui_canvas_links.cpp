// Links as things of their own: click to select, Delete removes them in one
// undo step, undo reselects them, and the Inspector says what a link writes.
#include "canvastestutil.h"
#include "inspectorlinkeffects.h"
#include "inspectorlinkpage.h"
#include "inspectorwidget.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace apim;
using namespace canvastest;

class TestGuiCanvasLinks : public QObject
{
    Q_OBJECT

private slots:
    void clickSelectsLink();
    void deleteRemovesSelectedLinkInOneStep();
    void inspectorShowsWhatLinkWrites();
    void effectsFollowTheGenerators();
    void dragShowsWhichCardsTakeTheLink();
};

namespace {

// The first link between nodes of these kinds.
const Link *linkBetween(const Topology &t, NodeKind from, NodeKind to)
{
    for (const Link &l : t.links()) {
        if (t.node(l.from)->kind == from && t.node(l.to)->kind == to)
            return &l;
    }
    return nullptr;
}

QStringList treeTexts(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *file = tree->topLevelItem(i);
        out.append(file->text(0));
        for (int j = 0; j < file->childCount(); ++j)
            out.append(file->child(j)->text(0) + QLatin1String(" = ") + file->child(j)->text(1));
    }
    return out;
}

} // namespace

void TestGuiCanvasLinks::clickSelectsLink()
{
    Canvas c(haDesign());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    c.view->canvasScene()->flushPendingUpdates();
    const Link *link = linkBetween(c.doc.topology(), NodeKind::Gateway, NodeKind::ControlPlane);
    QVERIFY(link);
    const LinkId id = link->id;
    LinkItem *item = c.view->canvasScene()->linkItem(id);
    QVERIFY(item && item->isVisible());
    c.doc.setSelection({link->from});
    // A point of the link where no other link (a routed one may cross it) and no card is on top.
    QPointF at = item->midPoint();
    for (qsizetype i = item->path().size() / 2; i < item->path().size(); ++i) {
        at = item->path()[i];
        if (c.view->canvasScene()->linkAt(at) == item && !c.view->canvasScene()->nodeAt(at))
            break;
    }
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.viewportPoint(at));
    QCOMPARE(c.doc.linkSelection(), QList<LinkId>{id});
    QVERIFY(c.doc.selection().isEmpty());
    QVERIFY(item->isLinkSelected());
    QVERIFY(!c.view->canvasScene()->nodeItem(link->from)->isSelected());
    const QString tip = c.view->canvasScene()->linkToolTip(id);
    QVERIFY2(tip.contains(c.doc.topology().node(link->from)->name() + QStringLiteral(" → ") +
                          c.doc.topology().node(link->to)->name()),
             qPrintable(tip));

    // A click on empty canvas clears it; selecting a node clears it too.
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.viewportPoint(QPointF(-300, -300)));
    QVERIFY(c.doc.linkSelection().isEmpty());
    QVERIFY(!item->isLinkSelected());
    c.doc.setLinkSelection({id});
    QVERIFY(item->isLinkSelected());
    QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.centreOf(c.doc.topology().link(id)->to));
    QVERIFY(c.doc.linkSelection().isEmpty());
    QVERIFY(!item->isLinkSelected());
}

void TestGuiCanvasLinks::deleteRemovesSelectedLinkInOneStep()
{
    Canvas c(haDesign());
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    const Link *link = linkBetween(c.doc.topology(), NodeKind::Gateway, NodeKind::ControlPlane);
    QVERIFY(link);
    const Link copy = *link;
    const qsizetype nodes = c.doc.topology().nodes().size();
    const qsizetype links = c.doc.topology().links().size();
    c.doc.setLinkSelection({copy.id});
    c.view->setFocus();
    QTest::keyClick(c.view.get(), Qt::Key_Delete);
    QCOMPARE(c.doc.topology().links().size(), links - 1);
    QCOMPARE(c.doc.topology().nodes().size(), nodes);
    QVERIFY(!c.doc.topology().link(copy.id));
    QVERIFY(!c.view->canvasScene()->linkItem(copy.id));
    QVERIFY(c.doc.linkSelection().isEmpty());
    QCOMPARE(c.doc.undoStack()->count(), 1);
    c.doc.undoStack()->undo();
    QCOMPARE(*c.doc.topology().link(copy.id), copy);
    QCOMPARE(c.doc.linkSelection(), QList<LinkId>{copy.id});
    QVERIFY(c.view->canvasScene()->linkItem(copy.id)->isLinkSelected());
    checkMirror(c.view->canvasScene(), c.doc);
}

void TestGuiCanvasLinks::inspectorShowsWhatLinkWrites()
{
    TopologyDocument doc;
    doc.resetDesign(haDesign());
    InspectorWidget inspector(&doc);
    inspector.resize(420, 600);
    inspector.show();
    const Link *link = linkBetween(doc.topology(), NodeKind::Gateway, NodeKind::ControlPlane);
    QVERIFY(link);
    const QString gw = doc.topology().node(link->from)->name();
    const QString cp = doc.topology().node(link->to)->name();
    doc.setLinkSelection({link->id});
    QVERIFY(inspector.isShowingLinks());
    QVERIFY2(inspector.linkPage()->title().contains(gw + QStringLiteral(" → ") + cp),
             qPrintable(inspector.linkPage()->title()));
    const QStringList rows = treeTexts(inspector.linkPage()->effectsView());
    QVERIFY2(rows.contains(gw + QStringLiteral(": repository/conf/deployment.toml")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(rows.filter(QStringLiteral("password")).filter(QStringLiteral("admin")).isEmpty());
    QVERIFY(inspector.linkPage()
                ->findChild<QLabel *>(QStringLiteral("linkSummary"))
                ->text()
                .contains(QLatin1String("With the 3 other links")));
    QVERIFY2(rows.filter(QStringLiteral("apim.key_manager.service_url = \"https://cp.wso2.com/services/\""))
                     .size() > 0,
             qPrintable(rows.join(QLatin1Char('\n'))));

    // Select Ends puts the two nodes in the selection; Remove Link pushes one command.
    inspector.linkPage()->findChild<QPushButton *>(QStringLiteral("linkSelectEnds"))->click();
    QCOMPARE(QSet<NodeId>(doc.selection().cbegin(), doc.selection().cend()),
             (QSet<NodeId>{link->from, link->to}));
    QVERIFY(!inspector.isShowingLinks());
    const LinkId id = link->id;
    doc.setLinkSelection({id});
    inspector.linkPage()->findChild<QPushButton *>(QStringLiteral("linkRemove"))->click();
    QVERIFY(!doc.topology().link(id));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(inspector.isShowingSettings());

    QTreeWidget *tree = inspector.linkPage()->effectsView();
    Q_UNUSED(tree);
    if (qEnvironmentVariableIsSet("APIM_SCREENSHOTS")) {
        doc.undoStack()->undo();
        QTest::qWait(20);
        inspector.grab().save(QStringLiteral("link-inspector.png"));
    }
}

void TestGuiCanvasLinks::effectsFollowTheGenerators()
{
    const Design design = haDesign();
    const Topology &t = design.topology;
    // A gateway's database link sets its [database.*] keys; the password is masked.
    const Link *db = linkBetween(t, NodeKind::Gateway, NodeKind::Database);
    if (db) {
        const QList<LinkEffect> effects = linkEffects(design, db->id);
        QVERIFY(!effects.isEmpty());
        bool sawPassword = false;
        for (const LinkEffect &e : effects) {
            for (const LinkEffect::Entry &entry : e.entries) {
                if (entry.key.contains(QLatin1String("password"))) {
                    sawPassword = true;
                    QVERIFY2(!entry.value.contains(QLatin1String("wso2")), qPrintable(entry.value));
                }
            }
        }
        Q_UNUSED(sawPassword);
    }
    // A balancer's link to a member changes its nginx.conf.
    const Link *lb = linkBetween(t, NodeKind::LoadBalancer, NodeKind::Gateway);
    QVERIFY(lb);
    bool nginx = false;
    for (const LinkEffect &e : linkEffects(design, lb->id))
        nginx = nginx || (e.node == lb->from && e.file == QLatin1String("nginx.conf"));
    QVERIFY(nginx);
    QVERIFY(linkEffects(design, 999999).isEmpty());
}

void TestGuiCanvasLinks::dragShowsWhichCardsTakeTheLink()
{
    Design d = looseDesign();
    makeNode(d.topology, NodeKind::Gateway, QStringLiteral("gw2"), QPointF(640, 0));
    Canvas c(d);
    QVERIFY(QTest::qWaitForWindowExposed(c.view.get()));
    CanvasScene *scene = c.view->canvasScene();
    const NodeId gw = idOf(c.doc, "gw");
    NodeItem *lb = scene->nodeItem(idOf(c.doc, "lb"));
    NodeItem *db = scene->nodeItem(idOf(c.doc, "db"));
    NodeItem *gw2 = scene->nodeItem(idOf(c.doc, "gw2"));
    QSignalSpy refused(scene, &CanvasScene::connectionRefused);
    const QPoint from = c.handleOf(gw);
    QTest::mousePress(c.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(c.viewport(), from + QPoint(30, 30));
    // A balancer may front a gateway and a gateway may use a database; two gateways do not link.
    QCOMPARE(lb->linkHint(), NodeItem::LinkHint::Accepts);
    QCOMPARE(db->linkHint(), NodeItem::LinkHint::Accepts);
    QCOMPARE(gw2->linkHint(), NodeItem::LinkHint::Refuses);
    QCOMPARE(scene->nodeItem(gw)->linkHint(), NodeItem::LinkHint::None);
    QCOMPARE(refused.count(), 0);
    // Over the refusing card: its reason at the cursor, before the release.
    QTest::mouseMove(c.viewport(), c.centreOf(gw2->nodeId()));
    QCOMPARE(gw2->connectState(), NodeItem::ConnectState::Invalid);
    QCOMPARE(refused.count(), 1);
    QVERIFY(!refused.first().first().toString().isEmpty());
    if (qEnvironmentVariableIsSet("APIM_SCREENSHOTS")) {
        QTest::mouseMove(c.viewport(), c.centreOf(gw2->nodeId()) + QPoint(0, 120));
        c.view->grab().save(QStringLiteral("link-drag.png"));
        QTest::mouseMove(c.viewport(), c.centreOf(gw2->nodeId()));
    }
    QTest::mouseMove(c.viewport(), c.centreOf(db->nodeId()));
    QCOMPARE(db->connectState(), NodeItem::ConnectState::Valid);
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, c.centreOf(db->nodeId()));
    QVERIFY(c.doc.topology().findLink(gw, db->nodeId()));
    for (const NodeItem *item : {lb, db, gw2})
        QCOMPARE(item->linkHint(), NodeItem::LinkHint::None);

    // Esc ends a link drag and nothing else: the selection stays, no link is made.
    c.doc.setSelection({gw});
    const qsizetype links = c.doc.topology().links().size();
    QTest::mousePress(c.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(c.viewport(), c.centreOf(lb->nodeId()));
    QCOMPARE(lb->connectState(), NodeItem::ConnectState::Valid);
    c.view->setFocus();
    QTest::keyClick(c.view.get(), Qt::Key_Escape);
    QCOMPARE(lb->connectState(), NodeItem::ConnectState::None);
    QCOMPARE(lb->linkHint(), NodeItem::LinkHint::None);
    QCOMPARE(c.doc.selection(), QList<NodeId>{gw});
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, c.centreOf(lb->nodeId()));
    QCOMPARE(c.doc.topology().links().size(), links);
    QTest::keyClick(c.view.get(), Qt::Key_Escape);
    QVERIFY(c.doc.selection().isEmpty());
}

QTEST_MAIN(TestGuiCanvasLinks)
#include "tst_gui_canvas_links.moc"
