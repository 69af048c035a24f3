#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <iterator>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include <QThread>

namespace mineatlas {

/// Calls `fn` on every element of `items`, spread over the machine's cores (the calling thread
/// takes part), and returns when all calls are done; the first exception a call throws is
/// rethrown here once every thread has stopped.
///
/// Plain std::thread and join rather than QtConcurrent::blockingMap: Debian's Qt synchronises its
/// pool on futexes ThreadSanitizer cannot see, so under TSan every render reported the pool's own
/// bookkeeping as races (and a real race in a stripe would be lost among them); thread start and
/// join are seen. Starting a thread costs some tens of microseconds, nothing next to a render.
template <typename Container, typename Fn>
void parallelEach(Container& items, Fn&& fn)
{
    const auto begin = std::begin(items);
    const std::size_t count = static_cast<std::size_t>(std::distance(begin, std::end(items)));
    if (count == 0)
        return;
    const std::size_t threads = std::min<std::size_t>(count, static_cast<std::size_t>(std::max(1, QThread::idealThreadCount())));
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto work = [&] {
        // Relaxed: the counter only hands out indices. Ordering comes from starting and joining
        // the threads, so TSan sees no order between stripes of different threads (a stronger
        // counter would order consecutive stripes and hide a race from it in that run).
        for (std::size_t i = next.fetch_add(1, std::memory_order_relaxed); i < count;
             i = next.fetch_add(1, std::memory_order_relaxed)) {
            try {
                fn(*std::next(begin, static_cast<std::ptrdiff_t>(i)));
            } catch (...) {
                std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
            }
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t) {
        try {
            helpers.emplace_back(work);
        } catch (const std::system_error&) {
            break; // no more threads to be had: the ones running (and this one) do the rest
        }
    }
    work();
    for (std::thread& helper : helpers)
        helper.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace mineatlas
