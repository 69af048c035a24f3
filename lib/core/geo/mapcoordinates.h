#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QPointF>
#include <QSize>

#include "geo/coordinatetransform.h"
#include "geo/crs.h"
#include "geo/maprect.h"
#include "result.h"

namespace mineatlas::geo {

/// Conversions between one map CRS and WGS 84 lon/lat (x = lon) for everything on the GUI thread
/// that works in map coordinates: the canvas, every map tool, identify and the hazard edit session.
/// The Project makes one per map CRS and replaces it when the CRS changes, so nothing keeps the
/// transforms of an earlier CRS: ask the project for it each time, never keep a reference.
/// Holds PROJ handles: GUI thread only (workers make their own CoordinateTransform).
class MapCoordinates {
public:
    static Result<std::shared_ptr<const MapCoordinates>> create(const Crs& crs);

    const Crs& crs() const { return m_crs; }

    /// Map → lon/lat, nullopt where PROJ cannot. A point on a copy of the world east or west of
    /// the central one (maps that repeat across 180°) gives its longitude in -180..180.
    std::optional<QPointF> toLonLat(QPointF map) const;
    /// Lon/lat → map, nullopt where PROJ cannot (outside the projection's domain).
    std::optional<QPointF> toMap(QPointF lonLat) const;
    /// Interleaved x,y in place; points that fail become NaN. Returns how many failed.
    std::size_t toLonLat(std::vector<double>& xy) const;
    std::size_t toMap(std::vector<double>& xy) const;
    /// Several points; nullopt when any of them fails (a shape must not lose a vertex silently).
    std::optional<std::vector<QPointF>> toLonLat(const std::vector<QPointF>& map) const;
    std::optional<std::vector<QPointF>> toMap(const std::vector<QPointF>& lonLat) const;

    /// Metres on the ground (WGS 84 geodesic) per map unit along the horizontal through `map`,
    /// measured over a short segment there: exact for any CRS, including zone and polar ones
    /// where the projection's scale factor is far from 1. 0 where the point cannot be converted.
    double groundMetresPerMapUnit(QPointF map, double mapUnitsPerPixel) const;
    /// Where true north points at `map`: degrees clockwise from the map's up direction (the
    /// meridian convergence, up to its sign convention: east of a UTM zone's central meridian
    /// north leans left, so the angle is negative there). NaN where the point cannot be converted.
    double northAngleDegrees(QPointF map) const;
    /// The map scale 1:N at the centre of `visibleExtent` drawn at `size` pixels and `dpi`.
    double scaleDenominator(const MapRect& visibleExtent, QSize size, double dpi) const;

    const CoordinateTransform& toLonLatTransform() const { return m_toLonLat; }

private:
    MapCoordinates(Crs crs, CoordinateTransform toLonLat, CoordinateTransform toMap);

    Crs m_crs;
    CoordinateTransform m_toLonLat;
    CoordinateTransform m_toMap;
};

} // namespace mineatlas::geo
