#include "render/aggregatelevel.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <list>
#include <mutex>

#include <QThread>

#include "data/featurestore.h"
#include "geo/planar.h"
#include "parallel.h"
#include "render/coverageraster.h"

namespace mineatlas::render {

namespace {

/// Levels larger than this many pixels are not built: the view is then too close for the layer
/// to be drawn whole (64 MiB of image).
constexpr double kMaxCells = 16.0 * 1024 * 1024;
/// Besides the budget, at most this many scales are remembered (most of them "not worth it").
constexpr std::size_t kMaxEntries = 64;
/// A level serves views at its scale whose pixels fall on its pixels (to this fraction of one):
/// it is then copied, not resampled, and the picture is the one drawing each feature gives.
constexpr double kSameScale = 1e-9;
constexpr double kOnGrid = 1e-4;

/// How far `a` is from the nearest whole number.
double offGrid(double a)
{
    return std::abs(a - std::round(a));
}

struct Entry {
    std::weak_ptr<const data::FeatureStore> store;
    std::weak_ptr<const StyledFeatures> styled;
    double scale = 1;
    double mupp = 0;
    double x0 = 0, y1 = 0; ///< a point on its pixel grid
    double shift = 0;
    bool ready = false;                          ///< false while a thread builds it
    std::shared_ptr<const AggregateLevel> level; ///< ready and null: not worth one at this scale
    std::uint64_t lastUse = 0;
    std::size_t bytes() const { return level ? static_cast<std::size_t>(level->image.sizeInBytes()) + level->others.size() * 4 : 0; }
};

struct Cache {
    std::mutex mutex;
    std::condition_variable changed;
    std::list<Entry> entries;
    std::uint64_t clock = 0;
};

Cache& cache()
{
    static Cache c;
    return c;
}

template <typename T>
bool same(const std::weak_ptr<const T>& a, const std::shared_ptr<const T>& b)
{
    return !a.owner_before(b) && !b.owner_before(a) && !a.expired();
}

/// Drops levels of layers no longer loaded, then the least recently used until the budget holds.
void evict(Cache& c)
{
    c.entries.remove_if([](const Entry& e) { return e.ready && (e.store.expired() || e.styled.expired()); });
    std::size_t total = 0;
    for (const Entry& e : c.entries)
        total += e.bytes();
    while (total > kAggregateBudgetBytes || c.entries.size() > kMaxEntries) {
        auto oldest = c.entries.end();
        for (auto it = c.entries.begin(); it != c.entries.end(); ++it)
            if (it->ready && (it->level || total <= kAggregateBudgetBytes) &&
                (oldest == c.entries.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        if (oldest == c.entries.end())
            break;
        total -= oldest->bytes();
        c.entries.erase(oldest);
    }
}

/// Pixels around the layer's extent the image also holds (markers and outlines reach past it).
double marginPixels(double scale)
{
    return std::ceil(SmallFeatureRaster::kMaxSidePixels * scale) + 2;
}

/// Draws the small features of `layer` at `mupp` into an image whose top-left corner is (x0, y1); nullptr when
/// not worth it or canceled.
std::shared_ptr<const AggregateLevel> build(const data::FeatureStore& store, const StyledFeatures& styled, double scale,
                                            double mupp, double x0, double y1, const std::atomic<bool>& cancel)
{
    const double k = 1 / mupp;
    std::vector<QPen> pens;
    std::vector<char> takes;
    for (const Symbol& s : styled.symbols) {
        pens.push_back(penFor(s, scale));
        takes.push_back(smallRasterTakes(s, pens.back()) ? 1 : 0);
    }
    // The image: the layer's extent plus a margin for markers and outlines, from (x0, y1).
    const MapRect extent = store.extent();
    const double margin = marginPixels(scale);
    auto level = std::make_shared<AggregateLevel>();
    level->mapUnitsPerPixel = mupp;
    level->x0 = x0;
    level->y1 = y1;
    const double cols = std::ceil((extent.xMax - level->x0) * k + margin);
    const double rows = std::ceil((level->y1 - extent.yMin) * k + margin);
    if (!(cols > 0 && rows > 0) || cols * rows > kMaxCells)
        return nullptr;

    SmallFrame frame;
    frame.k = k;
    frame.x0 = level->x0;
    frame.y1 = level->y1;
    frame.scale = scale;

    // Which features go in: those drawVectorLayer would hand to SmallFeatureRaster at this scale.
    std::vector<QPointF> points;
    for (std::uint32_t f = 0; f < store.size(); ++f) {
        const int sym = f < styled.symbolOf.size() ? styled.symbolOf[f] : StyledFeatures::kHidden;
        const data::GeometryKind kind = store.kind(f);
        if (kind == data::GeometryKind::None || sym == StyledFeatures::kHidden)
            continue;
        if (kind == data::GeometryKind::Polygon && takes[static_cast<std::size_t>(sym)] &&
            addSmallPolygon(nullptr, store, f, styled.symbols[static_cast<std::size_t>(sym)], frame, points))
            ++level->aggregated;
        else
            level->others.push_back(f);
        if ((f & 0xFFFF) == 0 && cancel.load(std::memory_order_relaxed))
            return nullptr;
    }
    // Mostly large or hatched features: the image would save little.
    if (level->aggregated < kAggregateMinFeatures / 2 || level->others.size() > level->aggregated / 4)
        return nullptr;

    level->image = QImage(static_cast<int>(cols), static_cast<int>(rows), QImage::Format_ARGB32_Premultiplied);
    if (level->image.isNull())
        return nullptr;
    level->image.fill(Qt::transparent);
    // Bands of rows on every core, each drawing the features that reach it, in order.
    struct Band {
        int y0, y1;
    };
    std::vector<Band> bands;
    // Two bands a core: features near a band's edge are visited by both bands they reach, so
    // thin bands cost more (64 rows plus the margin visited 1.5 times the features).
    const int rowsPerBand =
        std::max(128, static_cast<int>(std::ceil(rows / (2.0 * std::max(1, QThread::idealThreadCount())))));
    for (int y = 0; y < level->image.height(); y += rowsPerBand)
        bands.push_back({y, std::min(level->image.height(), y + rowsPerBand)});
    std::atomic<bool> stopped{false};
    uchar* bits = level->image.bits();
    const qsizetype bytesPerLine = level->image.bytesPerLine();
    parallelEach(bands, [&](const Band& band) {
        if (stopped.load(std::memory_order_relaxed))
            return;
        QImage rowsImage(bits + band.y0 * bytesPerLine, static_cast<int>(cols), band.y1 - band.y0, bytesPerLine,
                         QImage::Format_ARGB32_Premultiplied);
        SmallFeatureRaster raster(rowsImage);
        SmallFrame bandFrame = frame;
        bandFrame.y1 = level->y1 - band.y0 * mupp;
        const MapRect rect{level->x0, level->y1 - band.y1 * mupp, level->x0 + cols * mupp, bandFrame.y1};
        std::vector<QPointF> pts;
        int current = -1;
        std::size_t counter = 0;
        for (std::uint32_t f : store.query(rect.buffered(mupp * margin))) {
            if ((++counter & 1023) == 0 && cancel.load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const int sym = f < styled.symbolOf.size() ? styled.symbolOf[f] : StyledFeatures::kHidden;
            if (sym == StyledFeatures::kHidden || store.kind(f) != data::GeometryKind::Polygon ||
                !takes[static_cast<std::size_t>(sym)])
                continue;
            const Symbol& symbol = styled.symbols[static_cast<std::size_t>(sym)];
            if (sym != current) {
                const QPen& pen = pens[static_cast<std::size_t>(sym)];
                raster.setSymbol(symbol.fill, symbol.stroke, pen.style() == Qt::NoPen ? 0 : pen.widthF());
                current = sym;
            }
            addSmallPolygon(&raster, store, f, symbol, bandFrame, pts);
        }
    });
    if (stopped.load() || cancel.load())
        return nullptr;
    return level;
}

} // namespace

QPen penFor(const Symbol& s, double scale)
{
    if (s.strokeWidth <= 0 || s.stroke.alpha() == 0)
        return Qt::NoPen;
    QPen pen(s.stroke, s.strokeWidth * scale, s.strokeStyle);
    pen.setJoinStyle(Qt::BevelJoin);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

bool smallRasterTakes(const Symbol& symbol, const QPen& pen)
{
    return symbol.hatch == Qt::NoBrush &&
           (pen.style() == Qt::NoPen || (pen.style() == Qt::SolidLine && pen.widthF() <= 1.0));
}

bool addSmallPolygon(SmallFeatureRaster* raster, const data::FeatureStore& store, std::uint32_t f, const Symbol& symbol,
                     const SmallFrame& frame, std::vector<QPointF>& points)
{
    const MapRect& bounds = store.bounds(f);
    const double k = frame.k;
    if (symbol.markerBelowPx > 0 && std::max(bounds.width(), bounds.height()) * k < symbol.markerBelowPx * frame.scale) {
        // Too small to read as an area at this scale: a marker at its centre instead.
        if (raster)
            raster->addDisc((bounds.centerX() - frame.x0) * k, (frame.y1 - bounds.centerY()) * k,
                            symbol.markerSize * frame.scale);
        return true;
    }
    const std::uint32_t r0 = store.ringBegin(f), r1 = store.ringEnd(f);
    if (r1 - r0 != 1)
        return false;
    const double mupp = 1 / k;
    if (bounds.width() < mupp && bounds.height() < mupp) {
        if (raster) {
            const double area = std::abs(store.ringArea2(r0)) / 2 * k * k;
            raster->addSubPixel((bounds.centerX() - frame.x0) * k, (frame.y1 - bounds.centerY()) * k, area);
        }
        return true;
    }
    if (bounds.width() * k > SmallFeatureRaster::kMaxSidePixels || bounds.height() * k > SmallFeatureRaster::kMaxSidePixels)
        return false;
    if (raster) {
        points.clear();
        const data::RingCoords c = store.ring(r0);
        if (c.exact) {
            for (std::uint32_t i = 0; i < c.count; ++i)
                points.emplace_back((c.exact[2 * i] - frame.x0) * k, (frame.y1 - c.exact[2 * i + 1]) * k);
        } else {
            const double bx = (c.ox - frame.x0) * k, by = (frame.y1 - c.oy) * k;
            for (std::uint32_t i = 0; i < c.count; ++i)
                points.emplace_back(bx + c.offsets[2 * i] * k, by - c.offsets[2 * i + 1] * k);
        }
        raster->addRing(points.data(), points.size());
    }
    return true;
}

std::shared_ptr<const AggregateLevel> aggregateLevel(const MapSettings& settings, const LayerSnapshot& layer, double shift,
                                                     const std::atomic<bool>& cancel)
{
    if (!layer.store || !layer.styled || layer.store->size() < kAggregateMinFeatures || !layer.styled->maxScale.empty())
        return nullptr;
    const data::FeatureStore& store = *layer.store;
    const MapRect wholeView = settings.wholeExtent.isEmpty() ? settings.visibleExtent() : settings.wholeExtent;
    const double mupp = settings.mapUnitsPerPixel();
    const double scale = settings.dpi / 96.0;
    // The view, in the coordinates of the copy of the world the layer is drawn in.
    const MapRect whole{wholeView.xMin - shift, wholeView.yMin, wholeView.xMax - shift, wholeView.yMax};
    // Worth it only when the view shows much of the layer: the level holds all of it.
    const MapRect extent = store.extent().buffered(mupp);
    const double shownWidth = std::min(extent.xMax, whole.xMax) - std::max(extent.xMin, whole.xMin);
    const double shownHeight = std::min(extent.yMax, whole.yMax) - std::max(extent.yMin, whole.yMin);
    if (!(mupp > 0) || shownWidth <= 0 || shownHeight <= 0 ||
        shownWidth * shownHeight * 4 < extent.width() * extent.height())
        return nullptr;

    Cache& c = cache();
    std::unique_lock lock(c.mutex);
    for (;;) {
        // A level of this layer and style at this scale on this view's pixel grid.
        Entry* best = nullptr;
        for (Entry& e : c.entries)
            if (e.scale == scale && e.shift == shift && std::abs(e.mupp / mupp - 1) < kSameScale &&
                offGrid((whole.xMin - e.x0) / mupp) < kOnGrid && offGrid((e.y1 - whole.yMax) / mupp) < kOnGrid &&
                same(e.store, layer.store) && same(e.styled, layer.styled)) {
                best = &e;
                break;
            }
        if (best && best->ready) {
            best->lastUse = ++c.clock;
            return best->level;
        }
        if (!best)
            break;
        // Another thread (another stripe of this render, or an earlier render) is building it.
        c.changed.wait_for(lock, std::chrono::milliseconds(20));
        if (cancel.load())
            return nullptr;
    }
    // Anchored on the view's pixel grid, with the layer's extent and a margin inside.
    const double margin = marginPixels(scale);
    const MapRect layerExtent = store.extent();
    const double x0 = whole.xMin - std::ceil((whole.xMin - layerExtent.xMin) / mupp + margin) * mupp;
    const double y1 = whole.yMax + std::ceil((layerExtent.yMax - whole.yMax) / mupp + margin) * mupp;
    auto it = c.entries.insert(c.entries.end(),
                               Entry{layer.store, layer.styled, scale, mupp, x0, y1, shift, false, nullptr, ++c.clock});
    lock.unlock();
    std::shared_ptr<const AggregateLevel> level;
    bool failed = false;
    try {
        level = build(store, *layer.styled, scale, mupp, x0, y1, cancel);
    } catch (...) {
        failed = true;
    }
    lock.lock();
    if (cancel.load() || failed) {
        // Not finished: whoever waits for it builds it again (a render that was not canceled).
        c.entries.erase(it);
        c.changed.notify_all();
        return nullptr;
    }
    it->level = level;
    it->ready = true;
    evict(c);
    c.changed.notify_all();
    return level;
}

AggregateLevelStats aggregateLevelStats()
{
    Cache& c = cache();
    std::lock_guard lock(c.mutex);
    evict(c);
    AggregateLevelStats stats;
    for (const Entry& e : c.entries)
        if (e.ready && e.level) {
            ++stats.levels;
            stats.bytes += e.bytes();
        }
    return stats;
}

void clearAggregateLevels()
{
    Cache& c = cache();
    std::lock_guard lock(c.mutex);
    c.entries.remove_if([](const Entry& e) { return e.ready; });
}

} // namespace mineatlas::render
