#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "data/gdalhandles.h"
#include "data/ogrgeometry.h"
#include "hazard/hazardarea.h"
#include "result.h"

namespace mineatlas::hazard {

/// Rows to write together: every one of them or none (one transaction).
struct ChangeSet {
    /// New rows. An area that has a GUID keeps it (a deleted area coming back on undo).
    std::vector<HazardArea> inserts;
    /// Existing rows, found by GUID (feature ids change when a row is deleted and re-inserted).
    std::vector<HazardArea> updates;
    /// GUIDs of rows to delete.
    QStringList removals;
    bool isEmpty() const { return inserts.empty() && updates.empty() && removals.isEmpty(); }
};

/// Hazard areas kept in a GeoPackage layer through GDAL, in WGS 84 (multipolygons), with the field
/// set of HazardStore::fieldNames() and the schema version in the layer's metadata. Every write runs
/// in one transaction and is committed before it returns success; a failed write is rolled back and
/// reported with the file and its real cause (disk full, read-only, locked), so the caller can keep
/// the edit. Rows are addressed by GUID. Owns its dataset: use one store per thread.
class HazardStore {
public:
    static constexpr int kSchemaVersion = 2; ///< 2: recorded_date, status_history, land_release (landrelease.h)
    static constexpr const char* kDefaultLayer = "hazard_areas";

    /// Documented field names, in file order.
    static QStringList fieldNames();
    /// Whether a loaded layer has MineAtlas's hazard fields (so it can be edited as one).
    static bool hasHazardFields(const QStringList& layerFields);
    /// The area's polygons as an OGR multipolygon (rings closed), e.g. for GEOS predicates.
    static OGRGeometryUniquePtr toGeometry(const HazardArea& area) { return data::toMultiPolygon(area.polygons); }

    /// Creates a new GeoPackage (or adds the layer to an existing one).
    static Result<std::unique_ptr<HazardStore>> create(const QString& path,
                                                       const QString& layer = kDefaultLayer);
    /// Opens an existing hazard layer; refuses one that lacks the fields, and (unless `readOnly`)
    /// a file that cannot be written, saying why.
    static Result<std::unique_ptr<HazardStore>>
    open(const QString& path, const QString& layer = kDefaultLayer, bool readOnly = false);

    Result<std::vector<HazardArea>> readAll() const;
    /// The area with this GUID (an attribute query, not a scan of the layer); nullopt when none.
    Result<std::optional<HazardArea>> readByGuid(const QString& guid) const;
    /// Only the areas whose bounds meet the lon/lat box (the layer's spatial index does the work).
    Result<std::vector<HazardArea>> readInBox(double lonMin, double latMin, double lonMax,
                                              double latMax) const;

    /// Writes all of `changes` in one transaction. On success each insert has its fid (and a
    /// new GUID when it had none); on failure nothing in the file changed.
    Result<bool> apply(ChangeSet& changes);
    /// One-row shorthands for apply().
    Result<qint64> insert(HazardArea& area);
    Result<bool> update(const HazardArea& area);
    Result<bool> remove(const QString& guid);

    int schemaVersion() const { return m_schemaVersion; }
    /// Areas that had no GUID when the file was opened for editing and were given one (rows are
    /// addressed by GUID; a partner's file may lack them).
    int assignedGuids() const { return m_assignedGuids; }
    const QString& path() const { return m_path; }
    const QString& layerName() const { return m_layerName; }

private:
    HazardStore() = default;
    Error failure(const QString& what, const data::GdalErrorCollector& errors) const;
    bool toFeature(const HazardArea& area, OGRFeature& f) const;
    Result<std::vector<HazardArea>> readFiltered(const QString& attributeFilter) const;
    /// The fid of the row with this GUID, -1 when there is none, -2 when several rows have it.
    qint64 fidOf(const QString& guid) const;
    /// Editing needs one row per GUID: refuses duplicates, gives rows without one a GUID, and
    /// indexes the column (lookups by GUID stay quick on big layers).
    Result<bool> prepareGuids();
    /// After a failed commit: a fresh connection, so no half-open transaction lingers.
    void reconnect();
    QByteArray quotedLayer() const;

    GDALDatasetUniquePtr m_dataset;
    OGRLayer* m_layer = nullptr; ///< owned by m_dataset
    QString m_path;
    QString m_layerName;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    int m_assignedGuids = 0;
};

} // namespace mineatlas::hazard
