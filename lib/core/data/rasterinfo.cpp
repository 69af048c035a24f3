#include "data/rasterinfo.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QCoreApplication>
#include <QFileInfo>

#include <gdal_alg.h>

#include "data/gdalhandles.h"
#include "geo/coordinatetransform.h"

namespace mineatlas::data {

namespace {

/// A raster placed by control points: its edges sent through GDAL's GCP polynomial into the map
/// CRS (what the renderer's warp does; control points without a CRS are taken as lon/lat).
Result<RasterFootprint> gcpFootprint(GDALDataset* ds, const QString& name, const geo::Crs& mapCrs)
{
    GdalErrorCollector errors;
    const QByteArray dst = QStringLiteral("DST_SRS=%1").arg(mapCrs.definition()).toUtf8();
    std::vector<const char*> options = {dst.constData()};
    if (!ds->GetGCPSpatialRef())
        options.push_back("SRC_SRS=EPSG:4326");
    options.push_back(nullptr);
    void* t = GDALCreateGenImgProjTransformer2(GDALDataset::ToHandle(ds), nullptr, const_cast<char**>(options.data()));
    if (!t)
        return Error{QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Raster", "its control points cannot place it")))};
    const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize();
    constexpr int kSteps = 32;
    std::vector<double> x, y, z;
    for (int i = 0; i <= kSteps; ++i) {
        const double f = static_cast<double>(i) / kSteps;
        for (auto [px, py] : {std::pair{f * w, 0.0}, {f * w, double(h)}, {0.0, f * h}, {double(w), f * h}}) {
            x.push_back(px);
            y.push_back(py);
            z.push_back(0);
        }
    }
    std::vector<int> ok(x.size());
    GDALGenImgProjTransform(t, FALSE, static_cast<int>(x.size()), x.data(), y.data(), z.data(), ok.data());
    GDALDestroyGenImgProjTransformer(t);
    MapRect r;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (ok[i] && std::isfinite(x[i]) && std::isfinite(y[i]))
            r.include(x[i], y[i]);
    if (r.isEmpty())
        return Error{QCoreApplication::translate("Raster", "%1: the raster lies outside what %2 can show").arg(name, mapCrs.authId())};
    return RasterFootprint{r, false, {w, h}};
}

} // namespace

std::array<double, 6> pixelSpaceGeoTransform(const geo::Crs& mapCrs)
{
    const double unit = mapCrs.isGeographic() ? 1e-5 : 1.0;
    return {0, unit, 0, 0, 0, -unit};
}

Result<MapRect> rasterExtent(const QString& path, const geo::Crs& mapCrs)
{
    auto footprint = rasterFootprint(path, mapCrs);
    if (!footprint)
        return Error{footprint.error()};
    if (footprint->pixelSpace)
        return Error{QCoreApplication::translate("Raster", "%1: the raster has no georeferencing (no geotransform); it cannot be placed "
                                    "on the map")
                         .arg(QFileInfo(path).fileName())};
    return footprint->extent;
}

Result<RasterFootprint> rasterFootprint(const QString& path, const geo::Crs& mapCrs)
{
    GdalErrorCollector errors;
    const QString name = QFileInfo(path).fileName();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(),
                                              GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!ds)
        return Error{
            QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Raster", "GDAL cannot open it")))};
    const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize();
    double gt[6];
    if (ds->GetGeoTransform(gt) != CE_None) {
        if (ds->GetGCPCount() > 0)
            return gcpFootprint(ds.get(), name, mapCrs);
        const auto p = pixelSpaceGeoTransform(mapCrs);
        return RasterFootprint{MapRect::fromCorners(p[0], p[3], p[0] + w * p[1], p[3] + h * p[5]), true, {w, h}};
    }
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
            QCoreApplication::translate("Raster", "%1: the raster lies outside what %2 can show").arg(name, mapCrs.authId())};
    return RasterFootprint{r, false, {w, h}};
}

} // namespace mineatlas::data
