// Independent work spread over the cores: the nodes of a bundle are generated, and
// its zip entries deflated, each on its own, so an export uses every core. The
// results land in slots the caller owns, so their order never depends on threads.
#pragma once

#include <QtGlobal>

#include <functional>

namespace apim::parallel {

// How many threads forEach() uses: setThreadCount()'s value, else APIM_THREADS, else
// the number of cores. At least 1.
int threadCount();
// 0 goes back to the default. Tests and benchmarks compare one thread with several.
void setThreadCount(int threads);

// Calls work(i) once for every i in [0, count), from threadCount() threads (the calling
// thread among them), and returns when all calls have returned. work must only touch
// what belongs to its i, or shared data it reads.
void forEach(qsizetype count, const std::function<void(qsizetype)> &work);

} // namespace apim::parallel
