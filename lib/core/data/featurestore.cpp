#include "data/featurestore.h"
#include "data/hugepages.h"
#include "data/binaryio.h"
#include "geo/planar.h"
#include "parallel.h"

#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace mineatlas::data {

FeatureStore::FeatureStore(QStringList fieldNames)
    : m_fieldNames(std::move(fieldNames)), m_columns(m_fieldNames.size())
{
}

std::uint32_t FeatureStore::beginFeature(GeometryKind kind, QVariantList attributes, std::int64_t fid)
{
    const auto index = static_cast<std::uint32_t>(m_kinds.size());
    m_kinds.push_back(kind);
    m_fids.push_back(fid);
    m_bounds.emplace_back();
    m_featureRingStart.push_back(m_featureRingStart.back());
    m_featurePartStart.push_back(m_featurePartStart.back());
    m_partOpen = false;
    for (qsizetype i = 0; i < m_fieldNames.size(); ++i)
        m_columns[static_cast<std::size_t>(i)].append(i < attributes.size() ? attributes[i] : QVariant());
    return index;
}

void FeatureStore::reserve(std::size_t features)
{
    m_kinds.reserve(features);
    m_fids.reserve(features);
    m_featurePartStart.reserve(features + 1);
    m_bounds.reserve(features);
    m_featureRingStart.reserve(features + 1);
    m_ringStart.reserve(features + 1);
    m_ringOrigin.reserve(2 * features);
    m_ringHole.reserve(features);
    m_partRingStart.reserve(features + 1);
    for (auto& column : m_columns)
        column.reserve(features);
    // Each of these is written once, in order: 2 MiB pages spare a page fault every 4 KiB.
    auto advise = [](const auto& v) { adviseHugePages(v.data(), v.capacity() * sizeof(v[0])); };
    advise(m_fids);
    advise(m_bounds);
    advise(m_featureRingStart);
    advise(m_featurePartStart);
    advise(m_ringStart);
    advise(m_ringOrigin);
    advise(m_partRingStart);
}

void FeatureStore::beginPart()
{
    m_partRingStart.push_back(m_partRingStart.back());
    ++m_featurePartStart.back();
    m_partOpen = true;
}

namespace {

/// The last chunk of `chunks` with room for `values` more, or a new one. Chunks are 32 MiB: at
/// glibc's largest mmap threshold, so every chunk is its own mapping and goes back to the system
/// the moment finish() has copied it (smaller ones stay in the heap's free lists, and the join then
/// held the coordinates twice). A growing vector instead would briefly hold three times the data.
template <class T> std::vector<T>& chunkWithRoom(std::vector<std::vector<T>>& chunks, std::size_t values)
{
    constexpr std::size_t kChunk = (std::size_t(32) << 20) / sizeof(T);
    if (chunks.empty() || chunks.back().size() + values > chunks.back().capacity()) {
        chunks.emplace_back();
        chunks.back().reserve(std::max(kChunk, values));
        adviseHugePages(chunks.back().data(), chunks.back().capacity() * sizeof(T));
    }
    return chunks.back();
}

/// Joins building chunks into one array, giving each chunk back as soon as it is copied.
template <class T> void joinChunks(std::vector<std::vector<T>>& chunks, std::vector<T>& to)
{
    std::size_t total = to.size();
    for (const auto& chunk : chunks)
        total += chunk.size();
    to.reserve(total);
    adviseHugePages(to.data(), to.capacity() * sizeof(T));
    for (auto& chunk : chunks) {
        to.insert(to.end(), chunk.begin(), chunk.end());
        std::vector<T>().swap(chunk);
    }
    chunks.clear();
}

} // namespace

