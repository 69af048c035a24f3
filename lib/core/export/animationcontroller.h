#pragma once

#include <memory>

#include "backgroundjob.h"
#include <QObject>

#include "export/animation.h"
#include "feedback.h"

namespace mineatlas::exporting {

/// The animation export workflow, widget-free: the frames are described from the project on the
/// GUI thread (buildAnimation), then drawn and encoded on a worker with progress and cancel.
class AnimationController : public QObject {
    Q_OBJECT
public:
    explicit AnimationController(QObject* parent = nullptr);
    ~AnimationController() override;

    /// Starts writing spec.out; an error when it cannot start (one is running, a format needs ffmpeg).
    Result<bool> start(AnimationSpec spec);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int percent);
    /// `path` written with `frames` frames, or `error` (then nothing was written).
    void finished(const QString& path, int frames, const QString& error);

private:
    BackgroundJob<Result<AnimationReport>> m_job;
    std::shared_ptr<Feedback> m_feedback;
    bool m_running = false;
};

} // namespace mineatlas::exporting
