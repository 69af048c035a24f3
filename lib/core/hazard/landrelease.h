#pragma once

#include <map>
#include <memory>
#include <vector>

#include <QDate>
#include <QString>

#include "render/style.h"
#include "result.h"
#include "time/temporal.h"

class GDALDataset;
class OGRLayer;

namespace mineatlas::data {
class FeatureStore;
}

namespace mineatlas::hazard {

/// Hazard schema version 2 (docs/hazard-schema.md): the areas gain `recorded_date` (the day the
/// area was first recorded, filled from date_of_information by the migration), and the file gains
/// two tables:
///  - `status_history` (no geometry): hazard_guid, change_date, classification, status, reason —
///    every change of an area's land class and status, so the map can show it as it was;
///  - `land_release` (polygons, WGS 84): guid, hazard_guid, kind (cancelled | reduced | cleared,
///    IMAS 07.11), method, release_date, area_m2 (ellipsoidal, written by MineAtlas),
///    organisation, notes — the parts of areas released, each on its date.
inline const char* const kStatusHistoryTable = "status_history";
inline const char* const kLandReleaseLayer = "land_release";

/// Brings a hazard layer of an open, writable GeoPackage to version 2 (nothing when it is
/// already there): adds recorded_date and the two tables, in one transaction. `version` is the
/// layer's current schema version; it is set to 2 on success.
Result<bool> migrateHazardSchema(GDALDataset& dataset, OGRLayer& areas, int& version);

/// One change in an area's history.
struct StatusEvent {
    QDate date;
    QString classification, status, reason;
};

/// The status history of a file, by hazard GUID, each sorted by date. Empty when the file has no
/// status_history table (a version 1 file opened read-only).
Result<std::map<QString, std::vector<StatusEvent>>> readStatusHistory(const QString& path);

/// The style of a hazard layer at a date from its history: a feature's classification and status
/// are those of its last change on or before the date (its stored values before the first).
std::function<std::shared_ptr<const render::StyledFeatures>(const render::VectorStyle&, const data::FeatureStore&, QDate)>
statusAtDate(std::map<QString, std::vector<StatusEvent>> history, const data::FeatureStore& store);

/// Land released up to each date: the ellipsoidal area (GeographicLib, WGS 84) of every
/// land_release polygon on its release_date, computed from the geometry (not the stored
/// area_m2). An error when the file has no land_release layer.
Result<std::shared_ptr<const time::RunningTotal>> readReleasedArea(const QString& path,
                                                                   const QString& layer = QString::fromLatin1(kLandReleaseLayer));

/// Whether a layer's fields are those of a land_release layer.
bool isLandReleaseLayer(const QStringList& fields);

/// The land-release style: cleared, reduced and cancelled land in three greens (IMAS released land).
render::VectorStyle landReleaseStyle();

} // namespace mineatlas::hazard
