// File ▸ Import and the Review dock: the seed's HA set imported through the main
// window, the import findings in the Problems dock, and the side-by-side review.
#include "canvasview.h"
#include "importaction.h"
#include "mainwindow.h"
#include "nodecommands.h"
#include "problemsmodel.h"
#include "problemswidget.h"
#include "reviewwidget.h"
#include "ruleids.h"
#include "schemaregistry.h"
#include "testutil.h"
#include "topologydocument.h"

#include <QDirIterator>
#include <QDockWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
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
    QCOMPARE(original.toUtf8(), testutil::readFile(m_dir.filePath(
                                    QStringLiteral("seed-ha/apim-gw-1/repository/conf/deployment.toml"))));
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

    const QByteArray shot = qgetenv("APIM_REVIEW_SCREENSHOT");
    if (!shot.isEmpty()) {
        w.document()->push(new SetNodeValueCommand(w.document(), {id}, Field::Offset, 7));
        review->refresh();
        review->resize(1100, 650);
        review->show();
        QVERIFY(review->grab().save(QString::fromLocal8Bit(shot)));
        w.resize(1600, 1000);
        w.show();
        w.findChild<QDockWidget *>(QStringLiteral("reviewDock"))->raise();
        QTest::qWait(100);
        QVERIFY(w.grab().save(
            QString::fromLocal8Bit(shot).replace(QStringLiteral(".png"), QStringLiteral("-window.png"))));
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
    QCOMPARE(w.reviewWidget()->originalEdit()->toPlainText().toUtf8(),
             testutil::readFile(originals + QStringLiteral("/apim-gw-1/repository/conf/deployment.toml")));
    QVERIFY(w.reviewWidget()->differences().isEmpty());

    // Originals that are gone leave the node without one, and nothing fails.
    QVERIFY(QDir(originals + QStringLiteral("/apim-gw-1")).removeRecursively());
    MainWindow again;
    QVERIFY(again.openFile(path));
    QCOMPARE(again.reviewWidget()->importedFiles().size(), 3);
}

QTEST_MAIN(TestGuiReview)
#include "tst_gui_review.moc"
