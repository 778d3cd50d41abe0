#include "importaction.h"

#include "importer.h"
#include "mainwindow.h"
#include "problemswidget.h"
#include "review.h"
#include "reviewwidget.h"
#include "topologydocument.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUrl>

namespace apim {

ImportAction::ImportAction(MainWindow *window) : QObject(window), m_window(window) {}

void ImportAction::addActions(QMenu *menu)
{
    auto *files = new QAction(tr("&Import…"), m_window);
    files->setObjectName(QStringLiteral("actionImport"));
    files->setStatusTip(tr("Import deployment.toml files or a zip of them as a new design"));
    connect(files, &QAction::triggered, this, &ImportAction::chooseFiles);
    menu->addAction(files);
    auto *folder = new QAction(tr("Import &Folder…"), m_window);
    folder->setObjectName(QStringLiteral("actionImportFolder"));
    folder->setStatusTip(tr("Import every *.toml under a folder as a new design"));
    connect(folder, &QAction::triggered, this, &ImportAction::chooseFolder);
    menu->addAction(folder);
}

void ImportAction::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import Configuration"), QString(),
        tr("Configuration files (*.toml *.zip);;TOML files (*.toml);;Zip archives (*.zip);;All files (*)"));
    if (!paths.isEmpty())
        importPaths(paths);
}

void ImportAction::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void ImportAction::reportError(const QString &message)
{
    const QString title = tr("Import Failed");
    if (m_window->errorReporter)
        m_window->errorReporter(title, message);
    else
        QMessageBox::warning(m_window, title, message);
}

bool ImportAction::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || !m_window->maybeSave())
        return false;

    Design design;
    Findings imported;
    QString error;
    ImportedFiles files;
    if (!importConfigs(paths, &design, &imported, &error, &files)) {
        reportError(error);
        return false;
    }
    if (files.isEmpty()) {
        reportError(tr("No *.toml files found in %1.")
                        .arg(QDir::toNativeSeparators(paths.join(QStringLiteral(", ")))));
        return false;
    }
    if (design.topology.nodes().isEmpty()) {
        reportError(tr("None of the %1 files could be read as TOML:\n%2")
                        .arg(files.size())
                        .arg(imported.isEmpty() ? QString() : imported.first().message));
        return false;
    }

    const Findings findings = reviewImport(design, files, imported); // what `lint` reports
    m_findings = findings;

    m_window->newDesign(design);
    // Nothing of an import is on disk as a design yet: it counts as modified until saved,
    // so closing, opening or importing again asks first.
    m_window->document()->undoStack()->resetClean();
    m_window->reviewWidget()->setImportedFiles(files, findings);
    m_window->problems()->showImportFindings(findings);
    if (auto *dock = qobject_cast<QDockWidget *>(m_window->reviewWidget()->parentWidget())) {
        dock->show();
        dock->raise();
    }

    const FindingCounts c = countFindings(findings);
    const QString summary = tr("Imported %1 files as %2 nodes.\nErrors: %3 · Warnings: %4 · Notes: %5")
                                .arg(files.size())
                                .arg(design.topology.nodes().size())
                                .arg(c.errors)
                                .arg(c.warnings)
                                .arg(c.infos);
    m_window->statusBar()->showMessage(summary.section(QLatin1Char('\n'), 0, 0), 5000);
    if (summaryReporter)
        summaryReporter(tr("Import"), summary);
    else
        QMessageBox::information(m_window, tr("Import"), summary);
    return true;
}

QStringList ImportAction::droppedConfigs(const QMimeData *data)
{
    QStringList out;
    if (!data || !data->hasUrls())
        return out;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        if (info.isDir() || suffix == QLatin1String("toml") || suffix == QLatin1String("zip"))
            out << path;
    }
    return out;
}

} // namespace apim
