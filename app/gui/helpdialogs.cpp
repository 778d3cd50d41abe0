#include "helpdialogs.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace apim {

namespace {

// "&Save As…" as a reader says it: no mnemonic marker, no ellipsis.
QString plainText(const QAction *action)
{
    // Undo and Redo name the step they undo; the list names the command.
    const QVariant fixed = action->property("commandName");
    QString text = fixed.isValid() ? fixed.toString() : action->text();
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
            out += text.at(i) == QLatin1Char('&') ? QStringLiteral("&") : QString(text.at(i));
            continue;
        }
        out += text.at(i);
    }
    if (out.endsWith(QChar(0x2026)))
        out.chop(1);
    else if (out.endsWith(QLatin1String("...")))
        out.chop(3);
    return out;
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutRow> *rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString here = path + QStringLiteral(" ▸ ") + plainText(action);
        if (const QMenu *sub = action->menu()) {
            collect(sub, here, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows->append({here, keys.join(QStringLiteral(", "))});
    }
}

QDialogButtonBox *closeButton(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    return buttons;
}

} // namespace

QList<ShortcutRow> canvasKeyRows()
{
    const auto key = [](QKeyCombination k) { return QKeySequence(k).toString(QKeySequence::NativeText); };
    const auto both = [](const QString &a, const QString &b) { return a + QStringLiteral(", ") + b; };
    const QString canvas = ManualDialog::tr("Canvas");
    const QString find = ManualDialog::tr("Find bar");
    const QString rename = ManualDialog::tr("Rename on the card");
    const auto row = [](const QString &where, const QString &what, const QString &keys) {
        return ShortcutRow{where + QStringLiteral(" ▸ ") + what, keys};
    };
    const QString esc = key(Qt::Key_Escape);
    const QString enter = key(Qt::Key_Enter);
    return {
        row(canvas, ManualDialog::tr("Nudge the selection"), ManualDialog::tr("Arrow keys")),
        row(canvas, ManualDialog::tr("Nudge the selection by a grid step"),
            ManualDialog::tr("Shift+Arrow keys")),
        row(canvas, ManualDialog::tr("Next node, previous node"),
            both(key(Qt::Key_Tab), key(Qt::SHIFT | Qt::Key_Tab))),
        row(canvas, ManualDialog::tr("Cancel a drag or link, or clear the selection"), esc),
        row(canvas, ManualDialog::tr("Context menu of the selection"), key(Qt::Key_Menu)),
        row(canvas, ManualDialog::tr("Pan (or drag with the middle button)"), ManualDialog::tr("Space+drag")),
        row(canvas, ManualDialog::tr("Zoom at the cursor"), ManualDialog::tr("Ctrl+wheel")),
        row(rename, ManualDialog::tr("Keep the name, drop it"), both(enter, esc)),
        row(find, ManualDialog::tr("Next match, previous match"),
            both(enter, key(Qt::SHIFT | Qt::Key_Enter))),
        row(find, ManualDialog::tr("Close"), esc),
    };
}

QList<ShortcutRow> shortcutRows(const QMenuBar *menuBar)
{
    QList<ShortcutRow> rows;
    for (const QAction *top : menuBar->actions()) {
        if (const QMenu *menu = top->menu())
            collect(menu, plainText(top), &rows);
    }
    return rows;
}

ManualDialog::ManualDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent), m_menuBar(menuBar), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("APIM Topology Designer Manual"));
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(closeButton(this));
    resize(720, 640);
    reload();
}

void ManualDialog::reload()
{
    QFile file(QStringLiteral(":/manual/manual.html"));
    QString html = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    QString table = QStringLiteral("<table cellpadding=\"3\">");
    for (const ShortcutRow &row : shortcutRows(m_menuBar) + canvasKeyRows())
        table += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                     .arg(row.command.toHtmlEscaped(), row.keys.toHtmlEscaped());
    table += QStringLiteral("</table>");
    html.replace(QStringLiteral("<!--shortcuts-->"), table);
    m_browser->setHtml(html);
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent), m_menuBar(menuBar), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(closeButton(this));
    resize(600, 600);
    reload();
}

void ShortcutsDialog::reload()
{
    m_list->clear();
    for (const ShortcutRow &row : shortcutRows(m_menuBar) + canvasKeyRows()) {
        auto *item = new QTreeWidgetItem({row.command, row.keys});
        item->setToolTip(0, row.command); // whole, should the column elide it
        m_list->addTopLevelItem(item);
    }
}

} // namespace apim
