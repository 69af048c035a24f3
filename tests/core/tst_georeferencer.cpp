#include <cmath>
#include <random>

#include <QtTest>

#include <GeographicLib/Geodesic.hpp>
#include <gdal.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "data/georefcontroller.h"
#include "data/georeferencer.h"
#include "data/rasterinfo.h"
#include "render/renderjob.h"
#include "sketchscan.h"

using namespace mineatlas;

namespace {

/// Solves the least-squares problem min |A c - b| by the normal equations (Gaussian elimination
/// with partial pivoting in long double): the reference the polynomial fits are checked against.
std::vector<double> leastSquares(const std::vector<std::vector<double>>& a, const std::vector<double>& b)
{
    const std::size_t n = a.front().size();
    std::vector<std::vector<long double>> m(n, std::vector<long double>(n + 1, 0));
    for (std::size_t r = 0; r < a.size(); ++r)
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j)
                m[i][j] += static_cast<long double>(a[r][i]) * a[r][j];
            m[i][n] += static_cast<long double>(a[r][i]) * b[r];
        }
    for (std::size_t c = 0; c < n; ++c) {
        std::size_t p = c;
        for (std::size_t r = c + 1; r < n; ++r)
            if (std::fabs(m[r][c]) > std::fabs(m[p][c]))
                p = r;
        std::swap(m[c], m[p]);
        for (std::size_t r = 0; r < n; ++r)
            if (r != c) {
                const long double f = m[r][c] / m[c][c];
                for (std::size_t k = c; k <= n; ++k)
                    m[r][k] -= f * m[c][k];
            }
    }
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = static_cast<double>(m[i][n] / m[i][i]);
    return x;
}

/// The terms of a complete polynomial of order 2 in (u, v), centred and scaled for conditioning.
std::vector<double> terms2(double u, double v)
{
    return {1, u, v, u * u, u * v, v * v};
}

/// The output GeoTIFF as an RGBA image plus its geotransform, read back through GDAL.
QImage readRgba(const QString& path, double gt[6], QString* crs)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER));
    if (!ds || ds->GetRasterCount() != 4 || ds->GetGeoTransform(gt) != CE_None)
        return {};
    if (const OGRSpatialReference* srs = ds->GetSpatialRef())
        *crs = QStringLiteral("%1:%2").arg(QString::fromUtf8(srs->GetAuthorityName(nullptr)),
                                           QString::fromUtf8(srs->GetAuthorityCode(nullptr)));
    const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize();
    std::vector<std::vector<GByte>> planes(4, std::vector<GByte>(static_cast<std::size_t>(w) * h));
    for (int b = 0; b < 4; ++b)
        if (ds->GetRasterBand(b + 1)->RasterIO(GF_Read, 0, 0, w, h, planes[b].data(), w, h, GDT_Byte, 0, 0,
                                               nullptr) != CE_None)
            return {};
    QImage image(w, h, QImage::Format_ARGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * w + x;
            image.setPixel(x, y, qRgba(planes[0][i], planes[1][i], planes[2][i], planes[3][i]));
        }
    return image;
}

} // namespace

