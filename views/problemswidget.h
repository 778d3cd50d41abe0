// The Problems dock's content: the findings of the design's checker (shared
// with the canvas badges), kept live, grouped by rule, filtered by severity
// and text. A detail pane beside the list shows the whole message, hint,
// location and node of the current row, with "Go to" and "Fix". Clicking a
// finding selects its node; Go to (or a double-click) also asks for the file
// line or the design setting it is about.
#pragma once

#include "finding.h"
#include "topology.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QTreeView;

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
    QTreeView *view() const { return m_view; }
    QTextBrowser *detail() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_filter; }
    // The severity toggles, checked while that severity is shown.
    QToolButton *severityToggle(Severity s) const;
    QPushButton *goToButton() const { return m_goTo; }
    QToolButton *fixButton() const { return m_fix; }
    // All findings, whatever the filter shows.
    const Findings &findings() const;
    FindingCounts counts() const { return m_counts; }
    bool isUpdatePending() const;
    // Shows an import's review findings (with file and line) instead of the
    // design's checks, until the next edit of the document.
    void showImportFindings(const Findings &findings);
    bool isShowingImportFindings() const { return m_importShown; }
    // The finding of the current row (nullptr for a rule's row or none).
    const Finding *currentFinding() const;

public slots:
    // Validates now instead of when the timer fires.
    void refresh();
    // Copies the selected findings (all when none is selected) as compiler-style text.
    void copyFindings();
    // Goes to what the current finding is about.
    void goToCurrent();

signals:
    void nodeActivated(apim::NodeId id);
    // A finding about a line of an imported file (1-based line and column; 0: unknown).
    void locationRequested(const QString &file, int line, int column);
    // A design-wide finding: `key` names the design setting when a fix says which, else empty.
    void settingRequested(const QString &key);
    // The user picked fix `fixIndex` of `finding.fixes`.
    void fixRequested(const apim::Finding &finding, int fixIndex);
    void countsChanged(int errors, int warnings, int infos);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildBar(QLayout *layout);
    void buildDetail(QWidget *pane);
    void activate(const QModelIndex &index);
    void goTo(const QModelIndex &index);
    void showFindings(const Findings &findings);
    void applyFilter();
    void updateDetail();
    void updateToggles();
    void showContextMenu(const QPoint &pos);
    void rememberExpanded();
    void restoreExpanded();

    TopologyDocument *m_document;
    DesignChecker *m_checker;
    ProblemsModel *m_model;
    QTreeView *m_view;
    QSplitter *m_split = nullptr;
    QLabel *m_summary;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_toggles[3] = {};
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_goTo = nullptr;
    QToolButton *m_fix = nullptr;
    QSet<QString> m_expanded; // rules whose rows are open, kept across refreshes
    FindingCounts m_counts;
    bool m_importShown = false;
};

} // namespace apim
