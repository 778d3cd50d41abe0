// File ▸ Import and the Review dock: the seed's HA set imported through the main
// window, the import findings in the Problems dock, and the side-by-side review.
#include "canvasview.h"
#include "importaction.h"
#include "inspectormodel.h"
#include "inspectororigin.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "nodecommands.h"
#include "problemsmodel.h"
#include "problemswidget.h"
#include "reviewalign.h"
#include "reviewwidget.h"
#include "ruleids.h"
#include "schemaregistry.h"
#include "settingseditor.h"
#include "testutil.h"
#include "topologydocument.h"

#include <QDirIterator>
#include <QDockWidget>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>
#include <QtTest>

using namespace apim;

namespace {

// Copies the seed's HA set, laid out as four API-M homes, into `root`.
bool layOutSeedHa(const QString &root)
{
    const QString source = testutil::dataPath(QStringLiteral("review/seed-ha"));
    QDirIterator it(source, {QStringLiteral("*.toml")}, QDir::Files, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = root + QLatin1Char('/') + QDir(source).relativeFilePath(from);
        if (!QDir().mkpath(QFileInfo(to).path()) || !QFile::copy(from, to))
            return false;
        ++copied;
    }
    return copied == 4;
}

} // namespace

class TestGuiReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void importMenuAndDockExist();
    void importSeedHaReplacesDocument();
    void failedImportLeavesDocumentUntouched();
    void reviewShowsBothPanesAndMarksEdits();
    void designedNodeIsNotImported();
    void droppedFolderImports();
    void commandLineFolderImports();
    void reviewSurvivesSaveAndReopen();
    void alignmentPairsEqualKeys();
    void panesAlignKeyByKeyAndScrollTogether();
    void findingsListJumpsToItsLine();
    void problemsGoToOpensTheLineInReview();
    void inspectorSaysWhereValuesComeFrom();
    void designFindingOpensItsSetting();

private:
    bool importSeed(MainWindow *w);
    QTemporaryDir m_dir;
};

void TestGuiReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("apim-designer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_review"));
    QVERIFY(m_dir.isValid());
    QVERIFY(layOutSeedHa(m_dir.filePath(QStringLiteral("seed-ha"))));
}

void TestGuiReview::init()
{
    QSettings().clear();
}

bool TestGuiReview::importSeed(MainWindow *w)
{
    w->importAction()->summaryReporter = [](const QString &, const QString &) {};
    w->errorReporter = [](const QString &, const QString &message) { qWarning("%s", qPrintable(message)); };
    return w->importAction()->importPaths({m_dir.filePath(QStringLiteral("seed-ha"))});
}

void TestGuiReview::importMenuAndDockExist()
{
    MainWindow w;
    QVERIFY(w.action(QStringLiteral("actionImport")));
    QVERIFY(w.action(QStringLiteral("actionImportFolder")));
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    QVERIFY(dock);
    QCOMPARE(dock->widget(), static_cast<QWidget *>(w.reviewWidget()));
}

void TestGuiReview::importSeedHaReplacesDocument()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    QString summary;
    w.importAction()->summaryReporter = [&summary](const QString &, const QString &m) { summary = m; };
    QVERIFY(w.importAction()->importPaths({m_dir.filePath(QStringLiteral("seed-ha"))}));

    const Topology &t = w.document()->topology();
    QCOMPARE(t.nodesOfKind(NodeKind::Gateway).size(), 2);
    QCOMPARE(t.nodesOfKind(NodeKind::ControlPlane).size(), 2);
    QVERIFY(t.nodeByName(QStringLiteral("apim-gw-1")));
    QVERIFY(t.nodeByName(QStringLiteral("apim-cp-2")));
    QVERIFY(w.document()->filePath().isEmpty());
    QVERIFY(summary.contains(QString::number(t.nodes().size())));
    // Not saved as a design yet: modified, so closing or importing again asks first.
    QVERIFY(w.document()->isModified());
    int asked = 0;
    w.saveChangesPrompt = [&asked] {
        ++asked;
        return QMessageBox::Cancel;
    };
    QVERIFY(!w.importAction()->importPaths({m_dir.filePath(QStringLiteral("seed-ha"))}));
    QCOMPARE(asked, 1);
    w.saveChangesPrompt = nullptr;

    // The Problems dock shows the import's review findings until the first edit;
    // the reference set raises no error.
    ProblemsWidget *problems = w.problems();
    QVERIFY(problems->isShowingImportFindings());
    QCOMPARE(problems->findings(), w.importAction()->lastFindings());
    QCOMPARE(problems->counts().errors, 0);
    for (const Finding &f : problems->findings())
        QVERIFY2(f.rule != rule::TomlSyntax, qPrintable(f.message));

    const Node *gw = t.nodeByName(QStringLiteral("apim-gw-1"));
    w.document()->push(
        new SetNodeValueCommand(w.document(), {gw->id}, Field::Hostname, QStringLiteral("gw1.example.com")));
    QVERIFY(!problems->isShowingImportFindings());
    QTRY_VERIFY(!problems->isUpdatePending());
}

