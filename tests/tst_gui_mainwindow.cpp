// The main window: files, the unsaved-changes prompt, clipboard, undo shortcut, docks.
#include "canvasscene.h"
#include "canvasview.h"
#include "designchecker.h"
#include "exportdialog.h"
#include "inspectormodel.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "newdesigndialog.h"
#include "nodeclipboard.h"
#include "nodecommands.h"
#include "nodeitem.h"
#include "previewwidget.h"
#include "problemsmodel.h"
#include "problemswidget.h"
#include "projectfile.h"
#include "recentfiles.h"
#include "templates.h"
#include "topologydocument.h"
#include "validation.h"

#include <algorithm>
#include <functional>

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace apim;

namespace {

QList<NodeId> idsOfKind(const TopologyDocument &doc, NodeKind kind)
{
    QList<NodeId> ids;
    for (const Node *n : doc.topology().nodesOfKind(kind))
        ids.append(n->id);
    return ids;
}

// The first finding row (a leaf: a rule with several findings is a parent row)
// that `match` accepts; invalid when none does.
QModelIndex problemLeaf(QTreeView *view, const std::function<bool(const QModelIndex &)> &match)
{
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex top = model->index(r, 0);
        const int children = model->rowCount(top);
        for (int c = -1; c < children; ++c) {
            const QModelIndex at = c < 0 ? top : model->index(c, 0, top);
            if (model->rowCount(at) == 0 && match(at))
                return at;
        }
    }
    return {};
}

int linksAmong(const Topology &t, const QList<NodeId> &ids)
{
    int count = 0;
    for (const Link &l : t.links())
        count += ids.contains(l.from) && ids.contains(l.to) ? 1 : 0;
    return count;
}

} // namespace

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void titleShowsFileAndModified();
    void saveCloseReopenGivesSameDesign();
    void promptOnCloseWithUnsavedChanges();
    void copyPasteKeepsLinksAndRenames();
    void pasteBetweenWindows();
    void duplicateAndCutAreOneStepEach();
    void openMalformedFileLeavesDocumentUntouched();
    void undoShortcutUndoes();
    void nodeShortcutsActOnCanvasOnly();
    void docksClosableAndRestorable();
    void layoutAndRecentFilesPersist();
    void problemClickSelectsNode();
    void problemFixIsOneUndoStep();
    void problemsAndBadgesShareOneCheck();
    void droppedProjectFileOpens();
    void selectionFillsDocks();
    void exportDialogConfirmsErrorsAndAsksForSecrets();
    void newDesignDialogMakesTemplates();
    void newDesignDialogOffersEachPatternsChoices();

private:
    QTemporaryDir m_dir;
};

void TestGuiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("apim-designer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void TestGuiMainWindow::init()
{
    QSettings().clear();
}

void TestGuiMainWindow::titleShowsFileAndModified()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    QVERIFY(w.windowTitle().startsWith(w.document()->design().settings.name)); // unsaved: the design's name
    QVERIFY(w.windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(!w.isWindowModified());
    w.document()->setSelection({w.document()->topology().nodes().first().id});
    w.inspector()->model()->setData(w.inspector()->model()->valueIndex(Field::Ip),
                                    QStringLiteral("10.0.0.99"));
    QVERIFY(w.isWindowModified());
    const QString path = m_dir.filePath(QStringLiteral("title.apimtopo"));
    QVERIFY(w.saveFile(path));
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("title.apimtopo[*]")));
    QCOMPARE(w.recentFiles()->files().first(), QFileInfo(path).absoluteFilePath());
}

void TestGuiMainWindow::saveCloseReopenGivesSameDesign()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.apimtopo"));
    QByteArray saved;
    {
        MainWindow w;
        QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp-ha"), 3, 2));
        // Something the template did not write: proves the edit went to disk.
        const NodeId gw = idsOfKind(*w.document(), NodeKind::Gateway).first();
        w.document()->setSelection({gw});
        QVERIFY(w.inspector()->model()->setData(w.inspector()->model()->valueIndex(Field::Hostname),
                                                QStringLiteral("edge.roundtrip.test")));
        w.document()->setSelection({});
        QVERIFY(w.saveFile(path));
        saved = ProjectFile::serialize(w.document()->design());
        QVERIFY(w.close());
    }
    MainWindow again;
    QVERIFY(again.openFile(path));
    QCOMPARE(ProjectFile::serialize(again.document()->design()), saved);
    QVERIFY(saved.contains("edge.roundtrip.test"));
    QCOMPARE(again.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!again.document()->isModified());
}

