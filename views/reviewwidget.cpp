#include "reviewwidget.h"

#include "generators.h"
#include "generatorutil.h"
#include "tomldiff.h"
#include "topologydocument.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace apim {

namespace {

// The key path (as diffPathText() writes it) that each line of a TOML text
// sets or opens; empty for blank lines, comments and continuation lines.
QStringList lineKeys(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList keys;
    keys.reserve(lines.size());
    QString table;
    QHash<QString, int> arrayCounts;
    int depth = 0; // open brackets of a multi-line value
    auto keyText = [](const QString &dotted) {
        QStringList parts;
        for (QString p : dotted.split(QLatin1Char('.'))) {
            p = p.trimmed();
            if (p.size() >= 2 && (p.startsWith(QLatin1Char('"')) || p.startsWith(QLatin1Char('\''))))
                p = p.mid(1, p.size() - 2);
            parts << tomlKey(p);
        }
        return parts.join(QLatin1Char('.'));
    };
    auto bracketBalance = [](const QString &s) {
        int n = 0;
        QChar quote;
        for (const QChar c : s) {
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('#')) {
                break;
            } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
                ++n;
            } else if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
                --n;
            }
        }
        return n;
    };
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (depth > 0) {
            keys << QString();
            depth = qMax(0, depth + bracketBalance(line));
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            keys << QString();
        } else if (line.startsWith(QLatin1String("[["))) {
            const QString name = keyText(line.mid(2, line.indexOf(QLatin1String("]]")) - 2));
            const int index = arrayCounts[name]++;
            table = name + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
            keys << table;
        } else if (line.startsWith(QLatin1Char('['))) {
            table = keyText(line.mid(1, line.indexOf(QLatin1Char(']')) - 1));
            keys << table;
        } else {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                keys << QString();
                continue;
            }
            const QString key = keyText(line.left(eq));
            keys << (table.isEmpty() ? key : table + QLatin1Char('.') + key);
            depth = qMax(0, bracketBalance(line.mid(eq + 1)));
        }
    }
    return keys;
}

bool covers(const QString &path, const QString &lineKey)
{
    if (lineKey.isEmpty())
        return false;
    return lineKey == path || lineKey.startsWith(path + QLatin1Char('.')) ||
           lineKey.startsWith(path + QLatin1Char('['));
}

// The leaf paths of a table: values and arrays, not sub-tables.
void leafPaths(const TomlTable &table, const QStringList &prefix, QList<QStringList> *out)
{
    for (const TomlTable::Entry &e : table.entries()) {
        const QStringList path = prefix + QStringList{e.key};
        if (e.value.isTable() && e.value.table() && !e.value.table()->isEmpty())
            leafPaths(*e.value.table(), path, out);
        else
            out->append(path);
    }
}

QList<int> markLines(QPlainTextEdit *edit, const QStringList &paths, const QColor &colour)
{
    const QStringList keys = lineKeys(edit->toPlainText());
    QList<QTextEdit::ExtraSelection> selections;
    QList<int> marked;
    for (int i = 0; i < keys.size(); ++i) {
        for (const QString &p : paths) {
            if (covers(p, keys.at(i))) {
                QTextEdit::ExtraSelection sel;
                sel.cursor = QTextCursor(edit->document()->findBlockByNumber(i));
                sel.format.setBackground(colour);
                sel.format.setProperty(QTextFormat::FullWidthSelection, true);
                selections << sel;
                marked << i;
                break;
            }
        }
    }
    edit->setExtraSelections(selections);
    return marked;
}