void TestGuiReview::failedImportLeavesDocumentUntouched()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    const qsizetype before = w.document()->topology().nodes().size();
    QStringList errors;
    w.errorReporter = [&errors](const QString &, const QString &m) { errors << m; };
    bool summaryShown = false;
    w.importAction()->summaryReporter = [&summaryShown](const QString &, const QString &) {
        summaryShown = true;
    };
    QVERIFY(!w.importAction()->importPaths({m_dir.filePath(QStringLiteral("does-not-exist"))}));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!summaryShown);
    QCOMPARE(w.document()->topology().nodes().size(), before);
    QVERIFY(w.document()->topology().nodeByName(QStringLiteral("apim-gw-1")) == nullptr);

    // A folder without config files is a failure too, not an empty design.
    QTemporaryDir empty;
    QVERIFY(!w.importAction()->importPaths({empty.path()}));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(w.document()->topology().nodes().size(), before);
}

void TestGuiReview::reviewShowsBothPanesAndMarksEdits()
{
    MainWindow w;
    QVERIFY(importSeed(&w));
    ReviewWidget *review = w.reviewWidget();
    const Node *gw = w.document()->topology().nodeByName(QStringLiteral("apim-gw-1"));
    QVERIFY(gw);
    const NodeId id = gw->id;
    w.document()->setSelection({id});
    QCOMPARE(review->currentNode(), id);

    const QString original = review->originalEdit()->toPlainText();
    const QString generated = review->generatedEdit()->toPlainText();
    QVERIFY(original.contains(QStringLiteral("[server]")));
    QVERIFY(generated.contains(QStringLiteral("[server]")));
    QCOMPARE(review->originalText().toUtf8(), testutil::readFile(m_dir.filePath(QStringLiteral(
                                                  "seed-ha/apim-gw-1/repository/conf/deployment.toml"))));
    QVERIFY(review->originalEdit()->isReadOnly());
    QVERIFY(review->generatedEdit()->isReadOnly());
    // Lossless: right after the import the designer writes the same keys.
    QVERIFY2(review->differences().isEmpty(), qPrintable(review->differences().join(QLatin1Char('\n'))));
    QVERIFY(review->markedOriginalLines().isEmpty());

    // The import pins what the file says (a left-out offset included); the
    // offset edit releases that pin, so it shows at once.
    w.document()->push(new SetNodeValueCommand(w.document(), {id}, Field::Offset, 7));
    review->refresh();
    const QStringList diffs = review->differences();
    QVERIFY2(diffs.size() >= 1, qPrintable(diffs.join(QLatin1Char('\n'))));
    QVERIFY2(std::any_of(diffs.cbegin(), diffs.cend(),
                         [](const QString &d) { return d.contains(QStringLiteral("server.offset")); }),
             qPrintable(diffs.join(QLatin1Char('\n'))));
    QVERIFY(review->generatedEdit()->toPlainText().contains(QStringLiteral("offset = 7")));
    QVERIFY(!review->originalEdit()->toPlainText().contains(QStringLiteral("offset = 7")));

    // The offset lines are the ones marked, in both panes.
    auto lineOf = [](QPlainTextEdit *edit, int line) {
        return edit->document()->findBlockByNumber(line).text();
    };
    QVERIFY(!review->markedGeneratedLines().isEmpty());
    bool generatedMarked = false;
    for (int line : review->markedGeneratedLines())
        generatedMarked =
            generatedMarked || lineOf(review->generatedEdit(), line).contains(QStringLiteral("offset = 7"));
    QVERIFY(generatedMarked);
    QCOMPARE(review->generatedEdit()->extraSelections().size(), review->markedGeneratedLines().size());

    // Undo takes the difference away again.
    w.document()->undoStack()->undo();
    review->refresh();
    QVERIFY(review->differences().isEmpty());

    // APIM_REVIEW_SCREENSHOT=DIR writes the README's pictures: the imported set, and its review.
    const QString shots = qEnvironmentVariable("APIM_REVIEW_SCREENSHOT");
    if (!shots.isEmpty()) {
        w.document()->setSelection({id});
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.problems()->showImportFindings(w.importAction()->lastFindings());
        w.action(QStringLiteral("actionZoomFit"))->trigger();
        QTest::qWait(200);
        QVERIFY(w.grab().save(shots + QStringLiteral("/imported-topology.png")));
        w.document()->push(new SetNodeValueCommand(w.document(), {id}, Field::Offset, 7));
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
        dock->setFloating(true);
        dock->resize(1400, 720);
        dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(dock));
        review->refresh();
        if (review->findingsList()->count() > 0)
            emit review->findingsList()->itemClicked(review->findingsList()->item(0));
        QTest::qWait(200);
        QVERIFY(dock->grab().save(shots + QStringLiteral("/review.png")));
    }
}

