#pragma once

#include <vector>

#include <ogr_geometry.h>

namespace mineatlas::data {

/// Polygons as plain arrays: polygons → rings (the first the exterior, then holes) → interleaved
/// x,y. The form hazard areas and identify measurements use.
using Polygons = std::vector<std::vector<std::vector<double>>>;

/// An OGR multipolygon of `polygons` (rings closed), e.g. for GEOS predicates or to store.
OGRGeometryUniquePtr toMultiPolygon(const Polygons& polygons);
/// The polygons of an OGR polygon, multipolygon or collection (curves linearised, other parts
/// ignored), coordinates as they are (transform before or after as needed).
Polygons polygonsOf(const OGRGeometry* geometry);

} // namespace mineatlas::data