QPlainTextEdit *makePane(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

ReviewWidget::ReviewWidget(TopologyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_differences = new QListWidget(this);
    m_differences->setObjectName(QStringLiteral("reviewDifferences"));
    m_differences->setMaximumHeight(110);

    auto *panes = new QSplitter(Qt::Horizontal, this);
    auto column = [panes](QLabel **label, QPlainTextEdit **edit, const QString &title) {
        auto *box = new QWidget(panes);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        *label = new QLabel(title, box);
        *edit = makePane(box);
        v->addWidget(*label);
        v->addWidget(*edit);
        panes->addWidget(box);
    };
    column(&m_originalLabel, &m_original, tr("Imported file"));
    column(&m_generatedLabel, &m_generated, tr("Designer writes now"));
    panes->setStretchFactor(0, 1);
    panes->setStretchFactor(1, 1);
    m_originalLabel->setWordWrap(true);
    m_generatedLabel->setWordWrap(true);
    m_original->setObjectName(QStringLiteral("reviewOriginal"));
    m_generated->setObjectName(QStringLiteral("reviewGenerated"));

    layout->addWidget(m_title);
    layout->addWidget(m_differences);
    layout->addWidget(panes, 1);

    m_timer.setSingleShot(true);
    m_timer.setInterval(CoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &ReviewWidget::refresh);
    connect(document, &TopologyDocument::contentChanged, this, [this] {
        if (!m_timer.isActive())
            m_timer.start();
    });
    connect(document, &TopologyDocument::selectionChanged, this, &ReviewWidget::refresh);
    // Another design's node ids mean nothing to the last import's files.
    connect(document, &TopologyDocument::designReset, this, [this] { m_files.clear(); });
    refresh();
}

void ReviewWidget::setImportedFiles(const ImportedFiles &files)
{
    m_files = files;
    refresh();
}

QStringList ReviewWidget::differences() const
{
    QStringList out;
    for (int i = 0; i < m_differences->count(); ++i)
        out << m_differences->item(i)->text();
    return out;
}

void ReviewWidget::refresh()
{
    m_timer.stop();
    m_differences->clear();
    m_markedOriginal.clear();
    m_markedGenerated.clear();
    const QList<NodeId> &selection = m_document->selection();
    const Node *node = selection.isEmpty() ? nullptr : m_document->topology().node(selection.first());
    m_node = node ? node->id : 0;
    if (!node) {
        m_title->setText(tr("Select a node to compare its imported file with what the designer writes."));
        m_original->clear();
        m_generated->clear();
        m_original->setExtraSelections({});
        m_generated->setExtraSelections({});
        return;
    }
    if (!genutil::isApimNode(*node)) {
        m_title->setText(tr("%1: the designer writes no deployment.toml for this node.").arg(node->name()));
        m_original->clear();
        m_generated->clear();
        m_original->setExtraSelections({});
        m_generated->setExtraSelections({});
        return;
    }

    const TomlTable generated = deploymentToml(m_document->design(), *node);
    m_generated->setPlainText(writeToml(generated));

    const ImportedFile *file = nullptr;
    for (const ImportedFile &f : m_files) {
        if (f.node == node->id && f.parsed) {
            file = &f;
            break;
        }
    }
    if (!file) {
        m_title->setText(tr("%1: not imported; designed in the designer.").arg(node->name()));
        m_originalLabel->setText(tr("Imported file"));
        m_original->setPlainText(tr("(not imported)"));
        m_original->setExtraSelections({});
        m_generated->setExtraSelections({});
        return;
    }
    m_originalLabel->setText(tr("Imported file: %1").arg(QFileInfo(file->path).fileName()));
    m_originalLabel->setToolTip(file->path);
    m_original->setPlainText(QString::fromUtf8(file->text));

    const TomlDiff diff = diffToml(generated, file->table);
    QStringList changedPaths, onlyOriginal, onlyGenerated;
    for (const TomlDiff::Change &c : diff.changed) {
        const QString p = diffPathText(c.path);
        changedPaths << p;
        auto *item = new QListWidgetItem(
            tr("changed  %1: %2 → %3").arg(p, tomlValueText(c.original, 60), tomlValueText(c.generated, 60)),
            m_differences);
        item->setForeground(QColor(0xb0, 0x60, 0x00));
    }
    QList<QStringList> extraPaths;
    leafPaths(diff.extra, {}, &extraPaths);
    for (const QStringList &path : std::as_const(extraPaths)) {
        const QString p = diffPathText(path);
        bool isChange = false;
        for (const QString &c : std::as_const(changedPaths))
            isChange = isChange || covers(c, p) || covers(p, c);
        if (isChange)
            continue;
        onlyOriginal << p;
        auto *item = new QListWidgetItem(tr("removed  %1 (only in the imported file)").arg(p), m_differences);
        item->setForeground(QColor(0xc0, 0x20, 0x20));
    }
    for (const QStringList &path : diff.omitted) {
        const QString p = diffPathText(path);
        onlyGenerated << p;
        auto *item =
            new QListWidgetItem(tr("added    %1 (only in what the designer writes)").arg(p), m_differences);
        item->setForeground(QColor(0x20, 0x80, 0x20));
    }

    const int total = m_differences->count();
    m_title->setText(total == 0
                         ? tr("%1: the designer writes the same tables, keys and values.").arg(node->name())
                         : tr("%1: differences: %2").arg(node->name()).arg(total));
    m_markedOriginal = markLines(m_original, changedPaths + onlyOriginal, QColor(0xff, 0xe0, 0xb0));
    m_markedGenerated = markLines(m_generated, changedPaths + onlyGenerated, QColor(0xc8, 0xf0, 0xc8));
}

} // namespace apim
