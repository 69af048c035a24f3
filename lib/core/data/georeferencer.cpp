#include "data/georeferencer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <gdal_alg.h>

#include "data/gdalhandles.h"
#include "feedback.h"
#include "geo/coordinatetransform.h"
#include "geo/geodesy.h"

namespace mineatlas::data {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// A GDAL transformer (polynomial or thin-plate spline) that frees itself.
struct TransformerFree {
    void operator()(void* t) const { GDALDestroyTransformer(t); }
};
using TransformerPtr = std::unique_ptr<void, TransformerFree>;

/// The points with map coordinates, as GDAL GCPs in `crs` (ids "1", "2", … after the point's
/// place in the full list), and their indices in that list.
struct Gcps {
    std::vector<GDAL_GCP> gcps;
    std::vector<std::size_t> index;
    std::vector<QByteArray> ids; ///< keeps the id strings alive
};

Result<Gcps> gcpsIn(const std::vector<ControlPoint>& points, const geo::Crs& crs)
{
    auto toCrs = geo::CoordinateTransform::create(QStringLiteral("EPSG:4326"), crs.definition());
    if (!toCrs)
        return Error{toCrs.error()};
    Gcps out;
    out.ids.reserve(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!points[i].lonLat)
            continue;
        double x = points[i].lonLat->x(), y = points[i].lonLat->y();
        if (!toCrs->transform(x, y))
            return Error{QCoreApplication::translate("Georeferencer", "Control point %1 (%2) is outside what %3 can show")
                             .arg(i + 1)
                             .arg(points[i].entered, crs.name())};
        out.ids.push_back(QByteArray::number(static_cast<qulonglong>(i + 1)));
        GDAL_GCP g{};
        g.pszId = out.ids.back().data();
        g.pszInfo = const_cast<char*>("");
        g.dfGCPPixel = points[i].pixel.x();
        g.dfGCPLine = points[i].pixel.y();
        g.dfGCPX = x;
        g.dfGCPY = y;
        out.gcps.push_back(g);
        out.index.push_back(i);
    }
    return out;
}

/// How far a set of points is from lying on one line: the square root of the smaller over the
/// larger eigenvalue of their covariance (0: on a line, 1: spread evenly).
double spread(const std::vector<QPointF>& p)
{
    double mx = 0, my = 0;
    for (const QPointF& q : p) {
        mx += q.x();
        my += q.y();
    }
    mx /= static_cast<double>(p.size());
    my /= static_cast<double>(p.size());
    double sxx = 0, syy = 0, sxy = 0;
    for (const QPointF& q : p) {
        sxx += (q.x() - mx) * (q.x() - mx);
        syy += (q.y() - my) * (q.y() - my);
        sxy += (q.x() - mx) * (q.y() - my);
    }
    const double tr = sxx + syy, det = sxx * syy - sxy * sxy;
    const double disc = std::sqrt(std::max(0.0, tr * tr / 4 - det));
    const double big = tr / 2 + disc, small = std::max(0.0, tr / 2 - disc);
    return big > 0 ? std::sqrt(small / big) : 0;
}

Result<TransformerPtr> createTransformer(const Gcps& g, GeorefMethod method)
{
    GdalErrorCollector errors;
    const int n = static_cast<int>(g.gcps.size());
    void* t = nullptr;
    switch (method) {
    case GeorefMethod::Polynomial1:
        t = GDALCreateGCPTransformer(n, g.gcps.data(), 1, FALSE);
        break;
    case GeorefMethod::Polynomial2:
        t = GDALCreateGCPTransformer(n, g.gcps.data(), 2, FALSE);
        break;
    case GeorefMethod::Polynomial3:
        t = GDALCreateGCPTransformer(n, g.gcps.data(), 3, FALSE);
        break;
    case GeorefMethod::ThinPlateSpline:
        t = GDALCreateTPSTransformer(n, g.gcps.data(), FALSE);
        break;
    }
    if (!t)
        return Error{
            QCoreApplication::translate("Georeferencer", "%1 cannot be fitted to these points (GDAL: %2); spread them over the scan")
                .arg(georefMethodName(method), errors.message(QCoreApplication::translate("Georeferencer", "no solution")))};
    return TransformerPtr(t);
}

int gcpOrder(GeorefMethod method)
{
    switch (method) {
    case GeorefMethod::Polynomial1:
        return 1;
    case GeorefMethod::Polynomial2:
        return 2;
    case GeorefMethod::Polynomial3:
        return 3;
    case GeorefMethod::ThinPlateSpline:
        return 0;
    }
    return 1;
}