void TestGuiMainWindow::promptOnCloseWithUnsavedChanges()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    w.show();
    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    w.saveChangesPrompt = [&] {
        ++asked;
        return answer;
    };
    // Unmodified: no question.
    QVERIFY(w.close());
    QCOMPARE(asked, 0);
    w.show();
    w.document()->push(
        new MoveNodesCommand(w.document(), {{w.document()->topology().nodes().first().id, {5, 5}}}));
    QVERIFY(w.document()->isModified());
    QVERIFY(!w.close());
    QCOMPARE(asked, 1);
    QVERIFY(w.isVisible());
    answer = QMessageBox::Discard;
    QVERIFY(w.close());
    QCOMPARE(asked, 2);
    QVERIFY(!w.isVisible());
}

void TestGuiMainWindow::copyPasteKeepsLinksAndRenames()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp-ha"), 2, 2));
    TopologyDocument *doc = w.document();
    // The gateways' load balancer and its gateways: two internal links.
    const QList<NodeId> gateways = idsOfKind(*doc, NodeKind::Gateway);
    const Node *balancer = doc->topology().balancerOf(gateways.first());
    QVERIFY(balancer);
    QList<NodeId> copied = gateways;
    copied.append(balancer->id);
    const int internal = linksAmong(doc->topology(), copied);
    QCOMPARE(internal, 2);
    QStringList originalNames;
    for (NodeId id : copied)
        originalNames.append(doc->topology().node(id)->name());

    const qsizetype nodesBefore = doc->topology().nodes().size();
    const qsizetype linksBefore = doc->topology().links().size();
    doc->setSelection(copied);
    w.action(QStringLiteral("actionCopy"))->trigger();
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(NodeClipboard::MimeType));
    QVERIFY(w.action(QStringLiteral("actionPaste"))->isEnabled());
    const int steps = doc->undoStack()->count();
    w.action(QStringLiteral("actionPaste"))->trigger();

    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->topology().nodes().size(), nodesBefore + copied.size());
    QCOMPARE(doc->topology().links().size(), linksBefore + internal);
    const QList<NodeId> pasted = doc->selection();
    QCOMPARE(pasted.size(), copied.size());
    QCOMPARE(linksAmong(doc->topology(), pasted), internal);
    QSet<QString> names;
    for (const Node &n : doc->topology().nodes())
        names.insert(n.name().toLower());
    QCOMPARE(names.size(), doc->topology().nodes().size());
    for (NodeId id : pasted) {
        QVERIFY(!copied.contains(id));
        QVERIFY(!originalNames.contains(doc->topology().node(id)->name()));
    }
    doc->undoStack()->undo();
    QCOMPARE(doc->topology().nodes().size(), nodesBefore);
    QCOMPARE(doc->topology().links().size(), linksBefore);
}

void TestGuiMainWindow::pasteBetweenWindows()
{
    MainWindow source;
    QVERIFY(source.newFromTemplate(QStringLiteral("gw-cp-ha"), 2, 2));
    const QList<NodeId> gateways = idsOfKind(*source.document(), NodeKind::Gateway);
    const QList<NodeId> cps = idsOfKind(*source.document(), NodeKind::ControlPlane);
    source.document()->setSelection({gateways.first(), cps.first()});
    const int internal = linksAmong(source.document()->topology(), source.document()->selection());
    QVERIFY(internal > 0);
    source.copy();

    MainWindow target;
    target.newDesign(Design());
    target.paste();
    QCOMPARE(target.document()->topology().nodes().size(), 2);
    QCOMPARE(target.document()->topology().links().size(), internal);
    // In an empty design the numbered names are free, so uniqueName keeps them.
    QStringList names;
    for (const Node &n : target.document()->topology().nodes())
        names.append(n.name());
    QStringList expected{source.document()->topology().node(gateways.first())->name(),
                         source.document()->topology().node(cps.first())->name()};
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
    // A second paste into the same window gets new names.
    target.paste();
    QCOMPARE(target.document()->topology().nodes().size(), 4);
    QSet<QString> unique;
    for (const Node &n : target.document()->topology().nodes())
        unique.insert(n.name().toLower());
    QCOMPARE(unique.size(), 4);
}

