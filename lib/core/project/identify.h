#pragma once

#include <cstdint>
#include <vector>

#include <QString>
#include <QVariant>

#include "data/featurestore.h"
#include "geo/geodesy.h"
#include "result.h"

namespace mineatlas::project {

class Project;

struct IdentifyResult {
    std::uint64_t layerId = 0;
    QString layerName;
    std::uint32_t feature = 0;          ///< index in the layer's store
    std::int64_t fid = -1;              ///< the feature's id in its source file
    data::GeometryKind kind = data::GeometryKind::None;
    QString sourcePath, sourceLayer;    ///< where to read the source geometry
    QList<QPair<QString, QVariant>> attributes;
};

/// Features of the visible vector layers under map point (x, y), topmost layer and feature first.
/// `tolerance` in map units (a few pixels' worth) applies to points and lines.
std::vector<IdentifyResult> identifyAt(const Project& project, double x, double y, double tolerance);

/// Area and perimeter on the WGS 84 ellipsoid (GeographicLib) of one feature's geometry as its
/// source file stores it: read by FID through GDAL, transformed with PROJ from the file's CRS to
/// lon/lat, holes and parts as stored (not the display copy, which is clipped and wrapped for the
/// map). Runs on the calling thread; opening a file without random access (GeoJSON) can take
/// seconds, so call it from a worker.
Result<geo::GeodesicMeasure> measureSourceFeature(const QString& path, const QString& layer, std::int64_t fid);

} // namespace mineatlas::project
