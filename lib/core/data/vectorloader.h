#pragma once

#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "data/featurestore.h"
#include "feedback.h"
#include "geo/crs.h"
#include "result.h"

namespace mineatlas::data {

class StoreCache;

struct LayerInfo {
    QString name;
    qint64 featureCount = -1; ///< -1 when the driver cannot count cheaply
    QString geometryType;
    bool hasNoGeometry = false; ///< a plain table (GDAL wkbNone)
};

/// What a file holds, as GDAL sees it.
struct DatasetInfo {
    QString path;
    QString driver;
    bool isRaster = false;
    std::vector<LayerInfo> layers; ///< vector layers
};

/// A vector layer read into map coordinates.
struct VectorData {
    std::shared_ptr<const FeatureStore> store;
    QString layerName;
    QString sourceCrsName; ///< the file's CRS as PROJ names it
    /// Source and licence as the file states them (metadata ATTRIBUTION, LICENSE or the layer's
    /// description), for map credits; empty when the file says nothing.
    QString attribution;
    QStringList warnings;  ///< e.g. "no CRS: assumed WGS 84"; features skipped
};

/// Sets GDAL options MineAtlas relies on (e.g. no object size limit for large GeoJSON).
/// Call once from main() after GDALAllRegister().
void configureGdal();

/// Opens `path` with GDAL and lists what it holds. Errors name the file and give GDAL's message.
/// With a `cache`, an unchanged file listed before is not opened again.
Result<DatasetInfo> inspectDataset(const QString& path, const StoreCache* cache = nullptr);

/// How far a loaded vertex may move on the ground in the store (FeatureStore::setPrecision), in
/// metres: far below what any survey or GPS gives, and it lets most rings keep float offsets.
constexpr double kStorePrecisionMetres = 0.001;

/// Reads every feature of `layerName` (empty: the first layer) and transforms it with PROJ into
/// `mapCrs`, unwrapping antimeridian crossings and pole rings (geo::WorldWrap). Runs on the calling
/// thread (call it from a worker); polls `feedback` for cancellation. With a `cache`, an unchanged
/// file opened before in the same map CRS is read back from it instead. A GeoPackage or FlatGeobuf
/// of 20,000 features or more is read on `threads` threads (0: one per core; 1: sequentially), each
/// with its own GDAL dataset; the store is the same feature for feature.
Result<VectorData> loadVectorLayer(const QString& path, const QString& layerName, const geo::Crs& mapCrs,
                                   Feedback* feedback = nullptr, const StoreCache* cache = nullptr,
                                   int threads = 0);

/// "All supported files (*.gpkg *.shp ...);;GeoPackage (*.gpkg);;..." for file dialogs.
QString supportedFileFilter();

} // namespace mineatlas::data
