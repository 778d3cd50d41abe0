// Never lose work: autosave to a recovery file, recovery at start, the open file
// watched for outside changes, and a failed save that leaves the old file intact.
#include "autosaver.h"
#include "documentwatcher.h"
#include "inspectormodel.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "templates.h"
#include "topologydocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace apim;

namespace {

void modify(MainWindow &w, const QString &ip)
{
    w.document()->setSelection({w.document()->topology().nodes().first().id});
    w.inspector()->model()->setData(w.inspector()->model()->valueIndex(Field::Ip), ip);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// The id of a process that has ended.
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

QByteArray templateBytes(const QString &pattern)
{
    Design design;
    QString error;
    if (!Templates::create(pattern, 2, 2, &design, &error))
        return {};
    return ProjectFile::serialize(design);
}

// A recovery file as a killed designer leaves it.
QString plantLeftover(qint64 pid, const QByteArray &bytes, const QString &originalPath, const QDateTime &when)
{
    const QDir dir(Autosaver::recoveryDirectory());
    const QString path = dir.filePath(QStringLiteral("%1-1.apimtopo").arg(pid));
    QJsonObject meta;
    meta.insert(QStringLiteral("originalPath"), originalPath);
    meta.insert(QStringLiteral("savedAt"), when.toString(Qt::ISODate));
    if (!writeAll(path, bytes) ||
        !writeAll(dir.filePath(QStringLiteral("%1-1.json").arg(pid)), QJsonDocument(meta).toJson()))
        return {};
    return path;
}

} // namespace

class TestGuiRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void autosaveWritesRecoveryFile();
    void autosaveIntervalSetting();
    void cleanCloseRemovesRecoveryFile();
    void saveRemovesRecoveryFile();
    void leftoverIsOfferedAndRestored();
    void discardRemovesLeftover();
    void runningOwnerIsNotOffered();
    void externalChangeOffersReload();
    void deletedFileIsNoticed();
    void failedSaveKeepsOldFile();

private:
    QTemporaryDir m_dir;
};

void TestGuiRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("apim-designer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_recovery"));
    QVERIFY(m_dir.isValid());
}

void TestGuiRecovery::init()
{
    QSettings().clear();
    QDir(Autosaver::recoveryDirectory()).removeRecursively();
    QVERIFY(QDir().mkpath(Autosaver::recoveryDirectory()));
}

void TestGuiRecovery::autosaveWritesRecoveryFile()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    QVERIFY(w.autosaver()->autosaveNow());
    QVERIFY(!w.autosaver()->isActive()); // nothing unsaved, nothing written

    modify(w, QStringLiteral("10.0.0.41"));
    QVERIFY(w.document()->isModified());
    QVERIFY(w.autosaver()->autosaveNow());
    const QString path = w.autosaver()->recoveryPath();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    QVERIFY(QFileInfo(path).fileName().startsWith(QString::number(QCoreApplication::applicationPid())));
    QCOMPARE(readAll(path), ProjectFile::serialize(w.document()->design()));
    QVERIFY(readAll(path).contains("10.0.0.41"));

    modify(w, QStringLiteral("10.0.0.42"));
    QVERIFY(w.autosaver()->autosaveNow());
    QVERIFY(readAll(path).contains("10.0.0.42"));

    // Our own recovery file is never offered to ourselves.
    QVERIFY(Autosaver::orphanedEntries().isEmpty());

    // Undoing back to the saved state leaves nothing to recover.
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QVERIFY(!w.document()->isModified());
    QVERIFY(!QFileInfo::exists(path));
}

void TestGuiRecovery::autosaveIntervalSetting()
{
    QCOMPARE(Autosaver::intervalSeconds(), 30);
    QSettings().setValue(Autosaver::intervalKey(), 0);
    QCOMPARE(Autosaver::intervalSeconds(), 0);
    QSettings().setValue(Autosaver::intervalKey(), 1);

    // With a 1 s interval the timer writes without being triggered.
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    modify(w, QStringLiteral("10.0.0.43"));
    QTRY_VERIFY_WITH_TIMEOUT(w.autosaver()->isActive(), 5000);
    w.saveChangesPrompt = [] { return QMessageBox::Discard; };
}

