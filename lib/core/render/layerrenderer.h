#pragma once

#include <atomic>

#include <QImage>
#include <QString>
#include <QStringList>

#include "render/mapsettings.h"
#include "result.h"

namespace mineatlas::render {

/// Draws one layer of `settings` into its own transparent image (size settings.size).
/// Safe to call from any thread; polls `cancel` between features. Raster layers are read through
/// GDAL overviews at the output resolution and warped into the map CRS. A raster whose blocks or
/// tiles GDAL cannot decode is drawn with those empty (GeoTIFF: value 0), and `warnings` says so.
Result<QImage> renderLayer(const MapSettings& settings, const LayerSnapshot& layer,
                           const std::atomic<bool>& cancel, QStringList* warnings = nullptr);

/// Draws the features of a vector layer on `painter` (already set up for the image of `settings`),
/// without labels: callers that split the image into stripes draw labels once, on the whole image.
void drawVectorLayer(QPainter& painter, const MapSettings& settings, const LayerSnapshot& layer,
                     const std::atomic<bool>& cancel);

/// Draws the layer's labels (if its style has any) over the whole image of `settings`. With
/// `asText` the letters are drawn as text (selectable in a PDF), over a halo path.
void drawVectorLabels(QPainter& painter, const MapSettings& settings, const LayerSnapshot& layer, bool asText = false);

} // namespace mineatlas::render
