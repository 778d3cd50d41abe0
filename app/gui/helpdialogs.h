// Help ▸ Manual and Help ▸ Keyboard Shortcuts. The manual is HTML in the
// resources; its shortcut table, like the shortcuts dialog, is made from the
// window's actions, so that neither can list a key the window does not have,
// and from canvasKeyRows() for the keys the canvas handles without an action.
#pragma once

#include <QDialog>
#include <QList>

class QMenuBar;
class QTextBrowser;
class QTreeWidget;

namespace apim {

struct ShortcutRow
{
    QString command; // "File ▸ Save"
    QString keys;    // "Ctrl+S", in the platform's notation; several joined by ", "
};

// Every menu action with a shortcut, in menu order.
QList<ShortcutRow> shortcutRows(const QMenuBar *menuBar);
// The keys the canvas, its find bar and its rename field handle themselves
// (they are not menu actions): nudge, Tab, Esc, the context-menu key, pan, zoom.
QList<ShortcutRow> canvasKeyRows();

class ManualDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManualDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // Reads the manual again with the current shortcuts.
    void reload();

private:
    const QMenuBar *m_menuBar;
    QTextBrowser *m_browser;
};

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    void reload();

private:
    const QMenuBar *m_menuBar;
    QTreeWidget *m_list;
};

} // namespace apim
