#include "mainwindow.h"

#include "fixcommand.h"

#include "autosaver.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "designchecker.h"
#include "documentwatcher.h"
#include "fixcommand.h"
#include "importaction.h"
#include "inspectorwidget.h"
#include "nodeclipboard.h"
#include "nodecopies.h"
#include "palettewidget.h"
#include "preferencesdialog.h"
#include "previewwidget.h"
#include "problemswidget.h"
#include "recentfiles.h"
#include "reviewwidget.h"
#include "settingseditor.h"
#include "topologydocument.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoView>

namespace apim {

namespace {
// Bumped when the dock set changes, so that an old saved layout is not applied.
// 2: layouts saved before docks had a minimum width could hold a dock widened
// by its content; they are dropped.
constexpr int DockStateVersion = 2;
constexpr int MinimumDockWidth = 150;
constexpr int MinimumDockHeight = 80;
const QSize DefaultSize(1400, 900);

int bounded(double share, int width, int low, int high)
{
    return qBound(low, int(width * share), high);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new TopologyDocument(this)),
      m_checker(new DesignChecker(m_document, this)), m_canvas(new CanvasView(m_document, this)),
      m_recent(new RecentFiles(this))
{
    m_canvas->canvasScene()->setChecker(m_checker);
    setObjectName(QStringLiteral("mainWindow"));
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("central"));
    m_central->addWidget(m_canvas);
    setCentralWidget(m_central);
    m_canvas->setMinimumWidth(CanvasView::MinimumWidth);
    setAcceptDrops(true);
    m_canvas->viewport()->installEventFilter(this);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);

    createDocks();
    createMenus();
    createToolBar();
    createStartPage();

    m_statusCounts = new QLabel(this);
    m_statusZoom = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_statusZoom);

    connect(m_document, &TopologyDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TopologyDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TopologyDocument::settingsChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TopologyDocument::designReset, this, &MainWindow::updateTitle);
    connect(m_document, &TopologyDocument::selectionChanged, this, &MainWindow::updateActions);
    connect(m_document, &TopologyDocument::contentChanged, this, &MainWindow::updateStatus);
    connect(m_canvas, &CanvasView::zoomChanged, this, &MainWindow::updateStatus);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &MainWindow::updateActions);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });

    m_autosaver = new Autosaver(m_document, this);
    connect(m_autosaver, &Autosaver::autosaveFailed, this, &MainWindow::showAutosaveFailure);
    m_watcher = new DocumentWatcher(m_document, this);
    connect(m_watcher, &DocumentWatcher::reloadRequested, this, &MainWindow::openFile);

    readSettings();
    updateTitle();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The document goes with the other children, after this class's part of the
    // object: its last signals (the undo stack clearing) must not reach us then.
    m_document->disconnect(this);
    // The checker goes first: the views it reports to would see the document's end.
    delete m_checker;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createDocks()
{
    auto dock = [this](QWidget *content, const QString &name, const QString &title, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        // An explicit minimum overrides the content's own: a long label or path
        // inside can no longer push the dock wide and the canvas narrow, and a
        // tall form (the Inspector's) cannot make the window taller than a small
        // or scaled screen.
        content->setMinimumSize(MinimumDockWidth, MinimumDockHeight);
        addDockWidget(area, d);
        m_docks.append(d);
        return d;
    };
    m_palette = new PaletteWidget(this);
    connect(m_palette, &PaletteWidget::addRequested, m_canvas, &CanvasView::addNodeAtCenter);
    m_inspector = new InspectorWidget(m_document, this);
    m_preview = new PreviewWidget(m_document, this);
    m_problems = new ProblemsWidget(m_document, m_checker, this);
    m_review = new ReviewWidget(m_document, this);
    m_undoView = new QUndoView(m_document->undoStack(), this);
    m_undoView->setEmptyLabel(tr("<start>"));
    m_undoView->setCleanIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));

    dock(m_palette, QStringLiteral("paletteDock"), tr("Palette"), Qt::LeftDockWidgetArea);
    dock(m_inspector, QStringLiteral("inspectorDock"), tr("Inspector"), Qt::RightDockWidgetArea);
    dock(m_preview, QStringLiteral("previewDock"), tr("Preview"), Qt::RightDockWidgetArea);
    QDockWidget *problems =
        dock(m_problems, QStringLiteral("problemsDock"), tr("Problems"), Qt::BottomDockWidgetArea);
    dock(m_undoView, QStringLiteral("undoDock"), tr("Undo History"), Qt::BottomDockWidgetArea);
    dock(m_review, QStringLiteral("reviewDock"), tr("Review"), Qt::RightDockWidgetArea);
    // readSettings() restores the saved layout or calls resetLayout().

    connect(m_problems, &ProblemsWidget::nodeActivated, m_canvas, &CanvasView::centerOnNode);
    // The canvas's context menus select first; these only bring the dock that shows it.
    connect(m_canvas, &CanvasView::showFilesRequested, this, [this] {
        this->dock("previewDock")->show();
        this->dock("previewDock")->raise();
    });
    connect(m_canvas, &CanvasView::linkDetailsRequested, this, [this] {
        this->dock("inspectorDock")->show();
        this->dock("inspectorDock")->raise();
    });
    connect(m_canvas, &CanvasView::fixRequested, this, &MainWindow::applyFix);
    connect(m_canvas, &CanvasView::problemsRequested, this, [this](NodeId id) {
        // The node's findings only: an exact node filter, so apim-gw-1 leaves apim-gw-10 out.
        if (const Node *n = m_document->topology().node(id))
            m_problems->filterEdit()->setText(QStringLiteral("node:") + n->name());
        this->dock("problemsDock")->show();
        this->dock("problemsDock")->raise();
    });
    connect(m_problems, &ProblemsWidget::countsChanged, this,
            [problems](int errors, int warnings, int infos) {
                const int total = errors + warnings + infos;
                problems->setWindowTitle(total == 0 ? tr("Problems") : tr("Problems (%1)").arg(total));
            });
    connectProblems();
}

