#include "project/identify.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"
#include "data/ogrgeometry.h"
#include "geo/coordinatetransform.h"
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
            r.fid = store.fid(f);
            r.kind = store.kind(f);
            r.sourcePath = layer->sourcePath();
            r.sourceLayer = layer->sourceLayer();
            for (int c = 0; c < store.fieldNames().size(); ++c)
                r.attributes.append({store.fieldNames()[c], store.attribute(f, c)});
            results.push_back(std::move(r));
        }
    }
    return results;
}

Result<geo::GeodesicMeasure> measureSourceFeature(const QString& path, const QString& layerName, std::int64_t fid)
{
    data::GdalErrorCollector errors;
    const QString name = QFileInfo(path).fileName();
    if (fid < 0)
        return Error{QCoreApplication::translate("Identify", "%1: the feature has no id in its file").arg(name)};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    OGRLayer* layer = !ds ? nullptr
                      : layerName.isEmpty() ? ds->GetLayer(0)
                                            : ds->GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        return Error{QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Identify", "cannot read it again")))};
    OGRFeatureUniquePtr feature(layer->GetFeature(fid));
    if (!feature || !feature->GetGeometryRef())
        return Error{QCoreApplication::translate("Identify", "%1: feature %2 is no longer in the file").arg(name).arg(fid)};
    auto toLonLat = geo::CoordinateTransform::create(data::crsDefinition(layer->GetSpatialRef()),
                                                     QStringLiteral("EPSG:4326"));
    if (!toLonLat)
        return Error{QStringLiteral("%1: %2").arg(name, toLonLat.error())};
    data::Polygons polygons = data::polygonsOf(feature->GetGeometryRef());
    for (auto& polygon : polygons)
        for (auto& ring : polygon)
            if (toLonLat->transform(ring.data(), ring.size() / 2) > 0)
                return Error{QCoreApplication::translate("Identify", "%1: feature %2 has vertices PROJ cannot convert to WGS 84")
                                 .arg(name)
                                 .arg(fid)};
    return geo::polygonsArea(polygons);
}

} // namespace mineatlas::project
