#pragma once

#include <vector>

namespace mineatlas::geo {

/// Prepares lon/lat geometry for maps whose world is the strip lon -180..180 (every map CRS here).
///
/// Data such as world-atlas's TopoJSON stitches rings across the antimeridian (Russia, Fiji) and
/// closes Antarctica around the pole without pole edges. Drawn as-is, those rings become stripes
/// across the whole map or fill the wrong side. These functions unwrap longitudes, close rings that
/// encircle a pole through the pole, and clip to lon -180..180 and to [latMin, latMax] (±85.0511°
/// for Mercator maps) so every output ring is an ordinary planar ring.
struct WorldWrap {
    double latMin = -90;
    double latMax = 90;
    double lonMin = -180; ///< zone projections draw only part of the world (Crs::drawableLonLat)
    double lonMax = 180;

    /// Whether a point lies in the drawable box.
    bool contains(double lon, double lat) const
    {
        return lon >= lonMin && lon <= lonMax && lat >= latMin && lat <= latMax;
    }

    /// `ring`: closed or open lon/lat ring (x,y interleaved). Appends zero or more output rings.
    void polygonRing(const std::vector<double>& ring, std::vector<std::vector<double>>& out) const;
    /// Whether polygonRing() (`polygon`) or line() would give back the ring or line unchanged:
    /// every vertex inside the drawable box and no step across the antimeridian (and, for a
    /// polygon, three vertices at least). Then the reader can use it where it is.
    bool keepsAsIs(const double* xy, std::size_t pointCount, bool polygon) const;
    /// Splits a line where it jumps across the antimeridian or leaves the drawable box.
    void line(const std::vector<double>& line, std::vector<std::vector<double>>& out) const;
};

} // namespace mineatlas::geo
