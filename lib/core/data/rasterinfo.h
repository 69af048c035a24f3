#pragma once

#include <array>

#include <QSize>
#include <QString>

#include "geo/crs.h"
#include "geo/maprect.h"
#include "result.h"

namespace mineatlas::data {

/// The footprint of a raster file in `mapCrs` (edges sampled and transformed with PROJ, latitude
/// limited for Mercator maps). A raster without georeferencing is an error: we cannot place it.
Result<MapRect> rasterExtent(const QString& path, const geo::Crs& mapCrs);

/// Where a raster is drawn. A scan without georeferencing (no geotransform, no control points)
/// is not refused: it is shown in pixel space (see pixelSpaceGeoTransform) until it is
/// georeferenced.
struct RasterFootprint {
    MapRect extent;
    bool pixelSpace = false;
    QSize pixels;
};
Result<RasterFootprint> rasterFootprint(const QString& path, const geo::Crs& mapCrs);

/// Pixel space in a map CRS: one pixel per map unit (per 1e-5°, about a metre, in a geographic
/// CRS), the scan's top-left corner at the CRS's origin, rows going south.
std::array<double, 6> pixelSpaceGeoTransform(const geo::Crs& mapCrs);

} // namespace mineatlas::data
