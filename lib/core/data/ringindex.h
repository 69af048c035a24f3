#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <utility>
#include <vector>

#include "data/spatialindex.h"
#include "geo/maprect.h"

namespace mineatlas::data {

class FeatureStore;

/// Bounds of fixed-size runs of vertices ("chunks") of the large rings of one vertex array (a
/// store's full geometry or one of its level-of-detail copies). Chunk j of ring r covers its
/// vertices j*kChunkVertices .. (j+1)*kChunkVertices, both ends included, so neighbouring chunks
/// share a vertex. A chunk whose bounds miss the view can be drawn as the straight line between
/// its two end vertices: that chord lies inside the chunk's bounds, so the closed loop it makes
/// with the chunk winds around no point of the view and the fill there stays exactly the same.
/// Immutable after construction; safe to read from any thread.
class RingChunks {
public:
    static constexpr std::uint32_t kChunkVertices = 128;
    /// Rings with more vertices than this are chunked.
    static constexpr std::uint32_t kChunkedRing = 2 * kChunkVertices;

    RingChunks() = default;
    /// Over one array of x,y pairs numbered by `ringStart` (a level-of-detail copy).
    RingChunks(const std::vector<double>& coords, const std::vector<std::uint32_t>& ringStart);
    /// Over rings numbered by `ringStart` whose x,y pairs `ringXY(r, scratch)` gives, as
    /// FeatureStore::ringXY does.
    RingChunks(const std::vector<std::uint32_t>& ringStart,
               const std::function<const double*(std::uint32_t, std::vector<double>&)>& ringXY);

    /// The chunk bounds of `ring` in order, empty when the ring is not chunked.
    std::span<const MapRect> of(std::uint32_t ring) const;
    std::size_t chunkCount() const { return m_bounds.size(); }

private:
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_rings; ///< (ring, first chunk), by ring
    std::vector<MapRect> m_bounds;
};

/// Bounds below the feature for a FeatureStore: every ring of a feature with several rings (a
/// country's islands and lakes), an R-tree over the rings of features with many, and the chunks
/// of its large rings. Single-ring features (most hazard layers) cost nothing here.
/// Built once from a finished store, then read-only: safe to query from any number of threads.
class RingIndex {
public:
    /// Features with at least this many rings get their own R-tree over them.
    static constexpr std::uint32_t kTreeRings = 32;

    RingIndex() = default;
    explicit RingIndex(const FeatureStore& store);

    /// The rings of `feature` whose bounds meet `rect`, ascending, appended to `out` (cleared
    /// first). A single-ring feature's ring is returned as it is (its bounds are the feature's).
    void ringsIn(const FeatureStore& store, std::uint32_t feature, const MapRect& rect,
                 std::vector<std::uint32_t>& out) const;
    /// The bounds of one ring of `feature`.
    MapRect ringBounds(const FeatureStore& store, std::uint32_t feature, std::uint32_t ring) const;
    /// The bounds of every ring of `feature`, in ring order; empty for a single-ring feature
    /// (whose ring's bounds are the feature's). One look-up for a loop over the rings.
    std::span<const MapRect> ringBoundsOf(const FeatureStore& store, std::uint32_t feature) const;
    const RingChunks& chunks() const { return m_chunks; }

private:
    struct Entry {
        std::uint32_t feature;
        std::uint32_t firstBox; ///< index of the feature's first ring in m_ringBounds
        std::int32_t tree;      ///< index in m_trees, -1 when the rings are few
    };
    const Entry* entry(std::uint32_t feature) const;

    std::vector<Entry> m_entries; ///< features with more than one ring, by feature
    std::vector<MapRect> m_ringBounds;
    std::vector<SpatialIndex> m_trees;
    RingChunks m_chunks;
};

} // namespace mineatlas::data
