#pragma once

#include <memory>
#include <vector>

#include <QImage>
#include <QObject>

#include "backgroundjob.h"
#include "data/georeferencer.h"
#include "feedback.h"

namespace mineatlas::data {

/// The georeferencing workflow, widget-free: a scan, its control points (placed on the scan,
/// given map coordinates by a click on the map or typed in any form parseSurveyPoint reads), the
/// transformation and target CRS, the fit and its residuals kept up to date after every change,
/// and the GeoTIFF written on a worker with progress and cancel. The scan preview is read on a
/// worker too. GUI thread only.
class GeorefController : public QObject {
    Q_OBJECT
public:
    explicit GeorefController(QObject* parent = nullptr);
    ~GeorefController() override;

    /// Reads the scan (a worker); scanLoaded() or scanFailed() follows. Clears the points.
    void openScan(const QString& path);
    const QString& scanPath() const { return m_scanPath; }
    /// The scan's size in pixels, and its preview (at most 4096 px on the longer side) with the
    /// preview's pixels per scan pixel.
    QSize scanSize() const { return m_scanSize; }
    const QImage& preview() const { return m_preview; }
    double previewScale() const
    {
        return m_scanSize.width() > 0 ? static_cast<double>(m_preview.width()) / m_scanSize.width() : 1.0;
    }

    const std::vector<ControlPoint>& points() const { return m_points; }
    /// A new point at `pixel` (scan pixels), without map coordinates yet; returns its index.
    int addPoint(QPointF pixel);
    void setPixel(int index, QPointF pixel);
    void setLonLat(int index, QPointF lonLat, const QString& entered);
    /// Reads `text` with parseSurveyPoint (DD, DMS, UTM, MGRS); false with the parser's message.
    Result<bool> setCoordinateText(int index, const QString& text);
    void removePoint(int index);
    /// The first point without map coordinates, or -1.
    int firstIncomplete() const;

    GeorefMethod method() const { return m_method; }
    void setMethod(GeorefMethod method);
    const geo::Crs& targetCrs() const { return m_targetCrs; }
    void setTargetCrs(const geo::Crs& crs);

    /// The fit of the current points, method and CRS (an error until it can be fitted).
    const Result<GeorefFit>& fit() const { return m_fit; }

    /// Starts writing `outputPath`; an error when it cannot start (no fit, already running).
    Result<bool> start(const QString& outputPath);
    void cancel();
    bool isRunning() const { return m_running; }
    /// "scan_georef.tif" beside the scan.
    QString defaultOutputPath() const;

Q_SIGNALS:
    void scanLoaded();
    void scanFailed(const QString& error);
    /// Points added, moved, given coordinates or removed (the fit is already updated).
    void pointsChanged();
    void fitChanged();
    void progress(int percent);
    /// The GeoTIFF was written (`path`), failed (`error`), or was canceled (both empty).
    void finished(const QString& path, const QString& error);

private:
    void refit();

    QString m_scanPath;
    QSize m_scanSize;
    QImage m_preview;
    std::vector<ControlPoint> m_points;
    GeorefMethod m_method = GeorefMethod::Polynomial1;
    geo::Crs m_targetCrs = geo::Crs::wgs84();
    Result<GeorefFit> m_fit{Error{}};
    struct Preview {
        QString path;
        QSize size;
        QImage image;
        QString error;
    };
    BackgroundJob<Preview> m_reader;
    BackgroundJob<Result<QString>> m_job;
    std::shared_ptr<Feedback> m_feedback;
    bool m_running = false;
};

} // namespace mineatlas::data
