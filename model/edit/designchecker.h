// The current findings of a document (checkDesign(): model checks and review
// rules), shared by every view that shows problems. A check looks at the whole
// design (each node's generated file and endpoints are kept between checks,
// designcheckcache.h), so it runs on a snapshot of the design in a worker
// thread, one at a time: an edit starts a check at once when none runs, and the
// edits made while one runs are checked together when it ends. The interface
// never waits for it.
// The document knows nothing of it; whoever shows problems (the GUI shell) owns
// one per document and hands it to the views.
#pragma once

#include "designcheckcache.h"
#include "finding.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace apim {

class TopologyDocument;

class DesignChecker : public QObject
{
    Q_OBJECT

public:
    // Edits within one pass of the event loop (a macro, a paste) share a check; there is no idle wait.
    static constexpr int CoalesceMs = 0;

    // The checker may outlive `document`: it then has no findings.
    explicit DesignChecker(TopologyDocument *document, QObject *parent = nullptr);
    ~DesignChecker() override;

    // The findings of the design as it is now; checks at once, in this thread,
    // if an edit is pending (for callers that need the answer now).
    const Findings &findings();
    // True from an edit until the findings of that state are known.
    bool isCheckPending() const { return m_stale; }
    // True while a check runs in the background.
    bool isCheckRunning() const { return m_watcher.isRunning(); }
    // Runs a pending check at once, in this thread.
    void checkNow();
    // How many checks have delivered findings: lets tests see that views share them.
    int checkCount() const { return m_checks; }

signals:
    void findingsChanged();

private:
    void startBackgroundCheck();
    void backgroundCheckFinished();
    void deliver(const Findings &findings);
    void documentDestroyed();

    QPointer<TopologyDocument> m_document;
    QTimer m_timer;
    QFutureWatcher<Findings> m_watcher;
    quint64 m_revision = 0;        // bumped on every edit
    quint64 m_runningRevision = 0; // the revision the background check looks at
    Findings m_findings;
    // Shared with the worker, which may still run when the checker goes.
    std::shared_ptr<DesignCheckCache> m_cache = std::make_shared<DesignCheckCache>();
    bool m_stale = true;
    int m_checks = 0;
};

} // namespace apim
