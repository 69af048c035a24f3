#pragma once

#include <cstdint>
#include <vector>

#include <QDataStream>

#include "geo/maprect.h"

namespace mineatlas::data {

/// A packed, static R-tree (Sort-Tile-Recursive bulk load) over item bounding boxes.
/// Built once, then read-only: safe to query from any number of threads at once.
class SpatialIndex {
public:
    static constexpr int kNodeSize = 16;

    SpatialIndex() = default;
    explicit SpatialIndex(const std::vector<MapRect>& boxes);

    /// Ids of all items whose box intersects `query`, in ascending id order (= draw order).
    std::vector<std::uint32_t> query(const MapRect& query) const;
    std::size_t size() const { return m_itemCount; }
    std::size_t memoryBytes() const
    {
        return m_boxes.capacity() * sizeof(MapRect) + m_ids.capacity() * sizeof(std::uint32_t) +
               m_levelStart.capacity() * sizeof(std::size_t);
    }

    void write(QDataStream& out) const;
    bool read(QDataStream& in);

private:
    // Nodes of every level laid out one level after another, leaves first. Entry i of level L
    // covers children [i*kNodeSize, (i+1)*kNodeSize) of level L-1; leaf entries map to m_ids.
    std::vector<MapRect> m_boxes;
    std::vector<std::uint32_t> m_ids;
    std::vector<std::size_t> m_levelStart; // offset of each level in m_boxes, plus the end
    std::size_t m_itemCount = 0;
};

} // namespace mineatlas::data
