#include "previewwidget.h"

#include "generators.h"
#include "names.h"
#include "tomlhighlighter.h"
#include "topologydocument.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTabBar>
#include <QVBoxLayout>

namespace apim {

PreviewWidget::PreviewWidget(TopologyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_tabs(new QTabBar(this)),
      m_edit(new QPlainTextEdit(this)), m_highlighter(new TomlHighlighter(m_edit->document()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_title->setContentsMargins(6, 3, 6, 3);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("previewTitle"));
    layout->addWidget(m_title);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setObjectName(QStringLiteral("previewFiles"));
    layout->addWidget(m_tabs);
    layout->addWidget(m_edit, 1);

    m_edit->setReadOnly(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setObjectName(QStringLiteral("previewText"));
    m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_timer.setSingleShot(true);
    m_timer.setInterval(CoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &PreviewWidget::refresh);
    connect(m_tabs, &QTabBar::currentChanged, this, &PreviewWidget::showCurrentFile);
    connect(document, &TopologyDocument::selectionChanged, this, &PreviewWidget::schedule);
    connect(document, &TopologyDocument::designReset, this, &PreviewWidget::schedule);
    // Any content change can alter the files shown: a peer's hostname, a setting, a new link.
    connect(document, &TopologyDocument::contentChanged, this, &PreviewWidget::schedule);
    refresh();
}

void PreviewWidget::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

QStringList PreviewWidget::files() const
{
    QStringList out;
    for (const BundleFile &f : m_files)
        out.append(f.path);
    return out;
}

QString PreviewWidget::currentFile() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < m_files.size() ? m_files.at(index).path : QString();
}

void PreviewWidget::setCurrentFile(const QString &path)
{
    const qsizetype index = files().indexOf(path);
    if (index >= 0)
        m_tabs->setCurrentIndex(int(index));
}

QString PreviewWidget::text() const
{
    return m_edit->toPlainText();
}

void PreviewWidget::refresh()
{
    m_timer.stop();
    const QList<NodeId> &selection = m_document->selection();
    const Design &design = m_document->design();
    const Node *node = selection.isEmpty() ? nullptr : design.topology.node(selection.first());
    m_node = node ? node->id : 0;
    const QString top = bundleFolderName(design) + QLatin1Char('/');
    if (node) {
        const QString folder = top + QStringLiteral("nodes/%1/").arg(sanitizeFileName(node->name()));
        m_title->setText(tr("Files of %1 in %2").arg(node->name(), folder));
        showFiles(nodeFiles(design, *node), folder);
    } else {
        // The whole design's files cost O(design): they show only while nothing is
        // selected, and only the visible one is generated (in showCurrentFile).
        m_title->setText(tr("Bundle top level %1 (select a node for its files)").arg(top));
        showFiles({{QStringLiteral("README.md"), {}}, {QStringLiteral("hosts"), {}}}, top);
    }
    emit refreshed();
}

void PreviewWidget::showFiles(const BundleFiles &files, const QString &folder)
{
    const QString previous = currentFile();
    const QStringList oldPaths = this->files();
    m_files = files;
    const QStringList paths = this->files();
    {
        const QSignalBlocker block(m_tabs);
        if (paths != oldPaths) {
            while (m_tabs->count() > 0)
                m_tabs->removeTab(0);
            for (const QString &path : paths)
                m_tabs->addTab(path.section(QLatin1Char('/'), -1));
            m_tabs->setCurrentIndex(qMax(0, int(paths.indexOf(previous))));
        }
        for (int i = 0; i < m_tabs->count(); ++i)
            m_tabs->setTabToolTip(i, folder + paths.at(i));
    }
    showCurrentFile();
}

void PreviewWidget::showCurrentFile()
{
    const int index = m_tabs->currentIndex();
    if (index < 0 || index >= m_files.size()) {
        m_edit->clear();
        return;
    }
    BundleFile &file = m_files[index];
    if (m_node == 0 && file.data.isEmpty()) {
        const Design &design = m_document->design();
        file.data = file.path == QLatin1String("hosts") ? designHostsFile(design) : bundleReadme(design);
    }
    m_highlighter->setMode(TomlHighlighter::modeForFile(file.path));
    const QString text = QString::fromUtf8(file.data);
    if (m_edit->toPlainText() == text)
        return;
    // Keep the reader's place while the text changes under them.
    const int vertical = m_edit->verticalScrollBar()->value();
    const int horizontal = m_edit->horizontalScrollBar()->value();
    m_edit->setPlainText(text);
    m_edit->verticalScrollBar()->setValue(vertical);
    m_edit->horizontalScrollBar()->setValue(horizontal);
}

} // namespace apim
