#include "data/featurestore.h"
#include "data/binaryio.h"

#include <algorithm>
#include <cmath>

namespace mineatlas::data {

FeatureStore::FeatureStore(QStringList fieldNames)
    : m_fieldNames(std::move(fieldNames)), m_columns(m_fieldNames.size())
{
}

std::uint32_t FeatureStore::beginFeature(GeometryKind kind, QVariantList attributes)
{
    const auto index = static_cast<std::uint32_t>(m_kinds.size());
    m_kinds.push_back(kind);
    m_bounds.emplace_back();
    m_featureRingStart.push_back(m_featureRingStart.back());
    for (qsizetype i = 0; i < m_fieldNames.size(); ++i)
        m_columns[i].push_back(i < attributes.size() ? attributes[i] : QVariant());
    return index;
}

void FeatureStore::reserve(std::size_t features)
{
    m_kinds.reserve(features);
    m_bounds.reserve(features);
    m_featureRingStart.reserve(features + 1);
    m_ringStart.reserve(features + 1);
    for (auto& column : m_columns)
        column.reserve(features);
}

void FeatureStore::addRing(const double* xy, std::size_t pointCount)
{
    if (pointCount == 0)
        return;
    // Coordinates are gathered in fixed-size chunks and joined once in finish(): a growing vector
    // would briefly hold three times the data (old buffer, new buffer, shrink copy).
    constexpr std::size_t kChunk = std::size_t(1) << 20;
    if (m_chunks.empty() || m_chunks.back().size() + 2 * pointCount > m_chunks.back().capacity()) {
        m_chunks.emplace_back();
        m_chunks.back().reserve(std::max(kChunk, 2 * pointCount));
    }
    std::vector<double>& chunk = m_chunks.back();
    MapRect& b = m_bounds.back();
    for (std::size_t i = 0; i < pointCount; ++i) {
        chunk.push_back(xy[2 * i]);
        chunk.push_back(xy[2 * i + 1]);
        b.include(xy[2 * i], xy[2 * i + 1]);
    }
    m_builtVertices += pointCount;
    m_ringStart.push_back(static_cast<std::uint32_t>(m_builtVertices));
    ++m_featureRingStart.back();
}

void FeatureStore::finish()
{
    m_extent = MapRect();
    for (const auto& b : m_bounds)
        m_extent.include(b);
    m_index = SpatialIndex(m_bounds);
    m_coords.reserve(2 * m_builtVertices);
    for (auto& chunk : m_chunks) {
        m_coords.insert(m_coords.end(), chunk.begin(), chunk.end());
        std::vector<double>().swap(chunk);
    }
    m_chunks.clear();
    m_kinds.shrink_to_fit();
    m_bounds.shrink_to_fit();
    m_ringStart.shrink_to_fit();
    m_featureRingStart.shrink_to_fit();
}

GeometryKind FeatureStore::dominantKind() const
{
    std::size_t counts[4] = {0, 0, 0, 0};
    for (auto k : m_kinds)
        ++counts[static_cast<int>(k)];
    const auto best = std::max_element(counts + 1, counts + 4);
    return *best == 0 ? GeometryKind::None : static_cast<GeometryKind>(best - counts);
}

namespace {

double segmentDistanceSquared(double px, double py, double ax, double ay, double bx, double by)
{
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = ax + t * dx - px, ey = ay + t * dy - py;
    return ex * ex + ey * ey;
}

} // namespace

std::vector<std::uint32_t> FeatureStore::identify(double x, double y, double tolerance) const
{
    std::vector<std::uint32_t> hits;
    const double tol2 = tolerance * tolerance;
    for (std::uint32_t f : query(MapRect{x, y, x, y}.buffered(tolerance))) {
        bool hit = false;
        bool inside = false;
        for (auto r = ringBegin(f); r < ringEnd(f) && !hit; ++r) {
            const std::uint32_t v0 = m_ringStart[r], v1 = m_ringStart[r + 1];
            const double* c = m_coords.data();
            if (m_kinds[f] == GeometryKind::Polygon) {
                // Even-odd crossing test over all rings: holes and multi-parts both work out.
                for (std::uint32_t i = v0, j = v1 - 1; i < v1; j = i++) {
                    const double xi = c[2 * i], yi = c[2 * i + 1], xj = c[2 * j], yj = c[2 * j + 1];
                    if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
                        inside = !inside;
                }
            } else if (m_kinds[f] == GeometryKind::Line) {
                for (std::uint32_t i = v0 + 1; i < v1 && !hit; ++i)
                    hit = segmentDistanceSquared(x, y, c[2 * i - 2], c[2 * i - 1], c[2 * i], c[2 * i + 1]) <=
                          tol2;
            } else if (m_kinds[f] == GeometryKind::Point) {
                for (std::uint32_t i = v0; i < v1 && !hit; ++i) {
                    const double dx = c[2 * i] - x, dy = c[2 * i + 1] - y;
                    hit = dx * dx + dy * dy <= tol2;
                }
            }
        }
        if (hit || inside)
            hits.push_back(f);
    }
    std::reverse(hits.begin(), hits.end());
    return hits;
}

std::shared_ptr<const LodGeometry> FeatureStore::levelOfDetail(double mapUnitsPerPixel) const
{
    if (!(mapUnitsPerPixel > 0) || m_coords.empty())
        return nullptr;
    // Bands are powers of two, so a zoom gesture reuses a handful of copies. The tolerance stays
    // below 0.7 px: Douglas-Peucker moves no edge by more than that, and the reference-image tests
    // (LOD on vs. off at four zooms) hold the result to the full geometry's pixels.
    const int band = static_cast<int>(std::floor(std::log2(mapUnitsPerPixel * 0.7)));
    std::lock_guard lock(m_lodMutex);
    // A band known to be useless means every finer band is useless too.
    auto useless = std::find_if(m_lods.begin(), m_lods.end(),
                                [&](const auto& kv) { return kv.first >= band && !kv.second; });
    if (useless != m_lods.end())
        return nullptr;
    auto it = m_lods.find(band);
    if (it != m_lods.end())
        return it->second;
    auto lod = buildLod(std::ldexp(1.0, band));
    // Not worth a copy when it drops fewer than a fifth of the vertices.
    if (lod->coords.size() > m_coords.size() * 4 / 5)
        lod = nullptr;
    m_lods[band] = lod;
    return lod;
}

namespace {

/// Douglas–Peucker on the points of coords[start..] in place: drops every vertex that lies within
/// `tolerance` of the line between the vertices kept around it. Keeps at least `minKeep` points.
void simplifyDouglasPeucker(std::vector<double>& coords, std::size_t start, double tolerance,
                            std::size_t minKeep, std::vector<std::pair<std::size_t, std::size_t>>& stack,
                            std::vector<char>& keep)
{
    const std::size_t n = (coords.size() - start) / 2;
    if (n <= minKeep)
        return;
    const double* p = coords.data() + start;
    keep.assign(n, 0);
    keep[0] = keep[n - 1] = 1;
    const double tol2 = tolerance * tolerance;
    stack.clear();
    stack.emplace_back(0, n - 1);
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        if (b <= a + 1)
            continue;
        const double ax = p[2 * a], ay = p[2 * a + 1], dx = p[2 * b] - ax, dy = p[2 * b + 1] - ay;
        const double len2 = dx * dx + dy * dy;
        double worst = -1;
        std::size_t worstAt = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double px = p[2 * i] - ax, py = p[2 * i + 1] - ay;
            // Distance to the segment (to the point when a and b coincide, as in a closed ring).
            double d2;
            if (len2 == 0) {
                d2 = px * px + py * py;
            } else {
                const double t = std::clamp((px * dx + py * dy) / len2, 0.0, 1.0);
                const double ex = px - t * dx, ey = py - t * dy;
                d2 = ex * ex + ey * ey;
            }
            if (d2 > worst) {
                worst = d2;
                worstAt = i;
            }
        }
        if (worst > tol2) {
            keep[worstAt] = 1;
            stack.emplace_back(a, worstAt);
            stack.emplace_back(worstAt, b);
        }
    }
    std::size_t kept = 0;
    for (char k : keep)
        kept += k != 0;
    if (kept < minKeep)
        return;
    std::size_t out = start;
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i]) {
            coords[out++] = p[2 * i];
            coords[out++] = p[2 * i + 1];
        }
    coords.resize(out);
}

} // namespace