void TestGuiReview::designedNodeIsNotImported()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    const QList<const Node *> gws = w.document()->topology().nodesOfKind(NodeKind::Gateway);
    QVERIFY(!gws.isEmpty());
    w.document()->setSelection({gws.first()->id});
    ReviewWidget *review = w.reviewWidget();
    QCOMPARE(review->currentNode(), gws.first()->id);
    QVERIFY(review->originalEdit()->toPlainText().contains(QStringLiteral("not imported")));
    QVERIFY(review->generatedEdit()->toPlainText().contains(QStringLiteral("[server]")));

    // Opening another design drops the last import's files.
    QVERIFY(importSeed(&w));
    QVERIFY(!review->importedFiles().isEmpty());
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    QVERIFY(review->importedFiles().isEmpty());
}

void TestGuiReview::droppedFolderImports()
{
    MainWindow w;
    w.importAction()->summaryReporter = [](const QString &, const QString &) {};
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("seed-ha")))});
    QWidget *viewport = w.canvas()->viewport();
    const QPoint at = viewport->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    QTRY_VERIFY(w.document()->topology().nodeByName(QStringLiteral("apim-gw-1")));
    QCOMPARE(w.reviewWidget()->importedFiles().size(), 4);

    // Anything else is refused, and leaves the design alone.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(testutil::dataPath(QStringLiteral("zip/SOURCE.md")))});
    QDragEnterEvent refused(at, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestGuiReview::commandLineFolderImports()
{
    // `apim-designer FOLDER` imports the folder instead of failing to open it as a project.
    MainWindow w;
    w.importAction()->summaryReporter = [](const QString &, const QString &) {};
    QStringList errors;
    w.errorReporter = [&errors](const QString &, const QString &m) { errors << m; };
    QVERIFY(w.openPaths({m_dir.filePath(QStringLiteral("seed-ha"))}));
    QVERIFY(errors.isEmpty());
    QVERIFY(w.document()->topology().nodeByName(QStringLiteral("apim-cp-2")));
    QCOMPARE(w.reviewWidget()->importedFiles().size(), 4);

    // A project file among them is opened, not imported.
    const QString project = m_dir.filePath(QStringLiteral("cli.apimtopo"));
    QVERIFY(w.saveFile(project));
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    QVERIFY(w.openPaths({m_dir.filePath(QStringLiteral("seed-ha")), project}));
    QCOMPARE(w.document()->filePath(), QFileInfo(project).absoluteFilePath());
    QVERIFY(!w.openPaths({}));
}

void TestGuiReview::reviewSurvivesSaveAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("reopened.apimtopo"));
    const QString originals = m_dir.filePath(QStringLiteral("seed-reopen"));
    QVERIFY(layOutSeedHa(originals));
    {
        MainWindow w;
        w.importAction()->summaryReporter = [](const QString &, const QString &) {};
        QVERIFY(w.importAction()->importPaths({originals}));
        QVERIFY(w.saveFile(path));
    }
    MainWindow w;
    QVERIFY(w.openFile(path));
    QCOMPARE(w.reviewWidget()->importedFiles().size(), 4);
    const Node *gw = w.document()->topology().nodeByName(QStringLiteral("apim-gw-1"));
    QVERIFY(gw);
    w.document()->setSelection({gw->id});
    QCOMPARE(w.reviewWidget()->originalText().toUtf8(),
             testutil::readFile(originals + QStringLiteral("/apim-gw-1/repository/conf/deployment.toml")));
    QVERIFY(w.reviewWidget()->differences().isEmpty());

    // Originals that are gone leave the node without one, and nothing fails.
    QVERIFY(QDir(originals + QStringLiteral("/apim-gw-1")).removeRecursively());
    MainWindow again;
    QVERIFY(again.openFile(path));
    QCOMPARE(again.reviewWidget()->importedFiles().size(), 3);
}

