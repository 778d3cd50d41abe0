// The GUI's own writes on a failing disk (issue 16): Save in both write modes and
// autosave, with write() failing with ENOSPC after N bytes or fsync() failing. The
// test runs with tests/faultshim preloaded (ctest sets LD_PRELOAD) and arms the
// shim around each write through its exported apim_fault_arm().
#include "autosaver.h"
#include "inspectormodel.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "topologydocument.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <dlfcn.h>

using namespace apim;

namespace {

using ArmFn = void (*)(long long writeBytes, int failFsync);
using DisarmFn = void (*)();

// The shim's switches, found in the process; null without LD_PRELOAD.
ArmFn armFn()
{
    return reinterpret_cast<ArmFn>(dlsym(RTLD_DEFAULT, "apim_fault_arm"));
}

DisarmFn disarmFn()
{
    return reinterpret_cast<DisarmFn>(dlsym(RTLD_DEFAULT, "apim_fault_disarm"));
}

// Disarms the shim on every way out of a scope, failed checks included.
struct Armed
{
    Armed(long long writeBytes, bool failFsync) { armFn()(writeBytes, failFsync ? 1 : 0); }
    ~Armed() { disarmFn()(); }
    Armed(const Armed &) = delete;
    Armed &operator=(const Armed &) = delete;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Sets the first node's IP through the inspector, as a user would.
void setIp(MainWindow &w, const QString &ip)
{
    w.document()->setSelection({w.document()->topology().nodes().first().id});
    w.inspector()->model()->setData(w.inspector()->model()->valueIndex(Field::Ip), ip);
}

// The recovery file's .json sidecar (original path, time).
QString sidecarOf(const QString &recovery)
{
    const QFileInfo info(recovery);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

// Hidden temporaries of the writer (".NAME.tmp-*") left in a folder.
QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral(".*.tmp-*")}, QDir::AllEntries | QDir::Hidden | QDir::System);
}

void addFaults()
{
    QTest::addColumn<qlonglong>("writeBytes");
    QTest::addColumn<bool>("failFsync");
    QTest::newRow("no space at all") << 0LL << false;
    QTest::newRow("full after 100 bytes") << 100LL << false;
    QTest::newRow("fsync fails") << -1LL << true;
}

} // namespace

class TestGuiFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveOnFullDisk_data();
    void saveOnFullDisk();
    void autosaveOnFullDisk_data();
    void autosaveOnFullDisk();
    void autosaveSidecarFailureKeepsAWholeDesign();

private:
    QTemporaryDir m_dir;
    int m_case = 0;
};

void TestGuiFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("apim-designer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_faults"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(armFn() && disarmFn(),
             "the fault shim is not loaded: run through ctest, which preloads tests/faultshim");
}

void TestGuiFaults::init()
{
    QSettings().clear();
    // No timer-driven autosave in the middle of an armed write.
    QSettings().setValue(Autosaver::intervalKey(), 0);
    QDir(Autosaver::recoveryDirectory()).removeRecursively();
    QVERIFY(QDir().mkpath(Autosaver::recoveryDirectory()));
}

void TestGuiFaults::saveOnFullDisk_data()
{
    QTest::addColumn<bool>("safeWrite");
    QTest::addColumn<qlonglong>("writeBytes");
    QTest::addColumn<bool>("failFsync");
    for (const bool safe : {true, false}) {
        const char *mode = safe ? "safe write" : "in place";
        QTest::addRow("%s, no space at all", mode) << safe << 0LL << false;
        // In place, only bytes beyond the old file's end take new space: the design grows by 5.
        QTest::addRow("%s, full after %d new bytes", mode, safe ? 100 : 2)
            << safe << (safe ? 100LL : 2LL) << false;
        QTest::addRow("%s, fsync fails", mode) << safe << -1LL << true;
    }
}