void TestGuiMainWindow::duplicateAndCutAreOneStepEach()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp-ha"), 2, 2));
    TopologyDocument *doc = w.document();
    const qsizetype before = doc->topology().nodes().size();
    doc->setSelection(idsOfKind(*doc, NodeKind::Gateway));
    int steps = doc->undoStack()->count();
    w.action(QStringLiteral("actionDuplicate"))->trigger();
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->topology().nodes().size(), before + 2);
    // The copies get host names and IPs of their own: none clashes with another node's.
    QSet<QString> hosts;
    QSet<QString> ips;
    int withIp = 0;
    for (const Node &n : doc->topology().nodes()) {
        if (!n.hostname().isEmpty()) {
            QVERIFY2(!hosts.contains(n.hostname()), qPrintable(n.hostname()));
            hosts.insert(n.hostname());
        }
        if (!n.ip().isEmpty()) {
            QVERIFY2(!ips.contains(n.ip()), qPrintable(n.ip()));
            ips.insert(n.ip());
            ++withIp;
        }
    }
    QVERIFY(withIp > 0);
    const QList<NodeId> copies = doc->selection();
    QCOMPARE(copies.size(), 2);
    steps = doc->undoStack()->count();
    w.action(QStringLiteral("actionCut"))->trigger();
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->topology().nodes().size(), before);
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(NodeClipboard::MimeType));
    // Undo of the cut brings the nodes back selected.
    doc->setSelection({});
    doc->undoStack()->undo();
    QList<NodeId> restored = doc->selection();
    std::sort(restored.begin(), restored.end());
    QList<NodeId> expected = copies;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(restored, expected);
}

void TestGuiMainWindow::openMalformedFileLeavesDocumentUntouched()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    const QString goodPath = m_dir.filePath(QStringLiteral("current.apimtopo"));
    QVERIFY(w.saveFile(goodPath));
    w.document()->push(
        new MoveNodesCommand(w.document(), {{w.document()->topology().nodes().first().id, {9, 9}}}));
    const QByteArray before = ProjectFile::serialize(w.document()->design());
    const int steps = w.document()->undoStack()->count();

    const QString bad = m_dir.filePath(QStringLiteral("broken.apimtopo"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("format_version = 1\n[[node]]\nkind = \"gateway\"\nname = \"gw-1\n");
    file.close();
    QStringList errors;
    w.errorReporter = [&](const QString &, const QString &message) { errors.append(message); };
    QVERIFY(!w.openFile(bad));
    QCOMPARE(errors.size(), 1);
    // file:line:col: message
    QVERIFY2(QRegularExpression(QRegularExpression::escape(bad) + QStringLiteral(":\\d+:\\d+: "))
                 .match(errors.first())
                 .hasMatch(),
             qPrintable(errors.first()));
    QCOMPARE(ProjectFile::serialize(w.document()->design()), before);
    QCOMPARE(w.document()->filePath(), QFileInfo(goodPath).absoluteFilePath());
    QCOMPARE(w.document()->undoStack()->count(), steps);
    QVERIFY(w.document()->isModified());
}

void TestGuiMainWindow::undoShortcutUndoes()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const NodeId id = w.document()->topology().nodes().first().id;
    const QPointF before = w.document()->topology().node(id)->pos;
    w.document()->push(new MoveNodesCommand(w.document(), {{id, before + QPointF(100, 0)}}));
    w.canvas()->setFocus();
    QTest::keySequence(&w, QKeySequence(QKeySequence::Undo));
    QCOMPARE(w.document()->topology().node(id)->pos, before);
    QCOMPARE(w.document()->undoStack()->index(), 0);
    QTest::keySequence(&w, QKeySequence(QKeySequence::Redo));
    QCOMPARE(w.document()->topology().node(id)->pos, before + QPointF(100, 0));
}

