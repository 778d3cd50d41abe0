#include "designchecker.h"
#include "topologydocument.h"

#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace apim {

DesignChecker::DesignChecker(TopologyDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(CoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &DesignChecker::startBackgroundCheck);
    connect(&m_watcher, &QFutureWatcher<Findings>::finished, this, &DesignChecker::backgroundCheckFinished);
    connect(document, &TopologyDocument::contentChanged, this, [this] {
        ++m_revision;
        m_stale = true;
        // Leading edge: the first edit of a burst is checked at the next pass of the
        // event loop (edits pushed in the same pass share it). Edits that arrive while
        // a check runs wait for it: its end starts the next one (trailing edge).
        if (!m_watcher.isRunning() && !m_timer.isActive())
            m_timer.start();
    });
    connect(document, &QObject::destroyed, this, &DesignChecker::documentDestroyed);
    m_timer.start(); // the first findings, unless someone asks for them sooner
}

DesignChecker::~DesignChecker()
{
    // The worker reads only its own snapshot, but it must not outlive the
    // application it translates messages with.
    m_watcher.waitForFinished();
}

const Findings &DesignChecker::findings()
{
    if (m_stale)
        checkNow();
    return m_findings;
}

void DesignChecker::checkNow()
{
    m_timer.stop();
    if (m_stale)
        deliver(m_cache->check(m_document->design())); // a running background check is now out of date
}

void DesignChecker::documentDestroyed()
{
    // No document, no problems; a check still running describes a design that is gone.
    m_timer.stop();
    ++m_revision;
    if (m_stale || !m_findings.isEmpty())
        deliver({});
}

void DesignChecker::startBackgroundCheck()
{
    if (!m_stale || !m_document || m_watcher.isRunning()) // one check at a time: its end looks again
        return;
    m_runningRevision = m_revision;
    // The snapshot shares the design's data until the next edit detaches it.
    auto promise = std::make_shared<QPromise<Findings>>();
    promise->start(); // running from now on, not from when a pool thread picks it up
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, cache = m_cache, design = m_document->design()] {
        promise->addResult(cache->check(design));
        promise->finish();
    });
}

void DesignChecker::backgroundCheckFinished()
{
    // Findings of a state that has since changed are dropped, and the state as it is now is checked.
    if (m_stale && m_runningRevision == m_revision && m_watcher.future().resultCount() > 0)
        deliver(m_watcher.result());
    else if (m_stale && !m_timer.isActive())
        m_timer.start();
}

void DesignChecker::deliver(const Findings &findings)
{
    m_stale = false;
    m_findings = findings;
    ++m_checks;
    emit findingsChanged();
}

} // namespace apim
