#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>
#include <QTimer>

namespace mineatlas {

/// Progress and cancellation shared between a worker and whoever started it.
/// The worker polls isCanceled() in its loops and reports progress; any thread may cancel().
/// The progress callback runs on the worker thread: forward it to the GUI with a queued call.
class Feedback {
public:
    Feedback() = default;
    explicit Feedback(std::function<void(double)> onProgress) : m_onProgress(std::move(onProgress)) {}

    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }
    /// `fraction` in 0..1.
    void setProgress(double fraction)
    {
        if (m_onProgress)
            m_onProgress(fraction);
    }

private:
    std::atomic<bool> m_canceled{false};
    std::function<void(double)> m_onProgress;
};

/// A Feedback whose progress reaches `receiver`'s thread as whole percents through `onPercent`.
/// The worker only stores the figure (an atomic); a timer of the receiver reads it every 50 ms and
/// calls `onPercent` when it changed, until the worker has let go of the Feedback (then once more
/// with the last figure) or the receiver is gone. Nothing crosses threads but that atomic: a queued
/// call per update used to hand a functor from the worker to the GUI thread and back through Qt's
/// event queue, which ThreadSanitizer cannot follow, and flooded the queue on fast loops.
/// Call it on the receiver's thread, and hand the Feedback to the worker before returning to the
/// event loop, and keep a copy while the work runs: the relay stops at the first tick that finds
/// no owner besides the starter (every controller keeps its Feedback as a member).
inline std::shared_ptr<Feedback> queuedFeedback(QObject* receiver, std::function<void(int)> onPercent)
{
    auto percent = std::make_shared<std::atomic<int>>(-1);
    auto feedback = std::make_shared<Feedback>([percent](double fraction) {
        percent->store(static_cast<int>(fraction * 100), std::memory_order_relaxed);
    });
    auto* timer = new QTimer(receiver);
    timer->setInterval(50);
    std::weak_ptr<Feedback> watched = feedback;
    QObject::connect(timer, &QTimer::timeout, receiver, [timer, watched, percent, onPercent, shown = -1]() mutable {
        const auto held = watched.lock();
        const int now = percent->load(std::memory_order_relaxed);
        if (now != shown && now >= 0) {
            shown = now;
            onPercent(now);
        }
        // Held here and by whoever started the work: the worker is done with it.
        if (!held || held.use_count() <= 2) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
    return feedback;
}

} // namespace mineatlas
