#pragma once

#include <vector>

#include <QPointF>
#include <QString>

namespace mineatlas::geo {

/// Ellipsoidal area and perimeter of a polygon on WGS 84.
struct GeodesicMeasure {
    double areaM2 = 0;
    double perimeterM = 0;
};

/// Area and perimeter of a polygon given as rings of interleaved lon,lat (x = lon) on the WGS 84
/// ellipsoid, computed with GeographicLib::PolygonArea (edges are geodesics, not rhumb lines or
/// straight lines in some projection). The first ring is the exterior, the others are holes.
/// Rings may be closed (last vertex repeating the first) or open, in either orientation. The area
/// is positive: |exterior| minus the |holes|, never below 0. The perimeter sums all rings. Rings
/// with fewer than three distinct vertices are ignored. Thread-safe.
GeodesicMeasure polygonArea(const std::vector<std::vector<double>>& ringsLonLat);

/// The same for several polygons (a multipolygon: each polygon's exterior then holes): areas and
/// perimeters summed.
GeodesicMeasure polygonsArea(const std::vector<std::vector<std::vector<double>>>& polygonsLonLat);

/// The geodesic between two points on WGS 84.
struct GeodesicLine {
    double distanceM = 0;
    /// Azimuth at the first point, clockwise from true north, in [0, 360).
    double azimuthDeg = 0;
};

/// Shortest path from (lon1, lat1) to (lon2, lat2) on WGS 84 (GeographicLib::Geodesic::Inverse).
GeodesicLine inverse(double lon1, double lat1, double lon2, double lat2);

/// Point reached from (lon1, lat1) going `distanceM` along the geodesic that leaves at
/// `azimuthDeg` from true north (GeographicLib::Geodesic::Direct). lon2 is in [-180, 180].
void direct(double lon1, double lat1, double azimuthDeg, double distanceM, double& lon2, double& lat2);

/// A measured path (the measure tool): each leg's geodesic length and its bearing at the leg's
/// start, the total, and for a closed path (an area) the enclosed area and the perimeter with the
/// closing leg, all on the WGS 84 ellipsoid.
struct PathMeasure {
    std::vector<GeodesicLine> legs;
    double lengthM = 0;    ///< the legs summed (the closing leg included when closed)
    double areaM2 = 0;     ///< closed paths of three vertices or more; 0 otherwise
    bool closed = false;
};
/// `lonLat` are the vertices (x = lon). Closed: a leg from the last vertex back to the first.
PathMeasure measurePath(const std::vector<QPointF>& lonLat, bool closed);

/// "850 m" (whole metres below 1 km), "1,234.6 m" (below 10 km), "12.35 km", "1,234 km".
QString formatDistance(double metres);

/// "12,345 m² · 1.23 ha · 0.0123 km² (ellipsoidal, WGS 84)": whole square metres, hectares and
/// square kilometres to three significant figures (whole units from 100 up), English grouping.
QString formatArea(double m2);

} // namespace mineatlas::geo
