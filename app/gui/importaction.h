// File ▸ Import…: reads deployment.toml files, a folder of them or a zip into a
// new, unsaved design, hands the files to the Review dock and the import's
// review findings to the Problems dock.
#pragma once

#include "finding.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QMenu;
class QMimeData;

namespace apim {

class MainWindow;

class ImportAction : public QObject
{
    Q_OBJECT

public:
    explicit ImportAction(MainWindow *window);

    // Adds "Import…" and "Import Folder…" to `menu`.
    void addActions(QMenu *menu);

    // Imports `paths` (files, folders, zips). Asks about unsaved changes first.
    // On failure reports one message and leaves the document untouched.
    bool importPaths(const QStringList &paths);

    // The findings the last import showed in the Problems dock.
    const Findings &lastFindings() const { return m_findings; }

    // The folders, .toml and .zip files among dropped URLs.
    static QStringList droppedConfigs(const QMimeData *data);

    // Test seam standing in for the summary message box.
    std::function<void(const QString &title, const QString &message)> summaryReporter;

public slots:
    void chooseFiles();
    void chooseFolder();

private:
    void reportError(const QString &message);

    MainWindow *m_window;
    Findings m_findings;
};

} // namespace apim
