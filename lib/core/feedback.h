#pragma once

#include <atomic>
#include <functional>

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

} // namespace mineatlas
