#pragma once

#include <optional>
#include <vector>

#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>

#include "geo/crs.h"
#include "result.h"

namespace mineatlas {
class Feedback;
}

namespace mineatlas::data {

/// One control point of a scan: a place on the scan and where it lies on the Earth.
struct ControlPoint {
    /// Column and row on the scan as GDAL counts them: (0, 0) is the top-left corner of the
    /// top-left pixel, whose centre is (0.5, 0.5).
    QPointF pixel;
    /// WGS 84, x = lon, y = lat; nullopt until the user has clicked the map or typed it.
    std::optional<QPointF> lonLat;
    /// How the coordinate was entered (the text typed, or the clicked point formatted).
    QString entered;
};

/// How scan pixels are mapped onto the map: GDAL's polynomials of order 1 to 3 (least squares
/// when there are more points than the order needs) or a thin-plate spline (through every point).
enum class GeorefMethod { Polynomial1, Polynomial2, Polynomial3, ThinPlateSpline };

/// "Polynomial 1 (affine)", …, "Thin-plate spline".
QString georefMethodName(GeorefMethod method);
/// Control points with map coordinates a method needs at least: 3, 6, 10, and 3 for the spline.
int minimumPoints(GeorefMethod method);

/// How well a fitted transformation agrees with its control points. The vectors follow the
/// points; points without map coordinates have NaN there.
struct GeorefFit {
    /// Scan → map (the point's pixel sent through the fitted transformation) against the point's
    /// map coordinate: the distance on the WGS 84 ellipsoid, metres.
    std::vector<double> residualMetres;
    /// Map → scan (the point's map coordinate sent back through the fitted inverse) against the
    /// clicked pixel, in scan pixels.
    std::vector<double> residualPixels;
    double rmsMetres = 0;
    double rmsPixels = 0;
    int used = 0; ///< points with map coordinates
};

/// Fits `method` to the points with map coordinates, in `targetCrs` (the CRS the GeoTIFF will be
/// written in), and measures the residuals. Errors, in words a user acts on: too few points for
/// the method, points (almost) on one line on the scan or on the map, GDAL failing to solve.
Result<GeorefFit> fitControlPoints(const std::vector<ControlPoint>& points, GeorefMethod method,
                                   const geo::Crs& targetCrs);

/// What a georeferenced copy of a scan is made from.
struct WarpRequest {
    QString scanPath;
    std::vector<ControlPoint> points; ///< those without map coordinates are left out
    GeorefMethod method = GeorefMethod::Polynomial1;
    geo::Crs targetCrs;
    QString outputPath; ///< a GeoTIFF; replaced if it exists (never the scan itself)
};

/// Writes the scan as a GeoTIFF in the target CRS through GDAL's warper: the control points are
/// set on a VRT copy of the scan (GDALSetGCPs) and GDALWarp resamples it (-order n or -tps,
/// bilinear, or nearest for paletted scans) with an alpha band outside the scan. Runs on the
/// calling thread (a worker): progress and cancel through `feedback` (may be null). A canceled
/// or failed run leaves no output file. Returns the output path.
Result<QString> warpScan(const WarpRequest& request, Feedback* feedback);

/// The scan as an image for the georeferencer's view, read through GDAL at most `maxSide`
/// pixels on its longer side (overviews or averaging), RGBA. `fileSize` gets the scan's size in
/// pixels. Thread-safe (opens its own dataset).
Result<QImage> readScanPreview(const QString& path, int maxSide, QSize* fileSize);

} // namespace mineatlas::data
