#include "designchecker.h"
#include "topologydocument.h"
#include "validation.h"

namespace apim {

DesignChecker::DesignChecker(TopologyDocument *document) : QObject(document), m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(CoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &DesignChecker::checkNow);
    connect(document, &TopologyDocument::contentChanged, this, [this] {
        m_stale = true;
        if (!m_timer.isActive())
            m_timer.start();
    });
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
    if (!m_stale)
        return;
    m_stale = false;
    m_findings = checkDesign(m_document->design());
    ++m_checks;
    emit findingsChanged();
}

} // namespace apim
