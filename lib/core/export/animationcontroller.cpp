#include "export/animationcontroller.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mineatlas::exporting {

AnimationController::AnimationController(QObject* parent) : QObject(parent)
{
    connect(&m_job, &JobBase::finished, this, [this] {
        m_running = false;
        const Result<AnimationReport> r = m_job.result();
        if (r)
            Q_EMIT finished(r->path, r->frames, QString());
        else
            Q_EMIT finished(QString(), 0, r.error());
    });
}

AnimationController::~AnimationController()
{
    cancel();
    m_job.waitForFinished();
}

Result<bool> AnimationController::start(AnimationSpec spec)
{
    if (m_running)
        return Error{tr("An animation export is already running")};
    if (spec.format == AnimationFormat::Mp4 || spec.format == AnimationFormat::WebM)
        if (auto ffmpeg = findFfmpeg(); !ffmpeg)
            return Error{QStringLiteral("%1: %2").arg(QFileInfo(spec.out).fileName(), ffmpeg.error())};
    m_feedback = queuedFeedback(this, [this](int percent) { Q_EMIT progress(percent); });
    m_running = true;
    auto feedback = m_feedback;
    m_job.start([spec = std::move(spec), feedback]() -> Result<AnimationReport> {
        try {
            return writeAnimation(spec, feedback.get());
        } catch (const std::exception& e) {
            return Error{QCoreApplication::translate("Animation", "Animation export failed: %1").arg(QString::fromUtf8(e.what()))};
        } catch (...) {
            return Error{QCoreApplication::translate("Animation", "Animation export failed")};
        }
    });
    return true;
}

void AnimationController::cancel()
{
    if (m_feedback)
        m_feedback->cancel();
}

} // namespace mineatlas::exporting
