// The designer's main window: the canvas in the middle, the palette, inspector,
// preview, problems and undo history as docks, and the File, Edit, View,
// Arrange and Help menus. One window holds one document.
#pragma once

#include "templatebuilder.h"
#include "topology.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>

class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QStackedWidget;
class QUndoView;

namespace apim {

class Autosaver;
class CanvasView;
class DesignChecker;
class DocumentWatcher;
class ImportAction;
class InspectorWidget;
class ManualDialog;
class PaletteWidget;
class PreviewWidget;
class ProblemsWidget;
class RecentFiles;
class ReviewWidget;
class SettingsEditor;
class ShortcutsDialog;
class StartPage;
class TopologyDocument;
struct Design;
struct Finding;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    TopologyDocument *document() const { return m_document; }
    // The document's problems, shared by the Problems dock and the canvas badges.
    DesignChecker *checker() const { return m_checker; }
    CanvasView *canvas() const { return m_canvas; }
    PaletteWidget *palette() const { return m_palette; }
    InspectorWidget *inspector() const { return m_inspector; }
    PreviewWidget *preview() const { return m_preview; }
    ProblemsWidget *problems() const { return m_problems; }
    ReviewWidget *reviewWidget() const { return m_review; }
    ImportAction *importAction() const { return m_import; }
    RecentFiles *recentFiles() const { return m_recent; }
    // Recovery files and crash recovery; the open file watched for outside changes.
    Autosaver *autosaver() const { return m_autosaver; }
    DocumentWatcher *documentWatcher() const { return m_watcher; }
    // Shown instead of the canvas while no design is open.
    StartPage *startPage() const { return m_startPage; }
    bool isShowingStartPage() const;
    // Help ▸ Manual, Help ▸ Keyboard Shortcuts and Design ▸ Settings, once opened.
    ManualDialog *manualDialog() const { return m_manual; }
    ShortcutsDialog *shortcutsDialog() const { return m_shortcuts; }
    QDialog *settingsDialog() const { return m_settingsDialog; }
    // Actions by object name ("actionUndo", "actionCopy", ...), for tests and toolbars.
    QAction *action(const QString &name) const;

    // Opens a project file; on failure reports `file:line:col: message` and leaves
    // the current document untouched. Does not ask about unsaved changes.
    bool openFile(const QString &path);
    // Paths from the command line: a project file opens, anything else
    // (deployment.toml files, folders, zips) is imported.
    bool openPaths(const QStringList &paths);
    // Writes the design to `path` and makes it the document's file.
    bool saveFile(const QString &path);
    // Replaces the document with a template ("gw-cp", "gw-cp-ha").
    bool newFromTemplate(const QString &pattern, int gateways = 2, int controlPlanes = 2);
    void newDesign(const Design &design);
    // A design the user starts here (New, the start page): passwords are not
    // stored in its project file until the user turns that on.
    void startDesign(Design design);
    // Starts `pattern` with its defaults, after asking about unsaved changes.
    bool startPattern(const QString &pattern);
    // Starts the design `options` describe; reports a refusal. Does not ask about unsaved changes.
    bool startFromPattern(const PatternOptions &options);

    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();

    // Test seams, standing in for modal dialogs.
    std::function<QMessageBox::StandardButton()> saveChangesPrompt;
    std::function<void(const QString &title, const QString &message)> errorReporter;

public slots:
    void fileNew();
    void fileOpen();
    bool fileSave();
    bool fileSaveAs();
    void exportBundle();
    void showAutosaveFailure(const QString &error);
    void exportPng();
    void exportSvg();
    void showPreferences();
    void about();
    // Puts every dock back where a fresh window has it, at its default size.
    void resetLayout();
    // File ▸ Close: back to the start page (after asking about unsaved changes).
    bool closeDesign();
    void showStartPage();
    void showManual();
    void showShortcuts();
    void showDesignSettings();

    void cut();
    void copy();
    void paste();
    void duplicate();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addAction(QMenu *menu, const QString &name, const QString &text,
                       const QKeySequence &shortcut = {});
    void createDocks();
    // Problems ▸ Go to: a file line opens in the Review dock, a design-wide finding the settings;
    // the Inspector learns the imported files from the Review dock.
    void connectProblems();
    void applyFix(const Finding &finding, int fixIndex);
    QDockWidget *dock(const char *name) const;
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createArrangeMenu();
    void createDesignMenu();
    void createHelpMenu();
    void createStartPage();
    void createToolBar();
    void readSettings();
    void writeSettings();
    void updateTitle();
    void updateActions();
    void updateStatus();
    void showError(const QString &title, const QString &message);
    // The first .apimtopo file among dropped URLs, or an empty string.
    static QString droppedProject(const QMimeData *data);
    // Whether dropped URLs hold a project to open or configs to import.
    static bool acceptsDrop(const QMimeData *data);

    // A design the user starts in this window: passwords left out of its project file.
    static Design withoutStoredPasswords(Design design);
    // The window's title: the file's name, else the design's.
    QString titleName() const;

    TopologyDocument *m_document;
    DesignChecker *m_checker;
    CanvasView *m_canvas;
    QStackedWidget *m_central = nullptr;
    StartPage *m_startPage = nullptr;
    ManualDialog *m_manual = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
    QDialog *m_settingsDialog = nullptr;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    PreviewWidget *m_preview = nullptr;
    ProblemsWidget *m_problems = nullptr;
    ReviewWidget *m_review = nullptr;
    ImportAction *m_import = nullptr;
    QUndoView *m_undoView = nullptr;
    QList<QDockWidget *> m_docks;
    RecentFiles *m_recent;
    Autosaver *m_autosaver = nullptr;
    DocumentWatcher *m_watcher = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_statusZoom = nullptr;
    int m_pasteCount = 0;
};

} // namespace apim
