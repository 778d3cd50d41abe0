// MainWindow's File menu: new, open, save, the exports and the dialogs behind them.
#include "mainwindow.h"

#include "autosaver.h"
#include "bundleexport.h"
#include "canvasview.h"
#include "configfiles.h"
#include "documentwatcher.h"
#include "exportdialog.h"
#include "findingformat.h"
#include "generators.h"
#include "importaction.h"
#include "newdesigndialog.h"
#include "preferencesdialog.h"
#include "problemswidget.h"
#include "projectfile.h"
#include "recentfiles.h"
#include "reviewwidget.h"
#include "secretsource.h"
#include "templates.h"
#include "topologydocument.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace apim {

namespace {

// Where file dialogs start: beside the current file, else in Documents.
QString startDirectory(const TopologyDocument *document)
{
    if (!document->filePath().isEmpty())
        return QFileInfo(document->filePath()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString withSuffix(QString path, const QString &suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return path;
}

// The design's base name for derived files (bundle zip, diagram).
QString baseName(const TopologyDocument *document)
{
    return document->filePath().isEmpty() ? bundleFolderName(document->design())
                                          : QFileInfo(document->filePath()).completeBaseName();
}

} // namespace

bool MainWindow::openFile(const QString &path)
{
    Design design;
    TomlError error;
    if (!ProjectFile::load(path, &design, &error)) {
        if (error.file.isEmpty())
            error.file = path;
        showError(tr("Open Design"), tr("The design could not be opened.\n\n%1").arg(error.toString()));
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->resetDesign(design, absolute);
    // Imported nodes name their original files: the Review dock compares again.
    reviewWidget()->setImportedFiles(readSourceFiles(design, QFileInfo(absolute).absolutePath()));
    m_recent->add(absolute);
    m_pasteCount = 1;
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return true;
}

bool MainWindow::openPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (QFileInfo(path).suffix().compare(QLatin1String("apimtopo"), Qt::CaseInsensitive) == 0)
            return openFile(path);
    }
    return !paths.isEmpty() && m_import->importPaths(paths);
}

bool MainWindow::saveFile(const QString &path)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ProjectFile::save(path, m_document->design(), &error, PreferencesDialog::safeWrite());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(
            tr("Save Design"),
            tr("The design could not be saved to %1.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->setFilePath(absolute);
    m_document->markSaved();
    m_watcher->acceptCurrentContent(); // our own write, not an outside change
    m_autosaver->removeRecoveryFile();
    m_recent->add(absolute);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return true;
}

void MainWindow::showAutosaveFailure(const QString &error)
{
    // Until the next autosave succeeds, a crash restores the previous recovery file.
    statusBar()->showMessage(tr("Autosave failed; the previous recovery copy is kept. %1").arg(error));
}

void MainWindow::newDesign(const Design &design)
{
    m_document->resetDesign(design);
    m_pasteCount = 1;
}

bool MainWindow::newFromTemplate(const QString &pattern, int gateways, int controlPlanes)
{
    // Only the counts the pattern takes: --gateways has a default, and aio-ha takes no gateways.
    // A count below 1 stays refused (0 would mean "the pattern's default" to Templates).
    PatternOptions options;
    options.pattern = pattern;
    const QStringList takes = Templates::countOptions(pattern);
    if (takes.contains(QLatin1String("gateways")))
        options.gateways = gateways < 1 ? -1 : gateways;
    if (takes.contains(QLatin1String("control-planes")))
        options.controlPlanes = controlPlanes < 1 ? -1 : controlPlanes;
    return startFromPattern(options);
}

void MainWindow::fileNew()
{
    if (!maybeSave())
        return;
    NewDesignDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Design design;
    QString error;
    if (!dialog.createDesign(&design, &error)) {
        showError(tr("New Design"), error);
        return;
    }
    startDesign(design);
}

void MainWindow::fileOpen()
{
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Design"), startDirectory(m_document),
                                     tr("APIM topology designs (*.apimtopo);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::fileSave()
{
    if (m_document->filePath().isEmpty())
        return fileSaveAs();
    return saveFile(m_document->filePath());
}

bool MainWindow::fileSaveAs()
{
    const QString suggested =
        m_document->filePath().isEmpty()
            ? QDir(startDirectory(m_document)).filePath(baseName(m_document) + QStringLiteral(".apimtopo"))
            : m_document->filePath();
    const QString path = withSuffix(QFileDialog::getSaveFileName(this, tr("Save Design As"), suggested,
                                                                 tr("APIM topology designs (*.apimtopo)")),
                                    ProjectFile::Suffix);
    return !path.isEmpty() && saveFile(path);
}

void MainWindow::exportBundle()
{
    // The same checks and the same writer as `apim-designer-cli export`.
    m_problems->refresh();
    ExportDialog summary(m_document->design(), m_problems->findings(),
                         defaultCredentialWarnings(m_document->design()), m_document->filePath(), this);
    if (summary.exec() != QDialog::Accepted)
        return;
    const Design design = summary.designForExport();
    // The dialog holds its button back; this is the same check as the CLI's, once more before writing.
    if (const QList<SecretSlot> missing = missingRequiredSecrets(design); !missing.isEmpty()) {
        showError(tr("Export Bundle"),
                  tr("The project stores no passwords, and these are empty:\n%1\n\nNothing was exported.")
                      .arg(describeSecrets(missing).join(QLatin1Char('\n'))));
        return;
    }
    const QString suggested =
        QDir(startDirectory(m_document)).filePath(baseName(m_document) + QStringLiteral(".zip"));
    const QString path = withSuffix(
        QFileDialog::getSaveFileName(this, tr("Export Bundle"), suggested, tr("Zip archives (*.zip)")),
        QStringLiteral("zip"));
    if (path.isEmpty())
        return;
    ExportOptions options;
    options.overwrite = true; // the file dialog has already asked
    options.target = summary.target();
    QString error;
    QStringList notes;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = apim::exportBundle(design, path, options, &error, &notes);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Export Bundle"), tr("The bundle was not written.\n\n%1").arg(error));
        return;
    }
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Bundle written to %1").arg(native), 8000);
    QMessageBox done(QMessageBox::Information, tr("Export Bundle"),
                     tr("The bundle was written to:\n%1").arg(native), QMessageBox::Ok, this);
    if (!notes.isEmpty())
        done.setInformativeText(notes.join(QLatin1Char('\n')));
    QPushButton *openFolder = done.addButton(tr("Open &Folder"), QMessageBox::ActionRole);
    done.exec();
    if (done.clickedButton() == openFolder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void MainWindow::exportPng()
{
    const QStringList scales{tr("1×"), tr("2×"), tr("4×")};
    const qreal factors[] = {1.0, 2.0, 4.0};
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Export Diagram as PNG"), tr("Scale:"), scales, 1, false, &ok);
    if (!ok)
        return;
    const qreal scale = factors[qMax(qsizetype(0), scales.indexOf(choice))];
    const QString path = withSuffix(
        QFileDialog::getSaveFileName(
            this, tr("Export Diagram as PNG"),
            QDir(startDirectory(m_document)).filePath(baseName(m_document) + QStringLiteral(".png")),
            tr("PNG images (*.png)")),
        QStringLiteral("png"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ok = m_canvas->exportPng(path, scale, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        showError(tr("Export Diagram as PNG"), error);
    else
        statusBar()->showMessage(tr("Diagram written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportSvg()
{
    const QString path = withSuffix(
        QFileDialog::getSaveFileName(
            this, tr("Export Diagram as SVG"),
            QDir(startDirectory(m_document)).filePath(baseName(m_document) + QStringLiteral(".svg")),
            tr("SVG images (*.svg)")),
        QStringLiteral("svg"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_canvas->exportSvg(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        showError(tr("Export Diagram as SVG"), error);
    else
        statusBar()->showMessage(tr("Diagram written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_autosaver->applySettings();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About APIM Topology Designer"),
                       tr("<h3>APIM Topology Designer %1</h3>"
                          "<p>Design distributed WSO2 API Manager deployments and export a configuration "
                          "bundle for every node.</p>"
                          "<p>The same bundle comes from <code>apim-designer-cli export</code>.</p>")
                           .arg(QStringLiteral(APIM_VERSION_STRING)));
}

} // namespace apim
