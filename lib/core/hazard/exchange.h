#pragma once

#include <cstdint>
#include <vector>

#include <QMap>
#include <QString>
#include <QStringList>

#include "feedback.h"
#include "hazard/hazardarea.h"
#include "result.h"

namespace mineatlas::hazard {

/// Writes the hazard layer of `geopackagePath` to `outPath` in the format its extension names
/// (GeoJSON, KML for Google Earth, Shapefile, GeoPackage), through GDAL. Returns the number of
/// areas written; `incomplete` (optional) gets the local ids (or GUIDs) of the areas whose required
/// fields are empty, so that the caller can warn the partner who receives the file. With `onlyFids`
/// (the layer's selection) only those features are written.
Result<int> exportAreas(const QString& geopackagePath, const QString& layer, const QString& outPath,
                        QStringList* incomplete = nullptr, const std::vector<std::int64_t>& onlyFids = {});
/// The file filters of the export formats, for a save dialog, and the extension each one means.
QString exportFileFilter();
QString extensionForFilter(const QString& filter);

/// Target field → source field, as offered by suggestFieldMapping() and adjusted by the user.
using FieldMapping = QMap<QString, QString>;

/// The source file's field names, and a first guess of which feeds which hazard field
/// (same name, or common alternatives such as "id"/"name" → local_id, "class"/"type" →
/// classification).
Result<QStringList> sourceFields(const QString& path);
FieldMapping suggestFieldMapping(const QStringList& sourceFields);

/// What readImport() made of a file: areas ready to store (WGS 84, validated, measured, each with
/// a new GUID) and what was left out, feature by feature.
struct ImportedAreas {
    std::vector<HazardArea> areas;
    QStringList skipped; ///< "feature 7 (id X): edges 1–2 and 3–4 cross" etc.
    bool canceled = false;
};

/// Reads the polygons of `path` (any GDAL vector format, any CRS: transformed with PROJ to WGS 84),
/// attributes per `mapping`. Each area is validated like a drawn one: one whose vertices cannot be
/// converted, or that has too few vertices or crossing edges, is skipped with the reason. Values
/// outside the vocabularies are kept as they are (HazardArea's *Other members). Points and lines
/// are skipped. Runs on the calling thread (a worker); polls `feedback`.
Result<ImportedAreas> readImport(const QString& path, const FieldMapping& mapping, Feedback* feedback = nullptr);

} // namespace mineatlas::hazard