void TestGuiMainWindow::nodeShortcutsActOnCanvasOnly()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    TopologyDocument *doc = w.document();
    const qsizetype nodes = doc->topology().nodes().size();
    const NodeId gw = idsOfKind(*doc, NodeKind::Gateway).first();
    doc->setSelection({gw});
    // In the inspector's table, Delete must not delete the node being inspected.
    w.inspector()->view()->setFocus();
    QTest::keySequence(&w, QKeySequence(QKeySequence::Delete));
    QCOMPARE(doc->topology().nodes().size(), nodes);
    QGuiApplication::clipboard()->clear();
    w.canvas()->setFocus();
    QTest::keySequence(&w, QKeySequence(QKeySequence::Copy));
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(NodeClipboard::MimeType));
    QTest::keySequence(&w, QKeySequence(QKeySequence::Delete));
    QCOMPARE(doc->topology().nodes().size(), nodes - 1);
}

void TestGuiMainWindow::docksClosableAndRestorable()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList names{QStringLiteral("paletteDock"), QStringLiteral("inspectorDock"),
                            QStringLiteral("previewDock"), QStringLiteral("problemsDock"),
                            QStringLiteral("undoDock")};
    for (const QString &name : names) {
        auto *dock = w.findChild<QDockWidget *>(name);
        QVERIFY2(dock, qPrintable(name));
        QVERIFY(dock->features() & QDockWidget::DockWidgetClosable);
        dock->close();
        QVERIFY(!dock->toggleViewAction()->isChecked());
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->toggleViewAction()->isChecked());
        QVERIFY(!dock->isHidden());
    }
}

void TestGuiMainWindow::layoutAndRecentFilesPersist()
{
    const QString path = m_dir.filePath(QStringLiteral("persist.apimtopo"));
    {
        MainWindow w;
        QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
        QVERIFY(w.saveFile(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QDockWidget *>(QStringLiteral("undoDock"))->close();
        w.action(QStringLiteral("actionSnap"))->setChecked(true);
        QVERIFY(w.close());
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("undoDock"))->isHidden());
    QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isHidden());
    QVERIFY(again.action(QStringLiteral("actionSnap"))->isChecked());
    QCOMPARE(again.recentFiles()->files(), QStringList{QFileInfo(path).absoluteFilePath()});
}

void TestGuiMainWindow::problemClickSelectsNode()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    TopologyDocument *doc = w.document();
    const NodeId gw = idsOfKind(*doc, NodeKind::Gateway).first();
    doc->push(new SetNodeValueCommand(doc, {gw}, Field::Hostname, QString()));
    w.problems()->refresh();
    QTreeView *view = w.problems()->view();
    const QModelIndex found = problemLeaf(view, [gw](const QModelIndex &at) {
        return at.data(ProblemsModel::NodeIdRole).value<NodeId>() == gw;
    });
    QVERIFY2(found.isValid(), "an empty hostname must be a problem of its node");
    if (found.parent().isValid())
        view->expand(found.parent());
    doc->setSelection({});
    QSignalSpy activated(w.problems(), &ProblemsWidget::nodeActivated);
    // Scroll first: the review adds findings, so the row may start out of view.
    view->scrollTo(found);
    const QRect rect = view->visualRect(found);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(doc->selection(), QList<NodeId>{gw});
}

void TestGuiMainWindow::problemFixIsOneUndoStep()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    TopologyDocument *doc = w.document();
    const NodeId gw = idsOfKind(*doc, NodeKind::Gateway).first();
    // A label no control plane defines: the fixes add it, serve Default, or drop it.
    doc->push(new SetNodeValueCommand(doc, {gw}, Field::Labels, QStringList{QStringLiteral("Internal")}));
    const int before = doc->undoStack()->count();
    const QVariant labels = doc->topology().node(gw)->values.value(Field::Labels);
    auto unmatched = [gw](const QModelIndex &at) {
        return at.data(ProblemsModel::NodeIdRole).value<NodeId>() == gw &&
               at.siblingAtColumn(ProblemsModel::RuleColumn).data().toString() ==
                   QLatin1String("gateway-label-unmatched");
    };
    w.problems()->refresh();
    QTreeView *view = w.problems()->view();
    const QModelIndex found = problemLeaf(view, unmatched);
    QVERIFY2(found.isValid(), "a label without an environment must be a problem of its gateway");
    view->setCurrentIndex(found);
    auto *fix = w.problems()->findChild<QToolButton *>(QStringLiteral("problemFix"));
    QVERIFY(fix);
    QVERIFY(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton, {}, QPoint(4, fix->height() / 2));
    QCOMPARE(doc->undoStack()->count(), before + 1);
    w.problems()->refresh();
    QVERIFY(!problemLeaf(view, unmatched).isValid());
    doc->undoStack()->undo();
    QCOMPARE(doc->topology().node(gw)->values.value(Field::Labels), labels);
}

