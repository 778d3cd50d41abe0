// MainWindow's menus and tool bar: every action, its shortcut and what it calls.
#include "mainwindow.h"

#include "canvaslegend.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "importaction.h"
#include "inspectorwidget.h"
#include "recentfiles.h"
#include "topologydocument.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace apim {

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text,
                               const QKeySequence &shortcut)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    menu->addAction(a);
    return a;
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createDesignMenu();
    createArrangeMenu();
    createHelpMenu();
}

void MainWindow::createDesignMenu()
{
    QMenu *design = menuBar()->addMenu(tr("&Design"));
    connect(addAction(design, QStringLiteral("actionDesignSettings"), tr("&Settings…")), &QAction::triggered,
            this, &MainWindow::showDesignSettings);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(addAction(help, QStringLiteral("actionManual"), tr("&Manual"), QKeySequence::HelpContents),
            &QAction::triggered, this, &MainWindow::showManual);
    connect(addAction(help, QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts")),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    connect(addAction(help, QStringLiteral("actionAbout"), tr("&About APIM Topology Designer")),
            &QAction::triggered, this, &MainWindow::about);
    connect(addAction(help, QStringLiteral("actionAboutQt"), tr("About &Qt")), &QAction::triggered, qApp,
            &QApplication::aboutQt);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = addAction(file, QStringLiteral("actionNew"), tr("&New…"), QKeySequence::New);
    newAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)));
    connect(newAction, &QAction::triggered, this, &MainWindow::fileNew);
    QAction *open = addAction(file, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open);
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                   style()->standardIcon(QStyle::SP_DialogOpenButton)));
    connect(open, &QAction::triggered, this, &MainWindow::fileOpen);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("menuRecent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { m_recent->populate(recent); });
    m_recent->populate(recent);
    m_import = new ImportAction(this);
    m_import->addActions(file);
    file->addSeparator();
    QAction *save = addAction(file, QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save);
    save->setIcon(QIcon::fromTheme(QStringLiteral("document-save"),
                                   style()->standardIcon(QStyle::SP_DialogSaveButton)));
    connect(save, &QAction::triggered, this, &MainWindow::fileSave);
    connect(addAction(file, QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs),
            &QAction::triggered, this, &MainWindow::fileSaveAs);
    connect(addAction(file, QStringLiteral("actionClose"), tr("&Close Design"), QKeySequence::Close),
            &QAction::triggered, this, &MainWindow::closeDesign);
    file->addSeparator();
    connect(addAction(file, QStringLiteral("actionExportBundle"), tr("&Export Bundle…"),
                      QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, this, &MainWindow::exportBundle);
    connect(addAction(file, QStringLiteral("actionExportPng"), tr("Export Diagram as &PNG…")),
            &QAction::triggered, this, &MainWindow::exportPng);
    connect(addAction(file, QStringLiteral("actionExportSvg"), tr("Export Diagram as S&VG…")),
            &QAction::triggered, this, &MainWindow::exportSvg);
    file->addSeparator();
    QAction *prefs =
        addAction(file, QStringLiteral("actionPreferences"), tr("Pr&eferences…"), QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    connect(prefs, &QAction::triggered, this, &MainWindow::showPreferences);
    file->addSeparator();
    QAction *quit = addAction(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    // Closing the window asks about unsaved changes; the last window closing quits.
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setProperty("commandName", tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setProperty("commandName", tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    connect(addAction(edit, QStringLiteral("actionCut"), tr("Cu&t"), QKeySequence::Cut), &QAction::triggered,
            this, &MainWindow::cut);
    connect(addAction(edit, QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy),
            &QAction::triggered, this, &MainWindow::copy);
    connect(addAction(edit, QStringLiteral("actionPaste"), tr("&Paste"), QKeySequence::Paste),
            &QAction::triggered, this, &MainWindow::paste);
    connect(addAction(edit, QStringLiteral("actionDuplicate"), tr("D&uplicate"),
                      QKeySequence(Qt::CTRL | Qt::Key_D)),
            &QAction::triggered, this, &MainWindow::duplicate);
    connect(addAction(edit, QStringLiteral("actionDelete"), tr("&Delete"), QKeySequence::Delete),
            &QAction::triggered, m_canvas, &CanvasView::deleteSelection);
    edit->addSeparator();
    connect(addAction(edit, QStringLiteral("actionSelectAll"), tr("Select &All"), QKeySequence::SelectAll),
            &QAction::triggered, m_canvas, &CanvasView::selectAll);
    QAction *rename =
        addAction(edit, QStringLiteral("actionRename"), tr("Re&name"), QKeySequence(Qt::Key_F2));
    // On the card when the canvas shows; else in the Inspector.
    connect(rename, &QAction::triggered, this, [this] {
        if (m_canvas->isVisible() && m_canvas->renameSelected())
            return;
        findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->show();
        m_inspector->editField(Field::Name);
    });
    connect(m_canvas->canvasScene(), &CanvasScene::nodeDoubleClicked, rename, &QAction::trigger);
    edit->addSeparator();
    connect(addAction(edit, QStringLiteral("actionFind"), tr("&Find Node…"), QKeySequence::Find),
            &QAction::triggered, m_canvas, &CanvasView::showFindBar);
    connect(addAction(edit, QStringLiteral("actionFindNext"), tr("Find &Next"), QKeySequence::FindNext),
            &QAction::triggered, m_canvas, &CanvasView::findNext);
    connect(addAction(edit, QStringLiteral("actionFindPrevious"), tr("Find Pre&vious"),
                      QKeySequence::FindPrevious),
            &QAction::triggered, m_canvas, &CanvasView::findPrevious);
    // Node editing keys act on the canvas only: in the inspector, the problems list or
    // the preview, Delete, Ctrl+C and Ctrl+A belong to the text or list with focus.
    for (const char *name : {"actionCut", "actionCopy", "actionPaste", "actionDuplicate", "actionDelete",
                             "actionSelectAll", "actionRename"}) {
        QAction *a = action(QLatin1String(name));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_canvas->addAction(a);
    }
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = addAction(m_viewMenu, QStringLiteral("actionZoomIn"), tr("Zoom &In"));
    // Ctrl+= as well: on most layouts "+" needs Shift.
    zoomIn->setShortcuts(QKeySequence::keyBindings(QKeySequence::ZoomIn)
                         << QKeySequence(Qt::CTRL | Qt::Key_Equal));
    connect(zoomIn, &QAction::triggered, m_canvas, &CanvasView::zoomIn);
    connect(addAction(m_viewMenu, QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut),
            &QAction::triggered, m_canvas, &CanvasView::zoomOut);
    connect(addAction(m_viewMenu, QStringLiteral("actionZoomFit"), tr("&Fit All"),
                      QKeySequence(Qt::CTRL | Qt::Key_0)),
            &QAction::triggered, m_canvas, &CanvasView::zoomToFit);
    connect(addAction(m_viewMenu, QStringLiteral("actionZoomReset"), tr("&Actual Size"),
                      QKeySequence(Qt::CTRL | Qt::Key_1)),
            &QAction::triggered, m_canvas, &CanvasView::resetZoom);
    m_viewMenu->addSeparator();
    QAction *snap = addAction(m_viewMenu, QStringLiteral("actionSnap"), tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(m_canvas->snapToGrid());
    connect(snap, &QAction::toggled, m_canvas, &CanvasView::setSnapToGrid);
    connect(m_canvas, &CanvasView::snapToGridChanged, snap, &QAction::setChecked);
    QAction *legend = addAction(m_viewMenu, QStringLiteral("actionLegend"), tr("Show &Legend"));
    legend->setCheckable(true);
    legend->setChecked(m_canvas->isLegendVisible());
    connect(legend, &QAction::toggled, m_canvas, &CanvasView::setLegendVisible);
    connect(m_canvas->legend(), &CanvasLegend::wantedChanged, legend, &QAction::setChecked);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : std::as_const(m_docks))
        m_viewMenu->addAction(d->toggleViewAction());
}

void MainWindow::createArrangeMenu()
{
    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    const struct
    {
        const char *name;
        QString text;
        void (CanvasView::*slot)();
    } items[] = {
        {"actionAlignLeft", tr("Align &Left"), &CanvasView::alignLeft},
        {"actionAlignHCenter", tr("Align &Centre"), &CanvasView::alignHCenter},
        {"actionAlignRight", tr("Align &Right"), &CanvasView::alignRight},
        {"actionAlignTop", tr("Align &Top"), &CanvasView::alignTop},
        {"actionAlignVCenter", tr("Align &Middle"), &CanvasView::alignVCenter},
        {"actionAlignBottom", tr("Align &Bottom"), &CanvasView::alignBottom},
        {"actionDistributeH", tr("Distribute &Horizontally"), &CanvasView::distributeHorizontally},
        {"actionDistributeV", tr("Distribute &Vertically"), &CanvasView::distributeVertically},
    };
    for (const auto &item : items) {
        QAction *a = addAction(arrange, QLatin1String(item.name), item.text);
        connect(a, &QAction::triggered, m_canvas, item.slot);
        if (item.slot == &CanvasView::alignBottom)
            arrange->addSeparator();
    }
    arrange->addSeparator();
    connect(addAction(arrange, QStringLiteral("actionAutoLayout"), tr("&Auto-Layout"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)),
            &QAction::triggered, m_canvas, &CanvasView::autoLayout);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The menu's Undo and Redo say what they undo ("Undo Move Node"); on the tool
    // bar that would shift every button after them, so these keep one label and
    // say the step in their tooltip.
    auto stepButton = [this](const char *name, const QString &text, QAction *menuAction) {
        auto *a = new QAction(menuAction->icon(), text, this);
        a->setObjectName(QLatin1String(name));
        a->setEnabled(menuAction->isEnabled());
        connect(menuAction, &QAction::changed, a, [a, menuAction] {
            a->setEnabled(menuAction->isEnabled());
            a->setToolTip(menuAction->text().remove(QLatin1Char('&')));
        });
        connect(a, &QAction::triggered, menuAction, &QAction::trigger);
    };
    stepButton("toolUndo", tr("Undo"), action(QStringLiteral("actionUndo")));
    stepButton("toolRedo", tr("Redo"), action(QStringLiteral("actionRedo")));
    for (const char *name : {"actionNew", "actionOpen", "actionSave", "", "toolUndo", "toolRedo", "",
                             "actionZoomFit", "actionAutoLayout", "", "actionExportBundle"}) {
        if (*name == '\0')
            bar->addSeparator();
        else
            bar->addAction(action(QLatin1String(name)));
    }
    m_viewMenu->addAction(bar->toggleViewAction());
    m_viewMenu->addSeparator();
    connect(addAction(m_viewMenu, QStringLiteral("actionResetLayout"), tr("&Reset Layout")),
            &QAction::triggered, this, &MainWindow::resetLayout);
}

} // namespace apim
