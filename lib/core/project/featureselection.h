#pragma once

#include <cstdint>
#include <vector>

#include "data/featurestore.h"
#include "geo/maprect.h"

namespace mineatlas::project {

/// How a pick on the map changes a layer's selection: Replace it, or (Ctrl held) Toggle the picked
/// features in and out of it.
enum class SelectionMode { Replace, Toggle };

/// The topmost feature of `store` under map point (x, y) (`tolerance` in map units for points and
/// lines), as identify finds it; empty when there is none.
std::vector<std::uint32_t> featuresAt(const data::FeatureStore& store, double x, double y, double tolerance);
/// The features whose geometry meets `rect` (not only their bounds), ascending.
std::vector<std::uint32_t> featuresIn(const data::FeatureStore& store, const MapRect& rect);
/// The selection after picking `picked` with `mode`: ascending, no repeats.
std::vector<std::uint32_t> combineSelection(const std::vector<std::uint32_t>& current,
                                            std::vector<std::uint32_t> picked, SelectionMode mode);
/// The union of the features' bounds (an empty rect for none).
MapRect boundsOf(const data::FeatureStore& store, const std::vector<std::uint32_t>& features);

} // namespace mineatlas::project
