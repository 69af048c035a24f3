#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>

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

/// A Feedback whose progress reaches `receiver`'s thread as whole percents through `onPercent`,
/// queued (so a worker can report while the GUI thread owns the receiver). Nothing is called once
/// the receiver is gone.
inline std::shared_ptr<Feedback> queuedFeedback(QObject* receiver, std::function<void(int)> onPercent)
{
    QPointer<QObject> target(receiver);
    return std::make_shared<Feedback>([target, onPercent](double fraction) {
        const int percent = static_cast<int>(fraction * 100);
        QMetaObject::invokeMethod(
            target,
            [target, onPercent, percent] {
                if (target)
                    onPercent(percent);
            },
            Qt::QueuedConnection);
    });
}

} // namespace mineatlas
