#pragma once

#include <atomic>
#include <cstdint>
#include <functional>

#include <QString>
#include <QStringList>

#include "data/featurestore.h"
#include "data/plausibility.h"
#include "geo/coordinatetransform.h"
#include "geo/worldwrap.h"
#include "feedback.h"
#include "result.h"

class GDALDataset;
class OGRLayer;

namespace mineatlas::data {

/// What reading counted that the loader words as warnings, and GDAL's failures.
struct ReadReport {
    std::size_t noGeometry = 0, droppedVertices = 0, badText = 0, emptyTopology = 0;
    QStringList gdalFailures;
    CoordinatePlausibility plausibility{true};
    void add(const ReadReport& other);
};

/// Reads the features of an OGR layer into a FeatureStore under construction: flattens each
/// geometry into rings, transforms it with PROJ (source → lon/lat → map CRS), unwraps antimeridian
/// crossings and pole rings, keeps the attributes and the FID. Owns its PROJ transforms, so an
/// instance stays on one thread: the parallel reader makes one per thread.
class FeatureReader {
public:
    struct Setup {
        QString sourceDefinition;  ///< the file's CRS (what proj_create() takes)
        bool geographicSource = true;
        QString mapDefinition;
        geo::WorldWrap wrap;
        bool topoJson = false;
        /// What the store's vertices may move by, in map units (FeatureStore::setPrecision).
        double precision = 0;
    };
    static Result<FeatureReader> create(const Setup& setup);

    /// Reads up to `limit` features (-1: to the end) from the layer's current position into
    /// `store`. Every 256 features `poll` is told how many were read since its last call; reading
    /// stops (returning false) when it answers false.
    bool read(OGRLayer& layer, FeatureStore& store, std::int64_t limit, const std::function<bool(std::int64_t)>& poll);
    ReadReport& report() { return m_report; }

private:
    FeatureReader(geo::CoordinateTransform toLonLat, geo::CoordinateTransform toMap, const Setup& setup);
    geo::CoordinateTransform m_toLonLat, m_toMap;
    geo::WorldWrap m_wrap;
    bool m_topoJson;
    ReadReport m_report;
};

/// How a layer was read by readInParallel().
enum class ParallelRead { NotSplit, Done, Canceled };

/// FIDs a thread reads at a time in readInParallel() (a GeoPackage's ranges).
constexpr std::int64_t kParallelRangeRows = 32768;

/// Reads all of `layer` (of `ds`, the file at `path`) on `threads` threads, each with its own GDAL
/// dataset, over consecutive ranges of the layer, and appends the parts in order to `store`: the
/// same features in the same order as one sequential pass. A GeoPackage is cut into FID ranges of
/// its integer primary key about `rangeRows` wide (at least one a thread) that threads take in
/// turn; a FlatGeobuf into one range of feature positions a thread. Progress goes to `feedback`
/// (from the calling thread only) as the parts grow; its cancel stops every thread. Returns
/// NotSplit, touching nothing, for other drivers or a layer it cannot split.
ParallelRead readInParallel(const QString& path, GDALDataset& ds, OGRLayer& layer, std::int64_t total, int threads,
                            const FeatureReader::Setup& setup, FeatureStore& store, ReadReport& report,
                            Feedback* feedback, std::int64_t rangeRows = kParallelRangeRows);

} // namespace mineatlas::data
