#include "reviewwidget.h"

#include "generators.h"
#include "generatorutil.h"
#include "problemsdetail.h"
#include "review.h"
#include "tomldiff.h"
#include "topologydocument.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QVBoxLayout>

namespace apim {

namespace {

enum ItemRole { RowRole = Qt::UserRole + 1 };

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

// The first row whose key lies at or below one of `paths`; -1 if none.
int firstRowCovering(const QStringList &rowKeys, const QString &path)
{
    for (int i = 0; i < rowKeys.size(); ++i) {
        if (keyCovers(path, rowKeys.at(i)))
            return i;
    }
    return -1;
}

QList<int> markRows(QPlainTextEdit *edit, const QStringList &rowKeys, const QStringList &paths,
                    const QColor &colour)
{
    QList<QTextEdit::ExtraSelection> selections;
    QList<int> marked;
    for (int i = 0; i < rowKeys.size(); ++i) {
        for (const QString &p : paths) {
            if (keyCovers(p, rowKeys.at(i))) {
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

// Filler rows get a grey background of their own, so they do not read as blank lines of the file.
void shadeFillers(QPlainTextEdit *edit, const QList<AlignedRow> &rows, bool left)
{
    QTextBlockFormat filler;
    filler.setBackground(QApplication::palette().brush(QPalette::Disabled, QPalette::Window));
    QTextCursor cursor(edit->document());
    cursor.beginEditBlock();
    for (int i = 0; i < rows.size(); ++i) {
        if ((left ? rows.at(i).left : rows.at(i).right) >= 0)
            continue;
        cursor.setPosition(edit->document()->findBlockByNumber(i).position());
        cursor.setBlockFormat(filler);
    }
    cursor.endEditBlock();
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
    m_differences->setToolTip(tr("Click a difference to show its lines."));

    m_outer = new QSplitter(Qt::Horizontal, this);
    auto *panes = new QSplitter(Qt::Horizontal, m_outer);
    auto column = [](QSplitter *into, QLabel **label, QWidget *content, const QString &title) {
        auto *box = new QWidget(into);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        *label = new QLabel(title, box);
        (*label)->setWordWrap(true);
        content->setParent(box);
        v->addWidget(*label);
        v->addWidget(content);
        into->addWidget(box);
    };
    m_original = makePane(this);
    m_generated = makePane(this);
    m_findingList = new QListWidget(this);
    m_findingList->setObjectName(QStringLiteral("reviewFindings"));
    m_findingList->setWordWrap(true);
    m_findingList->setTextElideMode(Qt::ElideRight);
    QLabel *findingsLabel = nullptr;
    column(panes, &m_originalLabel, m_original, tr("Imported file"));
    column(panes, &m_generatedLabel, m_generated, tr("Designer writes now"));
    m_outer->addWidget(panes);
    column(m_outer, &findingsLabel, m_findingList, tr("Findings on this file"));
    m_outer->setStretchFactor(0, 4);
    m_outer->setStretchFactor(1, 1);
    m_original->setObjectName(QStringLiteral("reviewOriginal"));
    m_generated->setObjectName(QStringLiteral("reviewGenerated"));

    layout->addWidget(m_title);
    layout->addWidget(m_differences);
    layout->addWidget(m_outer, 1);

    // Both panes show the same rows, so one scroll position fits both.
    auto follow = [](QPlainTextEdit *from, QPlainTextEdit *to) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to, [to](int value) {
            if (to->verticalScrollBar()->value() != value)
                to->verticalScrollBar()->setValue(value);
        });
    };
    follow(m_original, m_generated);
    follow(m_generated, m_original);
    connect(m_findingList, &QListWidget::itemClicked, this, &ReviewWidget::itemActivated);
    connect(m_findingList, &QListWidget::itemActivated, this, &ReviewWidget::itemActivated);
    connect(m_differences, &QListWidget::itemClicked, this, &ReviewWidget::itemActivated);
    connect(m_differences, &QListWidget::itemActivated, this, &ReviewWidget::itemActivated);

    m_timer.setSingleShot(true);
    m_timer.setInterval(CoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &ReviewWidget::refresh);
    connect(document, &TopologyDocument::contentChanged, this, [this] {
        if (!m_timer.isActive())
            m_timer.start();
    });
    connect(document, &TopologyDocument::selectionChanged, this, &ReviewWidget::refresh);
    // Another design's node ids mean nothing to the last import's files.
    connect(document, &TopologyDocument::designReset, this, [this] {
        m_files.clear();
        m_findings.clear();
        emit importedFilesChanged(m_files);
    });
    refresh();
}

void ReviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The findings beside the two panes when there is room for three columns, else below them.
    const Qt::Orientation wanted = width() >= 900 ? Qt::Horizontal : Qt::Vertical;
    if (m_outer->orientation() != wanted)
        m_outer->setOrientation(wanted);
}

void ReviewWidget::setImportedFiles(const ImportedFiles &files, const Findings &findings)
{
    m_files = files;
    m_findings = findings;
    refresh();
    emit importedFilesChanged(m_files);
}

void ReviewWidget::setImportedFiles(const ImportedFiles &files)
{
    // The findings on the files' own text and lines; the design's others are the Problems dock's.
    Findings onFiles;
    for (const Finding &f : reviewDesign(m_document->design(), &files)) {
        if (!f.file.isEmpty())
            onFiles.append(f);
    }
    setImportedFiles(files, onFiles);
}

QStringList ReviewWidget::differences() const
{
    QStringList out;
    for (int i = 0; i < m_differences->count(); ++i)
        out << m_differences->item(i)->text();
    return out;
}

int ReviewWidget::rowOfOriginalLine(int line) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).left == line - 1)
            return i;
    }
    return -1;
}