std::shared_ptr<const LodGeometry> FeatureStore::buildLod(double tolerance) const
{
    auto lod = std::make_shared<LodGeometry>();
    lod->tolerance = tolerance;
    lod->coords.reserve(m_coords.size() / 4);
    lod->ringStart.reserve(m_ringStart.size());
    lod->ringStart.push_back(0);
    const double* c = m_coords.data();
    std::vector<std::pair<std::size_t, std::size_t>> stack;
    std::vector<char> keep;
    for (std::size_t f = 0; f < size(); ++f) {
        const bool polygon = m_kinds[f] == GeometryKind::Polygon;
        const std::size_t minKeep = polygon ? 4 : 2;
        for (auto r = ringBegin(f); r < ringEnd(f); ++r) {
            const std::uint32_t v0 = m_ringStart[r], v1 = m_ringStart[r + 1];
            const std::size_t n = v1 - v0;
            const std::size_t start = lod->coords.size();
            if (n <= minKeep || m_kinds[f] == GeometryKind::Point) {
                lod->coords.insert(lod->coords.end(), c + 2 * v0, c + 2 * v1);
            } else {
                // Keep a vertex when it is more than `tolerance` (Chebyshev) from the last kept one;
                // always keep the last vertex so rings stay closed.
                double kx = c[2 * v0], ky = c[2 * v0 + 1];
                lod->coords.push_back(kx);
                lod->coords.push_back(ky);
                for (std::uint32_t i = v0 + 1; i + 1 < v1; ++i) {
                    const double x = c[2 * i], y = c[2 * i + 1];
                    if (std::abs(x - kx) > tolerance || std::abs(y - ky) > tolerance) {
                        lod->coords.push_back(x);
                        lod->coords.push_back(y);
                        kx = x;
                        ky = y;
                    }
                }
                lod->coords.push_back(c[2 * (v1 - 1)]);
                lod->coords.push_back(c[2 * (v1 - 1) + 1]);
                simplifyDouglasPeucker(lod->coords, start, tolerance, minKeep, stack, keep);
                if ((lod->coords.size() - start) / 2 < minKeep) {
                    // Collapsed below a pixel: keep a few spread vertices so the feature still shows as a
                    // dot.
                    lod->coords.resize(start);
                    for (std::size_t k = 0; k < minKeep; ++k) {
                        const std::size_t i = v0 + (k * (n - 1)) / (minKeep - 1);
                        lod->coords.push_back(c[2 * i]);
                        lod->coords.push_back(c[2 * i + 1]);
                    }
                }
            }
            lod->ringStart.push_back(static_cast<std::uint32_t>(lod->coords.size() / 2));
        }
    }
    lod->coords.shrink_to_fit();
    return lod;
}

} // namespace mineatlas::data

