#include "export/exportcontroller.h"

#include <QCoreApplication>
#include <QPainter>

#include "export/layoutcontent.h"
#include "export/layoutpainter.h"
#include "export/pagewriter.h"
#include "project/project.h"

namespace mineatlas::exporting {

ExportController::ExportController(project::Project& project, QObject* parent) : QObject(parent), m_project(project)
{
    connect(&m_job, &JobBase::finished, this, [this] {
        m_running = false;
        const QString error = m_job.result();
        Q_EMIT finished(error.isEmpty() ? m_path : QString(), error);
    });
    connect(&m_preview, &JobBase::finished, this, [this] { Q_EMIT previewReady(m_preview.result()); });
}

ExportController::~ExportController()
{
    cancel();
    if (m_previewCancel)
        m_previewCancel->store(true);
    m_job.waitForFinished();
    m_preview.waitForFinished();
}

Result<bool> ExportController::start(const QString& path, const LayoutSettings& settings, const MapRect& view)
{
    if (m_running)
        return Error{tr("An export is already running")};
    if (auto format = formatOf(path); !format)
        return Error{format.error()};
    auto content = buildLayoutContent(m_project, view, settings);
    if (!content)
        return Error{content.error()};
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_feedback = queuedFeedback(this, [this](int percent) { Q_EMIT progress(percent); });
    m_path = path;
    m_running = true;
    auto cancel = m_cancel;
    auto feedback = m_feedback;
    m_job.start([path, settings, content = std::move(content.value()), cancel, feedback]() -> QString {
        try {
            auto written = writePage(path, settings, content, *cancel, feedback.get());
            return written ? QString() : written.error();
        } catch (const std::exception& e) {
            return QCoreApplication::translate("Export", "Export failed: %1").arg(QString::fromUtf8(e.what()));
        } catch (...) {
            return QCoreApplication::translate("Export", "Export failed");
        }
    });
    return true;
}

void ExportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportController::requestPreview(const LayoutSettings& settings, const MapRect& view, int maxPixels)
{
    auto content = buildLayoutContent(m_project, view, settings);
    if (!content)
        return;
    if (m_previewCancel)
        m_previewCancel->store(true);
    m_previewCancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_previewCancel;
    const double dpi = std::max(20.0, maxPixels / (settings.pageSizeMm().width() / 25.4));
    m_preview.start([settings, content = std::move(content.value()), cancel, dpi]() -> QImage {
        try {
            QImage page(pageSizeAt(settings, dpi).toSize(), QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&page);
            // The brief's hazard statistics are left out of the preview: reading the files is the
            // export's job.
            paintLayout(painter, dpi, settings, content, {}, MapDrawing::Raster, *cancel);
            return page;
        } catch (...) {
            return QImage();
        }
    });
}

} // namespace mineatlas::exporting
