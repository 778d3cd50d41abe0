#include "designcheckcache.h"
#include "validation.h"

namespace apim {

Findings DesignCheckCache::check(const Design &design)
{
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock())
        return checkDesign(design);
    m_generated.sync(design);
    return checkDesign(design, &m_generated, &m_findings);
}

} // namespace apim