void TestGuiRecovery::cleanCloseRemovesRecoveryFile()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    modify(w, QStringLiteral("10.0.0.44"));
    QVERIFY(w.autosaver()->autosaveNow());
    const QString path = w.autosaver()->recoveryPath();
    QVERIFY(QFileInfo::exists(path));

    // Cancelling the close keeps it.
    w.saveChangesPrompt = [] { return QMessageBox::Cancel; };
    QVERIFY(!w.close());
    QVERIFY(QFileInfo::exists(path));

    w.saveChangesPrompt = [] { return QMessageBox::Discard; };
    QVERIFY(w.close());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QDir(Autosaver::recoveryDirectory()).isEmpty());
}

void TestGuiRecovery::saveRemovesRecoveryFile()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    modify(w, QStringLiteral("10.0.0.45"));
    QVERIFY(w.autosaver()->autosaveNow());
    const QString path = w.autosaver()->recoveryPath();
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(w.saveFile(m_dir.filePath(QStringLiteral("saved.apimtopo"))));
    QVERIFY(!QFileInfo::exists(path));
}

void TestGuiRecovery::leftoverIsOfferedAndRestored()
{
    const qint64 pid = deadPid();
    QVERIFY(pid > 0);
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
    const QByteArray bytes = templateBytes(QStringLiteral("gw-cp-ha"));
    QVERIFY(!bytes.isEmpty());
    const QString original = m_dir.filePath(QStringLiteral("original.apimtopo"));
    const QDateTime when = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    const QString leftover = plantLeftover(pid, bytes, original, when);
    QVERIFY(!leftover.isEmpty());

    MainWindow w;
    QList<RecoveryEntry> offered;
    w.autosaver()->recoveryPrompt = [&offered](const RecoveryEntry &entry) {
        offered.append(entry);
        return RecoveryChoice::Restore;
    };
    QVERIFY(w.autosaver()->offerRecovery());
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().originalPath, original);
    QCOMPARE(offered.first().savedAt, when);
    QCOMPARE(ProjectFile::serialize(w.document()->design()), bytes);
    QVERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.document()->filePath(), original);
    // The work now lives in this process's recovery file; the leftover is gone.
    QVERIFY(!QFileInfo::exists(leftover));
    QVERIFY(w.autosaver()->isActive());
    QCOMPARE(readAll(w.autosaver()->recoveryPath()), bytes);

    // Save writes to the original path.
    QVERIFY(w.fileSave());
    QCOMPARE(readAll(original), bytes);
    QVERIFY(!w.document()->isModified());
}

void TestGuiRecovery::discardRemovesLeftover()
{
    const qint64 pid = deadPid();
    QVERIFY(pid > 0);
    const QString leftover = plantLeftover(pid, templateBytes(QStringLiteral("gw-cp-ha")), QString(),
                                           QDateTime::currentDateTimeUtc());
    QVERIFY(!leftover.isEmpty());

    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    const QByteArray before = ProjectFile::serialize(w.document()->design());
    int asked = 0;
    w.autosaver()->recoveryPrompt = [&asked](const RecoveryEntry &entry) {
        ++asked;
        return entry.originalPath.isEmpty() ? RecoveryChoice::Discard : RecoveryChoice::Restore;
    };
    QVERIFY(!w.autosaver()->offerRecovery());
    QCOMPARE(asked, 1);
    QVERIFY(!QFileInfo::exists(leftover));
    QVERIFY(QDir(Autosaver::recoveryDirectory()).isEmpty());
    QCOMPARE(ProjectFile::serialize(w.document()->design()), before);
    QVERIFY(!w.document()->isModified());

    // Nothing is offered a second time.
    QVERIFY(!w.autosaver()->offerRecovery());
    QCOMPARE(asked, 1);
}