void MainWindow::connectProblems()
{
    // An imported node's fields say where their values come from, by the files the review holds.
    connect(m_review, &ReviewWidget::importedFilesChanged, m_inspector, &InspectorWidget::setImportedFiles);
    connect(m_problems, &ProblemsWidget::locationRequested, this,
            [this](const QString &file, int line, int column) {
                if (!m_review->showLocation(file, line, column))
                    return;
                QDockWidget *review = dock("reviewDock");
                review->show();
                review->raise();
            });
    connect(m_problems, &ProblemsWidget::settingRequested, this, [this](const QString &key) {
        showDesignSettings();
        auto *editor = m_settingsDialog->findChild<SettingsEditor *>();
        if (QWidget *field = editor ? editor->fieldEditor(key) : nullptr) {
            editor->ensureWidgetVisible(field);
            field->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_problems, &ProblemsWidget::fixRequested, this, &MainWindow::applyFix);
}

void MainWindow::applyFix(const Finding &finding, int fixIndex)
{
    if (fixIndex < 0 || fixIndex >= finding.fixes.size())
        return;
    QString error;
    QUndoCommand *command = makeFixCommand(m_document, finding.fixes.at(fixIndex), &error);
    if (!command) {
        // The design moved on since the check: say why, change nothing.
        statusBar()->showMessage(tr("Not fixed: %1").arg(error), 8000);
        return;
    }
    m_document->undoStack()->push(command);
    statusBar()->showMessage(tr("Fixed: %1").arg(finding.fixes.at(fixIndex).title), 5000);
}

QDockWidget *MainWindow::dock(const char *name) const
{
    return findChild<QDockWidget *>(QLatin1String(name));
}

void MainWindow::resetLayout()
{
    QDockWidget *palette = dock("paletteDock");
    QDockWidget *inspector = dock("inspectorDock");
    QDockWidget *preview = dock("previewDock");
    QDockWidget *problems = dock("problemsDock");
    QDockWidget *history = dock("undoDock");
    QDockWidget *review = dock("reviewDock");
    for (QDockWidget *d : std::as_const(m_docks)) {
        d->setFloating(false);
        d->show();
    }
    // Adding a dock again takes it out of wherever the user put it.
    addDockWidget(Qt::LeftDockWidgetArea, palette);
    addDockWidget(Qt::RightDockWidgetArea, inspector);
    splitDockWidget(inspector, preview, Qt::Vertical);
    tabifyDockWidget(preview, review);
    addDockWidget(Qt::BottomDockWidgetArea, problems);
    tabifyDockWidget(problems, history);
    review->hide(); // shown by File ▸ Import and the View menu
    preview->raise();
    problems->raise();
    if (QToolBar *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        addToolBar(Qt::TopToolBarArea, bar);
        bar->show();
    }
    // Shares of the window, so that the canvas keeps the larger part on small screens.
    const int w = width();
    const int h = height();
    resizeDocks({palette, inspector}, {bounded(0.14, w, MinimumDockWidth, 220), bounded(0.3, w, 240, 420)},
                Qt::Horizontal);
    resizeDocks({inspector, preview}, {h / 2, h / 2}, Qt::Vertical);
    resizeDocks({problems}, {bounded(0.2, h, 120, 180)}, Qt::Vertical);
}

void MainWindow::readSettings()
{
    QSettings settings;
    // A layout saved on a larger screen (or broken) is not restored: the window
    // would not fit, and neither would the dock sizes saved with it.
    const QRect saved = settings.value(QStringLiteral("window/rect")).toRect();
    const QScreen *screen = QGuiApplication::screenAt(saved.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(QPoint(0, 0), DefaultSize);
    const bool fits =
        saved.isValid() && saved.width() <= available.width() && saved.height() <= available.height();
    bool restored = false;
    if (fits && restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        restored =
            restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), DockStateVersion);
    if (!restored) {
        // Inside the screen, with room for the window frame.
        resize(DefaultSize.boundedTo(available.size() - QSize(16, 48)));
        resetLayout();
    }
    m_canvas->setSnapToGrid(settings.value(QStringLiteral("view/snapToGrid"), false).toBool());
    m_canvas->setLegendVisible(settings.value(QStringLiteral("view/legend"), true).toBool());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/rect"),
                      isMaximized() || isFullScreen() ? geometry() : normalGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(DockStateVersion));
    settings.setValue(QStringLiteral("view/snapToGrid"), m_canvas->snapToGrid());
    settings.setValue(QStringLiteral("view/legend"), m_canvas->isLegendVisible());
}

QString MainWindow::titleName() const
{
    if (!m_document->filePath().isEmpty())
        return m_document->displayName();
    const QString name = m_document->design().settings.name;
    return name.isEmpty() ? m_document->displayName() : name;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — APIM Topology Designer").arg(titleName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateActions()
{
    const qsizetype selected = m_document->selection().size();
    for (const char *name : {"actionCut", "actionCopy", "actionDuplicate"})
        action(QLatin1String(name))->setEnabled(selected > 0);
    action(QStringLiteral("actionDelete"))
        ->setEnabled(selected > 0 || !m_document->linkSelection().isEmpty());
    action(QStringLiteral("actionRename"))->setEnabled(selected == 1);
    for (const char *name : {"actionAlignLeft", "actionAlignHCenter", "actionAlignRight", "actionAlignTop",
                             "actionAlignVCenter", "actionAlignBottom"})
        action(QLatin1String(name))->setEnabled(selected >= 2);
    action(QStringLiteral("actionDistributeH"))->setEnabled(selected >= 3);
    action(QStringLiteral("actionDistributeV"))->setEnabled(selected >= 3);
    action(QStringLiteral("actionPaste"))
        ->setEnabled(NodeClipboard::canPaste(QGuiApplication::clipboard()->mimeData()));
}

void MainWindow::updateStatus()
{
    const Topology &t = m_document->topology();
    m_statusCounts->setText(tr("Nodes: %1 · Links: %2").arg(t.nodes().size()).arg(t.links().size()));
    m_statusZoom->setText(tr("Zoom %1%").arg(qRound(m_canvas->zoom() * 100)));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    if (errorReporter)
        errorReporter(title, message);
    else
        QMessageBox::critical(this, title, message);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (saveChangesPrompt) {
        answer = saveChangesPrompt();
    } else {
        answer = QMessageBox::warning(
            this, tr("Unsaved Changes"),
            tr("%1 has unsaved changes. Save them before closing?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    if (answer == QMessageBox::Save)
        return fileSave();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_autosaver->removeRecoveryFile();
    event->accept();
}

QString MainWindow::droppedProject(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() &&
            QFileInfo(url.toLocalFile()).suffix().compare(QLatin1String("apimtopo"), Qt::CaseInsensitive) ==
                0)
            return url.toLocalFile();
    }
    return {};
}

bool MainWindow::acceptsDrop(const QMimeData *data)
{
    return !droppedProject(data).isEmpty() || !ImportAction::droppedConfigs(data).isEmpty();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // A project file opens; deployment.toml files, folders and zips are imported.
    const QString project = droppedProject(event->mimeData());
    const QStringList configs =
        project.isEmpty() ? ImportAction::droppedConfigs(event->mimeData()) : QStringList();
    if (project.isEmpty() && configs.isEmpty())
        return;
    event->acceptProposedAction();
    // Ask after the drop has finished, not inside the drag's event loop.
    QMetaObject::invokeMethod(
        this,
        [this, project, configs] {
            if (!project.isEmpty()) {
                if (maybeSave())
                    openFile(project);
            } else {
                m_import->importPaths(configs); // asks about unsaved changes itself
            }
        },
        Qt::QueuedConnection);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The canvas takes palette drops; files dropped on it open or import instead.
    if (watched == m_canvas->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!acceptsDrop(drag->mimeData()))
                break;
            drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            if (!acceptsDrop(drop->mimeData()))
                break;
            dropEvent(drop);
            return true;
        }
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::cut()
{
    NodeClipboard::cut(m_document);
    m_pasteCount = 0; // the originals are gone: the first paste lands where they were
}

void MainWindow::copy()
{
    NodeClipboard::copy(*m_document);
    m_pasteCount = 1;
}

void MainWindow::paste()
{
    QString error;
    const qreal offset = NodeCopies::PasteOffset * m_pasteCount;
    if (NodeClipboard::paste(m_document, QGuiApplication::clipboard()->mimeData(), QPointF(offset, offset),
                             &error) > 0)
        ++m_pasteCount;
    else if (!error.isEmpty())
        showError(tr("Paste"),
                  tr("The clipboard does not hold nodes this designer can read:\n%1").arg(error));
}

void MainWindow::duplicate()
{
    NodeCopies::duplicate(m_document);
}

} // namespace apim
