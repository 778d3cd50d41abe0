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
    for (const ShortcutRow &row : shortcutRows(m_menuBar))
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
    resize(520, 560);
    reload();
}

void ShortcutsDialog::reload()
{
    m_list->clear();
    for (const ShortcutRow &row : shortcutRows(m_menuBar))
        m_list->addTopLevelItem(new QTreeWidgetItem({row.command, row.keys}));
}

} // namespace apim