void TestGuiMainWindow::problemsAndBadgesShareOneCheck()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    TopologyDocument *doc = w.document();
    DesignChecker *checker = w.checker();
    QTRY_VERIFY(!checker->isCheckPending());
    const int before = checker->checkCount();
    const NodeId gw = idsOfKind(*doc, NodeKind::Gateway).first();
    // A burst of typing is one check, and both views show its result.
    for (const QString &host : {QStringLiteral("a"), QStringLiteral("ab"), QString()})
        doc->push(new SetNodeValueCommand(doc, {gw}, Field::Hostname, host));
    QVERIFY(w.problems()->isUpdatePending());
    QTRY_VERIFY(!checker->isCheckPending());
    QCOMPARE(checker->checkCount(), before + 1);
    int errors = 0;
    for (const Finding &f : w.problems()->findings())
        errors += f.node == gw && f.severity == Severity::Error ? 1 : 0;
    QVERIFY(errors > 0);
    QCOMPARE(w.canvas()->canvasScene()->nodeItem(gw)->errorCount(), errors);
}

void TestGuiMainWindow::droppedProjectFileOpens()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.apimtopo"));
    {
        MainWindow source;
        QVERIFY(source.newFromTemplate(QStringLiteral("gw-cp-ha"), 4, 2));
        QVERIFY(source.saveFile(path));
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = w.canvas()->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.canvas()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.canvas()->viewport(), &drop);
    QTRY_COMPARE(w.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(idsOfKind(*w.document(), NodeKind::Gateway).size(), 4);
}

void TestGuiMainWindow::selectionFillsDocks()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp-ha")));
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    TopologyDocument *doc = w.document();
    const NodeId gw = idsOfKind(*doc, NodeKind::Gateway).first();
    doc->setSelection({gw});
    QSignalSpy refreshed(w.preview(), &PreviewWidget::refreshed);
    QVERIFY(refreshed.wait(2000));
    QVERIFY(!w.inspector()->isShowingSettings());
    QVERIFY(w.inspector()->model()->rowCount() > 0);
    QVERIFY(w.preview()->text().contains(QStringLiteral("[server]")));
    QCOMPARE(w.preview()->node(), gw);
    // Screenshots for people: APIM_GUI_SHOTS=dir saves what the window shows.
    const QString shots = qEnvironmentVariable("APIM_GUI_SHOTS");
    if (!shots.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(w.grab().save(QDir(shots).filePath(QStringLiteral("mainwindow-selection.png"))));
        doc->setSelection({});
        QVERIFY(refreshed.wait(2000));
        QVERIFY(w.grab().save(QDir(shots).filePath(QStringLiteral("mainwindow-settings.png"))));
    }
}

void TestGuiMainWindow::exportDialogConfirmsErrorsAndAsksForSecrets()
{
    Design design;
    QString error;
    QVERIFY(Templates::create(QStringLiteral("gw-cp"), 1, 1, &design, &error));
    {
        ExportDialog clean(design, validateDesign(design), {}, QString());
        QVERIFY(!clean.hasErrors());
        QVERIFY(clean.missingSecrets().isEmpty());
        QCOMPARE(clean.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(), tr("&Export…"));
    }
    // An empty hostname is an error; a password left out of the project is asked for.
    const NodeId gw = design.topology.nodesOfKind(NodeKind::Gateway).first()->id;
    design.topology.mutableNode(gw)->values.insert(Field::Hostname, QString());
    design.settings.adminPassword.clear();
    const Findings findings = validateDesign(design);
    QVERIFY(countFindings(findings).errors > 0);
    ExportDialog broken(design, findings, {}, QString());
    QVERIFY(broken.hasErrors());
    QVERIFY(broken.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isDefault());
    QVERIFY(broken.summary().contains(QString::number(countFindings(findings).errors)));
    if (const QString shots = qEnvironmentVariable("APIM_GUI_SHOTS"); !shots.isEmpty()) {
        broken.adjustSize();
        QVERIFY(broken.grab().save(QDir(shots).filePath(QStringLiteral("export-dialog.png"))));
    }
    if (!qEnvironmentVariableIsSet("APIM_ADMIN_PASSWORD")) {
        QCOMPARE(broken.missingSecrets().size(), 1);
        broken.setSecret(0, QStringLiteral("s3cret"));
        QCOMPARE(broken.designForExport().settings.adminPassword, QStringLiteral("s3cret"));
    }
}

