#include "documentwatcher.h"

#include "topologydocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>

namespace apim {

namespace {

QByteArray contentHash(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.open(QIODevice::ReadOnly);
    if (!*exists)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

} // namespace

DocumentWatcher::DocumentWatcher(TopologyDocument *document, QWidget *dialogParent)
    : QObject(document), m_document(document), m_dialogParent(dialogParent),
      m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this))
{
    // Writers often truncate and then write: let the file settle before reading it.
    m_settle->setSingleShot(true);
    m_settle->setInterval(150);
    connect(m_settle, &QTimer::timeout, this, &DocumentWatcher::checkNow);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(document, &TopologyDocument::filePathChanged, this, [this](const QString &path) {
        watch(path);
        acceptCurrentContent();
    });
    // Open and Revert reset the design from the file: what is there now is ours.
    connect(document, &TopologyDocument::designReset, this, &DocumentWatcher::acceptCurrentContent);
    watch(document->filePath());
    acceptCurrentContent();
}

void DocumentWatcher::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_path = path;
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_watcher->addPath(path);
}

void DocumentWatcher::acceptCurrentContent()
{
    if (m_path.isEmpty()) {
        m_knownHash.clear();
        m_knownExists = false;
        return;
    }
    m_knownHash = contentHash(m_path, &m_knownExists);
    // A save through a rename replaces the inode the watcher was on.
    if (m_knownExists && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void DocumentWatcher::checkNow()
{
    if (m_path.isEmpty() || m_prompting)
        return;
    bool exists = false;
    const QByteArray hash = contentHash(m_path, &exists);
    if (exists && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    if (exists == m_knownExists && hash == m_knownHash)
        return; // our own save, or no real change
    m_knownExists = exists;
    m_knownHash = hash;
    if (!exists) {
        ask(Change::Deleted, m_path);
        // The design now exists only in the editor.
        m_document->undoStack()->resetClean();
        return;
    }
    if (ask(Change::Modified, m_path))
        emit reloadRequested(m_path);
}

bool DocumentWatcher::ask(Change change, const QString &path)
{
    m_prompting = true;
    const bool modified = m_document->isModified();
    bool answer = false;
    if (reloadPrompt) {
        answer = reloadPrompt(change, path, modified);
    } else {
        const QString native = QDir::toNativeSeparators(path);
        if (change == Change::Deleted) {
            QMessageBox::warning(m_dialogParent, tr("File Deleted"),
                                 tr("The file %1 was deleted or moved by another program.\n\n"
                                    "The design is still open; save it to keep it.")
                                     .arg(native));
        } else {
            const QString text =
                modified ? tr("The file %1 was changed by another program.\n\nReload it? Your unsaved "
                              "changes in the designer will be lost.")
                               .arg(native)
                         : tr("The file %1 was changed by another program.\n\nReload it?").arg(native);
            answer = QMessageBox::question(m_dialogParent, tr("File Changed"), text,
                                           QMessageBox::Yes | QMessageBox::No,
                                           modified ? QMessageBox::No : QMessageBox::Yes) == QMessageBox::Yes;
        }
    }
    m_prompting = false;
    return answer;
}

} // namespace apim
