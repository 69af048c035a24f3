#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include "result.h"

namespace mineatlas::hazard {

class HazardStore;

/// Writes the hazard layer of `geopackagePath` to `outPath` in the format its extension names
/// (GeoJSON, KML for Google Earth, Shapefile, GeoPackage), through GDAL. Returns the number of
/// areas written.
Result<int> exportAreas(const QString& geopackagePath, const QString& layer, const QString& outPath);

/// Target field → source field, as offered by suggestFieldMapping() and adjusted by the user.
using FieldMapping = QMap<QString, QString>;

/// The source file's field names, and a first guess of which feeds which hazard field
/// (same name, or common alternatives such as "id"/"name" → local_id, "class"/"type" →
/// classification).
Result<QStringList> sourceFields(const QString& path);
FieldMapping suggestFieldMapping(const QStringList& sourceFields);

/// Reads the polygons of `path` (any GDAL vector format, any CRS: transformed with PROJ to WGS 84)
/// into `store`, attributes per `mapping`; values outside the vocabularies are kept in notes, the
/// area is measured on the ellipsoid. Each area is saved in its own transaction; a failure stops
/// and says how many were imported before it. Points and lines are skipped. Returns the count.
Result<int> importAreas(const QString& path, HazardStore& store, const FieldMapping& mapping);

} // namespace mineatlas::hazard