void TestGuiRecovery::runningOwnerIsNotOffered()
{
    const QByteArray bytes = templateBytes(QStringLiteral("gw-cp"));
    // Our own files are never offered to ourselves.
    QVERIFY(
        !plantLeftover(QCoreApplication::applicationPid(), bytes, QString(), QDateTime::currentDateTimeUtc())
             .isEmpty());
    // Another designer that still runs.
    QProcess other;
    other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(other.waitForStarted());
    const QString leftover =
        plantLeftover(other.processId(), bytes, QString(), QDateTime::currentDateTimeUtc());
    QVERIFY(!leftover.isEmpty());

    MainWindow w;
    int asked = 0;
    w.autosaver()->recoveryPrompt = [&asked](const RecoveryEntry &) {
        ++asked;
        return RecoveryChoice::Discard;
    };
    QVERIFY(!w.autosaver()->offerRecovery());
    QCOMPARE(asked, 0);
    QVERIFY(QFileInfo::exists(leftover));

    // Once it is gone, its file is offered.
    other.kill();
    QVERIFY(other.waitForFinished());
    QVERIFY(!w.autosaver()->offerRecovery());
    QCOMPARE(asked, 1);
    QVERIFY(!QFileInfo::exists(leftover));
}

void TestGuiRecovery::externalChangeOffersReload()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    const QString path = m_dir.filePath(QStringLiteral("watched.apimtopo"));
    QVERIFY(w.saveFile(path));
    QList<DocumentWatcher::Change> changes;
    bool modifiedWhenAsked = true;
    w.documentWatcher()->reloadPrompt = [&](DocumentWatcher::Change change, const QString &p, bool modified) {
        changes.append(change);
        modifiedWhenAsked = modified;
        return p == path;
    };

    // Our own saves are not outside changes.
    modify(w, QStringLiteral("10.0.0.47"));
    QVERIFY(w.saveFile(path));
    QVERIFY(w.saveFile(path));
    QTest::qWait(600);
    QVERIFY(changes.isEmpty());

    // Another program writes the file.
    const QByteArray theirs = templateBytes(QStringLiteral("gw-cp-ha"));
    QVERIFY(writeAll(path, theirs));
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 5000);
    QCOMPARE(changes.first(), DocumentWatcher::Change::Modified);
    QVERIFY(!modifiedWhenAsked);
    // Reloaded: the document shows their design, unmodified.
    QCOMPARE(ProjectFile::serialize(w.document()->design()), theirs);
    QVERIFY(!w.document()->isModified());
    QCOMPARE(w.document()->filePath(), QFileInfo(path).absoluteFilePath());

    // A second outside change while we have unsaved changes: the prompt knows.
    modify(w, QStringLiteral("10.0.0.48"));
    QVERIFY(writeAll(path, templateBytes(QStringLiteral("gw-cp"))));
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 2, 5000);
    QVERIFY(modifiedWhenAsked);
}

void TestGuiRecovery::deletedFileIsNoticed()
{
    MainWindow w;
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    const QString path = m_dir.filePath(QStringLiteral("deleted.apimtopo"));
    QVERIFY(w.saveFile(path));
    QList<DocumentWatcher::Change> changes;
    w.documentWatcher()->reloadPrompt = [&](DocumentWatcher::Change change, const QString &, bool) {
        changes.append(change);
        return true;
    };
    QVERIFY(QFile::remove(path));
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 5000);
    QCOMPARE(changes.first(), DocumentWatcher::Change::Deleted);
    // The design is kept and now counts as unsaved.
    QVERIFY(w.document()->isModified());
    QVERIFY(!w.document()->topology().nodes().isEmpty());
    w.saveChangesPrompt = [] { return QMessageBox::Discard; };
}

void TestGuiRecovery::failedSaveKeepsOldFile()
{
    MainWindow w;
    QStringList errors;
    w.errorReporter = [&errors](const QString &, const QString &message) { errors.append(message); };
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    const QString path = m_dir.filePath(QStringLiteral("kept.apimtopo"));
    QVERIFY(w.saveFile(path));
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    modify(w, QStringLiteral("10.0.0.49"));
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QVERIFY(writeAll(blocker, "not a folder"));
    const QString bad = blocker + QStringLiteral("/kept.apimtopo");
    for (const bool safe : {true, false}) {
        QSettings().setValue(QStringLiteral("files/safeWrite"), safe);
        errors.clear();
        QVERIFY(!w.saveFile(bad));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QDir::toNativeSeparators(bad)), qPrintable(errors.first()));
        QCOMPARE(readAll(path), before);
        QCOMPARE(w.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(w.document()->isModified());
    }
    QCOMPARE(readAll(blocker), QByteArray("not a folder"));
    w.saveChangesPrompt = [] { return QMessageBox::Discard; };
}

QTEST_MAIN(TestGuiRecovery)
#include "tst_gui_recovery.moc"