void TestGuiReview::alignmentPairsEqualKeys()
{
    // Keys as "a,b,c" (an empty entry: a blank line or comment), rows as "left:right".
    auto rows = [](const char *l, const char *r) {
        auto keys = [](const char *s) {
            return *s ? QString::fromLatin1(s).split(QLatin1Char(',')) : QStringList();
        };
        QStringList out;
        for (const AlignedRow &row : alignKeyedLines(keys(l), keys(r)))
            out << QStringLiteral("%1:%2").arg(row.left).arg(row.right);
        return out.join(QLatin1Char(' '));
    };
    QCOMPARE(rows("a,b,c", "a,b,c"), QStringLiteral("0:0 1:1 2:2"));
    QCOMPARE(rows("a,b", "b"), QStringLiteral("0:-1 1:0"));
    QCOMPARE(rows("s,s.k", "s,s.j,s.k"), QStringLiteral("0:0 -1:1 1:2"));
    // Blank lines and comments are paired off between the keys around them.
    QCOMPARE(rows("a,,,b", "a,,b,c"), QStringLiteral("0:0 1:1 2:-1 3:2 -1:3"));
    // A key only one side has faces a filler, not the other side's blank line.
    QCOMPARE(rows("s,s.a,,t", "s,s.a,s.b,,t"), QStringLiteral("0:0 1:1 -1:2 2:3 3:4"));
    QCOMPARE(rows("s,x,t", "s,y,t"), QStringLiteral("0:0 1:-1 -1:1 2:2"));
    QCOMPARE(rows("", "a"), QStringLiteral("-1:0"));
    // Reordered keys: one side's lines take a row of their own rather than leaving order.
    QCOMPARE(rows("a,b", "b,a"), QStringLiteral("0:-1 1:0 -1:1"));
}

void TestGuiReview::panesAlignKeyByKeyAndScrollTogether()
{
    MainWindow w;
    QVERIFY(importSeed(&w));
    ReviewWidget *review = w.reviewWidget();
    const NodeId id = w.document()->topology().nodeByName(QStringLiteral("apim-gw-1"))->id;
    w.document()->setSelection({id});
    // The offset the file leaves out is only in what the designer writes: a filler row opposite it.
    w.document()->push(new SetNodeValueCommand(w.document(), {id}, Field::Offset, 7));
    review->refresh();
    QPlainTextEdit *left = review->originalEdit();
    QPlainTextEdit *right = review->generatedEdit();
    QCOMPARE(left->document()->blockCount(), right->document()->blockCount());
    QCOMPARE(qsizetype(left->document()->blockCount()), review->rows().size());

    const QStringList leftKeys = tomlLineKeys(review->originalText());
    const QStringList original = review->originalText().split(QLatin1Char('\n'));
    int next = 0;
    bool offsetOpposite = false;
    for (int i = 0; i < review->rows().size(); ++i) {
        const AlignedRow &row = review->rows().at(i);
        const QString leftText = left->document()->findBlockByNumber(i).text();
        const QString rightText = right->document()->findBlockByNumber(i).text();
        if (row.left >= 0) {
            // Every line of the file, once, in its order.
            QCOMPARE(row.left, next++);
            QCOMPARE(leftText, original.at(row.left));
        } else {
            QVERIFY(leftText.isEmpty());
            offsetOpposite = offsetOpposite || rightText.contains(QStringLiteral("offset = 7"));
        }
        // A row with a key on both sides has the same key on both.
        const QStringList rightKeys = tomlLineKeys(right->toPlainText());
        if (row.left >= 0 && row.right >= 0 && !leftKeys.at(row.left).isEmpty() && !rightKeys.at(i).isEmpty())
            QCOMPARE(rightKeys.at(i), leftKeys.at(row.left));
    }
    QCOMPARE(next, int(original.size()));
    QVERIFY(offsetOpposite);
    QCOMPARE(review->rowOfOriginalLine(1), 0);

    // Scrolling one pane scrolls the other.
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    dock->setFloating(true);
    dock->resize(700, 260);
    dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(dock));
    QTRY_VERIFY(left->verticalScrollBar()->maximum() > 3);
    left->verticalScrollBar()->setValue(3);
    QCOMPARE(right->verticalScrollBar()->value(), 3);
    right->verticalScrollBar()->setValue(1);
    QCOMPARE(left->verticalScrollBar()->value(), 1);
}

