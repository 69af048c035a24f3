#include "data/georefcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "geo/surveypoint.h"

namespace mineatlas::data {

namespace {
constexpr int kPreviewSide = 4096;
}

GeorefController::GeorefController(QObject* parent) : QObject(parent)
{
    connect(&m_reader, &JobBase::finished, this, [this] {
        const Preview& p = m_reader.result();
        if (p.path != m_scanPath)
            return;
        if (!p.error.isEmpty()) {
            Q_EMIT scanFailed(p.error);
            return;
        }
        m_scanSize = p.size;
        m_preview = p.image;
        Q_EMIT scanLoaded();
    });
    connect(&m_job, &JobBase::finished, this, [this] {
        m_running = false;
        const Result<QString>& r = m_job.result();
        const bool canceled = m_feedback && m_feedback->isCanceled();
        Q_EMIT finished(r ? r.value() : QString(), r || canceled ? QString() : r.error());
    });
}

GeorefController::~GeorefController()
{
    cancel();
    m_job.waitForFinished();
    m_reader.waitForFinished();
}

void GeorefController::openScan(const QString& path)
{
    m_scanPath = path;
    m_scanSize = {};
    m_preview = {};
    m_points.clear();
    refit();
    Q_EMIT pointsChanged();
    m_reader.start([path]() -> Preview {
        Preview p{path, {}, {}, {}};
        try {
            auto image = readScanPreview(path, kPreviewSide, &p.size);
            if (image)
                p.image = image.value();
            else
                p.error = image.error();
        } catch (const std::exception& e) {
            p.error = QCoreApplication::translate("Georeferencer", "%1: unexpected error: %2").arg(QFileInfo(path).fileName(), e.what());
        } catch (...) {
            p.error = QCoreApplication::translate("Georeferencer", "%1: unexpected error").arg(QFileInfo(path).fileName());
        }
        return p;
    });
}

int GeorefController::addPoint(QPointF pixel)
{
    m_points.push_back({pixel, std::nullopt, {}});
    refit();
    Q_EMIT pointsChanged();
    return static_cast<int>(m_points.size()) - 1;
}

void GeorefController::setPixel(int index, QPointF pixel)
{
    if (index < 0 || index >= static_cast<int>(m_points.size()))
        return;
    m_points[static_cast<std::size_t>(index)].pixel = pixel;
    refit();
    Q_EMIT pointsChanged();
}

void GeorefController::setLonLat(int index, QPointF lonLat, const QString& entered)
{
    if (index < 0 || index >= static_cast<int>(m_points.size()))
        return;
    auto& p = m_points[static_cast<std::size_t>(index)];
    p.lonLat = lonLat;
    p.entered = entered;
    refit();
    Q_EMIT pointsChanged();
}

Result<bool> GeorefController::setCoordinateText(int index, const QString& text)
{
    if (index < 0 || index >= static_cast<int>(m_points.size()))
        return Error{tr("Click a place on the scan first, then give its coordinate")};
    auto point = geo::parseSurveyPoint(text);
    if (!point)
        return Error{point.error()};
    setLonLat(index, {point->lon, point->lat}, point->entered);
    return true;
}

void GeorefController::removePoint(int index)
{
    if (index < 0 || index >= static_cast<int>(m_points.size()))
        return;
    m_points.erase(m_points.begin() + index);
    refit();
    Q_EMIT pointsChanged();
}

int GeorefController::firstIncomplete() const
{
    for (std::size_t i = 0; i < m_points.size(); ++i)
        if (!m_points[i].lonLat)
            return static_cast<int>(i);
    return -1;
}

void GeorefController::setMethod(GeorefMethod method)
{
    m_method = method;
    refit();
}

void GeorefController::setTargetCrs(const geo::Crs& crs)
{
    m_targetCrs = crs;
    refit();
}

void GeorefController::refit()
{
    m_fit = fitControlPoints(m_points, m_method, m_targetCrs);
    Q_EMIT fitChanged();
}

QString GeorefController::defaultOutputPath() const
{
    const QFileInfo scan(m_scanPath);
    return scan.absoluteDir().filePath(scan.completeBaseName() + QStringLiteral("_georef.tif"));
}

Result<bool> GeorefController::start(const QString& outputPath)
{
    if (m_running)
        return Error{tr("Georeferencing is already running")};
    if (!m_fit)
        return Error{m_fit.error()};
    if (outputPath.trimmed().isEmpty())
        return Error{tr("Choose the file to write")};
    WarpRequest request{m_scanPath, m_points, m_method, m_targetCrs, outputPath};
    m_feedback = queuedFeedback(this, [this](int percent) { Q_EMIT progress(percent); });
    m_running = true;
    auto feedback = m_feedback;
    m_job.start([request, feedback]() -> Result<QString> {
        try {
            return warpScan(request, feedback.get());
        } catch (const std::exception& e) {
            return Error{QCoreApplication::translate("Georeferencer", "Georeferencing failed: %1").arg(QString::fromUtf8(e.what()))};
        } catch (...) {
            return Error{QCoreApplication::translate("Georeferencer", "Georeferencing failed")};
        }
    });
    return true;
}

void GeorefController::cancel()
{
    if (m_feedback)
        m_feedback->cancel();
}

} // namespace mineatlas::data
