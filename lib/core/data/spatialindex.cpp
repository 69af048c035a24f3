#include "data/spatialindex.h"
#include "data/binaryio.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mineatlas::data {

SpatialIndex::SpatialIndex(const std::vector<MapRect>& boxes) : m_itemCount(boxes.size())
{
    const std::size_t n = boxes.size();
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    // STR: sort by centre x, cut into vertical slices, sort each slice by centre y.
    auto cx = [&](std::uint32_t i) { return boxes[i].xMin + boxes[i].xMax; };
    auto cy = [&](std::uint32_t i) { return boxes[i].yMin + boxes[i].yMax; };
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return cx(a) < cx(b); });
    const std::size_t leafCount = (n + kNodeSize - 1) / kNodeSize;
    const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(leafCount))));
    const std::size_t perSlice = std::max<std::size_t>(1, slices * kNodeSize);
    for (std::size_t s = 0; s < n; s += perSlice) {
        auto end = order.begin() + static_cast<std::ptrdiff_t>(std::min(n, s + perSlice));
        std::sort(order.begin() + static_cast<std::ptrdiff_t>(s), end,
                  [&](auto a, auto b) { return cy(a) < cy(b); });
    }
    m_ids = order;
    m_boxes.reserve(n + n / (kNodeSize - 1) + 2);
    for (auto i : order)
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
    std::sort(out.begin(), out.end());
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
