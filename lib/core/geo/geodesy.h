#pragma once

#include <vector>

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

/// "12,345 m² · 1.23 ha · 0.0123 km² (ellipsoidal, WGS 84)": whole square metres, hectares and
/// square kilometres to three significant figures (whole units from 100 up), English grouping.
QString formatArea(double m2);

} // namespace mineatlas::geo
