// First contact: the start page while no design is open (patterns with their
// pictures and words, import, recent designs with their folders, the manual),
// the empty-canvas hint, and the passwords a new design does not store.
#include "autosaver.h"
#include "canvasview.h"
#include "helpdialogs.h"
#include "importaction.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "startpage.h"
#include "templates.h"
#include "topologydocument.h"

#include <QCommandLinkButton>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace apim;

namespace {

QLabel *emptyHint(const MainWindow &w)
{
    return w.canvas()->viewport()->findChild<QLabel *>(QStringLiteral("emptyCanvasHint"));
}

// Answers the next modal file dialog with `path`, as a user picking it would.
void answerFileDialog(const QString &path, int attempts = 100)
{
    QTimer::singleShot(50, [path, attempts] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (attempts > 0)
                answerFileDialog(path, attempts - 1);
            return;
        }
        // Typed into the name field: the dialog lists folders asynchronously.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

// 0600: read and written by its owner, nothing for group and others.
bool isOwnerOnly(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner) && !(p & others);
}

} // namespace

class TestGuiStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("apim-designer-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_startpage"));
        QVERIFY(m_dir.isValid());
    }
    void init() { QSettings().clear(); }

    void shownWhileNoDesignIsOpen()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.isShowingStartPage());
        QVERIFY(w.startPage()->isVisible());
        QVERIFY(!w.canvas()->isVisible());
        for (const QString &pattern : Templates::patterns()) {
            QCommandLinkButton *button = w.startPage()->patternButton(pattern);
            QVERIFY2(button, qPrintable(pattern));
            QVERIFY(!button->icon().isNull()); // its picture
            // The user's words, not the pattern's id or the seed's vocabulary.
            QVERIFY2(!button->text().contains(pattern), qPrintable(button->text()));
            QVERIFY(!button->description().isEmpty());
            QVERIFY2(!button->description().contains(QLatin1String("seed")),
                     qPrintable(button->description()));
        }
        for (const char *action : {"empty", "choose", "importFiles", "importFolder", "open", "manual"})
            QVERIFY2(w.startPage()->actionButton(QLatin1String(action)), action);
        // A node from the palette starts the design behind the page, which stores no passwords either.
        QVERIFY(!w.document()->design().settings.storePasswords);
        QVERIFY(!w.isWindowModified());
        w.canvas()->addNodeAtCenter(NodeKind::Gateway);
        QVERIFY(!w.isShowingStartPage());
        QVERIFY(!w.document()->design().settings.storePasswords);
    }

    void patternStartsADesignThatStoresNoPasswords()
    {
        MainWindow w;
        w.show();
        w.startPage()->patternButton(QStringLiteral("gw-cp-ha"))->click();
        QVERIFY(!w.isShowingStartPage());
        QVERIFY(w.canvas()->isVisible());
        Design expected;
        QString error;
        PatternOptions options;
        options.pattern = QStringLiteral("gw-cp-ha");
        QVERIFY(Templates::create(options, &expected, &error));
        QCOMPARE(w.document()->topology().nodes().size(), expected.topology.nodes().size());
        QVERIFY(!w.document()->design().settings.storePasswords);
        // A 4.7 design still has its key for this session's exports.
        w.startPage()->patternButton(QStringLiteral("gw-cp-tm"))->click();
        QVERIFY(!w.document()->design().settings.encryptionKey.isEmpty());
        QVERIFY(!w.document()->design().settings.storePasswords);
    }

    void emptyCanvasShowsHowToAddAndLink()
    {
        MainWindow w;
        w.show();
        w.startPage()->actionButton(QStringLiteral("empty"))->click();
        QVERIFY(!w.isShowingStartPage());
        QLabel *hint = emptyHint(w);
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QLatin1String("Palette")));
        QVERIFY(hint->text().contains(QLatin1String("link")));
        QVERIFY(w.canvas()->viewport()->rect().contains(hint->geometry()));
        w.canvas()->addNodeAtCenter(NodeKind::Gateway);
        QVERIFY(!hint->isVisible());
        w.action(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(hint->isVisible());
    }

    void recentDesignsShowTheirFolders()
    {
        const QString first = m_dir.filePath(QStringLiteral("site-a/shop.apimtopo"));
        const QString second = m_dir.filePath(QStringLiteral("site-b/shop.apimtopo"));
        QVERIFY(QDir().mkpath(QFileInfo(first).path()) && QDir().mkpath(QFileInfo(second).path()));
        {
            MainWindow w;
            QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
            QVERIFY(w.saveFile(first));
            QVERIFY(w.newFromTemplate(QStringLiteral("aio")));
            QVERIFY(w.saveFile(second));
        }
        MainWindow w;
        w.show();
        QCommandLinkButton *a = w.startPage()->recentButton(QFileInfo(first).absoluteFilePath());
        QCommandLinkButton *b = w.startPage()->recentButton(QFileInfo(second).absoluteFilePath());
        QVERIFY(a && b);
        QCOMPARE(a->text(), b->text());                // equal names ...
        QVERIFY(a->description() != b->description()); // ... told apart by their folders
        QVERIFY(a->description().endsWith(QLatin1String("site-a")));
        a->click();
        QVERIFY(!w.isShowingStartPage());
        QCOMPARE(w.document()->filePath(), QFileInfo(first).absoluteFilePath());
        QCOMPARE(w.document()->topology().nodes().size(), 3); // gw-cp's, not aio's
    }

    void importFromTheStartPage()
    {
        MainWindow w;
        QString summary;
        w.importAction()->summaryReporter = [&](const QString &, const QString &message) {
            summary = message;
        };
        w.errorReporter = [&](const QString &, const QString &message) { summary = message; };
        w.show();
        answerFileDialog(QStringLiteral(APIM_TEST_DATA "/seed/gateway-single.toml"));
        w.startPage()->actionButton(QStringLiteral("importFiles"))->click();
        QVERIFY2(summary.contains(QLatin1String("1 files")), qPrintable(summary));
        QVERIFY(!w.isShowingStartPage());
        QVERIFY(!w.document()->topology().nodes().isEmpty());
    }

    void closeDesignReturnsAndManualOpens()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.startPattern(QStringLiteral("aio")));
        QVERIFY(!w.isShowingStartPage());
        w.action(QStringLiteral("actionClose"))->trigger();
        QVERIFY(w.isShowingStartPage());
        QVERIFY(w.document()->topology().nodes().isEmpty());
        w.startPage()->actionButton(QStringLiteral("manual"))->click();
        QVERIFY(w.manualDialog() && w.manualDialog()->isVisible());
    }

    void passwordFilesAreTheOwnersOnly()
    {
        MainWindow w;
        QVERIFY(w.startPattern(QStringLiteral("gw-cp")));
        Design withPasswords = w.document()->design();
        withPasswords.settings.storePasswords = true;
        w.newDesign(withPasswords);
        const QString path = m_dir.filePath(QStringLiteral("secret.apimtopo"));
        QVERIFY(w.saveFile(path));
        QVERIFY(isOwnerOnly(path));
        // The recovery copy of unsaved work holds them as well.
        w.canvas()->addNodeAtCenter(NodeKind::Database);
        QVERIFY(w.autosaver()->autosaveNow());
        const QString recovery = w.autosaver()->recoveryPath();
        QVERIFY(QFileInfo::exists(recovery));
        QVERIFY(isOwnerOnly(recovery));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiStartPage)
#include "tst_gui_startpage.moc"
