#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QColor>
#include <QSize>
#include <QString>

#include "data/featurestore.h"
#include "geo/crs.h"
#include "geo/maprect.h"
#include "render/heatmap.h"
#include "render/style.h"
#include "time/temporal.h"

namespace mineatlas::render {

/// What a renderer needs of one layer, copied from the GUI-side layer so a worker can draw it
/// while the user keeps editing. Shared pointers keep the (immutable) data alive.
struct LayerSnapshot {
    enum class Type { Vector, Raster };
    std::uint64_t id = 0;
    std::uint64_t version = 0; ///< changes whenever data or style change (cache key)
    Type type = Type::Vector;
    double opacity = 1.0;
    std::shared_ptr<const data::FeatureStore> store;
    std::shared_ptr<const StyledFeatures> styled;
    /// Point layers drawn as a heatmap instead of markers (nullptr: drawn with `styled`).
    std::shared_ptr<const HeatmapLayer> heatmap;
    /// Accumulating temporal layers: their dates, the day shown and the version of everything but
    /// the date. A cached image of the same layer at an earlier day is then drawn on with only the
    /// features added since (what a step forward in time costs).
    std::shared_ptr<const time::TemporalIndex> accumulating;
    qint64 day = 0;
    std::uint64_t baseVersion = 0;
    QString rasterPath;
    /// A raster without georeferencing, drawn in pixel space (data::pixelSpaceGeoTransform).
    bool pixelSpace = false;
};

/// Everything one render needs, as a value: copy it and hand it to a RenderJob.
struct MapSettings {
    geo::Crs crs;
    MapRect extent;       ///< requested extent; the visible one is expanded to the image aspect
    QSize size{800, 600}; ///< output pixels
    double dpi = 96;
    QColor background{0xa9, 0xcf, 0xe4};
    bool antialiasing = true;
    bool useLevelOfDetail = true;
    /// With level of detail: when a view holds far more features than pixels, features smaller
    /// than a pixel are summed per symbol into a coverage image instead of drawn one by one.
    bool aggregateSubPixel = true;
    /// With both: a layer of many small features seen whole is drawn from an image of its small
    /// features built once per scale (render/aggregatelevel.h) instead of feature by feature.
    bool aggregateLevels = true;
    /// Set on a stripe of a larger image: that image's visible extent (empty: this is the image).
    MapRect wholeExtent;
    std::vector<LayerSnapshot> layers; ///< first = drawn on top
    /// Drawn in the top-left corner of the finished map (e.g. "Treaty status as of 23 Nov 2026").
    QString title;
    /// Polygons are cut this many pixels outside the view before drawing (their new edges then lie
    /// off-screen). 0 for devices that cannot clip (SVG): the cut is the frame itself.
    double clipMarginPixels = 8;
    /// Metres on the ground per map unit at the view's centre (0: unknown, taken as 1), for
    /// sizes given in metres such as a heatmap's radius.
    double metresPerMapUnit = 0;

    MapRect visibleExtent() const
    {
        return extent.expandedToAspect(static_cast<double>(size.width()) / std::max(1, size.height()));
    }
    double mapUnitsPerPixel() const { return visibleExtent().width() / std::max(1, size.width()); }
    /// The scale 1:N at the view's centre (0 when metresPerMapUnit is unknown).
    double scaleDenominator() const
    {
        return metresPerMapUnit > 0 ? mapUnitsPerPixel() * metresPerMapUnit * dpi / 0.0254 : 0;
    }
};

} // namespace mineatlas::render