void FeatureStore::addRing(const double* xy, std::size_t pointCount, bool hole)
{
    if (pointCount == 0)
        return;
    if (!m_partOpen)
        beginPart();
    ++m_partRingStart.back();
    m_ringHole.push_back(hole ? 1 : 0);
    MapRect rb;
    for (std::size_t i = 0; i < pointCount; ++i)
        rb.include(xy[2 * i], xy[2 * i + 1]);
    m_bounds.back().include(rb);
    // Float offsets from the ring's centre when every vertex comes back within the precision;
    // checked vertex by vertex, so the promise holds exactly, not by an error estimate.
    const double ox = (rb.xMin + rb.xMax) / 2, oy = (rb.yMin + rb.yMax) / 2;
    bool compact = m_precision > 0 && std::isfinite(ox) && std::isfinite(oy);
    if (compact) {
        std::vector<float>& chunk = chunkWithRoom(m_offsetChunks, 2 * pointCount);
        const std::size_t start = chunk.size();
        for (std::size_t i = 0; i < pointCount && compact; ++i) {
            const float dx = static_cast<float>(xy[2 * i] - ox), dy = static_cast<float>(xy[2 * i + 1] - oy);
            compact = std::abs(ox + double(dx) - xy[2 * i]) <= m_precision &&
                      std::abs(oy + double(dy) - xy[2 * i + 1]) <= m_precision;
            chunk.push_back(dx);
            chunk.push_back(dy);
        }
        if (!compact)
            chunk.resize(start);
    }
    if (!compact) {
        std::vector<double>& chunk = chunkWithRoom(m_exactChunks, 2 * pointCount);
        chunk.insert(chunk.end(), xy, xy + 2 * pointCount);
    }
    m_ringOrigin.push_back(compact ? ox : std::numeric_limits<double>::quiet_NaN());
    m_ringOrigin.push_back(compact ? oy : 0.0);
    m_builtVertices += pointCount;
    m_ringStart.push_back(static_cast<std::uint32_t>(m_builtVertices));
    ++m_featureRingStart.back();
}

const double* FeatureStore::ringXY(std::uint32_t r, std::vector<double>& scratch) const
{
    const RingCoords c = ring(r);
    if (c.exact)
        return c.exact;
    scratch.resize(2 * std::size_t(c.count));
    for (std::uint32_t i = 0; i < c.count; ++i) {
        scratch[2 * i] = c.ox + c.offsets[2 * i];
        scratch[2 * i + 1] = c.oy + c.offsets[2 * i + 1];
    }
    return scratch.data();
}

double FeatureStore::ringArea2(std::uint32_t r) const
{
    const RingCoords c = ring(r);
    return c.exact ? geo::planar::ringArea2(c.exact, c.count) : geo::planar::ringArea2(c.offsets, c.count);
}

std::array<double, 2> FeatureStore::vertex(std::uint32_t v) const
{
    const auto r = static_cast<std::uint32_t>(std::upper_bound(m_ringStart.begin(), m_ringStart.end(), v) -
                                              m_ringStart.begin() - 1);
    const RingCoords c = ring(r);
    return {c.x(v - m_ringStart[r]), c.y(v - m_ringStart[r])};
}

std::vector<double> FeatureStore::vertices() const
{
    std::vector<double> all;
    all.reserve(2 * vertexCount());
    std::vector<double> scratch;
    for (std::uint32_t r = 0; r + 1 < m_ringStart.size(); ++r) {
        const double* xy = ringXY(r, scratch);
        all.insert(all.end(), xy, xy + 2 * std::size_t(m_ringStart[r + 1] - m_ringStart[r]));
    }
    return all;
}

void FeatureStore::slotRings()
{
    const std::size_t rings = m_ringStart.size() - 1;
    m_ringSlot.resize(rings);
    std::uint32_t compact = 0, exact = 0;
    for (std::size_t r = 0; r < rings && 2 * r < m_ringOrigin.size(); ++r) {
        const std::uint32_t n = m_ringStart[r + 1] - m_ringStart[r];
        std::uint32_t& next = std::isnan(m_ringOrigin[2 * r]) ? exact : compact;
        m_ringSlot[r] = next;
        next += n;
    }
}

std::size_t FeatureStore::coordinateBytes() const
{
    return m_offsets.capacity() * sizeof(float) + m_exact.capacity() * sizeof(double) +
           m_ringOrigin.capacity() * sizeof(double) + m_ringSlot.capacity() * sizeof(std::uint32_t);
}

