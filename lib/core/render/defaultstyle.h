#pragma once

#include "render/style.h"

namespace mineatlas::data {
class FeatureStore;
}

namespace mineatlas::render {

/// The style a layer gets when it is opened, in the app and in mineatlas-render alike:
/// hazard layers (a `status` or `classification` field holding SHA/CHA) get the IMAS colours
/// by class; other layers a light fill (polygons) or strong colour (lines, points) picked by
/// `layerNumber` so that neighbouring layers differ. Places (points with `name` and `population`)
/// get a marker and a label beside it, shown by population at each scale (biggest first).
VectorStyle defaultStyle(const data::FeatureStore& store, int layerNumber);

} // namespace mineatlas::render
