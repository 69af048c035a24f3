#pragma once

#include <atomic>
#include <memory>

#include "backgroundjob.h"
#include <QImage>
#include <QObject>

#include "export/layoutsettings.h"
#include "feedback.h"
#include "geo/maprect.h"

namespace mineatlas::project {
class Project;
}

namespace mineatlas::exporting {

/// The export workflow, widget-free: takes what the page needs from the project on the GUI
/// thread, then writes the page (or a preview of it) on a worker, with progress and cancel.
/// What is exported is what the canvas shows: the same layers, styles and date, the view kept
/// whole inside the page's map frame. GUI thread only; does not own the project.
class ExportController : public QObject {
    Q_OBJECT
public:
    explicit ExportController(project::Project& project, QObject* parent = nullptr);
    ~ExportController() override;

    /// Starts writing `path` (.pdf, .svg, .png); false with an error when it cannot start.
    Result<bool> start(const QString& path, const LayoutSettings& settings, const MapRect& view);
    void cancel();
    bool isRunning() const { return m_running; }
    /// Renders the page at a low resolution, at most `maxPixels` wide, for a live preview;
    /// a newer request replaces an older one still running.
    void requestPreview(const LayoutSettings& settings, const MapRect& view, int maxPixels);

Q_SIGNALS:
    void progress(int percent);
    /// `path` written, or `error` (then nothing was written).
    void finished(const QString& path, const QString& error);
    void previewReady(const QImage& page);

private:
    project::Project& m_project;
    BackgroundJob<QString> m_job; ///< the error text, empty on success
    BackgroundJob<QImage> m_preview;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<bool>> m_previewCancel;
    std::shared_ptr<Feedback> m_feedback;
    QString m_path;
    bool m_running = false;
};

} // namespace mineatlas::exporting