void FeatureStore::append(FeatureStore&& part)
{
    const auto rings = static_cast<std::uint32_t>(m_ringStart.size() - 1);
    const auto parts = static_cast<std::uint32_t>(m_partRingStart.size() - 1);
    const auto vertices = static_cast<std::uint32_t>(m_builtVertices);
    // Many parts are appended one after another (readInParallel): room grows geometrically, and a
    // store reserved for the whole layer keeps its arrays.
    auto makeRoom = [](auto& to, std::size_t more) {
        if (to.capacity() < to.size() + more)
            to.reserve(std::max(to.size() + more, 2 * to.capacity()));
    };
    auto appendShifted = [&](std::vector<std::uint32_t>& to, std::vector<std::uint32_t>& from, std::uint32_t shift) {
        makeRoom(to, from.size() - 1);
        for (std::size_t i = 1; i < from.size(); ++i)
            to.push_back(from[i] + shift);
        std::vector<std::uint32_t>().swap(from);
    };
    auto appendMoved = [&](auto& to, auto& from) {
        if (to.empty() && to.capacity() < from.size()) {
            to = std::move(from);
        } else {
            makeRoom(to, from.size());
            to.insert(to.end(), from.begin(), from.end());
        }
        std::remove_reference_t<decltype(from)>().swap(from);
    };
    appendMoved(m_kinds, part.m_kinds);
    appendMoved(m_fids, part.m_fids);
    appendMoved(m_bounds, part.m_bounds);
    appendMoved(m_ringHole, part.m_ringHole);
    appendShifted(m_featureRingStart, part.m_featureRingStart, rings);
    appendShifted(m_ringStart, part.m_ringStart, vertices);
    appendShifted(m_featurePartStart, part.m_featurePartStart, parts);
    appendShifted(m_partRingStart, part.m_partRingStart, rings);
    for (std::size_t i = 0; i < m_columns.size() && i < part.m_columns.size(); ++i)
        m_columns[i].append(std::move(part.m_columns[i]));
    appendMoved(m_ringOrigin, part.m_ringOrigin);
    for (auto& chunk : part.m_offsetChunks)
        m_offsetChunks.push_back(std::move(chunk));
    part.m_offsetChunks.clear();
    for (auto& chunk : part.m_exactChunks)
        m_exactChunks.push_back(std::move(chunk));
    part.m_exactChunks.clear();
    m_builtVertices += part.m_builtVertices;
    part.m_builtVertices = 0;
    m_partOpen = false;
}

std::size_t FeatureStore::memoryBytes() const
{
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    std::size_t total = bytes(m_kinds) + bytes(m_bounds) + bytes(m_featureRingStart) + bytes(m_ringStart) +
                        bytes(m_fids) + bytes(m_featurePartStart) + bytes(m_partRingStart) + bytes(m_ringHole) +
                        coordinateBytes() + m_index.memoryBytes();
    for (const auto& column : m_columns)
        total += column.memoryBytes();
    return total;
}

void FeatureStore::compactFids()
{
    // Most files number their features 1, 2, 3...: then the numbers are not kept (16 MB for 2 M).
    if (m_fids.empty())
        return;
    for (std::size_t i = 0; i < m_fids.size(); ++i)
        if (m_fids[i] != m_fids[0] + static_cast<std::int64_t>(i))
            return;
    m_firstFid = m_fids[0];
    std::vector<std::int64_t>().swap(m_fids);
}

void FeatureStore::finish()
{
    compactFids();
    for (auto& column : m_columns)
        column.finish();
    m_extent = MapRect();
    for (const auto& b : m_bounds)
        m_extent.include(b);
    m_index = SpatialIndex(m_bounds);
    joinChunks(m_offsetChunks, m_offsets);
    joinChunks(m_exactChunks, m_exact);
    m_ringOrigin.shrink_to_fit();
    slotRings();
    m_kinds.shrink_to_fit();
    m_bounds.shrink_to_fit();
    m_ringStart.shrink_to_fit();
    m_featureRingStart.shrink_to_fit();
    m_fids.shrink_to_fit();
    m_featurePartStart.shrink_to_fit();
    m_partRingStart.shrink_to_fit();
    m_ringHole.shrink_to_fit();
}

GeometryKind FeatureStore::dominantKind() const
{
    std::size_t counts[4] = {0, 0, 0, 0};
    for (auto k : m_kinds)
        ++counts[static_cast<int>(k)];
    const auto best = std::max_element(counts + 1, counts + 4);
    return *best == 0 ? GeometryKind::None : static_cast<GeometryKind>(best - counts);
}

