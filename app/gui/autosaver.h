// Never lose work: the open document's unsaved changes go to a recovery file in
// the cache directory (<cache>/recovery/<pid>-<n>.apimtopo, with a .json sidecar
// holding the original path and the time). A clean close or a save removes it;
// files left by a process that is gone are offered for restoring at start.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;
class QTimer;
class QWidget;

namespace apim {

class TopologyDocument;

// A recovery file left behind by another (dead) process.
struct RecoveryEntry
{
    QString recoveryPath; // the .apimtopo copy in the cache
    QString originalPath; // empty for an untitled design
    QDateTime savedAt;
};

enum class RecoveryChoice { Restore, Discard, Later };

class Autosaver : public QObject
{
    Q_OBJECT

public:
    explicit Autosaver(TopologyDocument *document, QWidget *dialogParent = nullptr);
    ~Autosaver() override;

    // QSettings key of the interval in seconds; 0 turns autosave off.
    static QString intervalKey() { return QStringLiteral("autosave/intervalSeconds"); }
    static constexpr int DefaultIntervalSeconds = 30;
    static int intervalSeconds();
    // <cache>/recovery
    static QString recoveryDirectory();
    // Recovery files whose owning process is gone, newest first.
    static QList<RecoveryEntry> orphanedEntries();
    // Deletes a recovery file and its sidecar and lock.
    static void removeEntry(const QString &recoveryPath);

    // This process's recovery file (it exists only while there are unsaved changes).
    QString recoveryPath() const { return m_path; }
    bool isActive() const;

    // Offers each orphaned recovery file; restores at most one into the document
    // (as a modified document with the original file path). Returns true if one was restored.
    bool offerRecovery();

    // Test seam standing in for the recovery dialog.
    std::function<RecoveryChoice(const RecoveryEntry &entry)> recoveryPrompt;

signals:
    // A recovery file could not be written; the previous one (if any) is kept.
    void autosaveFailed(const QString &message);

public slots:
    // Writes the recovery file if the document changed since the last autosave.
    // Returns false only when a needed write failed.
    bool autosaveNow();
    // Removes this process's recovery file (clean close, save, discard).
    void removeRecoveryFile();
    // Re-reads the interval from QSettings.
    void applySettings();

private:
    bool writeRecovery();

    TopologyDocument *m_document;
    QWidget *m_dialogParent;
    QTimer *m_timer;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_dirty = false;
};

} // namespace apim