void TestGuiFaults::saveOnFullDisk()
{
    QFETCH(bool, safeWrite);
    QFETCH(qlonglong, writeBytes);
    QFETCH(bool, failFsync);
    QSettings().setValue(QStringLiteral("files/safeWrite"), safeWrite);

    MainWindow w;
    QStringList errors;
    w.errorReporter = [&errors](const QString &, const QString &message) { errors.append(message); };
    w.saveChangesPrompt = [] { return QMessageBox::Discard; };
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    const QString path = m_dir.filePath(QStringLiteral("full-%1.apimtopo").arg(++m_case));
    QVERIFY(w.saveFile(path));
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    // A longer design than the saved one: writing it in place needs new space.
    setIp(w, QStringLiteral("10.200.200.249"));
    QVERIFY(ProjectFile::serialize(w.document()->design()).size() > before.size());
    QVERIFY(w.autosaver()->autosaveNow());
    const QString recovery = w.autosaver()->recoveryPath();
    const QByteArray recoveryBefore = readAll(recovery);
    QVERIFY(!recoveryBefore.isEmpty());
    w.statusBar()->clearMessage();

    bool saved = true;
    {
        const Armed fault(writeBytes, failFsync);
        saved = w.saveFile(path);
    }
    QVERIFY(!saved);
    QCOMPARE(readAll(path), before);
    QCOMPARE(leftovers(m_dir.path()), QStringList());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("no space left on device")), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(QDir::toNativeSeparators(path)), qPrintable(errors.first()));
    QVERIFY2(!errors.first().contains(QStringLiteral("error -1")) &&
                 !errors.first().contains(QStringLiteral("Unknown error")),
             qPrintable(errors.first()));
    QVERIFY2(!w.statusBar()->currentMessage().contains(QStringLiteral("Saved")),
             qPrintable(w.statusBar()->currentMessage()));
    QVERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    QVERIFY(w.autosaver()->isActive());
    QCOMPARE(readAll(recovery), recoveryBefore);

    // Space again: the same Save goes through and only then drops the recovery file.
    QVERIFY(w.saveFile(path));
    QCOMPARE(readAll(path), ProjectFile::serialize(w.document()->design()));
    QVERIFY(!w.document()->isModified());
    QVERIFY(!QFileInfo::exists(recovery));
    QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Saved")));
}

void TestGuiFaults::autosaveOnFullDisk_data()
{
    addFaults();
}

void TestGuiFaults::autosaveOnFullDisk()
{
    QFETCH(qlonglong, writeBytes);
    QFETCH(bool, failFsync);

    MainWindow w;
    w.saveChangesPrompt = [] { return QMessageBox::Discard; };
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    setIp(w, QStringLiteral("10.0.0.51"));
    QVERIFY(w.autosaver()->autosaveNow());
    const QString recovery = w.autosaver()->recoveryPath();
    const QString sidecar = sidecarOf(recovery);
    const QByteArray recoveryBefore = readAll(recovery);
    const QByteArray sidecarBefore = readAll(sidecar);
    QVERIFY(recoveryBefore.contains("10.0.0.51"));
    QVERIFY(!sidecarBefore.isEmpty());

    setIp(w, QStringLiteral("10.0.0.52"));
    QStringList failures;
    connect(w.autosaver(), &Autosaver::autosaveFailed, this,
            [&failures](const QString &message) { failures.append(message); });
    bool written = true;
    {
        const Armed fault(writeBytes, failFsync);
        written = w.autosaver()->autosaveNow();
    }
    QVERIFY(!written);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(readAll(recovery), recoveryBefore);
    QCOMPARE(readAll(sidecar), sidecarBefore);
    QCOMPARE(leftovers(Autosaver::recoveryDirectory()), QStringList());
    const QString status = w.statusBar()->currentMessage();
    QVERIFY2(status.startsWith(QStringLiteral("Autosave failed; the previous recovery copy is kept.")),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("no space left on device")), qPrintable(status));
    QVERIFY(w.document()->isModified());

    // The next autosave tries again, although nothing changed since the failed one.
    QVERIFY(w.autosaver()->autosaveNow());
    QVERIFY(readAll(recovery).contains("10.0.0.52"));
}

void TestGuiFaults::autosaveSidecarFailureKeepsAWholeDesign()
{
    // Space for the design but not for its sidecar: the recovery file is the whole
    // new design (it loads), the sidecar the previous one, and the status bar says so.
    MainWindow w;
    w.saveChangesPrompt = [] { return QMessageBox::Discard; };
    QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
    setIp(w, QStringLiteral("10.0.0.53"));
    QVERIFY(w.autosaver()->autosaveNow());
    const QString recovery = w.autosaver()->recoveryPath();
    const QString sidecar = sidecarOf(recovery);
    const QByteArray sidecarBefore = readAll(sidecar);

    setIp(w, QStringLiteral("10.0.0.54"));
    const QByteArray design = ProjectFile::serialize(w.document()->design());
    bool written = true;
    {
        const Armed fault(design.size() + 8, false);
        written = w.autosaver()->autosaveNow();
    }
    QVERIFY(!written);
    QCOMPARE(readAll(recovery), design);
    Design loaded;
    TomlError error;
    QVERIFY2(ProjectFile::load(recovery, &loaded, &error), qPrintable(error.toString()));
    QCOMPARE(readAll(sidecar), sidecarBefore);
    QCOMPARE(leftovers(Autosaver::recoveryDirectory()), QStringList());
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("no space left on device")));
}

QTEST_MAIN(TestGuiFaults)
#include "tst_gui_faults.moc"