std::vector<std::uint32_t> FeatureStore::identify(double x, double y, double tolerance) const
{
    std::vector<std::uint32_t> hits;
    const double tol2 = tolerance * tolerance;
    // Only rings that can matter: for polygons those a ray from the point east can cross (a
    // country's thousands of lakes elsewhere cannot), for lines and points those near it.
    const MapRect near = MapRect{x, y, x, y}.buffered(tolerance);
    const MapRect ray{x, y, std::numeric_limits<double>::max(), y};
    std::vector<std::uint32_t> rings;
    std::vector<double> scratch;
    for (std::uint32_t f : query(near)) {
        bool hit = false;
        bool inside = false;
        ringIndex().ringsIn(*this, f, m_kinds[f] == GeometryKind::Polygon ? ray : near, rings);
        for (std::size_t k = 0; k < rings.size() && !hit; ++k) {
            const std::uint32_t r = rings[k];
            const std::uint32_t v0 = 0, v1 = m_ringStart[r + 1] - m_ringStart[r];
            const double* c = ringXY(r, scratch);
            if (m_kinds[f] == GeometryKind::Polygon) {
                // Even-odd crossing test over all rings: holes and multi-parts both work out.
                for (std::uint32_t i = v0, j = v1 - 1; i < v1; j = i++)
                    if (geo::planar::crossesRay(x, y, c[2 * i], c[2 * i + 1], c[2 * j], c[2 * j + 1]))
                        inside = !inside;
            } else if (m_kinds[f] == GeometryKind::Line) {
                for (std::uint32_t i = v0 + 1; i < v1 && !hit; ++i)
                    hit = geo::planar::segmentDistanceSquared({x, y}, {c[2 * i - 2], c[2 * i - 1]},
                                                              {c[2 * i], c[2 * i + 1]}) <= tol2;
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

bool FeatureStore::intersects(std::size_t f, const MapRect& rect) const
{
    if (!m_bounds[f].intersects(rect))
        return false;
    std::vector<double> scratch;
    using geo::planar::Point;
    const Point corners[4] = {{rect.xMin, rect.yMin}, {rect.xMax, rect.yMin}, {rect.xMax, rect.yMax}, {rect.xMin, rect.yMax}};
    for (auto r = ringBegin(f); r < ringEnd(f); ++r) {
        const std::uint32_t v0 = 0, v1 = m_ringStart[r + 1] - m_ringStart[r];
        const double* c = ringXY(r, scratch);
        for (std::uint32_t v = v0; v < v1; ++v) {
            if (rect.contains(c[2 * v], c[2 * v + 1]))
                return true;
            if (v + 1 < v1 || m_kinds[f] == GeometryKind::Polygon) {
                const std::uint32_t w = v + 1 < v1 ? v + 1 : v0;
                Point at;
                for (int k = 0; k < 4; ++k)
                    if (geo::planar::segmentsIntersect({c[2 * v], c[2 * v + 1]}, {c[2 * w], c[2 * w + 1]}, corners[k],
                                                       corners[(k + 1) % 4], at))
                        return true;
            }
        }
    }
    // No edge meets the rectangle: it is entirely inside the polygon, or outside it.
    if (m_kinds[f] != GeometryKind::Polygon)
        return false;
    bool inside = false;
    for (auto r = ringBegin(f); r < ringEnd(f); ++r) {
        const std::uint32_t v0 = 0, v1 = m_ringStart[r + 1] - m_ringStart[r];
        const double* c = ringXY(r, scratch);
        for (std::uint32_t i = v0, j = v1 - 1; i < v1; j = i++)
            if (geo::planar::crossesRay(rect.xMin, rect.yMin, c[2 * i], c[2 * i + 1], c[2 * j], c[2 * j + 1]))
                inside = !inside;
    }
    return inside;
}

std::shared_ptr<const LodGeometry> FeatureStore::levelOfDetail(double mapUnitsPerPixel, bool build) const
{
    if (!(mapUnitsPerPixel > 0) || vertexCount() == 0)
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
    if (!build)
        return nullptr;
    auto lod = buildLod(std::ldexp(1.0, band));
    // Not worth a copy when it drops fewer than a fifth of the vertices.
    if (lod->coords.size() > 2 * vertexCount() * 4 / 5)
        lod = nullptr;
    m_lods[band] = lod;
    return lod;
}

const RingIndex& FeatureStore::ringIndex() const
{
    std::call_once(m_ringIndexOnce, [this] { m_ringIndex = std::make_unique<const RingIndex>(*this); });
    return *m_ringIndex;
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
        double worst = -1;
        std::size_t worstAt = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double px = p[2 * i] - ax, py = p[2 * i + 1] - ay;
            // Distance to the segment (to the point when a and b coincide, as in a closed ring).
            const double d2 = geo::planar::segmentDistanceSquared({px, py}, {0, 0}, {dx, dy});
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
    // Runs of features of about equal vertex counts, simplified on every core, then joined in
    // order: the same copy as one pass would make (2 M hazard areas, 49 M vertices: 4.1 s in one).
    struct Run {
        std::size_t f0 = 0, f1 = 0;
        std::vector<double> coords;
        std::vector<std::uint32_t> ringEnd; ///< vertex offsets in `coords` where each ring ends
    };
    std::vector<Run> runs;
    const std::size_t pieces = static_cast<std::size_t>(std::max(1, QThread::idealThreadCount())) * 4;
    const std::size_t perRun = std::max<std::size_t>(1, vertexCount() / pieces);
    for (std::size_t f = 0, vertices = 0; f < size(); ++f) {
        if (runs.empty() || vertices >= perRun) {
            if (!runs.empty())
                runs.back().f1 = f;
            runs.push_back({f, f, {}, {}});
            vertices = 0;
        }
        vertices += m_ringStart[ringEnd(f)] - m_ringStart[ringBegin(f)] + 1;
    }
    if (!runs.empty())
        runs.back().f1 = size();
    parallelEach(runs, [&](Run& run) {
        std::vector<std::pair<std::size_t, std::size_t>> stack;
        std::vector<char> keep;
        std::vector<double> scratch;
        std::vector<double>& out = run.coords;
        out.reserve((m_ringStart[ringEnd(run.f1 - 1)] - m_ringStart[ringBegin(run.f0)]) / 2 + 16);
        for (std::size_t f = run.f0; f < run.f1; ++f) {
            const bool polygon = m_kinds[f] == GeometryKind::Polygon;
            const std::size_t minKeep = polygon ? 4 : 2;
            for (auto r = ringBegin(f); r < ringEnd(f); ++r) {
                const double* c = ringXY(r, scratch);
                const std::uint32_t v0 = 0, v1 = m_ringStart[r + 1] - m_ringStart[r];
                const std::size_t n = v1 - v0;
                const std::size_t start = out.size();
                if (n <= minKeep || m_kinds[f] == GeometryKind::Point) {
                    out.insert(out.end(), c + 2 * v0, c + 2 * v1);
                } else {
                    // Keep a vertex when it is more than `tolerance` (Chebyshev) from the last kept
                    // one; always keep the last vertex so rings stay closed.
                    double kx = c[2 * v0], ky = c[2 * v0 + 1];
                    out.push_back(kx);
                    out.push_back(ky);
                    for (std::uint32_t i = v0 + 1; i + 1 < v1; ++i) {
                        const double x = c[2 * i], y = c[2 * i + 1];
                        if (std::abs(x - kx) > tolerance || std::abs(y - ky) > tolerance) {
                            out.push_back(x);
                            out.push_back(y);
                            kx = x;
                            ky = y;
                        }
                    }
                    out.push_back(c[2 * (v1 - 1)]);
                    out.push_back(c[2 * (v1 - 1) + 1]);
                    simplifyDouglasPeucker(out, start, tolerance, minKeep, stack, keep);
                    if ((out.size() - start) / 2 < minKeep) {
                        // Collapsed below a pixel: keep a few spread vertices so the feature still
                        // shows as a dot.
                        out.resize(start);
                        for (std::size_t k = 0; k < minKeep; ++k) {
                            const std::size_t i = v0 + (k * (n - 1)) / (minKeep - 1);
                            out.push_back(c[2 * i]);
                            out.push_back(c[2 * i + 1]);
                        }
                    }
                }
                run.ringEnd.push_back(static_cast<std::uint32_t>(out.size() / 2));
            }
        }
    });
    auto lod = std::make_shared<LodGeometry>();
    lod->tolerance = tolerance;
    // Joined on every core too: the copy's pages are first touched here (49 M vertices: 0.8 s in one).
    std::size_t total = 0;
    std::vector<std::size_t> at;
    for (const Run& run : runs) {
        at.push_back(total);
        total += run.coords.size();
    }
    lod->coords.resize(total);
    lod->ringStart.reserve(m_ringStart.size());
    lod->ringStart.push_back(0);
    for (std::size_t i = 0; i < runs.size(); ++i)
        for (std::uint32_t end : runs[i].ringEnd)
            lod->ringStart.push_back(static_cast<std::uint32_t>(at[i] / 2) + end);
    std::vector<std::size_t> order(runs.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    parallelEach(order, [&](std::size_t i) {
        std::copy(runs[i].coords.begin(), runs[i].coords.end(), lod->coords.begin() + static_cast<std::ptrdiff_t>(at[i]));
        runs[i].coords = {}; // give the memory back as we go
    });
    lod->chunks = RingChunks(lod->coords, lod->ringStart);
    return lod;
}

} // namespace mineatlas::data

namespace mineatlas::data {

void FeatureStore::write(QDataStream& out) const
{
    out << static_cast<quint32>(m_fieldNames.size());
    for (const QString& name : m_fieldNames)
        out << name;
    for (const auto& column : m_columns) {
        out << static_cast<quint64>(column.size());
        for (std::size_t r = 0; r < column.size(); ++r)
            out << column.value(r);
    }
    writeRawVector(out, m_kinds);
    if (m_fids.empty() && !m_kinds.empty()) {
        std::vector<std::int64_t> fids(m_kinds.size());
        for (std::size_t i = 0; i < fids.size(); ++i)
            fids[i] = fid(i);
        writeRawVector(out, fids);
    } else {
        writeRawVector(out, m_fids);
    }
    writeRawVector(out, m_bounds);
    writeRawVector(out, m_featureRingStart);
    writeRawVector(out, m_ringStart);
    writeRawVector(out, m_featurePartStart);
    writeRawVector(out, m_partRingStart);
    writeRawVector(out, m_ringHole);
    out << m_precision;
    writeRawVector(out, m_ringOrigin);
    writeRawVector(out, m_offsets);
    writeRawVector(out, m_exact);
    out << m_extent.xMin << m_extent.yMin << m_extent.xMax << m_extent.yMax;
    m_index.write(out);
}

namespace {
/// Reads one attribute value as `out << QVariant` wrote it, accepting only what the loader stores
/// (nothing, integers, reals, text) and text no longer than what is left to read. Left to itself,
/// Qt follows any type id in the bytes, lists of lists included, and allocates whatever length
/// they claim (libFuzzer found a damaged store asking for 21 GB).
///
/// What is left is found from `end`, the device's size taken once: QFile::bytesAvailable asks the
/// file system for the size each time (a statx call per text value made reopening two million
/// features from the store cache take 15 s).
bool readAttribute(QDataStream& in, QVariant& value, qint64 end)
{
    QIODevice* device = in.device();
    if (!device)
        return false;
    const QByteArray head = device->peek(9); // type id, null flag, a text's byte length
    if (head.size() < 5)
        return false;
    auto u32 = [&](int at) {
        return in.byteOrder() == QDataStream::BigEndian ? qFromBigEndian<quint32>(head.constData() + at)
                                                        : qFromLittleEndian<quint32>(head.constData() + at);
    };
    const quint32 type = u32(0);
    switch (type) {
    case QMetaType::UnknownType:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        break;
    case QMetaType::QString: {
        if (head.size() < 9)
            return false;
        const quint32 bytes = u32(5);
        const qint64 left = device->isSequential() ? device->bytesAvailable() : end - device->pos();
        if (bytes != 0xffffffffu && (bytes % 2 != 0 || qint64(bytes) > left - 9))
            return false;
        break;
    }
    default:
        return false;
    }
    in >> value;
    return in.status() == QDataStream::Ok && quint32(value.metaType().id()) == type;
}

/// Offsets that start at 0, never go down and end at `end`.
bool isOffsetArray(const std::vector<std::uint32_t>& v, std::size_t expectedSize, std::uint64_t end)
{
    if (v.size() != expectedSize || v.empty() || v.front() != 0 || v.back() != end)
        return false;
    return std::is_sorted(v.begin(), v.end());
}
} // namespace

bool FeatureStore::isConsistent() const
{
    const std::size_t n = m_kinds.size();
    const std::size_t rings = m_ringStart.size() - 1;
    const std::size_t parts = m_partRingStart.size() - 1;
    if (m_ringStart.empty() || m_partRingStart.empty() || m_fids.size() != n || m_bounds.size() != n ||
        m_index.size() != n || m_ringHole.size() != rings || m_ringOrigin.size() != 2 * rings)
        return false;
    for (const auto& column : m_columns)
        if (column.size() != n)
            return false;
    for (GeometryKind k : m_kinds)
        if (static_cast<std::uint8_t>(k) > static_cast<std::uint8_t>(GeometryKind::Polygon))
            return false;
    // Every vertex is in exactly one of the two arrays, at its ring's slot.
    std::uint64_t compact = 0, exact = 0;
    for (std::size_t r = 0; r < rings; ++r) {
        const std::uint64_t count = std::uint64_t(m_ringStart[r + 1]) - m_ringStart[r];
        if (std::isnan(m_ringOrigin[2 * r]))
            exact += count;
        else if (std::isfinite(m_ringOrigin[2 * r]) && std::isfinite(m_ringOrigin[2 * r + 1]))
            compact += count;
        else
            return false;
    }
    if (2 * compact != m_offsets.size() || 2 * exact != m_exact.size() || m_ringSlot.size() != rings)
        return false;
    if (!isOffsetArray(m_featureRingStart, n + 1, rings) || !isOffsetArray(m_ringStart, rings + 1, compact + exact) ||
        !isOffsetArray(m_featurePartStart, n + 1, parts) || !isOffsetArray(m_partRingStart, parts + 1, rings))
        return false;
    // The parts of each feature cover exactly its rings.
    for (std::size_t f = 0; f < n; ++f)
        if (m_partRingStart[m_featurePartStart[f]] != m_featureRingStart[f] ||
            m_partRingStart[m_featurePartStart[f + 1]] != m_featureRingStart[f + 1])
            return false;
    return true;
}

std::shared_ptr<FeatureStore> FeatureStore::read(QDataStream& in)
{
    // A damaged count could ask for more memory than there is: that is a damaged file too.
    try {
        return readUnchecked(in);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}

std::shared_ptr<FeatureStore> FeatureStore::readUnchecked(QDataStream& in)
{
    // Counts are checked against what is left to read before anything is allocated for them.
    const qint64 left = in.device() ? in.device()->bytesAvailable() : 0;
    const qint64 end = in.device() ? in.device()->size() : 0;
    quint32 fieldCount = 0;
    in >> fieldCount;
    if (in.status() != QDataStream::Ok || fieldCount > 100000 || qint64(fieldCount) * 4 > left)
        return nullptr;
    QStringList fields;
    for (quint32 i = 0; i < fieldCount && in.status() == QDataStream::Ok; ++i) {
        QString name;
        in >> name;
        fields << name;
    }
    if (in.status() != QDataStream::Ok)
        return nullptr;
    auto store = std::make_shared<FeatureStore>(fields);
    for (auto& column : store->m_columns) {
        quint64 n = 0;
        in >> n;
        // Every value takes at least four bytes in the stream.
        if (in.status() != QDataStream::Ok || n > (quint64(1) << 32) ||
            qint64(n) * 4 > (in.device() ? in.device()->bytesAvailable() : 0))
            return nullptr;
        column.reserve(static_cast<std::size_t>(n));
        QVariant v;
        for (quint64 r = 0; r < n; ++r) {
            if (!readAttribute(in, v, end))
                return nullptr;
            column.append(v);
        }
        column.finish();
    }
    if (!readRawVector(in, store->m_kinds) || !readRawVector(in, store->m_fids) ||
        !readRawVector(in, store->m_bounds) || !readRawVector(in, store->m_featureRingStart) ||
        !readRawVector(in, store->m_ringStart) || !readRawVector(in, store->m_featurePartStart) ||
        !readRawVector(in, store->m_partRingStart) || !readRawVector(in, store->m_ringHole))
        return nullptr;
    in >> store->m_precision;
    if (!readRawVector(in, store->m_ringOrigin) || !readRawVector(in, store->m_offsets) ||
        !readRawVector(in, store->m_exact))
        return nullptr;
    in >> store->m_extent.xMin >> store->m_extent.yMin >> store->m_extent.xMax >> store->m_extent.yMax;
    if (store->m_ringStart.empty())
        return nullptr;
    store->slotRings();
    if (!store->m_index.read(in) || in.status() != QDataStream::Ok || !store->isConsistent())
        return nullptr;
    store->compactFids();
    return store;
}

} // namespace mineatlas::data
