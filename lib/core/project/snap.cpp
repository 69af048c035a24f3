#include "project/snap.h"

#include <algorithm>
#include <cmath>

#include "geo/planar.h"
#include "project/project.h"

namespace mineatlas::project {

std::optional<QPointF> snapPoint(const Project& project, QPointF map, double tolerance, bool edges)
{
    const double x = map.x(), y = map.y();
    double bestVertex = tolerance * tolerance, bestEdge = bestVertex;
    std::optional<QPointF> vertex, edge;
    const MapRect around = MapRect{x, y, x, y}.buffered(tolerance);
    for (int i = 0; i < project.layerCount(); ++i) {
        const MapLayer* layer = project.layerAt(i);
        if (!layer->isVisible() || !layer->store())
            continue;
        const data::FeatureStore& s = *layer->store();
        std::vector<double> scratch;
        for (std::uint32_t f : s.query(around))
            for (auto r = s.ringBegin(f); r < s.ringEnd(f); ++r) {
                const double* c = s.ringXY(r, scratch);
                const std::uint32_t v0 = 0, v1 = s.ringStart()[r + 1] - s.ringStart()[r];
                for (auto v = v0; v < v1; ++v) {
                    const double dx = c[2 * v] - x, dy = c[2 * v + 1] - y;
                    if (dx * dx + dy * dy < bestVertex) {
                        bestVertex = dx * dx + dy * dy;
                        vertex = QPointF(c[2 * v], c[2 * v + 1]);
                    }
                    if (!edges || v + 1 >= v1)
                        continue;
                    const geo::planar::Point on =
                        geo::planar::closestOnSegment({x, y}, {c[2 * v], c[2 * v + 1]}, {c[2 * v + 2], c[2 * v + 3]});
                    const double d2 = (on.x - x) * (on.x - x) + (on.y - y) * (on.y - y);
                    if (d2 < bestEdge) {
                        bestEdge = d2;
                        edge = QPointF(on.x, on.y);
                    }
                }
            }
    }
    return vertex ? vertex : edge; // a vertex in reach wins over a nearer edge
}

} // namespace mineatlas::project
