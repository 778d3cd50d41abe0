// checkDesign() of one design as it is edited, keeping what an edit leaves
// valid between checks: each node's generated deployment.toml (generationcache.h)
// and each node's findings (findingmemo.h). Its findings equal checkDesign()'s
// (tst_generationcache). Thread-safe: a check that finds the cache busy in another
// thread runs without it.
#pragma once

#include "finding.h"
#include "findingmemo.h"
#include "generationcache.h"

#include <mutex>

namespace apim {

class DesignCheckCache
{
public:
    Findings check(const Design &design);
    // How many deployment.toml files the last check generated.
    int generated() const { return m_generated.generated(); }
    // How many per-node runs of the checks the last check made.
    int ran() const { return m_findings.ran(); }

private:
    std::mutex m_mutex;
    GenerationCache m_generated;
    FindingMemo m_findings;
};

} // namespace apim
