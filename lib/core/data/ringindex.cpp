#include "data/ringindex.h"
#include "data/featurestore.h"

#include <algorithm>

namespace mineatlas::data {

namespace {
MapRect boundsOf(const double* c, std::uint32_t v0, std::uint32_t v1)
{
    MapRect r;
    for (auto v = v0; v < v1; ++v)
        r.include(c[2 * v], c[2 * v + 1]);
    return r;
}
} // namespace

RingChunks::RingChunks(const std::vector<double>& coords, const std::vector<std::uint32_t>& ringStart)
    : RingChunks(ringStart, [&](std::uint32_t r, std::vector<double>&) { return coords.data() + 2 * std::size_t(ringStart[r]); })
{
}

RingChunks::RingChunks(const std::vector<std::uint32_t>& ringStart,
                       const std::function<const double*(std::uint32_t, std::vector<double>&)>& ringXY)
{
    std::vector<double> scratch;
    for (std::size_t r = 0; r + 1 < ringStart.size(); ++r) {
        const std::uint32_t v0 = 0, v1 = ringStart[r + 1] - ringStart[r];
        if (v1 - v0 <= kChunkedRing)
            continue;
        const double* c = ringXY(static_cast<std::uint32_t>(r), scratch);
        m_rings.emplace_back(static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(m_bounds.size()));
        for (std::uint32_t a = v0; a + 1 < v1; a += kChunkVertices)
            m_bounds.push_back(boundsOf(c, a, std::min(v1, a + kChunkVertices + 1)));
    }
    m_rings.emplace_back(0xFFFFFFFFu, static_cast<std::uint32_t>(m_bounds.size())); // end marker
}

std::span<const MapRect> RingChunks::of(std::uint32_t ring) const
{
    if (m_rings.size() < 2)
        return {};
    auto it = std::lower_bound(m_rings.begin(), m_rings.end() - 1, ring,
                               [](const auto& e, std::uint32_t r) { return e.first < r; });
    if (it == m_rings.end() - 1 || it->first != ring)
        return {};
    return std::span<const MapRect>(m_bounds.data() + it->second, (it + 1)->second - it->second);
}

RingIndex::RingIndex(const FeatureStore& store)
    : m_chunks(store.ringStart(), [&](std::uint32_t r, std::vector<double>& scratch) { return store.ringXY(r, scratch); })
{
    const auto& rs = store.ringStart();
    std::vector<double> scratch;
    for (std::uint32_t f = 0; f < store.size(); ++f) {
        const std::uint32_t r0 = store.ringBegin(f), r1 = store.ringEnd(f);
        if (r1 - r0 < 2)
            continue;
        Entry e{f, static_cast<std::uint32_t>(m_ringBounds.size()), -1};
        for (auto r = r0; r < r1; ++r)
            m_ringBounds.push_back(boundsOf(store.ringXY(r, scratch), 0, rs[r + 1] - rs[r]));
        if (r1 - r0 >= kTreeRings) {
            e.tree = static_cast<std::int32_t>(m_trees.size());
            m_trees.emplace_back(std::vector<MapRect>(m_ringBounds.begin() + e.firstBox, m_ringBounds.end()));
        }
        m_entries.push_back(e);
    }
}

const RingIndex::Entry* RingIndex::entry(std::uint32_t feature) const
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), feature,
                               [](const Entry& e, std::uint32_t f) { return e.feature < f; });
    return it != m_entries.end() && it->feature == feature ? &*it : nullptr;
}

void RingIndex::ringsIn(const FeatureStore& store, std::uint32_t feature, const MapRect& rect,
                        std::vector<std::uint32_t>& out) const
{
    out.clear();
    const std::uint32_t r0 = store.ringBegin(feature), r1 = store.ringEnd(feature);
    const Entry* e = entry(feature);
    if (!e) {
        for (auto r = r0; r < r1; ++r)
            out.push_back(r);
        return;
    }
    if (e->tree >= 0) {
        out = m_trees[static_cast<std::size_t>(e->tree)].query(rect);
        for (auto& r : out)
            r += r0;
        return;
    }
    for (auto r = r0; r < r1; ++r)
        if (m_ringBounds[e->firstBox + (r - r0)].intersects(rect))
            out.push_back(r);
}

std::span<const MapRect> RingIndex::ringBoundsOf(const FeatureStore& store, std::uint32_t feature) const
{
    const Entry* e = entry(feature);
    if (!e)
        return {};
    return {m_ringBounds.data() + e->firstBox, store.ringEnd(feature) - store.ringBegin(feature)};
}

MapRect RingIndex::ringBounds(const FeatureStore& store, std::uint32_t feature, std::uint32_t ring) const
{
    const std::span<const MapRect> boxes = ringBoundsOf(store, feature);
    return boxes.empty() ? store.bounds(feature) : boxes[ring - store.ringBegin(feature)];
}

} // namespace mineatlas::data
