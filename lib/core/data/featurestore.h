#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include <QDataStream>
#include <QStringList>
#include <QVariant>

#include "data/attributecolumn.h"
#include "data/ringindex.h"
#include "data/spatialindex.h"
#include "geo/maprect.h"

namespace mineatlas::data {

enum class GeometryKind : std::uint8_t { None, Point, Line, Polygon };

/// Vertices of a store at a coarser level of detail: same ring numbering as the full store,
/// fewer vertices per ring (see FeatureStore::levelOfDetail).
struct LodGeometry {
    double tolerance = 0;                 ///< map units; vertices closer than this were merged
    std::vector<double> coords;           ///< x,y interleaved
    std::vector<std::uint32_t> ringStart; ///< vertex index of each ring's first vertex, plus the end
    RingChunks chunks;                    ///< bounds of the chunks of this copy's large rings
};

/// One ring's vertices as the store holds them (FeatureStore::ring). A ring that is small next to
/// where it lies keeps float offsets from an origin (its bounds' centre): 8 bytes a vertex instead
/// of 16, every vertex within the store's precision. A ring too wide for that (a coastline across a
/// continent) keeps exact doubles.
struct RingCoords {
    const float* offsets = nullptr; ///< x,y pairs from (ox, oy); null when `exact` holds the ring
    const double* exact = nullptr;  ///< x,y pairs of a wide ring
    double ox = 0, oy = 0;
    std::uint32_t count = 0;
    double x(std::uint32_t i) const { return exact ? exact[2 * i] : ox + offsets[2 * i]; }
    double y(std::uint32_t i) const { return exact ? exact[2 * i + 1] : oy + offsets[2 * i + 1]; }
};

/// The features of one layer in map coordinates, ready to draw: flat coordinate arrays with
/// ring and feature offsets, attribute columns, per-feature bounds and a packed R-tree.
///
/// Built once by a loader (`add*` then `finish()`), then shared read-only between threads as
/// `std::shared_ptr<const FeatureStore>`. The only mutable part is the lazily built LOD cache,
/// which is guarded by a mutex.
class FeatureStore {
public:
    explicit FeatureStore(QStringList fieldNames = {});

    /// How far a stored vertex may lie from the one added, in map units: rings small enough keep
    /// float offsets within this (see RingCoords). 0, the default, keeps every vertex exact. A
    /// loaded layer uses 1 mm (vectorloader.cpp). Set before the first ring.
    void setPrecision(double mapUnits) { m_precision = mapUnits; }
    double precision() const { return m_precision; }

    // ---- building (one thread, before finish()) ----
    /// Starts a feature; its parts and rings follow. `fid` is the feature's id in its source
    /// (GDAL's FID; -1 when the source has none). Returns its index.
    std::uint32_t beginFeature(GeometryKind kind, QVariantList attributes, std::int64_t fid = -1);
    /// Optional: room for `features` features, when the count is known up front.
    void reserve(std::size_t features);
    /// Starts a part of the current feature: one source polygon (its exterior pieces and holes),
    /// line or point. A ring added with no part begun starts one.
    void beginPart();
    /// Appends a ring (polygon ring, line part or point) of `pointCount` x,y pairs to the current
    /// part. `hole`: an interior ring of its polygon (the renderer draws even-odd either way; area
    /// and identify need to know).
    void addRing(const double* xy, std::size_t pointCount, bool hole = false);
    /// Appends the features of `part` (built the same way, same fields, not finished) after this
    /// store's, in order, and empties it: the parallel reader builds one part per thread. Its
    /// coordinate chunks are moved, not copied.
    void append(FeatureStore&& part);
    void finish();

