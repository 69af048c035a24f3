#include "data/spatialindex.h"
#include "data/binaryio.h"
#include "data/hugepages.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <utility>

#include "parallel.h"

namespace mineatlas::data {

SpatialIndex::SpatialIndex(const std::vector<MapRect>& boxes) : m_itemCount(boxes.size())
{
    const std::size_t n = boxes.size();
    // STR: sort by centre x, cut into vertical slices, sort each slice by centre y. The sort keys
    // sit next to the ids (a comparison that looked each box up missed the cache on every probe:
    // 2 M boxes are 64 MB), and both cores sort: halves merged for x, slices shared out for y.
    using Keyed = std::pair<double, std::uint32_t>;
    std::vector<Keyed> keyed;
    keyed.reserve(n);
    adviseHugePages(keyed.data(), n * sizeof(Keyed));
    keyed.resize(n);
    for (std::uint32_t i = 0; i < n; ++i)
        keyed[i] = {boxes[i].xMin + boxes[i].xMax, i};
    const auto byKey = [](const Keyed& a, const Keyed& b) { return a.first < b.first; };
    using Range = std::pair<std::size_t, std::size_t>;
    // Threads only pay off for big stores (a ring index builds many small trees).
    const bool parallel = n >= 100000;
    auto sortRanges = [&](std::vector<Range>& ranges) {
        auto sortOne = [&](const Range& r) {
            std::sort(keyed.begin() + std::ptrdiff_t(r.first), keyed.begin() + std::ptrdiff_t(r.second), byKey);
        };
        if (parallel)
            parallelEach(ranges, sortOne);
        else
            std::for_each(ranges.begin(), ranges.end(), sortOne);
    };
    std::vector<Range> halves{{0, n / 2}, {n / 2, n}};
    sortRanges(halves);
    std::inplace_merge(keyed.begin(), keyed.begin() + std::ptrdiff_t(n / 2), keyed.end(), byKey);
    const std::size_t leafCount = (n + kNodeSize - 1) / kNodeSize;
    const auto sliceCount = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(leafCount))));
    const std::size_t perSlice = std::max<std::size_t>(1, sliceCount * kNodeSize);
    std::vector<Range> slices;
    for (std::size_t s = 0; s < n; s += perSlice)
        slices.emplace_back(s, std::min(n, s + perSlice));
    for (Keyed& k : keyed)
        k.first = boxes[k.second].yMin + boxes[k.second].yMax;
    sortRanges(slices);
    std::vector<std::uint32_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = keyed[i].second;
    m_ids = std::move(order);
    m_boxes.reserve(n + n / (kNodeSize - 1) + 2);
    adviseHugePages(m_boxes.data(), m_boxes.capacity() * sizeof(MapRect));
    for (auto i : m_ids)
        m_boxes.push_back(boxes[i]);
    m_levelStart = {0, n};
    std::size_t levelBegin = 0, levelEnd = n;
    while (levelEnd - levelBegin > 1) {
        for (std::size_t i = levelBegin; i < levelEnd; i += kNodeSize) {
            MapRect r;
            for (std::size_t j = i; j < std::min(levelEnd, i + kNodeSize); ++j)
                r.include(m_boxes[j]);
            m_boxes.push_back(r);
        }
        levelBegin = levelEnd;
        levelEnd = m_boxes.size();
        m_levelStart.push_back(levelEnd);
    }
}

std::vector<std::uint32_t> SpatialIndex::query(const MapRect& q) const
{
    std::vector<std::uint32_t> out;
    if (m_itemCount == 0)
        return out;
    struct Item {
        std::size_t level;
        std::size_t index; // position within the level
    };
    std::vector<Item> stack;
    const std::size_t top = m_levelStart.size() - 2;
    for (std::size_t i = 0; i < m_levelStart[top + 1] - m_levelStart[top]; ++i)
        stack.push_back({top, i});
    while (!stack.empty()) {
        const Item it = stack.back();
        stack.pop_back();
        const MapRect& box = m_boxes[m_levelStart[it.level] + it.index];
        if (!box.intersects(q))
            continue;
        if (it.level == 0) {
            out.push_back(m_ids[it.index]);
            continue;
        }
        const std::size_t childCount = m_levelStart[it.level] - m_levelStart[it.level - 1];
        for (std::size_t c = it.index * kNodeSize; c < std::min(childCount, (it.index + 1) * kNodeSize); ++c)
            stack.push_back({it.level - 1, c});
    }
    // Ascending order. A query that finds a good share of the items (a world view of every
    // country's rings, a national view of a million hazards) is put in order through a bitmap of
    // the ids, one pass over n/64 words, where sorting cost n log n compares (the largest single
    // cost of redrawing a world of 900,000 border rings).
    if (out.size() >= 1024 && out.size() * 8 >= m_itemCount) {
        std::vector<std::uint64_t> seen((m_itemCount + 63) / 64);
        for (std::uint32_t id : out)
            seen[id >> 6] |= std::uint64_t{1} << (id & 63);
        out.clear();
        for (std::size_t w = 0; w < seen.size(); ++w)
            for (std::uint64_t bits = seen[w]; bits; bits &= bits - 1)
                out.push_back(static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(bits))));
    } else {
        std::sort(out.begin(), out.end());
    }
    return out;
}

void SpatialIndex::write(QDataStream& out) const
{
    out << static_cast<quint64>(m_itemCount);
    writeRawVector(out, m_boxes);
    writeRawVector(out, m_ids);
    std::vector<quint64> levels(m_levelStart.begin(), m_levelStart.end());
    writeRawVector(out, levels);
}

bool SpatialIndex::read(QDataStream& in)
{
    quint64 count = 0;
    in >> count;
    std::vector<quint64> levels;
    if (!readRawVector(in, m_boxes) || !readRawVector(in, m_ids) || !readRawVector(in, levels))
        return false;
    m_itemCount = static_cast<std::size_t>(count);
    m_levelStart.assign(levels.begin(), levels.end());
    // Nothing read back is trusted: the levels must be exactly what the constructor builds, and
    // every id must name an item, so that query() never leaves its arrays.
    if (m_ids.size() != m_itemCount || m_levelStart.size() < 2 || m_levelStart[0] != 0 ||
        m_levelStart[1] != m_itemCount || m_levelStart.back() != m_boxes.size())
        return false;
    for (std::size_t l = 2; l < m_levelStart.size(); ++l) {
        const std::size_t below = m_levelStart[l - 1] - m_levelStart[l - 2];
        if (m_levelStart[l] - m_levelStart[l - 1] != (below + kNodeSize - 1) / kNodeSize || below <= 1)
            return false;
    }
    if (m_itemCount > 0 && m_levelStart[m_levelStart.size() - 1] - m_levelStart[m_levelStart.size() - 2] != 1)
        return false;
    return std::all_of(m_ids.begin(), m_ids.end(), [this](std::uint32_t id) { return id < m_itemCount; });
}

} // namespace mineatlas::data
