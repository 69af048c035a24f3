#pragma once

#include <QString>

#include "geo/crs.h"
#include "geo/maprect.h"
#include "result.h"

namespace mineatlas::data {

/// The footprint of a raster file in `mapCrs` (edges sampled and transformed with PROJ, latitude
/// limited for Mercator maps). A raster without georeferencing is an error: we cannot place it.
Result<MapRect> rasterExtent(const QString& path, const geo::Crs& mapCrs);

} // namespace mineatlas::data
