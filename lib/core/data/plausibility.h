#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include <QString>
#include <QStringList>

namespace mineatlas::data {

/// Checks the coordinates of a layer as it is read and words what is implausible, once per
/// layer: non-finite values, coordinates outside what longitude/latitude can be (latitude beyond
/// ±90°, longitude beyond ±540°), and whether those would be valid with x and y swapped. A feature
/// that fails is not drawn (its attributes stay) and counted; the rest of the layer opens.
class CoordinatePlausibility {
public:
    /// `geographicSource`: the file's CRS is longitude/latitude (swapped axes can be recognised).
    explicit CoordinatePlausibility(bool geographicSource) : m_geographic(geographicSource) {}

    /// Rings as interleaved x,y in the file's CRS, before any transform. False: skip the geometry.
    /// `polygon`: the rings are polygon rings (one with fewer than three distinct points is
    /// counted as degenerate; it is still drawn, as the nothing it is).
    bool acceptSource(std::span<const std::vector<double>> rings, bool polygon = false);
    /// The same rings transformed to longitude/latitude. False: skip the geometry.
    bool acceptLonLat(std::span<const std::vector<double>> rings);

    /// Adds the counts of another checker (one per thread of the parallel reader).
    void add(const CoordinatePlausibility& other)
    {
        m_nonFinite += other.m_nonFinite;
        m_outOfRange += other.m_outOfRange;
        m_swappable += other.m_swappable;
        m_degenerate += other.m_degenerate;
    }

    std::size_t nonFinite() const { return m_nonFinite; }
    std::size_t outOfRange() const { return m_outOfRange; }
    std::size_t swappable() const { return m_swappable; }
    std::size_t degenerate() const { return m_degenerate; }
    /// "file: N feature(s) …" lines, empty when all was plausible.
    QStringList warnings(const QString& file) const;

private:
    bool m_geographic;
    bool m_sourceSwappable = false;
    std::size_t m_nonFinite = 0, m_outOfRange = 0, m_swappable = 0, m_degenerate = 0;
};

} // namespace mineatlas::data
