// What the benchmark programs share: milliseconds of a timer, the median of samples.
#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace benchutil {

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace benchutil
