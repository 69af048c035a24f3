#pragma once

#include <atomic>
#include <vector>

#include <QPainter>

#include "export/layoutcontent.h"
#include "export/layoutsettings.h"
#include "hazard/statistics.h"

namespace mineatlas::exporting {

/// How the map frame is drawn: as vectors (PDF, SVG: polygons and text stay vector and
/// selectable) or as one rendered image (PNG, previews: faster, the same pixels as the canvas).
enum class MapDrawing { Vector, Raster };

/// Paints one page of `settings` with `content` on `painter`, whose device is the whole page at
/// `dpi` device units per inch (a QImage, QPdfWriter or QSvgGenerator sized for the page). Runs on
/// any thread; polls `cancel` while drawing the map.
void paintLayout(QPainter& painter, double dpi, const LayoutSettings& settings, const LayoutContent& content,
                 const std::vector<hazard::HazardStatistics>& hazards, MapDrawing drawing,
                 const std::atomic<bool>& cancel);

/// A legend swatch of symbol `s` in `box` (a line, a dot or a filled box with its outline).
void drawSwatch(QPainter& p, const QRectF& box, const render::Symbol& s, data::GeometryKind kind, double dpi);

/// A colour ramp (a heatmap's) from left to right in `box`, outlined.
void drawRampSwatch(QPainter& p, const QRectF& box, const std::vector<QColor>& ramp);

/// The page in device units at `dpi`.
QSizeF pageSizeAt(const LayoutSettings& settings, double dpi);

} // namespace mineatlas::exporting