/// Checks that the points can carry `method` and returns them as GCPs in `crs`.
Result<Gcps> checkedGcps(const std::vector<ControlPoint>& points, GeorefMethod method, const geo::Crs& crs)
{
    auto g = gcpsIn(points, crs);
    if (!g)
        return g;
    const int n = static_cast<int>(g->gcps.size());
    if (n < minimumPoints(method))
        return Error{(n == 1 ? QCoreApplication::translate("Georeferencer", "%1 needs at least %2 control points with map "
                                                                          "coordinates; there is %3")
                             : QCoreApplication::translate("Georeferencer", "%1 needs at least %2 control points with map "
                                                                          "coordinates; there are %3"))
                         .arg(georefMethodName(method))
                         .arg(minimumPoints(method))
                         .arg(n)};
    std::vector<QPointF> pixels, map;
    for (const GDAL_GCP& p : g->gcps) {
        pixels.emplace_back(p.dfGCPPixel, p.dfGCPLine);
        map.emplace_back(p.dfGCPX, p.dfGCPY);
    }
    // A line of points says nothing about the direction across it: every fit would be a guess.
    constexpr double kMinSpread = 0.01;
    if (spread(pixels) < kMinSpread)
        return Error{
            QCoreApplication::translate("Georeferencer", "The control points lie (almost) on one line on the scan: add points away from "
                           "that line, around the area to be placed")};
    if (spread(map) < kMinSpread)
        return Error{QCoreApplication::translate("Georeferencer", "The control points' map coordinates lie (almost) on one line: check the "
                                    "coordinates, and add points away from that line")};
    return g;
}

} // namespace

QString georefMethodName(GeorefMethod method)
{
    switch (method) {
    case GeorefMethod::Polynomial1:
        return QCoreApplication::translate("Georeferencer", "Polynomial 1 (affine)");
    case GeorefMethod::Polynomial2:
        return QCoreApplication::translate("Georeferencer", "Polynomial 2");
    case GeorefMethod::Polynomial3:
        return QCoreApplication::translate("Georeferencer", "Polynomial 3");
    case GeorefMethod::ThinPlateSpline:
        return QCoreApplication::translate("Georeferencer", "Thin-plate spline");
    }
    return {};
}

int minimumPoints(GeorefMethod method)
{
    switch (method) {
    case GeorefMethod::Polynomial1:
        return 3;
    case GeorefMethod::Polynomial2:
        return 6;
    case GeorefMethod::Polynomial3:
        return 10;
    case GeorefMethod::ThinPlateSpline:
        return 3;
    }
    return 3;
}

Result<GeorefFit> fitControlPoints(const std::vector<ControlPoint>& points, GeorefMethod method,
                                   const geo::Crs& targetCrs)
{
    auto g = checkedGcps(points, method, targetCrs);
    if (!g)
        return Error{g.error()};
    auto transformer = createTransformer(g.value(), method);
    if (!transformer)
        return Error{transformer.error()};
    auto toLonLat = geo::CoordinateTransform::create(targetCrs.definition(), QStringLiteral("EPSG:4326"));
    if (!toLonLat)
        return Error{toLonLat.error()};
    GeorefFit fit;
    fit.residualMetres.assign(points.size(), kNaN);
    fit.residualPixels.assign(points.size(), kNaN);
    const int n = static_cast<int>(g->gcps.size());
    std::vector<double> fx(n), fy(n), fz(n, 0.0), bx(n), by(n), bz(n, 0.0);
    std::vector<int> fOk(n), bOk(n);
    for (int i = 0; i < n; ++i) {
        fx[i] = g->gcps[i].dfGCPPixel;
        fy[i] = g->gcps[i].dfGCPLine;
        bx[i] = g->gcps[i].dfGCPX;
        by[i] = g->gcps[i].dfGCPY;
    }
    GDALUseTransformer(transformer->get(), FALSE, n, fx.data(), fy.data(), fz.data(), fOk.data());
    GDALUseTransformer(transformer->get(), TRUE, n, bx.data(), by.data(), bz.data(), bOk.data());
    double sumM = 0, sumP = 0;
    for (int i = 0; i < n; ++i) {
        const std::size_t k = g->index[static_cast<std::size_t>(i)];
        double lon = fx[i], lat = fy[i];
        if (fOk[i] && toLonLat->transform(lon, lat)) {
            const double m = geo::inverse(points[k].lonLat->x(), points[k].lonLat->y(), lon, lat).distanceM;
            fit.residualMetres[k] = m;
            sumM += m * m;
        }
        if (bOk[i]) {
            const double p = std::hypot(bx[i] - points[k].pixel.x(), by[i] - points[k].pixel.y());
            fit.residualPixels[k] = p;
            sumP += p * p;
        }
        if (!fOk[i] || !bOk[i])
            return Error{QCoreApplication::translate("Georeferencer", "Control point %1 cannot be sent through the fitted %2")
                             .arg(k + 1)
                             .arg(georefMethodName(method).toLower())};
    }
    fit.used = n;
    fit.rmsMetres = std::sqrt(sumM / n);
    fit.rmsPixels = std::sqrt(sumP / n);
    return fit;
}