void TestGuiReview::findingsListJumpsToItsLine()
{
    MainWindow w;
    QVERIFY(importSeed(&w));
    ReviewWidget *review = w.reviewWidget();
    const Node *gw = w.document()->topology().nodeByName(QStringLiteral("apim-gw-1"));
    w.document()->setSelection({gw->id});
    // The import's findings on this file, and only those.
    int expected = 0;
    const Finding *withLine = nullptr;
    const ImportedFile *file = nullptr;
    for (const ImportedFile &f : review->importedFiles())
        file = f.node == gw->id ? &f : file;
    QVERIFY(file);
    for (const Finding &f : review->importFindings()) {
        if (f.file == file->path) {
            ++expected;
            withLine = f.line > 1 && !withLine ? &f : withLine;
        }
    }
    QVERIFY2(expected > 0 && withLine, "the seed's gateway file has a finding on a line");
    QListWidget *list = review->findingsList();
    QCOMPARE(list->count(), expected);
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < list->count(); ++i)
        item = list->item(i)->text().contains(withLine->message) ? list->item(i) : item;
    QVERIFY(item);
    QVERIFY(item->text().contains(QString::number(withLine->line)));
    emit list->itemClicked(item);
    const int row = review->rowOfOriginalLine(withLine->line);
    QVERIFY(row >= 0);
    QCOMPARE(review->originalEdit()->textCursor().blockNumber(), row);
    QCOMPARE(review->originalEdit()->textCursor().selectedText(),
             review->originalText().split(QLatin1Char('\n')).at(withLine->line - 1));

    // A node the import did not make has none.
    const Node *lb = w.document()->topology().nodeByName(QStringLiteral("gw-lb"));
    QVERIFY(lb);
    w.document()->setSelection({lb->id});
    QCOMPARE(list->count(), 0);
}

void TestGuiReview::problemsGoToOpensTheLineInReview()
{
    MainWindow w;
    QVERIFY(importSeed(&w));
    ProblemsWidget *problems = w.problems();
    QTreeView *view = problems->view();
    // The first finding with a file and a line past the first.
    QModelIndex target;
    for (int r = 0; r < view->model()->rowCount() && !target.isValid(); ++r) {
        const QModelIndex top = view->model()->index(r, 0);
        for (int c = -1; c < view->model()->rowCount(top) && !target.isValid(); ++c) {
            const QModelIndex at = c < 0 ? top : view->model()->index(c, 0, top);
            const Finding *f = problems->model()->findingAt(at);
            if (f && f->line > 1 && f->node != 0)
                target = at;
        }
    }
    QVERIFY(target.isValid());
    const Finding finding = *problems->model()->findingAt(target);
    w.document()->setSelection({});
    view->setCurrentIndex(target);
    problems->goToCurrent();
    ReviewWidget *review = w.reviewWidget();
    QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("reviewDock"))->isHidden());
    // The review shows the node whose file the finding names (it may be about another node).
    NodeId fileNode = 0;
    for (const ImportedFile &f : review->importedFiles())
        fileNode = f.path == finding.file ? f.node : fileNode;
    QVERIFY(fileNode != 0);
    QCOMPARE(review->currentNode(), fileNode);
    QCOMPARE(w.document()->selection(), QList<NodeId>{fileNode});
    QCOMPARE(review->originalEdit()->textCursor().blockNumber(), review->rowOfOriginalLine(finding.line));
    QVERIFY(!review->showLocation(QStringLiteral("/no/such/file.toml"), 3));
}

