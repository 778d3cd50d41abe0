#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace apim::parallel {

namespace {

std::atomic<int> g_override{0};

int defaultThreads()
{
    static const int threads = [] {
        bool ok = false;
        const int fromEnv = qEnvironmentVariableIntValue("APIM_THREADS", &ok);
        if (ok && fromEnv > 0)
            return fromEnv;
        return std::max(1, int(std::thread::hardware_concurrency()));
    }();
    return threads;
}

} // namespace

int threadCount()
{
    const int set = g_override.load(std::memory_order_relaxed);
    return set > 0 ? set : defaultThreads();
}

void setThreadCount(int threads)
{
    g_override.store(std::max(0, threads), std::memory_order_relaxed);
}

void forEach(qsizetype count, const std::function<void(qsizetype)> &work)
{
    const qsizetype threads = std::min<qsizetype>(threadCount(), count);
    if (threads <= 1) {
        for (qsizetype i = 0; i < count; ++i)
            work(i);
        return;
    }
    // Items are taken one at a time: their costs differ (a control plane's file is larger
    // than a gateway's), and an atomic increment is cheap next to generating a file.
    std::atomic<qsizetype> next{0};
    auto run = [&] {
        for (qsizetype i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            work(i);
    };
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(threads - 1));
    for (qsizetype t = 1; t < threads; ++t)
        helpers.emplace_back(run);
    run();
    for (std::thread &h : helpers)
        h.join();
}

} // namespace apim::parallel
