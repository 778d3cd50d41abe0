// Help ▸ Manual (F1) shows the guide shipped in the resources, with a shortcut
// table made from the actions; Help ▸ Keyboard Shortcuts lists every action's
// keys; Design ▸ Settings opens the design-wide settings.
#include "canvasview.h"
#include "helpdialogs.h"
#include "mainwindow.h"
#include "settingseditor.h"
#include "topologydocument.h"

#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace apim;

namespace {

// Every action of the window's menus that has a shortcut.
QList<QAction *> actionsWithShortcuts(const MainWindow &w)
{
    QList<QAction *> out;
    const std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu());
            else if (!a->shortcuts().isEmpty())
                out.append(a);
        }
    };
    for (QAction *top : w.menuBar()->actions())
        if (top->menu())
            walk(top->menu());
    return out;
}

} // namespace

class TestGuiHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("apim-designer-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_help"));
        QSettings().clear();
    }

    void manualOpensWithF1AndCoversTheTasks()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *manual = w.action(QStringLiteral("actionManual"));
        QVERIFY(manual);
        QCOMPARE(manual->shortcut(), QKeySequence::keyBindings(QKeySequence::HelpContents).value(0));
        QTest::keySequence(&w, manual->shortcut());
        QVERIFY(w.manualDialog());
        QVERIFY(w.manualDialog()->isVisible());
        const QString text = w.manualDialog()->browser()->toPlainText();
        for (const char *topic : {"Designing",
                                  "Importing",
                                  "Reviewing",
                                  "Exporting",
                                  "Keyboard shortcuts",
                                  "Palette",
                                  "handle",
                                  "Links",
                                  "Selecting a link",
                                  "around the node boxes",
                                  "Working from the keyboard",
                                  "Renaming on the card",
                                  "Context menus",
                                  "Find Node",
                                  "overview (minimap)",
                                  "Fit All",
                                  "Reset Layout",
                                  "The Problems dock",
                                  "Go to",
                                  "one undo step",
                                  "The Review dock",
                                  "key by key",
                                  "scroll together",
                                  "Findings on this file"})
            QVERIFY2(text.contains(QLatin1String(topic)), topic);
        // Its table comes from the actions: Save's key as this platform writes it.
        const QString save = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
        QVERIFY2(text.contains(QStringLiteral("File ▸ Save\t%1").arg(save)) || text.contains(save),
                 qPrintable(text.right(800)));
        QVERIFY(!text.contains(QLatin1String("<!--shortcuts-->")));
    }

    // The manual's links lead to its sections, and every key it names is a real one:
    // a menu action's shortcut or a key the canvas handles (canvasKeyRows()).
    void manualSectionsAndKeysExist()
    {
        MainWindow w;
        QFile file(QStringLiteral(":/manual/manual.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QSet<QString> anchors;
        for (const QRegularExpressionMatch &m :
             QRegularExpression(QStringLiteral("<a name=\"([^\"]+)\"")).globalMatch(html))
            anchors.insert(m.captured(1));
        for (const char *section : {"designing", "links", "keyboard", "menus", "finding", "importing",
                                    "reviewing", "problems", "review", "exporting", "shortcuts"})
            QVERIFY2(anchors.contains(QLatin1String(section)), section);
        int links = 0;
        for (const QRegularExpressionMatch &m :
             QRegularExpression(QStringLiteral("href=\"#([^\"]+)\"")).globalMatch(html)) {
            QVERIFY2(anchors.contains(m.captured(1)), qPrintable(m.captured(1)));
            ++links;
        }
        QVERIFY(links >= 11);

        QSet<QString> known;
        for (QAction *a : actionsWithShortcuts(w)) {
            for (const QKeySequence &k : a->shortcuts())
                known.insert(k.toString(QKeySequence::NativeText));
        }
        for (const ShortcutRow &row : canvasKeyRows()) {
            for (const QString &k : row.keys.split(QStringLiteral(", ")))
                known.insert(k);
        }
        QStringList named;
        for (const QRegularExpressionMatch &m :
             QRegularExpression(QStringLiteral("<kbd>([^<]+)</kbd>")).globalMatch(html))
            named.append(m.captured(1));
        QVERIFY(named.size() >= 20);
        for (const QString &k : std::as_const(named))
            QVERIFY2(known.contains(k), qPrintable(k));
        // The keys the window's own text promises are in the manual too.
        for (const char *k : {"Ctrl+F", "F2", "Tab", "Esc", "Ctrl+0", "Menu", "Shift+Arrow keys"})
            QVERIFY2(named.contains(QLatin1String(k)), k);
    }

    void shortcutsListEveryActionsKeys()
    {
        MainWindow w;
        w.show();
        w.action(QStringLiteral("actionShortcuts"))->trigger();
        QVERIFY(w.shortcutsDialog() && w.shortcutsDialog()->isVisible());
        QTreeWidget *list = w.shortcutsDialog()->list();
        const QList<QAction *> actions = actionsWithShortcuts(w);
        QVERIFY(actions.size() >= 20);
        QCOMPARE(list->topLevelItemCount(), actions.size() + canvasKeyRows().size());
        QStringList keys;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            keys << list->topLevelItem(i)->text(1);
        for (QAction *a : actions) {
            const QString first = a->shortcuts().first().toString(QKeySequence::NativeText);
            QVERIFY2(
                std::any_of(keys.begin(), keys.end(), [&](const QString &k) { return k.contains(first); }),
                qPrintable(a->objectName()));
        }
        // Undo is named as the command, not as the step it would undo now.
        w.canvas()->addNodeAtCenter(NodeKind::Gateway);
        w.shortcutsDialog()->reload();
        bool undoRow = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            undoRow = undoRow || list->topLevelItem(i)->text(0) == QStringLiteral("Edit ▸ Undo");
        QVERIFY(undoRow);
        QVERIFY(w.action(QStringLiteral("actionUndo"))->text() != QLatin1String("&Undo"));
    }

    void designSettingsOpenFromTheMenu()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.newFromTemplate(QStringLiteral("gw-cp")));
        w.document()->setSelection({w.document()->topology().nodes().first().id});
        w.action(QStringLiteral("actionDesignSettings"))->trigger();
        QVERIFY(w.settingsDialog() && w.settingsDialog()->isVisible());
        auto *editor = w.settingsDialog()->findChild<SettingsEditor *>();
        QVERIFY(editor);
        auto *name = qobject_cast<QLineEdit *>(editor->fieldEditor(QStringLiteral("name")));
        QVERIFY(name);
        QCOMPARE(name->text(), w.document()->design().settings.name);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("shop"));
        QCOMPARE(w.document()->design().settings.name, QStringLiteral("shop"));
        QVERIFY(w.windowTitle().startsWith(QLatin1String("shop[*]")));
    }
};

QTEST_MAIN(TestGuiHelp)
#include "tst_gui_help.moc"
