#include "backgroundjob.h"

namespace mineatlas {

JobBase::~JobBase()
{
    waitForFinished();
    for (const Running& r : std::as_const(m_threads)) {
        (void)r.stopped->load(std::memory_order_acquire); // what the thread did happens before its deletion
        delete r.thread;
    }
}

void JobBase::waitForFinished()
{
    for (const Running& r : std::as_const(m_threads))
        r.thread->wait();
}

void JobBase::launch(std::function<void()> body, std::function<void(bool current)> publish)
{
    auto stopped = std::make_shared<std::atomic<bool>>(false);
    QThread* thread = QThread::create([body = std::move(body), stopped] {
        body();
        stopped->store(true, std::memory_order_release);
    });
    const quint64 generation = ++m_generation;
    m_threads.append({thread, stopped});
    m_running = true;
    connect(thread, &QThread::finished, this, [this, thread, stopped, generation, publish = std::move(publish)] {
        thread->wait(); // finished() comes just before the thread's last steps
        (void)stopped->load(std::memory_order_acquire);
        m_threads.removeIf([thread](const Running& r) { return r.thread == thread; });
        thread->deleteLater();
        const bool current = generation == m_generation;
        if (current)
            m_running = false;
        publish(current);
    });
    thread->start();
}

} // namespace mineatlas
