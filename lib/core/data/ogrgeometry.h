#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

namespace mineatlas::data {

/// Polygons as plain arrays: polygons → rings (the first the exterior, then holes) → interleaved
/// x,y. The form hazard areas and identify measurements use.
using Polygons = std::vector<std::vector<std::vector<double>>>;

/// An OGR multipolygon of `polygons` (rings closed), e.g. for GEOS predicates or to store.
OGRGeometryUniquePtr toMultiPolygon(const Polygons& polygons);
/// The polygons of an OGR polygon, multipolygon or collection (curves linearised, other parts
/// ignored), coordinates as they are (transform before or after as needed).
Polygons polygonsOf(const OGRGeometry* geometry);

/// A date field of a feature as a calendar day (invalid when unset, null or not a date field).
QDate dateField(const OGRFeature& feature, const char* field);

/// What PROJ should be given for a layer's CRS: "EPSG:n" when the EPSG authority names it (so
/// PROJ picks the best transformation), its WKT2 otherwise; "EPSG:4326" when the layer has none.
QString crsDefinition(const OGRSpatialReference* srs);

} // namespace mineatlas::data
