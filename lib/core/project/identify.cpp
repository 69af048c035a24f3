#include "project/identify.h"

#include "project/project.h"

namespace mineatlas::project {

std::vector<IdentifyResult> identifyAt(const Project& project, double x, double y, double tolerance)
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
            results.push_back(std::move(r));
        }
    }
    return results;
}

} // namespace mineatlas::project
