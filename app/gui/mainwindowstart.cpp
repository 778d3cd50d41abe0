// MainWindow's start page, Help menu and Design ▸ Settings: what a newcomer
// reaches first.
#include "mainwindow.h"

#include "canvasview.h"
#include "encryptionkey.h"
#include "helpdialogs.h"
#include "importaction.h"
#include "recentfiles.h"
#include "settingseditor.h"
#include "startpage.h"
#include "templates.h"
#include "topologydocument.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace apim {

void MainWindow::createStartPage()
{
    // The design behind the start page too: a node dropped from the palette starts it.
    m_document->resetDesign(withoutStoredPasswords(Design()));
    m_startPage = new StartPage(m_recent, m_central);
    m_central->addWidget(m_startPage);
    m_central->setCurrentWidget(m_startPage);
    connect(m_startPage, &StartPage::patternChosen, this, &MainWindow::startPattern);
    connect(m_startPage, &StartPage::emptyChosen, this, [this] {
        if (maybeSave())
            startDesign(Design());
    });
    connect(m_startPage, &StartPage::chooseRequested, this, &MainWindow::fileNew);
    connect(m_startPage, &StartPage::importFilesRequested, m_import, &ImportAction::chooseFiles);
    connect(m_startPage, &StartPage::importFolderRequested, m_import, &ImportAction::chooseFolder);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::fileOpen);
    connect(m_startPage, &StartPage::recentChosen, m_recent, &RecentFiles::openRequested);
    connect(m_startPage, &StartPage::manualRequested, this, &MainWindow::showManual);
    // Whatever puts a design in the window (new, open, import, recovery, a node
    // from the palette) leaves the start page.
    auto showCanvas = [this] {
        if (m_central->currentWidget() != m_canvas) {
            m_central->setCurrentWidget(m_canvas);
            m_canvas->setFocus();
        }
    };
    connect(m_document, &TopologyDocument::designReset, this, showCanvas);
    connect(m_document, &TopologyDocument::contentChanged, this, showCanvas);
}

bool MainWindow::isShowingStartPage() const
{
    return m_central->currentWidget() == m_startPage;
}

void MainWindow::showStartPage()
{
    m_startPage->refresh();
    m_central->setCurrentWidget(m_startPage);
}

bool MainWindow::closeDesign()
{
    if (!maybeSave())
        return false;
    m_document->resetDesign(withoutStoredPasswords(Design()));
    showStartPage();
    return true;
}

Design MainWindow::withoutStoredPasswords(Design design)
{
    // The key of a 4.7 design is made while it may still be kept, so that the
    // first session's exports share it; the project file then leaves it out.
    ensureEncryptionKey(&design.settings);
    design.settings.storePasswords = false;
    return design;
}

void MainWindow::startDesign(Design design)
{
    newDesign(withoutStoredPasswords(std::move(design)));
}

bool MainWindow::startPattern(const QString &pattern)
{
    if (!maybeSave())
        return false;
    PatternOptions options;
    options.pattern = pattern;
    return startFromPattern(options);
}

bool MainWindow::startFromPattern(const PatternOptions &options)
{
    Design design;
    QString error;
    if (!Templates::create(options, &design, &error)) {
        showError(tr("New Design"), error);
        return false;
    }
    startDesign(design);
    return true;
}

void MainWindow::showManual()
{
    if (!m_manual)
        m_manual = new ManualDialog(menuBar(), this);
    else
        m_manual->reload(); // the shortcuts may have changed with the language
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(menuBar(), this);
    else
        m_shortcuts->reload();
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::showDesignSettings()
{
    // Not modal: every change is an undo step of the document, as in the Inspector.
    if (!m_settingsDialog) {
        m_settingsDialog = new QDialog(this);
        m_settingsDialog->setObjectName(QStringLiteral("designSettingsDialog"));
        m_settingsDialog->setWindowTitle(tr("Design Settings"));
        auto *layout = new QVBoxLayout(m_settingsDialog);
        layout->addWidget(new SettingsEditor(m_document, m_settingsDialog));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_settingsDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_settingsDialog, &QDialog::close);
        layout->addWidget(buttons);
        m_settingsDialog->resize(520, 640);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

} // namespace apim
