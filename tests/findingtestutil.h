// What the tests that hold validate and lint to each other compare.
#pragma once

#include "finding.h"

#include <QStringList>

namespace findingtest {

// The rules of the errors and warnings, sorted: what `validate` (design) or `lint` (a set) names.
inline QStringList problems(const apim::Findings &findings)
{
    QStringList out;
    for (const apim::Finding &f : findings) {
        if (f.severity != apim::Severity::Info && !out.contains(f.rule))
            out.append(f.rule);
    }
    out.sort();
    return out;
}

} // namespace findingtest
