// Built only with ThreadSanitizer (scripts/test --tsan): proves that the sanitizer, with the
// options scripts/test gives it, still reports a race in our own code run through parallelEach.
// It passes only when TSan prints "data race" (ctest's PASS_REGULAR_EXPRESSION): a TSan setup
// that hid races (a broad suppression, a flag too many) fails here first.
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

#include <QCoreApplication>

#include "parallel.h"

namespace {
int g_unguarded = 0; // written by every stripe without a lock: a real race
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (QThread::idealThreadCount() < 2) {
        std::printf("one core: parallelEach runs everything on this thread, no race to report\n");
        return 1;
    }
    // Two stripes, and each waits until the other has started, so two threads take one each (a
    // relaxed atomic orders nothing for TSan: the writes below stay unordered). TSan catches a
    // given race in only some runs of so short a window (about 2 in 3 here, for any two threads),
    // so the race is run 200 times: missing every one would take a broken setup.
    for (int round = 0; round < 200; ++round) {
        std::vector<int> stripes(2);
        std::atomic<int> started{0};
        mineatlas::parallelEach(stripes, [&started](int& s) {
            started.fetch_add(1, std::memory_order_relaxed);
            while (started.load(std::memory_order_relaxed) < 2)
                std::this_thread::yield();
            for (int i = 0; i < 1000; ++i)
                ++g_unguarded;
            s = g_unguarded;
        });
    }
    std::printf("stripes done: %d\n", g_unguarded);
    return 0;
}