void ReviewWidget::showNothing(const QString &title)
{
    m_title->setText(title);
    m_originalLabel->setText(tr("Imported file"));
    m_originalLabel->setToolTip(QString());
    m_originalText.clear();
    m_rows.clear();
    m_originalRowKeys.clear();
    m_generatedRowKeys.clear();
    m_original->clear();
    m_generated->clear();
    m_original->setExtraSelections({});
    m_generated->setExtraSelections({});
}

void ReviewWidget::fillPanes(const QString &original, const QString &generated)
{
    const QStringList left = original.split(QLatin1Char('\n'));
    const QStringList right = generated.split(QLatin1Char('\n'));
    const QStringList leftKeys = tomlLineKeys(original);
    const QStringList rightKeys = tomlLineKeys(generated);
    m_rows = alignKeyedLines(leftKeys, rightKeys);
    QStringList leftRows, rightRows;
    m_originalRowKeys.clear();
    m_generatedRowKeys.clear();
    for (const AlignedRow &r : std::as_const(m_rows)) {
        leftRows << (r.left >= 0 ? left.at(r.left) : QString());
        rightRows << (r.right >= 0 ? right.at(r.right) : QString());
        m_originalRowKeys << (r.left >= 0 ? leftKeys.at(r.left) : QString());
        m_generatedRowKeys << (r.right >= 0 ? rightKeys.at(r.right) : QString());
    }
    m_original->setPlainText(leftRows.join(QLatin1Char('\n')));
    m_generated->setPlainText(rightRows.join(QLatin1Char('\n')));
    shadeFillers(m_original, m_rows, true);
    shadeFillers(m_generated, m_rows, false);
}

void ReviewWidget::fillFindings(const ImportedFile &file)
{
    for (const Finding &f : std::as_const(m_findings)) {
        if (f.file != file.path && !(f.file.isEmpty() && f.node == file.node))
            continue;
        const QString text = f.line > 0 ? tr("line %1: %2").arg(f.line).arg(f.message) : f.message;
        auto *item = new QListWidgetItem(severityIcon(f.severity), text, m_findingList);
        item->setToolTip(f.hint.isEmpty() ? f.message : f.message + QLatin1Char('\n') + f.hint);
        item->setData(RowRole, f.line > 0 ? rowOfOriginalLine(f.line) : -1);
    }
    if (m_findingList->count() == 0)
        new QListWidgetItem(tr("The review found nothing in this file."), m_findingList);
}

