// The Problems dock's content: the findings of the design's checker (shared
// with the canvas badges), kept live. Activating a finding selects its
// node and asks whoever shows the canvas to centre it.
#pragma once

#include "finding.h"
#include "topology.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace apim {

class DesignChecker;
class ProblemsModel;
class TopologyDocument;

class ProblemsWidget : public QWidget
{
    Q_OBJECT

public:
    // `checker` follows `document`; both must outlive the widget.
    ProblemsWidget(TopologyDocument *document, DesignChecker *checker, QWidget *parent = nullptr);

    ProblemsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    const Findings &findings() const;
    FindingCounts counts() const { return m_counts; }
    bool isUpdatePending() const;
    // Shows an import's review findings (with file and line) instead of the
    // design's checks, until the next edit of the document.
    void showImportFindings(const Findings &findings);
    bool isShowingImportFindings() const { return m_importShown; }

public slots:
    // Validates now instead of when the timer fires.
    void refresh();
    // Copies the selected findings (all when none is selected) as compiler-style text.
    void copyFindings();

signals:
    void nodeActivated(apim::NodeId id);
    void countsChanged(int errors, int warnings, int infos);

private:
    void activate(const QModelIndex &proxyIndex);
    void showFindings(const Findings &findings);

    TopologyDocument *m_document;
    DesignChecker *m_checker;
    ProblemsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    FindingCounts m_counts;
    bool m_importShown = false;
};

} // namespace apim
