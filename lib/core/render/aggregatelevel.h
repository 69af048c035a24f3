#pragma once

// A layer's small features drawn once per scale into an image anchored to the map.
//
// A national view of two million hazard areas holds about as many features as the image has
// pixels, nearly all of them a few pixels across: drawn one by one (render/coverageraster.h) that
// is about a microsecond each, two seconds a frame. Here the features SmallFeatureRaster would
// draw at a scale are drawn once, in the same way and order, into an image of the whole layer
// whose pixels are the view's pixels (same size, rows and columns on the same grid), and kept like
// a level of detail. A redraw at that scale (a pan, a refresh, another layer changed) then costs
// one copy of that image plus the features too large for it, and gives the same pixels. A view at
// another scale, or between its pixels, gets a level of its own: never a resampled picture.
//
// Only for layers of many features seen whole or nearly (see aggregateLevel), drawn on a painter
// SmallFeatureRaster can write to. The features left out of the image are drawn over it, so
// where a large area and small ones overlap, the large one is on top.

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include <QImage>
#include <QPen>
#include <QPointF>

#include "render/mapsettings.h"

namespace mineatlas::render {

class SmallFeatureRaster;

/// The pen a symbol is drawn with at `scale` (dpi / 96): none for no or a transparent outline.
QPen penFor(const Symbol& symbol, double scale);

/// Whether SmallFeatureRaster draws polygons of this symbol: no hatch, and no outline or a solid
/// one at most a pixel wide (a dash needs the stroker, a wider pen reaches past the pixels its
/// centre line crosses).
bool smallRasterTakes(const Symbol& symbol, const QPen& pen);

/// Where map coordinates land in an image: pixel = ((x - x0) * k, (y1 - y) * k).
struct SmallFrame {
    double k = 1;       ///< pixels per map unit
    double x0 = 0;      ///< map x of the image's left edge
    double y1 = 0;      ///< map y of the image's top edge
    double scale = 1;   ///< dpi / 96 (marker sizes)
};

/// Draws polygon `f` of `store` into `raster` (its symbol already set) when it is small at this
/// scale: a marker (below the symbol's markerBelowPx), an area below a pixel, or a single ring at
/// most SmallFeatureRaster::kMaxSidePixels across; returns whether it was. With `raster` null it
/// only decides. The symbol must be one smallRasterTakes. Rings are drawn from the store's own
/// vertices, never a level-of-detail copy: scan converting a ring of a few pixels costs little
/// per vertex, and a layer drawn all from small rings then needs no copy (2 M hazards: 2.9 s and
/// ~280 MB saved at each new scale).
bool addSmallPolygon(SmallFeatureRaster* raster, const data::FeatureStore& store, std::uint32_t f,
                     const Symbol& symbol, const SmallFrame& frame, std::vector<QPointF>& points);

/// The small features of a layer at one scale, drawn.
struct AggregateLevel {
    double mapUnitsPerPixel = 0;
    double x0 = 0, y1 = 0;             ///< map point of the image's top-left corner
    QImage image;                      ///< premultiplied; the whole layer plus a margin
    std::vector<std::uint32_t> others; ///< features not in the image (larger, hatched…), draw order
    std::size_t aggregated = 0;        ///< features in the image
};

/// The level to draw `layer` with in `settings` (for a stripe, settings.wholeExtent is the whole
/// image's extent), built on first use: nullptr when its features are better drawn one by one (a
/// layer of fewer than kAggregateMinFeatures, a view showing less than a quarter of its extent, scale-
/// dependent visibility, too many features too large for it, an image past kMaxCells) or when
/// `cancel` was set while building. `shift` moves the layer east by that many map units (the copy
/// of the world the view shows). Safe from any number of threads: one builds, the others wait.
std::shared_ptr<const AggregateLevel> aggregateLevel(const MapSettings& settings, const LayerSnapshot& layer, double shift,
                                                     const std::atomic<bool>& cancel);

/// Layers with fewer features are drawn one by one.
constexpr std::size_t kAggregateMinFeatures = 10'000;

/// What the levels of all layers may hold together; the least recently used go first.
constexpr std::size_t kAggregateBudgetBytes = 160u * 1024 * 1024;

/// The levels held (those of layers no longer loaded are dropped first) and their bytes.
struct AggregateLevelStats {
    std::size_t levels = 0;
    std::size_t bytes = 0;
};
AggregateLevelStats aggregateLevelStats();

/// Forgets every level built (tests; the levels of layers no longer loaded go by themselves).
void clearAggregateLevels();

} // namespace mineatlas::render