void TestGuiReview::inspectorSaysWhereValuesComeFrom()
{
    MainWindow w;
    QVERIFY(importSeed(&w));
    InspectorModel *model = w.inspector()->model();
    QTreeView *view = w.inspector()->view();
    const Node *gw = w.document()->topology().nodeByName(QStringLiteral("apim-gw-1"));
    QVERIFY(gw);
    const NodeId id = gw->id;
    w.document()->setSelection({id});
    QVERIFY(!view->isColumnHidden(InspectorModel::OriginColumn));
    auto origin = [model](const QString &key) {
        return model->index(model->rowOfKey(key), InspectorModel::OriginColumn)
            .data(InspectorModel::OriginRole)
            .toInt();
    };
    auto tip = [model](const QString &key) {
        return model->index(model->rowOfKey(key), InspectorModel::OriginColumn)
            .data(Qt::ToolTipRole)
            .toString();
    };
    // The seed's gateway file names the balancer as its [server] hostname: the node's own host is not in it.
    QCOMPARE(origin(Field::Name), int(FieldOriginNote::Inferred));
    QCOMPARE(origin(Field::Hostname), int(FieldOriginNote::Inferred));
    QVERIFY2(tip(Field::Hostname).contains(QStringLiteral("gw.wso2.com")), qPrintable(tip(Field::Hostname)));
    QVERIFY(tip(Field::Hostname).contains(QStringLiteral("[server] hostname")));
    QCOMPARE(origin(Field::Ip), int(FieldOriginNote::File));
    QCOMPARE(origin(Field::HeapMb), int(FieldOriginNote::Default));

    // Editing the node's host keeps the note: the file still names the balancer.
    w.document()->push(
        new SetNodeValueCommand(w.document(), {id}, Field::Hostname, QStringLiteral("gw1.internal")));
    QCOMPARE(origin(Field::Hostname), int(FieldOriginNote::Inferred));
    // An IP other than the file's says so, with the file's value.
    w.document()->push(new SetNodeValueCommand(w.document(), {id}, Field::Ip, QStringLiteral("10.0.0.9")));
    QCOMPARE(origin(Field::Ip), int(FieldOriginNote::Differs));
    QVERIFY(tip(Field::Ip).contains(QStringLiteral("127.0.0.1")));
    w.document()->push(new SetNodeValueCommand(w.document(), {id}, Field::HeapMb, 4096));
    QCOMPARE(origin(Field::HeapMb), int(FieldOriginNote::Inferred));

    // A node no file made, and several nodes, have no note.
    const Node *lb = w.document()->topology().nodeByName(QStringLiteral("gw-lb"));
    w.document()->setSelection({lb->id});
    QVERIFY(view->isColumnHidden(InspectorModel::OriginColumn));
    w.document()->setSelection({id, w.document()->topology().nodeByName(QStringLiteral("apim-gw-2"))->id});
    QVERIFY(view->isColumnHidden(InspectorModel::OriginColumn));
    // A design of its own drops the import's files.
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    w.document()->setSelection({w.document()->topology().nodesOfKind(NodeKind::Gateway).first()->id});
    QVERIFY(view->isColumnHidden(InspectorModel::OriginColumn));
}

void TestGuiReview::designFindingOpensItsSetting()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Finding f;
    f.rule = QStringLiteral("design-wide");
    f.severity = Severity::Warning;
    f.message = QStringLiteral("The keystore password is weak.");
    FixStep step;
    step.kind = FixStep::Kind::SetSetting;
    step.key = QStringLiteral("keystore.password");
    f.fixes = {FindingFix{QStringLiteral("Set a password"), {step}}};
    w.problems()->showImportFindings({f});
    w.problems()->view()->setCurrentIndex(w.problems()->model()->index(0, 0));
    QVERIFY(!w.settingsDialog());
    w.problems()->goToCurrent();
    QVERIFY(w.settingsDialog());
    QVERIFY(w.settingsDialog()->isVisible());
    auto *editor = w.settingsDialog()->findChild<SettingsEditor *>();
    QVERIFY(editor && editor->fieldEditor(step.key));
    QTRY_VERIFY(editor->fieldEditor(step.key)->hasFocus() ||
                editor->fieldEditor(step.key)->isAncestorOf(QApplication::focusWidget()));
}

QTEST_MAIN(TestGuiReview)
#include "tst_gui_review.moc"
