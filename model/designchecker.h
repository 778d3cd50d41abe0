// The current findings of a document (checkDesign(): model checks and review
// rules), shared by every view that shows problems. A check looks at the whole
// design, so it runs once per burst of edits, however many views listen.
#pragma once

#include "finding.h"

#include <QObject>
#include <QTimer>

namespace apim {

class TopologyDocument;

class DesignChecker : public QObject
{
    Q_OBJECT

public:
    static constexpr int CoalesceMs = 50;

    explicit DesignChecker(TopologyDocument *document);

    // The findings of the design as it is now (checks first if an edit is pending).
    const Findings &findings();
    bool isCheckPending() const { return m_stale; }
    // Runs a pending check at once instead of on the timer.
    void checkNow();
    // How many checks have run: lets tests see that views share them.
    int checkCount() const { return m_checks; }

signals:
    void findingsChanged();

private:
    TopologyDocument *m_document;
    QTimer m_timer;
    Findings m_findings;
    bool m_stale = true;
    int m_checks = 0;
};

} // namespace apim