void TestGuiMainWindow::newDesignDialogMakesTemplates()
{
    NewDesignDialog dialog;
    dialog.setPattern(QStringLiteral("gw-cp-ha"));
    Design design;
    QString error;
    QVERIFY(dialog.createDesign(&design, &error));
    if (const QString shots = qEnvironmentVariable("APIM_GUI_SHOTS"); !shots.isEmpty()) {
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("new-dialog.png"))));
    }
    QCOMPARE(design.topology.nodesOfKind(NodeKind::Gateway).size(), dialog.gateways());
    QCOMPARE(design.topology.nodesOfKind(NodeKind::ControlPlane).size(), dialog.controlPlanes());
    dialog.findChild<QRadioButton *>()->setChecked(true); // the first choice: an empty design
    QVERIFY(dialog.isEmptyDesign());
    QVERIFY(dialog.createDesign(&design, &error));
    QVERIFY(design.topology.nodes().isEmpty());
}

// Each pattern shows its own versions, only the counts it takes and a picture; aio-ha is
// made through the dialog with three nodes.
void TestGuiMainWindow::newDesignDialogOffersEachPatternsChoices()
{
    NewDesignDialog dialog;
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("patterns"));
    QVERIFY(list);
    QCOMPARE(list->count(), Templates::patterns().size());
    for (int i = 0; i < list->count(); ++i) {
        QVERIFY(list->item(i)->text().contains(Templates::description(Templates::patterns().at(i))));
        QVERIFY(!list->item(i)->icon().isNull());
    }

    dialog.setPattern(QStringLiteral("aio-ha"));
    QCOMPARE(dialog.pattern(), QStringLiteral("aio-ha"));
    QComboBox *version = dialog.versionBox();
    QCOMPARE(version->currentText(), Templates::defaultVersion(QStringLiteral("aio-ha")));
    QCOMPARE(version->findText(QStringLiteral("4.0.0")), -1); // aio-ha starts at 4.1
    QVERIFY(version->findText(QStringLiteral("4.1.0")) >= 0);
    QVERIFY(dialog.countBox(QStringLiteral("all-in-ones"))->isVisibleTo(&dialog));
    QVERIFY(!dialog.countBox(QStringLiteral("gateways"))->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("keyManager"))->isVisibleTo(&dialog));
    QCOMPARE(dialog.countBox(QStringLiteral("all-in-ones"))->value(), 2);
    dialog.countBox(QStringLiteral("all-in-ones"))->setValue(3);
    version->setCurrentIndex(version->findText(QStringLiteral("4.4.0")));
    QVERIFY(dialog.errorText().isEmpty());

    Design design;
    QString error;
    QVERIFY2(dialog.createDesign(&design, &error), qPrintable(error));
    QCOMPARE(design.settings.apimVersion, QStringLiteral("4.4.0"));
    QCOMPARE(design.topology.nodesOfKind(NodeKind::AllInOne).size(), 3);
    QCOMPARE(design.topology.nodesOfKind(NodeKind::LoadBalancer).size(), 1);

    // --new aio-ha passes the command line's default gateway count, which aio-ha does not take.
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("aio-ha")));
    QVERIFY(w.newFromTemplate(QStringLiteral("aio-gw"), 3));

    dialog.setPattern(QStringLiteral("aio"));
    QVERIFY(!dialog.countBox(QStringLiteral("all-in-ones"))->isVisibleTo(&dialog));
    QVERIFY(dialog.createDesign(&design, &error));
    QCOMPARE(design.topology.nodesOfKind(NodeKind::AllInOne).size(), 1);
    if (const QString shots = qEnvironmentVariable("APIM_GUI_SHOTS"); !shots.isEmpty()) {
        dialog.setPattern(QStringLiteral("aio-ha"));
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("new-dialog.png"))));
    }
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
