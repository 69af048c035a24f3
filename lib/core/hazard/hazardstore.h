#pragma once

#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "data/gdalhandles.h"
#include "hazard/hazardarea.h"
#include "result.h"

namespace mineatlas::hazard {

/// Hazard areas kept in a GeoPackage layer through GDAL, in WGS 84 (multipolygons), with the field
/// set of HazardStore::fieldNames() and the schema version in the layer's metadata. Every write runs
/// in a transaction and is committed before it returns success; a failed write is rolled back and
/// reported with the file and GDAL's reason, so the caller can keep the edit. Owns its dataset:
/// use one store per thread.
class HazardStore {
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr const char* kDefaultLayer = "hazard_areas";

    /// Documented field names, in file order.
    static QStringList fieldNames();
    /// The area's polygons as an OGR multipolygon (rings closed), e.g. for GEOS predicates.
    static OGRGeometryUniquePtr toGeometry(const HazardArea& area);
    /// The polygons of an OGR polygon, multipolygon or collection (other parts ignored), as
    /// HazardArea::polygons holds them (coordinates as they are: transform before if needed).
    static std::vector<std::vector<std::vector<double>>> polygonsOf(const OGRGeometry* geometry);

    /// Creates a new GeoPackage (or adds the layer to an existing one).
    static Result<std::unique_ptr<HazardStore>> create(const QString& path,
                                                       const QString& layer = kDefaultLayer);
    /// Opens an existing hazard layer; refuses one that lacks the fields. `readOnly` opens without
    /// write access (a write then fails with a clear error).
    static Result<std::unique_ptr<HazardStore>>
    open(const QString& path, const QString& layer = kDefaultLayer, bool readOnly = false);

    Result<std::vector<HazardArea>> readAll() const;
    /// The area with this feature id.
    Result<std::vector<HazardArea>> readByFid(qint64 fid) const;
    /// The area with this GUID (an attribute query, not a scan of the layer).
    Result<std::vector<HazardArea>> readByGuid(const QString& guid) const;
    /// Only the areas whose bounds meet the lon/lat box (the layer's spatial index does the work).
    Result<std::vector<HazardArea>> readInBox(double lonMin, double latMin, double lonMax,
                                              double latMax) const;
    /// Saves a new area; sets area.fid.
    Result<qint64> insert(HazardArea& area);
    Result<bool> update(const HazardArea& area);
    Result<bool> remove(qint64 fid);

    int schemaVersion() const { return m_schemaVersion; }
    const QString& path() const { return m_path; }

private:
    HazardStore() = default;
    Error failure(const QString& what, const data::GdalErrorCollector& errors) const;
    bool toFeature(const HazardArea& area, OGRFeature& f) const;

    GDALDatasetUniquePtr m_dataset;
    OGRLayer* m_layer = nullptr; ///< owned by m_dataset
    QString m_path;
    int m_schemaVersion = 0;
};

} // namespace mineatlas::hazard
