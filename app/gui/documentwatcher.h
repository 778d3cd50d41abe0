// Notices when the open document's file changes on disk or is deleted by
// someone else, and offers to reload it. Our own saves are recognised by the
// file's content and ignored.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class QFileSystemWatcher;
class QTimer;
class QWidget;

namespace apim {

class TopologyDocument;

class DocumentWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Change { Modified, Deleted };

    explicit DocumentWatcher(TopologyDocument *document, QWidget *dialogParent = nullptr);

    // Call after writing or reading the document's file: its current content is ours.
    void acceptCurrentContent();

    // Test seam standing in for the prompt. For Modified, returns true to reload;
    // for Deleted the answer is ignored (the design stays open and becomes unsaved).
    std::function<bool(Change change, const QString &path, bool documentModified)> reloadPrompt;

signals:
    // The user chose to reload `path` (the owner reopens it).
    void reloadRequested(const QString &path);

public slots:
    // Compares the file with what we last read or wrote; prompts if it differs.
    void checkNow();

private:
    void watch(const QString &path);
    bool ask(Change change, const QString &path);

    TopologyDocument *m_document;
    QWidget *m_dialogParent;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QString m_path;
    QByteArray m_knownHash;
    bool m_knownExists = false;
    bool m_prompting = false;
};

} // namespace apim
