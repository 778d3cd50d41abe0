#include "autosaver.h"

#include "projectfile.h"
#include "recoverydialog.h"
#include "topologydocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <atomic>

namespace apim {

namespace {

std::atomic_int g_nextIndex{1};

QString sidecarPath(const QString &recoveryPath)
{
    const QFileInfo info(recoveryPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

QString lockPath(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".lock");
}

// Whether the process that wrote a recovery file still runs.
bool ownerRunning(const QString &recoveryPath, qint64 pid)
{
    if (QFileInfo::exists(lockPath(recoveryPath))) {
        QLockFile lock(lockPath(recoveryPath));
        lock.setStaleLockTime(0); // stale only when its process is gone, never by age
        if (!lock.tryLock(0))
            return true;
        lock.unlock();
        return false;
    }
    if (QFileInfo::exists(QStringLiteral("/proc/self")))
        return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
    return false;
}

} // namespace

Autosaver::Autosaver(TopologyDocument *document, QWidget *dialogParent)
    : QObject(document), m_document(document), m_dialogParent(dialogParent), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    connect(document, &TopologyDocument::contentChanged, this, [this] { m_dirty = true; });
    connect(document, &TopologyDocument::filePathChanged, this, [this] { m_dirty = true; });
    connect(document, &TopologyDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            removeRecoveryFile();
    });
    applySettings();
}

Autosaver::~Autosaver()
{
    // Destroyed with the document (so it must not be touched here): an orderly end,
    // after the unsaved-changes prompt. Only a crash or a kill leaves the file behind.
    removeRecoveryFile();
}

int Autosaver::intervalSeconds()
{
    return qMax(0, QSettings().value(intervalKey(), DefaultIntervalSeconds).toInt());
}

QString Autosaver::recoveryDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("recovery"));
}

QList<RecoveryEntry> Autosaver::orphanedEntries()
{
    QList<RecoveryEntry> entries;
    const QDir dir(recoveryDirectory());
    const QStringList files =
        dir.entryList({QStringLiteral("*.") + ProjectFile::Suffix}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        bool ok = false;
        const qint64 pid = file.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid())
            continue;
        const QString path = dir.filePath(file);
        if (ownerRunning(path, pid))
            continue;
        RecoveryEntry entry;
        entry.recoveryPath = path;
        QFile sidecar(sidecarPath(path));
        if (sidecar.open(QIODevice::ReadOnly)) {
            const QJsonObject object = QJsonDocument::fromJson(sidecar.read(64 * 1024)).object();
            entry.originalPath = object.value(QStringLiteral("originalPath")).toString();
            entry.savedAt =
                QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        }
        if (!entry.savedAt.isValid())
            entry.savedAt = QFileInfo(path).lastModified();
        entries.append(entry);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

void Autosaver::removeEntry(const QString &recoveryPath)
{
    QFile::remove(recoveryPath);
    QFile::remove(sidecarPath(recoveryPath));
    QFile::remove(lockPath(recoveryPath));
}

bool Autosaver::isActive() const
{
    return !m_path.isEmpty() && QFileInfo::exists(m_path);
}

bool Autosaver::offerRecovery()
{
    const QList<RecoveryEntry> entries = orphanedEntries();
    for (const RecoveryEntry &entry : entries) {
        const RecoveryChoice choice =
            recoveryPrompt ? recoveryPrompt(entry) : RecoveryDialog::ask(m_dialogParent, entry);
        if (choice == RecoveryChoice::Discard) {
            removeEntry(entry.recoveryPath);
            continue;
        }
        if (choice != RecoveryChoice::Restore)
            continue;
        Design design;
        TomlError error;
        if (!ProjectFile::load(entry.recoveryPath, &design, &error))
            continue; // unreadable: left for the user to discard next time
        m_document->resetDesign(design, entry.originalPath);
        m_document->undoStack()->resetClean(); // restored work is unsaved work
        // Take the work over into this process's recovery file before dropping the old one.
        m_dirty = true;
        if (writeRecovery())
            removeEntry(entry.recoveryPath);
        return true; // one window holds one document: the rest wait for the next start
    }
    return false;
}

bool Autosaver::autosaveNow()
{
    if (!m_document->isModified()) {
        removeRecoveryFile();
        return true;
    }
    if (!m_dirty && isActive())
        return true;
    return writeRecovery();
}

bool Autosaver::writeRecovery()
{
    if (!QDir().mkpath(recoveryDirectory())) {
        emit autosaveFailed(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(recoveryDirectory())));
        return false;
    }
    if (m_path.isEmpty())
        m_path = QDir(recoveryDirectory())
                     .filePath(QStringLiteral("%1-%2.%3")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(g_nextIndex++)
                                   .arg(ProjectFile::Suffix));
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPath(m_path));
        m_lock->setStaleLockTime(0);
        m_lock->tryLock(0);
    }
    QJsonObject meta;
    meta.insert(QStringLiteral("originalPath"), m_document->filePath());
    meta.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    meta.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    QString error;
    // The design first: when it fails, the old recovery file and its sidecar stay as they were.
    if (!writeFileAtomically(m_path, ProjectFile::serialize(m_document->design()), &error) ||
        !writeFileAtomically(sidecarPath(m_path), QJsonDocument(meta).toJson(), &error)) {
        emit autosaveFailed(error);
        return false;
    }
    m_dirty = false;
    return true;
}

void Autosaver::removeRecoveryFile()
{
    if (m_path.isEmpty())
        return;
    QFile::remove(m_path);
    QFile::remove(sidecarPath(m_path));
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    m_dirty = true;
}

void Autosaver::applySettings()
{
    const int seconds = intervalSeconds();
    if (seconds <= 0)
        m_timer->stop();
    else
        m_timer->start(seconds * 1000);
}

} // namespace apim
