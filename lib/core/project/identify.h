#pragma once

#include <cstdint>
#include <vector>

#include <QString>
#include <QVariant>

namespace mineatlas::geo {
class CoordinateTransform;
}

namespace mineatlas::project {

class Project;

struct IdentifyResult {
    std::uint64_t layerId = 0;
    QString layerName;
    std::uint32_t feature = 0;
    QList<QPair<QString, QVariant>> attributes;
};

/// Features of the visible vector layers under map point (x, y), topmost layer and feature first.
/// `tolerance` in map units (a few pixels' worth) applies to points and lines.
/// With `toLonLat` (map CRS → WGS 84), polygon results also get their ellipsoidal area and
/// perimeter (GeographicLib, WGS 84) as the last rows.
std::vector<IdentifyResult> identifyAt(const Project& project, double x, double y, double tolerance,
                                       const geo::CoordinateTransform* toLonLat = nullptr);

} // namespace mineatlas::project
