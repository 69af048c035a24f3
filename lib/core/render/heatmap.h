#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include <QColor>
#include <QImage>
#include <QString>

#include "result.h"

namespace mineatlas::data {
class FeatureStore;
}

namespace mineatlas::render {

struct MapSettings;
struct StyledFeatures;

/// How a point layer is drawn as a heatmap: every point spreads its weight over a disc with the
/// quartic (biweight) kernel K(d) = (1 − d²/r²)² for d < r, summed at each pixel's centre.
struct HeatmapStyle {
    double radius = 20;          ///< kernel radius
    bool radiusInMetres = false; ///< else pixels at 96 dpi (scaled with the dpi)
    QString weightField;         ///< empty: every point weighs 1; values that are not numbers weigh 0
    double maximum = 0;          ///< density at the top of the ramp; 0: the largest in the view
    std::vector<QColor> ramp = defaultRamp(); ///< from just above zero to the maximum

    /// Transparent → blue → pale green → orange → red (ColorBrewer's Spectral end stops).
    static std::vector<QColor> defaultRamp();
    /// "20 px", "500 m", "20:victims": parses the renderer's --heatmap RADIUS[m]:FIELD.
    static Result<HeatmapStyle> parse(const QString& text);
};

/// A heatmap style evaluated against a store: the weight of each feature, read once.
struct HeatmapLayer {
    HeatmapStyle style;
    std::vector<float> weights;

    static std::shared_ptr<const HeatmapLayer> build(const HeatmapStyle& style, const data::FeatureStore& store);
};

/// The kernel radius in device pixels for `settings` (metres through settings.metresPerMapUnit).
double heatmapRadiusPixels(const HeatmapStyle& style, const MapSettings& settings);

/// Adds the kernels of the points of `store` (features hidden in `styled` left out) to the rows
/// y0..y1 of `grid` (settings.size, row-major, one float per pixel).
void accumulateHeatmap(const MapSettings& settings, const data::FeatureStore& store, const HeatmapLayer& heatmap,
                       const StyledFeatures* styled, int y0, int y1, std::vector<float>& grid,
                       const std::atomic<bool>& cancel);

/// The grid through the colour ramp; returns the maximum used (style.maximum or the grid's).
QImage colouriseHeatmap(const std::vector<float>& grid, QSize size, const HeatmapStyle& style, double* maximumUsed = nullptr);

} // namespace mineatlas::render