void ReviewWidget::refresh()
{
    m_timer.stop();
    m_differences->clear();
    m_findingList->clear();
    m_markedOriginal.clear();
    m_markedGenerated.clear();
    const QList<NodeId> &selection = m_document->selection();
    const Node *node = selection.isEmpty() ? nullptr : m_document->topology().node(selection.first());
    m_node = node ? node->id : 0;
    if (!node) {
        showNothing(tr("Select a node to compare its imported file with what the designer writes."));
        return;
    }
    if (!genutil::isApimNode(*node)) {
        showNothing(tr("%1: the designer writes no deployment.toml for this node.").arg(node->name()));
        return;
    }

    const TomlTable generated = deploymentToml(m_document->design(), *node);
    const QString generatedText = writeToml(generated);

    const ImportedFile *file = nullptr;
    for (const ImportedFile &f : std::as_const(m_files)) {
        if (f.node == node->id && f.parsed) {
            file = &f;
            break;
        }
    }
    if (!file) {
        showNothing(tr("%1: not imported; designed in the designer.").arg(node->name()));
        m_original->setPlainText(tr("(not imported)"));
        m_generated->setPlainText(generatedText);
        return;
    }
    m_originalLabel->setText(tr("Imported file: %1").arg(QFileInfo(file->path).fileName()));
    m_originalLabel->setToolTip(file->path);
    m_originalText = QString::fromUtf8(file->text);
    fillPanes(m_originalText, generatedText);
    fillFindings(*file);

    const TomlDiff diff = diffToml(generated, file->table);
    QStringList changedPaths, onlyOriginal, onlyGenerated;
    auto addItem = [this](const QString &text, const QColor &colour, int row) {
        auto *item = new QListWidgetItem(text, m_differences);
        item->setForeground(colour);
        item->setData(RowRole, row);
    };
    for (const TomlDiff::Change &c : diff.changed) {
        const QString p = diffPathText(c.path);
        changedPaths << p;
        addItem(
            tr("changed  %1: %2 → %3").arg(p, tomlValueText(c.original, 60), tomlValueText(c.generated, 60)),
            QColor(0xb0, 0x60, 0x00), firstRowCovering(m_originalRowKeys, p));
    }
    QList<QStringList> extraPaths;
    leafPaths(diff.extra, {}, &extraPaths);
    for (const QStringList &path : std::as_const(extraPaths)) {
        const QString p = diffPathText(path);
        bool isChange = false;
        for (const QString &c : std::as_const(changedPaths))
            isChange = isChange || keyCovers(c, p) || keyCovers(p, c);
        if (isChange)
            continue;
        onlyOriginal << p;
        addItem(tr("removed  %1 (only in the imported file)").arg(p), QColor(0xc0, 0x20, 0x20),
                firstRowCovering(m_originalRowKeys, p));
    }
    for (const QStringList &path : diff.omitted) {
        const QString p = diffPathText(path);
        onlyGenerated << p;
        addItem(tr("added    %1 (only in what the designer writes)").arg(p), QColor(0x20, 0x80, 0x20),
                firstRowCovering(m_generatedRowKeys, p));
    }

    const int total = m_differences->count();
    m_title->setText(total == 0
                         ? tr("%1: the designer writes the same tables, keys and values.").arg(node->name())
                         : tr("%1: differences: %2").arg(node->name()).arg(total));
    m_markedOriginal =
        markRows(m_original, m_originalRowKeys, changedPaths + onlyOriginal, QColor(0xff, 0xe0, 0xb0));
    m_markedGenerated =
        markRows(m_generated, m_generatedRowKeys, changedPaths + onlyGenerated, QColor(0xc8, 0xf0, 0xc8));
}

void ReviewWidget::jumpToRow(int row)
{
    if (row < 0 || row >= m_original->document()->blockCount())
        return;
    // The row selected in the file's pane; the other pane scrolls with it.
    QTextCursor cursor(m_original->document()->findBlockByNumber(row));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_original->setTextCursor(cursor);
    m_original->centerCursor();
    QTextCursor other(m_generated->document()->findBlockByNumber(row));
    m_generated->setTextCursor(other);
}

void ReviewWidget::itemActivated(QListWidgetItem *item)
{
    if (item && item->data(RowRole).isValid())
        jumpToRow(item->data(RowRole).toInt());
}

bool ReviewWidget::showLocation(const QString &file, int line, int)
{
    const ImportedFile *found = nullptr;
    for (const ImportedFile &f : std::as_const(m_files)) {
        if (f.path == file && f.node != 0 && m_document->topology().node(f.node)) {
            found = &f;
            break;
        }
    }
    if (!found)
        return false;
    if (m_node != found->node)
        m_document->setSelection({found->node}); // refreshes through selectionChanged
    if (m_node != found->node)
        return false;
    if (line > 0)
        jumpToRow(rowOfOriginalLine(line));
    return true;
}

} // namespace apim
