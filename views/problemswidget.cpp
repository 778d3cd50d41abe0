#include "problemswidget.h"

#include "designchecker.h"
#include "findingformat.h"
#include "problemsdetail.h"
#include "problemsmodel.h"
#include "topologydocument.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace apim {

namespace {

// The first fix that repairs the design; -1 when there is none (fixes of an
// imported file's text are applied by `lint --fix`, not to the open design).
int firstDesignFix(const Finding &f)
{
    for (int i = 0; i < f.fixes.size(); ++i) {
        if (f.fixes.at(i).editsDesign())
            return i;
    }
    return -1;
}

} // namespace

namespace {

constexpr Severity AllSeverities[] = {Severity::Error, Severity::Warning, Severity::Info};

} // namespace

ProblemsWidget::ProblemsWidget(TopologyDocument *document, DesignChecker *checker, QWidget *parent)
    : QWidget(parent), m_document(document), m_checker(checker), m_model(new ProblemsModel(this)),
      m_view(new QTreeView), m_summary(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    buildBar(layout);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_view);
    auto *pane = new QWidget(m_split);
    buildDetail(pane);
    m_split->addWidget(pane);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    layout->addWidget(m_split, 1);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setExpandsOnDoubleClick(false); // a double-click goes to the finding
    // A long message elides at its end; the tooltip and the detail pane have all of it.
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(ProblemsModel::SeverityColumn, 110);
    header->resizeSection(ProblemsModel::NodeColumn, 110);
    header->resizeSection(ProblemsModel::MessageColumn, 420);
    header->resizeSection(ProblemsModel::CountColumn, 56);
    header->resizeSection(ProblemsModel::RuleColumn, 170);
    // The detail pane shows the hint whole.
    m_view->setColumnHidden(ProblemsModel::HintColumn, true);

    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setObjectName(QStringLiteral("problemsCopy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ProblemsWidget::copyFindings);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProblemsWidget::showContextMenu);

    connect(m_view, &QTreeView::clicked, this, &ProblemsWidget::activate);
    connect(m_view, &QTreeView::activated, this, &ProblemsWidget::goTo);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProblemsWidget::updateDetail);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ProblemsWidget::rememberExpanded);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        restoreExpanded();
        updateDetail();
    });

    // An edit ends the import's own list; the shared checker then reports.
    connect(document, &TopologyDocument::contentChanged, this, [this] { m_importShown = false; });
    connect(checker, &DesignChecker::findingsChanged, this, &ProblemsWidget::refresh);
    refresh();
    // No findings resets no model: the pane and the buttons start as for no selection.
    updateDetail();
}

void ProblemsWidget::buildBar(QLayout *layout)
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 2);
    m_summary->setParent(this);
    bar->addWidget(m_summary, 1);
    const QString names[] = {QStringLiteral("problemsShowErrors"), QStringLiteral("problemsShowWarnings"),
                             QStringLiteral("problemsShowNotes")};
    for (Severity s : AllSeverities) {
        auto *toggle = new QToolButton(this);
        toggle->setObjectName(names[int(s)]);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setAutoRaise(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const QStyle::StandardPixmap icons[] = {QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxWarning,
                                                QStyle::SP_MessageBoxInformation};
        toggle->setIcon(style()->standardIcon(icons[int(s)]));
        connect(toggle, &QToolButton::toggled, this, &ProblemsWidget::applyFilter);
        m_toggles[int(s)] = toggle;
        bar->addWidget(toggle);
    }
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("problemsFilter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setToolTip(tr("Shows the findings whose message, hint, node, rule or file contains this text; "
                            "node:NAME shows one node's findings."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(220);
    connect(m_filter, &QLineEdit::textChanged, this, &ProblemsWidget::applyFilter);
    bar->addWidget(m_filter);
    static_cast<QBoxLayout *>(layout)->addLayout(bar);
}

void ProblemsWidget::buildDetail(QWidget *pane)
{
    auto *v = new QVBoxLayout(pane);
    v->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(pane);
    m_detail->setObjectName(QStringLiteral("problemDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setMinimumWidth(120);
    v->addWidget(m_detail, 1);
    auto *buttons = new QHBoxLayout;
    m_goTo = new QPushButton(tr("Go to"), pane);
    m_goTo->setObjectName(QStringLiteral("problemGoTo"));
    m_goTo->setToolTip(
        tr("Selects the node, or opens the file line or the design settings the finding is about."));
    connect(m_goTo, &QPushButton::clicked, this, &ProblemsWidget::goToCurrent);
    m_fix = new QToolButton(pane);
    m_fix->setObjectName(QStringLiteral("problemFix"));
    m_fix->setText(tr("Fix"));
    m_fix->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_fix, &QToolButton::clicked, this, [this] {
        if (const Finding *f = currentFinding()) {
            if (const int i = firstDesignFix(*f); i >= 0)
                emit fixRequested(*f, i);
        }
    });
    buttons->addWidget(m_goTo);
    buttons->addWidget(m_fix);
    buttons->addStretch(1);
    v->addLayout(buttons);
}

void ProblemsWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The detail pane beside the list in a wide dock (the bottom one), below it in a tall one.
    const Qt::Orientation wanted = 5 * width() >= 8 * height() ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() != wanted)
        m_split->setOrientation(wanted);
}

QToolButton *ProblemsWidget::severityToggle(Severity s) const
{
    return m_toggles[int(s)];
}

const Findings &ProblemsWidget::findings() const
{
    return m_model->findings();
}

