#include "project/identify.h"

#include "geo/coordinatetransform.h"
#include "geo/geodesy.h"
#include "project/project.h"

namespace mineatlas::project {

namespace {
bool pointInRing(const std::vector<double>& ring, double x, double y)
{
    bool inside = false;
    const std::size_t n = ring.size() / 2;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const double xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}
} // namespace

std::vector<IdentifyResult> identifyAt(const Project& project, double x, double y, double tolerance,
                                       const geo::CoordinateTransform* toLonLat)
{
    std::vector<IdentifyResult> results;
    for (int i = 0; i < project.layerCount(); ++i) {
        const MapLayer* layer = project.layerAt(i);
        if (!layer->isVisible() || !layer->store())
            continue;
        const data::FeatureStore& store = *layer->store();
        for (std::uint32_t f : store.identify(x, y, tolerance)) {
            IdentifyResult r;
            r.layerId = layer->id();
            r.layerName = layer->name();
            r.feature = f;
            for (int c = 0; c < store.fieldNames().size(); ++c)
                r.attributes.append({store.fieldNames()[c], store.attribute(f, c)});
            if (toLonLat && store.kind(f) == data::GeometryKind::Polygon) {
                std::vector<std::vector<double>> rings;
                for (auto ring = store.ringBegin(f); ring < store.ringEnd(f); ++ring) {
                    const auto v0 = store.ringStart()[ring], v1 = store.ringStart()[ring + 1];
                    std::vector<double> xy(store.coords().begin() + 2 * v0, store.coords().begin() + 2 * v1);
                    toLonLat->transform(xy.data(), xy.size() / 2);
                    rings.push_back(std::move(xy));
                }
                // Every ring counts as an outer ring of its own part here except those inside
                // another: sum of parts minus holes, via signed areas (holes wind the other way
                // in OGC data, but not in every file), so measure parts and holes separately.
                double area = 0, perimeter = 0;
                for (const auto& ring : rings) {
                    const geo::GeodesicMeasure m = geo::polygonArea({ring});
                    perimeter += m.perimeterM;
                    bool isHole = false;
                    for (const auto& other : rings)
                        if (&other != &ring && ring.size() >= 2 && pointInRing(other, ring[0], ring[1]))
                            isHole = true;
                    area += isHole ? -m.areaM2 : m.areaM2;
                }
                r.attributes.append(
                    {QStringLiteral("Area (ellipsoidal, WGS 84)"), geo::formatArea(std::max(0.0, area))});
                r.attributes.append({QStringLiteral("Perimeter (ellipsoidal)"),
                                     QStringLiteral("%L1 m").arg(perimeter, 0, 'f', 0)});
            }
            results.push_back(std::move(r));
        }
    }
    return results;
}

} // namespace mineatlas::project
