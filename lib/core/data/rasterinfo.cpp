#include "data/rasterinfo.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QFileInfo>

#include "data/gdalhandles.h"
#include "geo/coordinatetransform.h"

namespace mineatlas::data {

Result<MapRect> rasterExtent(const QString& path, const geo::Crs& mapCrs)
{
    GdalErrorCollector errors;
    const QString name = QFileInfo(path).fileName();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(),
                                              GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!ds)
        return Error{
            QStringLiteral("%1: %2").arg(name, errors.message(QStringLiteral("GDAL cannot open it")))};
    double gt[6];
    if (ds->GetGeoTransform(gt) != CE_None)
        return Error{
            QStringLiteral("%1: the raster has no georeferencing (no geotransform); it cannot be placed "
                           "on the map")
                .arg(name)};
    QString srcDef = QStringLiteral("EPSG:4326");
    if (const OGRSpatialReference* srs = ds->GetSpatialRef()) {
        char* wkt = nullptr;
        const char* options[] = {"FORMAT=WKT2_2019", nullptr};
        srs->exportToWkt(&wkt, options);
        CplStringPtr owned(wkt);
        srcDef = QString::fromUtf8(wkt);
    }
    auto t = geo::CoordinateTransform::create(srcDef, mapCrs.definition());
    if (!t)
        return Error{QStringLiteral("%1: %2").arg(name, t.error())};
    const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize();
    std::vector<double> xy;
    constexpr int kSteps = 32;
    for (int i = 0; i <= kSteps; ++i) {
        const double f = static_cast<double>(i) / kSteps;
        const double px[4] = {f * w, f * w, 0, static_cast<double>(w)};
        const double py[4] = {0, static_cast<double>(h), f * h, f * h};
        for (int k = 0; k < 4; ++k) {
            xy.push_back(gt[0] + px[k] * gt[1] + py[k] * gt[2]);
            xy.push_back(gt[3] + px[k] * gt[4] + py[k] * gt[5]);
        }
    }
    if (mapCrs.isMercator() && srcDef == QLatin1String("EPSG:4326"))
        for (std::size_t i = 1; i < xy.size(); i += 2)
            xy[i] = std::clamp(xy[i], -85.0511, 85.0511);
    t->transform(xy.data(), xy.size() / 2);
    MapRect r;
    for (std::size_t i = 0; i < xy.size(); i += 2)
        if (!std::isnan(xy[i]))
            r.include(xy[i], xy[i + 1]);
    if (r.isEmpty())
        return Error{
            QStringLiteral("%1: the raster lies outside what %2 can show").arg(name, mapCrs.authId())};
    return r;
}

} // namespace mineatlas::data