/// Scans without georeferencing are opened in pixel space, placed from control points (GDAL's
/// polynomials and thin-plate spline) and written as GeoTIFFs through GDAL's warper; the result
/// is read back through GDAL and measured against a reference GeoTIFF of the same sheet.
class TestGeoreferencer : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_reference, m_scan;

    /// The control points of the first `n` marks: where they are on the scan, and the
    /// reference's lon/lat for them.
    std::vector<data::ControlPoint> controlPoints(int n) const
    {
        std::vector<data::ControlPoint> points;
        for (int i = 0; i < n; ++i) {
            const sketch::Mark& m = sketch::marks()[static_cast<std::size_t>(i)];
            points.push_back(
                {sketch::scanTransform().map(m.pixel), sketch::lonLatOf(sketch::utmOf(m.pixel)), {}});
        }
        return points;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        m_reference = m_dir.filePath("reference.tif");
        m_scan = m_dir.filePath("scan.png");
        QVERIFY(
            sketch::write(sketch::draw({sketch::kWidth, sketch::kHeight}, {}), m_reference, "GTiff", true));
        QVERIFY(
            sketch::write(sketch::draw(sketch::scanSize(), sketch::scanTransform()), m_scan, "PNG", false));
    }

    void scanWithoutGeoreferencingOpensInPixelSpace()
    {
        auto footprint = data::rasterFootprint(m_scan, geo::Crs::webMercator());
        QVERIFY2(footprint, qPrintable(footprint.error()));
        QVERIFY(footprint->pixelSpace);
        QCOMPARE(footprint->pixels, sketch::scanSize());
        QCOMPARE(footprint->extent.xMin, 0.0);
        QCOMPARE(footprint->extent.xMax, 900.0);
        QCOMPARE(footprint->extent.yMin, -640.0);
        QCOMPARE(footprint->extent.yMax, 0.0);
        auto degrees = data::rasterFootprint(m_scan, geo::Crs::wgs84());
        QVERIFY(degrees && degrees->pixelSpace);
        QVERIFY(qFuzzyCompare(degrees->extent.xMax, 900 * 1e-5));
        // The reference is placed by its geotransform, as before.
        auto placed = data::rasterFootprint(m_reference, geo::Crs::fromUserString(sketch::kCrs).value());
        QVERIFY(placed && !placed->pixelSpace);
        QVERIFY(qAbs(placed->extent.xMin - sketch::kX0) < 1e-6 &&
                qAbs(placed->extent.yMax - sketch::kY0) < 1e-6);

        // Drawn in pixel space: the scan's red mark lands at its pixel (x, -y) in map units.
        render::MapSettings s;
        s.crs = geo::Crs::webMercator();
        s.extent = {0, -640, 900, 0};
        s.size = QSize(900, 640);
        s.background = Qt::white;
        render::LayerSnapshot layer;
        layer.type = render::LayerSnapshot::Type::Raster;
        layer.rasterPath = m_scan;
        layer.pixelSpace = true;
        s.layers.push_back(layer);
        std::atomic<bool> cancel{false};
        const render::RenderResult r = render::renderMap(s, cancel);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join('\n')));
        const QPointF red = sketch::scanTransform().map(sketch::marks()[0].pixel);
        const QPointF found =
            sketch::find(r.image.convertToFormat(QImage::Format_ARGB32), sketch::marks()[0].colour);
        QVERIFY2(QLineF(red, found).length() < 1.0,
                 qPrintable(QStringLiteral("%1,%2").arg(found.x()).arg(found.y())));
    }

    void rasterPlacedByControlPointsOnlyHasItsFootprint()
    {
        // What other tools write: the scan with GCPs (no geotransform). It used to be refused too.
        GDALDatasetUniquePtr scan(GDALDataset::Open(m_scan.toUtf8().constData(), GDAL_OF_RASTER));
        const auto points = controlPoints(4);
        std::vector<GDAL_GCP> gcps(4);
        std::vector<QByteArray> ids;
        for (int i = 0; i < 4; ++i) {
            ids.push_back(QByteArray::number(i + 1));
            const QPointF e = sketch::utmOf(sketch::marks()[i].pixel);
            gcps[i] = {ids.back().data(),
                       const_cast<char*>(""),
                       points[i].pixel.x(),
                       points[i].pixel.y(),
                       e.x(),
                       e.y(),
                       0};
        }
        OGRSpatialReference srs;
        srs.SetFromUserInput(sketch::kCrs);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const QString path = m_dir.filePath("gcps.tif");
        {
            GDALDatasetUniquePtr copy(GetGDALDriverManager()->GetDriverByName("GTiff")->CreateCopy(
                path.toUtf8().constData(), scan.get(), FALSE, nullptr, nullptr, nullptr));
            QVERIFY(copy);
            QCOMPARE(copy->SetGCPs(4, gcps.data(), &srs), CE_None);
        }
        auto footprint = data::rasterFootprint(path, geo::Crs::fromUserString(sketch::kCrs).value());
        QVERIFY2(footprint, qPrintable(footprint.error()));
        QVERIFY(!footprint->pixelSpace);
        // The scan's corners taken back to the sheet (the scan is the sheet turned and enlarged).
        const QTransform back = sketch::scanTransform().inverted();
        MapRect want;
        for (QPointF corner : {QPointF(0, 0), QPointF(900, 0), QPointF(900, 640), QPointF(0, 640)}) {
            const QPointF e = sketch::utmOf(back.map(corner));
            want.include(e.x(), e.y());
        }
        QVERIFY2(qAbs(footprint->extent.xMin - want.xMin) < 0.5 &&
                     qAbs(footprint->extent.xMax - want.xMax) < 0.5 &&
                     qAbs(footprint->extent.yMin - want.yMin) < 0.5 &&
                     qAbs(footprint->extent.yMax - want.yMax) < 0.5,
                 qPrintable(QStringLiteral("%1 %2 %3 %4 vs %5 %6 %7 %8")
                                .arg(footprint->extent.xMin, 0, 'f', 1)
                                .arg(footprint->extent.yMin, 0, 'f', 1)
                                .arg(footprint->extent.xMax, 0, 'f', 1)
                                .arg(footprint->extent.yMax, 0, 'f', 1)
                                .arg(want.xMin, 0, 'f', 1)
                                .arg(want.yMin, 0, 'f', 1)
                                .arg(want.xMax, 0, 'f', 1)
                                .arg(want.yMax, 0, 'f', 1)));
    }

    void fourPointsPlaceTheScanWithinOnePixel_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::newRow("UTM 36N, the reference's CRS") << QString::fromLatin1(sketch::kCrs);
        QTest::newRow("WGS 84 lon/lat") << QStringLiteral("EPSG:4326");
    }
    void fourPointsPlaceTheScanWithinOnePixel()
    {
        QFETCH(QString, crs);
        const geo::Crs target = geo::Crs::fromUserString(crs).value();
        const auto points = controlPoints(4);
        auto fit = data::fitControlPoints(points, data::GeorefMethod::Polynomial1, target);
        QVERIFY2(fit, qPrintable(fit.error()));
        QCOMPARE(fit->used, 4);
        // An affine map is exact here (the scan is the sheet turned and enlarged); in lon/lat
        // the grid's curvature over 1.2 km leaves a few centimetres.
        QVERIFY2(fit->rmsMetres < 0.05, qPrintable(QString::number(fit->rmsMetres)));
        QVERIFY2(fit->rmsPixels < 0.05, qPrintable(QString::number(fit->rmsPixels)));

        const QString out = m_dir.filePath(QStringLiteral("out_%1.tif").arg(QString(crs).replace(':', '_')));
        Feedback feedback;
        auto written =
            data::warpScan({m_scan, points, data::GeorefMethod::Polynomial1, target, out}, &feedback);
        QVERIFY2(written, qPrintable(written.error()));
        double gt[6];
        QString outCrs;
        const QImage image = readRgba(out, gt, &outCrs);
        QVERIFY(!image.isNull());
        QCOMPARE(outCrs, crs);
        QCOMPARE(gt[2], 0.0); // north up
        // Every mark, control or not, where the reference puts it: the distance on the ground,
        // in reference pixels (2 m).
        auto toLonLat = [&](QPointF georef) {
            if (target.isGeographic())
                return georef;
            return sketch::lonLatOf(georef);
        };
        const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
        double worst = 0;
        for (const sketch::Mark& m : sketch::marks()) {
            const QPointF px = sketch::find(image, m.colour);
            QVERIFY2(px.x() >= 0, qPrintable(m.colour.name()));
            const QPointF at =
                toLonLat({gt[0] + px.x() * gt[1] + px.y() * gt[2], gt[3] + px.x() * gt[4] + px.y() * gt[5]});
            const QPointF want = sketch::lonLatOf(sketch::utmOf(m.pixel));
            double metres = 0;
            wgs84.Inverse(want.y(), want.x(), at.y(), at.x(), metres);
            worst = std::max(worst, metres / sketch::kPixel);
            QVERIFY2(metres < sketch::kPixel,
                     qPrintable(QStringLiteral("%1 is %2 m off").arg(m.colour.name()).arg(metres)));
        }
        qInfo("worst mark %.2f reference pixels off", worst);
    }

    void residualsMatchAnIndependentFit_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("polynomial 2") << int(data::GeorefMethod::Polynomial2);
        QTest::newRow("thin-plate spline") << int(data::GeorefMethod::ThinPlateSpline);
    }
    void residualsMatchAnIndependentFit()
    {
        QFETCH(int, method);
        // Twelve points on a scan 2000 × 1500 px, a slightly bent sheet, and map coordinates read
        // with a few metres of error.
        std::mt19937 random(14);
        std::normal_distribution<double> noise(0, 3.0);
        std::vector<data::ControlPoint> points;
        std::vector<QPointF> utm;
        for (int i = 0; i < 12; ++i) {
            const QPointF px(100 + (i % 4) * 600 + 37 * (i / 4), 120 + (i / 4) * 600 + 23 * (i % 4));
            const double u = px.x() / 1000, v = px.y() / 1000;
            const QPointF e(330000 + 1500 * u + 120 * v + 40 * u * u + noise(random),
                            5600000 - 1500 * v + 90 * u - 30 * u * v + noise(random));
            utm.push_back(e);
            points.push_back({px, sketch::lonLatOf(e), {}});
        }
        points.push_back({{500, 500}, std::nullopt, {}}); // no coordinate yet: left out
        const auto m = static_cast<data::GeorefMethod>(method);
        auto fit = data::fitControlPoints(points, m, geo::Crs::fromUserString(sketch::kCrs).value());
        QVERIFY2(fit, qPrintable(fit.error()));
        QCOMPARE(fit->used, 12);
        QVERIFY(std::isnan(fit->residualMetres[12]) && std::isnan(fit->residualPixels[12]));
        const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
        if (m == data::GeorefMethod::ThinPlateSpline) {
            // A thin-plate spline passes through every point.
            for (int i = 0; i < 12; ++i) {
                QVERIFY2(fit->residualMetres[i] < 1e-3, qPrintable(QString::number(fit->residualMetres[i])));
                QVERIFY2(fit->residualPixels[i] < 1e-3, qPrintable(QString::number(fit->residualPixels[i])));
            }
            QVERIFY(fit->rmsMetres < 1e-3 && fit->rmsPixels < 1e-3);
            return;
        }
        // Least squares of order 2 both ways, solved here.
        std::vector<std::vector<double>> a, back;
        std::vector<double> ex, ny, col, row;
        for (int i = 0; i < 12; ++i) {
            const QPointF px = points[i].pixel;
            a.push_back(terms2(px.x() / 1000, px.y() / 1000));
            back.push_back(terms2((utm[i].x() - 330000) / 1000, (utm[i].y() - 5600000) / 1000));
            ex.push_back(utm[i].x());
            ny.push_back(utm[i].y());
            col.push_back(px.x());
            row.push_back(px.y());
        }
        const auto ce = leastSquares(a, ex), cn = leastSquares(a, ny), cc = leastSquares(back, col),
                   cr = leastSquares(back, row);
        auto eval = [](const std::vector<double>& c, const std::vector<double>& t) {
            double s = 0;
            for (std::size_t k = 0; k < c.size(); ++k)
                s += c[k] * t[k];
            return s;
        };
        double sumM = 0, sumP = 0;
        for (int i = 0; i < 12; ++i) {
            const QPointF predicted = sketch::lonLatOf({eval(ce, a[i]), eval(cn, a[i])});
            double metres = 0;
            wgs84.Inverse(points[i].lonLat->y(), points[i].lonLat->x(), predicted.y(), predicted.x(), metres);
            const double pixels = std::hypot(eval(cc, back[i]) - col[i], eval(cr, back[i]) - row[i]);
            QVERIFY2(qAbs(fit->residualMetres[i] - metres) < 1e-4,
                     qPrintable(QStringLiteral("point %1: %2 m, expected %3")
                                    .arg(i)
                                    .arg(fit->residualMetres[i])
                                    .arg(metres)));
            QVERIFY2(qAbs(fit->residualPixels[i] - pixels) < 1e-4,
                     qPrintable(QStringLiteral("point %1: %2 px, expected %3")
                                    .arg(i)
                                    .arg(fit->residualPixels[i])
                                    .arg(pixels)));
            sumM += metres * metres;
            sumP += pixels * pixels;
        }
        QVERIFY(qAbs(fit->rmsMetres - std::sqrt(sumM / 12)) < 1e-4);
        QVERIFY(qAbs(fit->rmsPixels - std::sqrt(sumP / 12)) < 1e-4);
        // The noise is there to be seen: a few metres, not nothing.
        QVERIFY2(fit->rmsMetres > 1 && fit->rmsMetres < 6, qPrintable(QString::number(fit->rmsMetres)));
    }

    void badPointsGiveClearErrors()
    {
        const geo::Crs utm = geo::Crs::fromUserString(sketch::kCrs).value();
        auto two = data::fitControlPoints(controlPoints(2), data::GeorefMethod::Polynomial1, utm);
        QVERIFY(!two);
        QCOMPARE(two.error(), QStringLiteral("Polynomial 1 (affine) needs at least 3 control points with map "
                                             "coordinates; there are 2"));
        auto five = data::fitControlPoints(controlPoints(5), data::GeorefMethod::Polynomial2, utm);
        QVERIFY(!five && five.error().contains("at least 6") && five.error().contains("there are 5"));
        auto cubic = data::fitControlPoints(controlPoints(9), data::GeorefMethod::Polynomial3, utm);
        QVERIFY(!cubic && cubic.error().contains("at least 10"));
        // Four points along the road: one line on the scan (and on the map).
        std::vector<data::ControlPoint> line;
        for (int i = 0; i < 4; ++i) {
            const QPointF ref(100 + 120 * i, 250 - 80.0 / 600 * (100 + 120 * i));
            line.push_back({sketch::scanTransform().map(ref), sketch::lonLatOf(sketch::utmOf(ref)), {}});
        }
        for (auto m : {data::GeorefMethod::Polynomial1, data::GeorefMethod::ThinPlateSpline}) {
            auto collinear = data::fitControlPoints(line, m, utm);
            QVERIFY(!collinear);
            QVERIFY2(collinear.error().contains("on one line on the scan"), qPrintable(collinear.error()));
        }
        // The same pixels with the map coordinates all typed on one line.
        auto mapLine = controlPoints(4);
        for (int i = 0; i < 4; ++i)
            mapLine[i].lonLat = QPointF(36.4 + 0.001 * i, 50.4 + 0.001 * i);
        auto onMap = data::fitControlPoints(mapLine, data::GeorefMethod::Polynomial1, utm);
        QVERIFY(!onMap && onMap.error().contains("map coordinates lie (almost) on one line"));
        // The warper refuses the same, and never overwrites the scan, and names a missing file.
        auto warpTwo = data::warpScan(
            {m_scan, controlPoints(2), data::GeorefMethod::Polynomial1, utm, m_dir.filePath("two.tif")},
            nullptr);
        QVERIFY(!warpTwo && warpTwo.error().contains("at least 3"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("two.tif")));
        auto overwrite =
            data::warpScan({m_scan, controlPoints(4), data::GeorefMethod::Polynomial1, utm, m_scan}, nullptr);
        QVERIFY(!overwrite && overwrite.error().contains("cannot replace the scan"));
        auto missing = data::warpScan({m_dir.filePath("nowhere.png"), controlPoints(4),
                                       data::GeorefMethod::Polynomial1, utm, m_dir.filePath("nowhere.tif")},
                                      nullptr);
        QVERIFY(!missing && missing.error().startsWith("nowhere.png: "));
    }

    void canceledWarpLeavesNoFile()
    {
        const QString out = m_dir.filePath("canceled.tif");
        Feedback feedback;
        feedback.cancel();
        auto r = data::warpScan(
            {m_scan, controlPoints(4), data::GeorefMethod::Polynomial1, geo::Crs::wgs84(), out}, &feedback);
        QVERIFY(!r);
        QCOMPARE(r.error(), QStringLiteral("Canceled"));
        QVERIFY(!QFileInfo::exists(out));
    }

    void controllerFitsAsPointsArriveAndWritesOnAWorker()
    {
        data::GeorefController c;
        QSignalSpy loaded(&c, &data::GeorefController::scanLoaded);
        c.openScan(m_scan);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(c.scanSize(), sketch::scanSize());
        QCOMPARE(c.preview().size(), sketch::scanSize()); // under 4096 px: read whole
        c.setTargetCrs(geo::Crs::fromUserString(sketch::kCrs).value());
        const auto points = controlPoints(4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(c.addPoint(points[i].pixel), i);
            QCOMPARE(c.firstIncomplete(), i);
            // Typed as a surveyor would, in UTM (whole metres: the marks are on a 2 m grid).
            const QPointF e = sketch::utmOf(sketch::marks()[i].pixel);
            auto set = c.setCoordinateText(
                i, QStringLiteral("36U %1 %2").arg(e.x(), 0, 'f', 0).arg(e.y(), 0, 'f', 0));
            QVERIFY2(set, qPrintable(set.error()));
            QCOMPARE(c.fit().ok(), i >= 2);
        }
        QVERIFY(c.fit()->rmsMetres < 0.5);
        QVERIFY(!c.setCoordinateText(0, QStringLiteral("somewhere north")));
        QCOMPARE(c.points()[0].entered.left(3), QStringLiteral("36U")); // unchanged by the bad entry
        QCOMPARE(c.defaultOutputPath(), m_dir.filePath("scan_georef.tif"));
        QSignalSpy done(&c, &data::GeorefController::finished);
        QVERIFY(c.start(c.defaultOutputPath()));
        QVERIFY(c.isRunning());
        QVERIFY(!c.start(c.defaultOutputPath())); // one at a time
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toString(), c.defaultOutputPath());
        QCOMPARE(done.first().at(1).toString(), QString());
        auto placed =
            data::rasterFootprint(c.defaultOutputPath(), geo::Crs::fromUserString(sketch::kCrs).value());
        QVERIFY(placed && !placed->pixelSpace);
        // The sheet is 1200 m × 800 m: the output covers it (and the scan's margins beyond).
        QVERIFY(placed->extent.xMin < sketch::kX0 && placed->extent.xMax > sketch::kX0 + 1200);
        QVERIFY(placed->extent.yMax > sketch::kY0 && placed->extent.yMin < sketch::kY0 - 800);
        c.removePoint(3);
        QCOMPARE(c.points().size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestGeoreferencer)
#include "tst_georeferencer.moc"
