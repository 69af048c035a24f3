#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include <QList>
#include <QObject>
#include <QThread>

namespace mineatlas {

/// The signal and the threads of a BackgroundJob (moc does not take templates).
class JobBase : public QObject {
    Q_OBJECT
public:
    explicit JobBase(QObject* parent = nullptr) : QObject(parent) {}
    /// Waits for every thread still running (their results are dropped).
    ~JobBase() override;
    bool isRunning() const { return m_running; }
    /// Blocks until every thread started here has stopped (finished() still comes through the
    /// event loop, as with QFutureWatcher).
    void waitForFinished();

Q_SIGNALS:
    /// The last job started has finished and its result is ready; a job replaced by a newer one
    /// before it finished is not reported.
    void finished();

protected:
    /// Runs `body` on a thread of its own; once it has stopped, `publish` runs on this object's
    /// thread, told whether the job is still the last one started (then it emits finished()).
    void launch(std::function<void()> body, std::function<void(bool current)> publish);

private:
    struct Running {
        QThread* thread;
        std::shared_ptr<std::atomic<bool>> stopped; ///< stored (release) as the thread's last step
    };
    QList<Running> m_threads; ///< started and not yet reported stopped
    quint64 m_generation = 0;
    bool m_running = false;
};

/// Runs a function on a thread of its own and delivers its result to the thread that started it:
/// what QFutureWatcher and QtConcurrent::run do, with every hand-off one ThreadSanitizer can see.
/// Starting the thread orders what the caller wrote before it; the result is published by a
/// release store the receiving thread reads with acquire. (A pool thread Qt reuses receives its
/// task under Qt's futex lock, invisible to TSan, which reported our own captured values as
/// races.) A thread costs some tens of microseconds to start, nothing next to a load or a render.
template <class T>
class BackgroundJob : public JobBase {
public:
    using JobBase::JobBase;
    ~BackgroundJob() override { waitForFinished(); }

    /// Starts `work`; the result of a job still running is dropped when this one finishes first.
    void start(std::function<T()> work)
    {
        auto slot = std::make_shared<Slot>();
        launch(
            [slot, work = std::move(work)] {
                slot->value.emplace(work());
                slot->ready.store(true, std::memory_order_release);
            },
            [this, slot](bool current) {
                if (!slot->ready.load(std::memory_order_acquire) || !current)
                    return; // replaced by a newer job (or the work threw: nothing to report)
                m_result = std::move(slot->value);
                Q_EMIT finished();
            });
    }
    /// The result of the last job reported by finished().
    const T& result() const { return *m_result; }

private:
    struct Slot {
        std::optional<T> value;
        std::atomic<bool> ready{false};
    };
    std::optional<T> m_result;
};

} // namespace mineatlas