const Finding *ProblemsWidget::currentFinding() const
{
    return m_model->findingAt(m_view->currentIndex());
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
    if (m_importShown)
        m_summary->setText(tr("Import review"));
    else if (c.errors + c.warnings + c.infos == 0)
        m_summary->setText(tr("No problems found."));
    else
        m_summary->clear();
    const bool changed =
        c.errors != m_counts.errors || c.warnings != m_counts.warnings || c.infos != m_counts.infos;
    m_counts = c;
    updateToggles();
    if (changed)
        emit countsChanged(c.errors, c.warnings, c.infos);
}

void ProblemsWidget::updateToggles()
{
    // Counts as "label: number", which reads right in every language without plural forms.
    m_toggles[int(Severity::Error)]->setText(tr("Errors: %1").arg(m_counts.errors));
    m_toggles[int(Severity::Warning)]->setText(tr("Warnings: %1").arg(m_counts.warnings));
    m_toggles[int(Severity::Info)]->setText(tr("Notes: %1").arg(m_counts.infos));
    for (Severity s : AllSeverities) {
        QToolButton *t = m_toggles[int(s)];
        t->setToolTip(t->isChecked() ? tr("Shown; click to hide them") : tr("Hidden; click to show them"));
    }
}

void ProblemsWidget::applyFilter()
{
    int severities = 0;
    for (Severity s : AllSeverities) {
        if (m_toggles[int(s)]->isChecked())
            severities |= ProblemsModel::severityBit(s);
    }
    m_model->setFilter(severities, m_filter->text().trimmed());
    updateToggles();
}

void ProblemsWidget::rememberExpanded()
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, 0);
        const QString rule = index.data(ProblemsModel::RuleRole).toString();
        if (m_model->rowCount(index) > 0) {
            if (m_view->isExpanded(index))
                m_expanded.insert(rule);
            else
                m_expanded.remove(rule);
        }
    }
}

void ProblemsWidget::restoreExpanded()
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, 0);
        if (m_expanded.contains(index.data(ProblemsModel::RuleRole).toString()))
            m_view->expand(index);
    }
}

void ProblemsWidget::updateDetail()
{
    const QModelIndex index = m_view->currentIndex();
    const Finding *f = m_model->findingAt(index);
    if (f)
        m_detail->setHtml(findingDetailHtml(*f, index.data(ProblemsModel::CountRole).toInt()));
    else if (index.isValid())
        m_detail->setHtml(
            ruleDetailHtml(index.data(ProblemsModel::RuleRole).toString(), m_model->findingsAt(index)));
    else
        m_detail->setHtml(QStringLiteral("<p><i>%1</i></p>")
                              .arg(tr("Select a finding to read all of it.").toHtmlEscaped()));
    m_goTo->setEnabled(f != nullptr);

    auto *menu = m_fix->menu();
    if (!menu) {
        menu = new QMenu(m_fix);
        m_fix->setMenu(menu);
    }
    menu->clear();
    const int first = f ? firstDesignFix(*f) : -1;
    m_fix->setEnabled(first >= 0);
    m_fix->setToolTip(first >= 0 ? f->fixes.at(first).title : tr("This finding has no automatic fix."));
    if (first < 0)
        return;
    const Finding finding = *f;
    for (int i = 0; i < finding.fixes.size(); ++i) {
        if (!finding.fixes.at(i).editsDesign())
            continue;
        menu->addAction(finding.fixes.at(i).title, this,
                        [this, finding, i] { emit fixRequested(finding, i); });
    }
}

void ProblemsWidget::activate(const QModelIndex &index)
{
    const NodeId id = index.data(ProblemsModel::NodeIdRole).value<NodeId>();
    if (id == 0 || !m_document->topology().node(id))
        return;
    m_document->setSelection({id});
    emit nodeActivated(id);
}

void ProblemsWidget::goTo(const QModelIndex &index)
{
    const Finding *f = m_model->findingAt(index);
    if (!f) {
        // A rule's row opens and closes instead.
        if (index.isValid())
            m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index.siblingAtColumn(0)));
        return;
    }
    const Finding finding = *f; // the signals may change the model
    if (finding.node != 0 && m_document->topology().node(finding.node)) {
        m_document->setSelection({finding.node});
        emit nodeActivated(finding.node);
    }
    if (!finding.file.isEmpty())
        emit locationRequested(finding.file, finding.line, finding.column);
    else if (finding.node == 0)
        emit settingRequested(findingSettingKey(finding));
}

void ProblemsWidget::goToCurrent()
{
    goTo(m_view->currentIndex());
}

void ProblemsWidget::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    const Finding *f = m_model->findingAt(index);
    if (f) {
        menu.addAction(tr("Go to"), this, [this, index] { goTo(index); });
        const Finding finding = *f;
        for (int i = 0; i < finding.fixes.size(); ++i) {
            if (!finding.fixes.at(i).editsDesign())
                continue; // a file's fix is for `lint --fix`, not the open design
            menu.addAction(tr("Fix: %1").arg(finding.fixes.at(i).title), this,
                           [this, finding, i] { emit fixRequested(finding, i); });
        }
        menu.addSeparator();
    }
    menu.addActions(m_view->actions());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ProblemsWidget::copyFindings()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows.append(m_model->index(r, 0));
    }
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        // A rule's row and one of its findings both selected: the finding once.
        if (index.parent().isValid() && rows.contains(index.parent()))
            continue;
        for (const Finding &f : m_model->findingsAt(index))
            lines.append(formatFindingText(f, m_document->filePath()));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace apim