Result<QString> warpScan(const WarpRequest& r, Feedback* feedback)
{
    GdalErrorCollector errors;
    const QString name = QFileInfo(r.scanPath).fileName();
    if (QFileInfo(r.outputPath).absoluteFilePath() == QFileInfo(r.scanPath).absoluteFilePath())
        return Error{
            QCoreApplication::translate("Georeferencer", "%1: the georeferenced copy cannot replace the scan itself; choose another "
                           "file name")
                .arg(name)};
    auto g = checkedGcps(r.points, r.method, r.targetCrs);
    if (!g)
        return Error{g.error()};
    GDALDatasetUniquePtr src(GDALDataset::Open(r.scanPath.toUtf8().constData(),
                                               GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!src)
        return Error{
            QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Georeferencer", "GDAL cannot open it")))};
    if (src->GetRasterCount() == 0)
        return Error{QCoreApplication::translate("Georeferencer", "%1: no raster bands").arg(name)};
    GDALDriver* vrtDriver = GetGDALDriverManager()->GetDriverByName("VRT");
    GDALDatasetUniquePtr vrt(vrtDriver->CreateCopy("", src.get(), FALSE, nullptr, nullptr, nullptr));
    if (!vrt)
        return Error{QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Georeferencer", "cannot copy it")))};
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (srs.SetFromUserInput(r.targetCrs.definition().toUtf8().constData()) != OGRERR_NONE)
        return Error{QCoreApplication::translate("Georeferencer", "GDAL does not know the CRS %1").arg(r.targetCrs.name())};
    if (vrt->SetGCPs(static_cast<int>(g->gcps.size()), g->gcps.data(), &srs) != CE_None)
        return Error{QStringLiteral("%1: %2").arg(
            name, errors.message(QCoreApplication::translate("Georeferencer", "cannot set the control points")))};

    const int bands = src->GetRasterCount();
    const bool hasAlpha = src->GetRasterBand(bands)->GetColorInterpretation() == GCI_AlphaBand;
    const bool paletted = src->GetRasterBand(1)->GetColorTable() != nullptr;
    QStringList args = {
        QStringLiteral("-of"),    QStringLiteral("GTiff"),
        QStringLiteral("-t_srs"), r.targetCrs.definition(),
        QStringLiteral("-r"),     paletted ? QStringLiteral("near") : QStringLiteral("bilinear"),
        QStringLiteral("-co"),    QStringLiteral("COMPRESS=DEFLATE"),
        QStringLiteral("-co"),    QStringLiteral("TILED=YES")};
    if (const int order = gcpOrder(r.method); order > 0)
        // METHOD: the control points win over a geotransform the scan may carry.
        args << QStringLiteral("-order") << QString::number(order) << QStringLiteral("-to")
             << QStringLiteral("METHOD=GCP_POLYNOMIAL");
    else
        args << QStringLiteral("-tps");
    if (!hasAlpha)
        args << QStringLiteral("-dstalpha");
    std::vector<QByteArray> argBytes;
    std::vector<char*> argv;
    for (const QString& a : args)
        argBytes.push_back(a.toUtf8());
    for (QByteArray& b : argBytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    WarpOptionsPtr options(GDALWarpAppOptionsNew(argv.data(), nullptr));
    if (!options)
        return Error{QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Georeferencer", "bad warp options")))};
    GDALWarpAppOptionsSetProgress(
        options.get(),
        [](double fraction, const char*, void* data) -> int {
            auto* f = static_cast<Feedback*>(data);
            if (!f)
                return TRUE;
            f->setProgress(fraction);
            return f->isCanceled() ? FALSE : TRUE;
        },
        feedback);

    const QByteArray out = r.outputPath.toUtf8();
    if (QFileInfo::exists(r.outputPath))
        GDALDeleteDataset(nullptr, out.constData());
    QFile::remove(r.outputPath); // whatever GDAL did not recognise as a dataset
    GDALDatasetH srcHandle = GDALDataset::ToHandle(vrt.get());
    int usageError = 0;
    GDALDatasetUniquePtr written(GDALDataset::FromHandle(
        GDALWarp(out.constData(), nullptr, 1, &srcHandle, options.get(), &usageError)));
    const bool canceled = feedback && feedback->isCanceled();
    if (!written || canceled) {
        written.reset();
        QFile::remove(r.outputPath);
        if (canceled)
            return Error{QCoreApplication::translate("Georeferencer", "Canceled")};
        return Error{QStringLiteral("%1: %2").arg(QFileInfo(r.outputPath).fileName(),
                                                  errors.message(QCoreApplication::translate("Georeferencer", "GDAL could not write it")))};
    }
    written->SetMetadataItem("TIFFTAG_IMAGEDESCRIPTION",
                             QCoreApplication::translate("Georeferencer", "%1 georeferenced by MineAtlas from %2 control points (%3)")
                                 .arg(name)
                                 .arg(g->gcps.size())
                                 .arg(georefMethodName(r.method))
                                 .toUtf8()
                                 .constData());
    written.reset(); // flush and close before anyone opens it
    if (feedback)
        feedback->setProgress(1.0);
    return r.outputPath;
}

Result<QImage> readScanPreview(const QString& path, int maxSide, QSize* fileSize)
{
    GdalErrorCollector errors;
    const QString name = QFileInfo(path).fileName();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(),
                                              GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!ds)
        return Error{
            QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Georeferencer", "GDAL cannot open it")))};
    const int bands = ds->GetRasterCount();
    if (bands == 0)
        return Error{QCoreApplication::translate("Georeferencer", "%1: no raster bands").arg(name)};
    const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize();
    if (fileSize)
        *fileSize = QSize(w, h);
    const double f = std::min(1.0, static_cast<double>(maxSide) / std::max(w, h));
    const int ow = std::max(1, static_cast<int>(std::lround(w * f))),
              oh = std::max(1, static_cast<int>(std::lround(h * f)));
    GDALRasterBand* first = ds->GetRasterBand(1);
    const GDALColorTable* table = first->GetColorTable();
    const bool alpha = bands > 1 && ds->GetRasterBand(bands)->GetColorInterpretation() == GCI_AlphaBand;
    const int colour = alpha ? bands - 1 : bands;
    std::vector<std::vector<double>> planes;
    for (int b = 1; b <= bands; ++b) {
        GDALRasterBand* band = ds->GetRasterBand(b);
        GDALRasterIOExtraArg extra;
        INIT_RASTERIO_EXTRA_ARG(extra);
        extra.eResampleAlg = table ? GRIORA_NearestNeighbour : GRIORA_Average;
        std::vector<double> v(static_cast<std::size_t>(ow) * oh);
        if (band->RasterIO(GF_Read, 0, 0, w, h, v.data(), ow, oh, GDT_Float64, 0, 0, &extra) != CE_None)
            return Error{QCoreApplication::translate("Georeferencer", "%1: reading band %2 failed: %3")
                             .arg(name)
                             .arg(b)
                             .arg(errors.message(QString()))};
        // Scans of more than 8 bits are stretched to their range.
        if (!table && band->GetRasterDataType() != GDT_Byte) {
            const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
            const double a = *lo, span = *hi > *lo ? *hi - *lo : 1;
            for (double& x : v)
                x = (x - a) * 255 / span;
        }
        planes.push_back(std::move(v));
    }
    QImage image(ow, oh, QImage::Format_ARGB32);
    auto byte = [](double v) { return std::clamp(static_cast<int>(std::lround(v)), 0, 255); };
    for (int y = 0; y < oh; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < ow; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * ow + x;
            int r, gr, b, a = alpha ? byte(planes.back()[i]) : 255;
            if (table) {
                const GDALColorEntry* e = table->GetColorEntry(static_cast<int>(planes[0][i]));
                r = e ? e->c1 : 0;
                gr = e ? e->c2 : 0;
                b = e ? e->c3 : 0;
                if (e && !alpha)
                    a = e->c4;
            } else if (colour >= 3) {
                r = byte(planes[0][i]);
                gr = byte(planes[1][i]);
                b = byte(planes[2][i]);
            } else {
                r = gr = b = byte(planes[0][i]);
            }
            line[x] = qRgba(r, gr, b, a);
        }
    }
    return image;
}

} // namespace mineatlas::data