    // ---- reading (any thread) ----
    std::size_t size() const { return m_kinds.size(); }
    const QStringList& fieldNames() const { return m_fieldNames; }
    QVariant attribute(std::size_t feature, int field) const { return m_columns[field].value(feature); }
    GeometryKind kind(std::size_t feature) const { return m_kinds[feature]; }
    const MapRect& bounds(std::size_t feature) const { return m_bounds[feature]; }
    const MapRect& extent() const { return m_extent; }
    std::uint32_t ringBegin(std::size_t feature) const { return m_featureRingStart[feature]; }
    std::uint32_t ringEnd(std::size_t feature) const { return m_featureRingStart[feature + 1]; }
    /// The feature's id in its source file (GDAL FID), or -1.
    std::int64_t fid(std::size_t feature) const
    {
        return m_fids.empty() ? m_firstFid + static_cast<std::int64_t>(feature) : m_fids[feature];
    }
    /// Parts of a feature (source polygons, lines or points) and the rings of each part.
    std::uint32_t partBegin(std::size_t feature) const { return m_featurePartStart[feature]; }
    std::uint32_t partEnd(std::size_t feature) const { return m_featurePartStart[feature + 1]; }
    std::uint32_t partRingBegin(std::size_t part) const { return m_partRingStart[part]; }
    std::uint32_t partRingEnd(std::size_t part) const { return m_partRingStart[part + 1]; }
    bool isHole(std::size_t ring) const { return m_ringHole[ring] != 0; }
    /// Vertex numbers: ring r holds vertices ringStart()[r] .. ringStart()[r + 1] (a level of
    /// detail numbers its rings the same and its vertices its own way).
    const std::vector<std::uint32_t>& ringStart() const { return m_ringStart; }
    std::size_t vertexCount() const { return m_ringStart.back(); }
    /// The vertices of ring `r` as stored.
    RingCoords ring(std::uint32_t r) const
    {
        RingCoords c;
        c.count = m_ringStart[r + 1] - m_ringStart[r];
        const double ox = m_ringOrigin[2 * std::size_t(r)];
        if (std::isnan(ox)) { // a wide ring, in exact doubles
            c.exact = m_exact.data() + 2 * std::size_t(m_ringSlot[r]);
        } else {
            c.offsets = m_offsets.data() + 2 * std::size_t(m_ringSlot[r]);
            c.ox = ox;
            c.oy = m_ringOrigin[2 * std::size_t(r) + 1];
        }
        return c;
    }
    /// The vertices of ring `r` as x,y doubles: the store's own when the ring is kept exact,
    /// otherwise decoded into `scratch` (which the pointer then points into).
    const double* ringXY(std::uint32_t r, std::vector<double>& scratch) const;
    /// Twice the signed planar area of ring `r`, from the vertices as stored (no decoding: the
    /// offsets give the same area, and with less cancellation than map coordinates).
    double ringArea2(std::uint32_t r) const;
    /// Vertex `v` (in ringStart() numbering) as {x, y}: found by its ring, for a single look-up.
    std::array<double, 2> vertex(std::uint32_t v) const;
    /// Every vertex as one x,y array in vertex order, decoded: for checks and small stores.
    std::vector<double> vertices() const;
    /// Bytes the coordinates take (offsets, exact doubles, ring origins and slots), and how many
    /// vertices are kept exact: the compact store's figures.
    std::size_t coordinateBytes() const;
    std::size_t exactVertexCount() const { return m_exact.size() / 2; }
    const SpatialIndex& index() const { return m_index; }
    /// Bytes the store holds (arrays, attributes, index; not the LOD copies), for memory figures.
    std::size_t memoryBytes() const;
    /// Most common geometry kind (what the layer "is" for styling).
    GeometryKind dominantKind() const;

    /// Features whose bounds intersect `rect`, in draw order.
    std::vector<std::uint32_t> query(const MapRect& rect) const { return m_index.query(rect); }
    /// Features under the map point (x, y): inside a polygon, or within `tolerance` map units of a
    /// line or point. Topmost (last drawn) first.
    std::vector<std::uint32_t> identify(double x, double y, double tolerance) const;

    /// Whether the feature's geometry (not just its bounds) meets `rect`: a vertex or an edge in it,
    /// or for polygons the rectangle inside the area. What "the countries in the frame" means.
    bool intersects(std::size_t feature, const MapRect& rect) const;

    /// The coarsest level of detail whose simplification moves no edge by more than 0.7 px at
    /// `mapUnitsPerPixel`, or nullptr when the full geometry is no heavier. Built on first use,
    /// unless `build` is false (then only one built before is returned).
    std::shared_ptr<const LodGeometry> levelOfDetail(double mapUnitsPerPixel, bool build = true) const;

    /// Bounds of rings and of chunks of large rings (data/ringindex.h), for culling below the
    /// feature. Built on first use (once, whichever thread asks first), like a LOD copy.
    const RingIndex& ringIndex() const;

    /// Binary form for the on-disk store cache (data/storecache.h): everything but the LOD copies.
    void write(QDataStream& out) const;
    /// Reads what write() wrote; nullptr when the stream is short or corrupt. Every count and
    /// offset is checked against the arrays it points into before the store is handed out.
    static std::shared_ptr<FeatureStore> read(QDataStream& in);

private:
    std::shared_ptr<const LodGeometry> buildLod(double tolerance) const;

    QStringList m_fieldNames;
    std::vector<AttributeColumn> m_columns;
    std::vector<GeometryKind> m_kinds;
    std::vector<MapRect> m_bounds;
    bool isConsistent() const;
    static std::shared_ptr<FeatureStore> readUnchecked(QDataStream& in);

    std::vector<std::uint32_t> m_featureRingStart{0};
    std::vector<std::uint32_t> m_ringStart{0};
    std::vector<std::int64_t> m_fids; ///< empty once finished when the FIDs count up from m_firstFid
    std::int64_t m_firstFid = 0;
    void compactFids();
    std::vector<std::uint32_t> m_featurePartStart{0};
    std::vector<std::uint32_t> m_partRingStart{0};
    std::vector<std::uint8_t> m_ringHole;
    // Coordinates (see RingCoords): per ring an origin (x NaN for a ring kept exact) and where its
    // vertices start in m_offsets or m_exact. The slots are running sums, so they are recomputed
    // (slotRings), never trusted from a file.
    double m_precision = 0;
    std::vector<float> m_offsets;
    std::vector<double> m_exact;
    std::vector<double> m_ringOrigin;
    std::vector<std::uint32_t> m_ringSlot;
    void slotRings();
    // While building, coordinates go into fixed-size chunks joined once in finish(), see addRing().
    std::vector<std::vector<float>> m_offsetChunks;
    std::vector<std::vector<double>> m_exactChunks;
    std::size_t m_builtVertices = 0;
    bool m_partOpen = false; ///< while building: the current feature has a part to add rings to
    MapRect m_extent;
    SpatialIndex m_index;

    mutable std::once_flag m_ringIndexOnce;
    mutable std::unique_ptr<const RingIndex> m_ringIndex;
    mutable std::mutex m_lodMutex;
    mutable std::map<int, std::shared_ptr<const LodGeometry>> m_lods; // by log2(tolerance)
};

} // namespace mineatlas::data