namespace mineatlas::data {

void FeatureStore::write(QDataStream& out) const
{
    out << m_fieldNames;
    for (const auto& column : m_columns) {
        out << static_cast<quint64>(column.size());
        for (const QVariant& v : column)
            out << v;
    }
    writeRawVector(out, m_kinds);
    writeRawVector(out, m_bounds);
    writeRawVector(out, m_featureRingStart);
    writeRawVector(out, m_ringStart);
    writeRawVector(out, m_coords);
    out << m_extent.xMin << m_extent.yMin << m_extent.xMax << m_extent.yMax;
    m_index.write(out);
}

std::shared_ptr<FeatureStore> FeatureStore::read(QDataStream& in)
{
    QStringList fields;
    in >> fields;
    auto store = std::make_shared<FeatureStore>(fields);
    for (auto& column : store->m_columns) {
        quint64 n = 0;
        in >> n;
        if (in.status() != QDataStream::Ok || n > (quint64(1) << 32))
            return nullptr;
        column.resize(static_cast<std::size_t>(n));
        for (QVariant& v : column)
            in >> v;
    }
    if (!readRawVector(in, store->m_kinds) || !readRawVector(in, store->m_bounds) ||
        !readRawVector(in, store->m_featureRingStart) || !readRawVector(in, store->m_ringStart) ||
        !readRawVector(in, store->m_coords))
        return nullptr;
    in >> store->m_extent.xMin >> store->m_extent.yMin >> store->m_extent.xMax >> store->m_extent.yMax;
    if (!store->m_index.read(in) || in.status() != QDataStream::Ok)
        return nullptr;
    // Consistency: every offset must stay inside the arrays it points into.
    const std::size_t n = store->m_kinds.size();
    if (store->m_bounds.size() != n || store->m_featureRingStart.size() != n + 1 ||
        store->m_featureRingStart.back() + 1 != store->m_ringStart.size() ||
        store->m_ringStart.back() * 2 != store->m_coords.size() || store->m_index.size() != n)
        return nullptr;
    for (const auto& column : store->m_columns)
        if (column.size() != n)
            return nullptr;
    return store;
}

} // namespace mineatlas::data
