#include "project/featureselection.h"

#include <algorithm>
#include <iterator>

namespace mineatlas::project {

std::vector<std::uint32_t> featuresAt(const data::FeatureStore& store, double x, double y, double tolerance)
{
    const auto hits = store.identify(x, y, tolerance);
    if (hits.empty())
        return {};
    return {hits.front()};
}

std::vector<std::uint32_t> featuresIn(const data::FeatureStore& store, const MapRect& rect)
{
    std::vector<std::uint32_t> out;
    for (const std::uint32_t f : store.query(rect))
        if (store.intersects(f, rect))
            out.push_back(f);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::uint32_t> combineSelection(const std::vector<std::uint32_t>& current,
                                            std::vector<std::uint32_t> picked, SelectionMode mode)
{
    std::sort(picked.begin(), picked.end());
    picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
    if (mode == SelectionMode::Replace)
        return picked;
    std::vector<std::uint32_t> sorted = current;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::uint32_t> out;
    std::set_symmetric_difference(sorted.begin(), sorted.end(), picked.begin(), picked.end(),
                                  std::back_inserter(out));
    return out;
}

MapRect boundsOf(const data::FeatureStore& store, const std::vector<std::uint32_t>& features)
{
    MapRect r;
    for (const std::uint32_t f : features)
        if (f < store.size())
            r.include(store.bounds(f));
    return r;
}

} // namespace mineatlas::project
