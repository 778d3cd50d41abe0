#include "problemswidget.h"

#include "designchecker.h"
#include "findingformat.h"
#include "problemsmodel.h"
#include "topologydocument.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace apim {

ProblemsWidget::ProblemsWidget(TopologyDocument *document, DesignChecker *checker, QWidget *parent)
    : QWidget(parent), m_document(document), m_checker(checker), m_model(new ProblemsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_summary->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProblemsModel::SeverityRole);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProblemsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(ProblemsModel::SeverityColumn, 90);
    header->resizeSection(ProblemsModel::NodeColumn, 110);
    header->resizeSection(ProblemsModel::MessageColumn, 420);
    header->resizeSection(ProblemsModel::RuleColumn, 170);

    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ProblemsWidget::copyFindings);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_view, &QTableView::clicked, this, &ProblemsWidget::activate);
    connect(m_view, &QTableView::activated, this, &ProblemsWidget::activate);

    // An edit ends the import's own list; the shared checker then reports.
    connect(document, &TopologyDocument::contentChanged, this, [this] { m_importShown = false; });
    connect(checker, &DesignChecker::findingsChanged, this, &ProblemsWidget::refresh);
    refresh();
}

const Findings &ProblemsWidget::findings() const
{
    return m_model->findings();
}

void ProblemsWidget::refresh()
{
    if (m_importShown)
        return;
    showFindings(m_checker->findings());
}

bool ProblemsWidget::isUpdatePending() const
{
    return !m_importShown && m_checker->isCheckPending();
}

void ProblemsWidget::showImportFindings(const Findings &findings)
{
    m_importShown = true;
    showFindings(findings);
}

void ProblemsWidget::showFindings(const Findings &findings)
{
    m_model->setFindings(findings);
    // The File column only when a finding has a file (an import's review).
    const bool anyFile =
        std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return !f.file.isEmpty(); });
    m_view->setColumnHidden(ProblemsModel::LocationColumn, !anyFile);
    const FindingCounts c = countFindings(m_model->findings());
    if (m_importShown) {
        m_summary->setText(tr("Import review · Errors: %1 · Warnings: %2 · Notes: %3")
                               .arg(c.errors)
                               .arg(c.warnings)
                               .arg(c.infos));
    } else if (c.errors + c.warnings + c.infos == 0) {
        m_summary->setText(tr("No problems found."));
    } else {
        // Counts as "label: number", which reads right in every language without plural forms.
        m_summary->setText(
            tr("Errors: %1 · Warnings: %2 · Notes: %3").arg(c.errors).arg(c.warnings).arg(c.infos));
    }
    const bool changed =
        c.errors != m_counts.errors || c.warnings != m_counts.warnings || c.infos != m_counts.infos;
    m_counts = c;
    if (changed)
        emit countsChanged(c.errors, c.warnings, c.infos);
}

void ProblemsWidget::activate(const QModelIndex &proxyIndex)
{
    const NodeId id = proxyIndex.data(ProblemsModel::NodeIdRole).value<NodeId>();
    if (id == 0 || !m_document->topology().node(id))
        return;
    m_document->setSelection({id});
    emit nodeActivated(id);
}

void ProblemsWidget::copyFindings()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows.append(m_proxy->index(r, 0));
    }
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const Finding *f = m_model->findingAt(m_proxy->mapToSource(index).row()))
            lines.append(formatFindingText(*f, m_document->filePath()));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace apim
