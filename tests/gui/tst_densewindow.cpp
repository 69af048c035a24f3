#include <QtTest>

#include <random>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "mainwindow.h"
#include "mapcanvas.h"
#include "project/project.h"
#include "render/aggregatelevel.h"
#include "render/renderjob.h"
#include "scripteddialogs.h"
#include "windowtest.h"

using namespace mineatlas;

/// A layer of many small areas opened in the real main window and panned with the mouse: the
/// canvas draws its small areas from an image kept for the scale (render/aggregatelevel.h), and
/// what it shows is what drawing each area gives.
class TestDenseWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    /// 15,000 quadrilaterals 0.002°-0.03° across over lon 30-34, lat 48-50, written with OGR.
    QString writeDenseGeoPackage()
    {
        const QString path = m_home.filePath(QStringLiteral("dense.gpkg"));
        GDALDriverH driver = GDALGetDriverByName("GPKG");
        GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
        if (!ds)
            return {};
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 4326);
        OGRLayerH layer = GDALDatasetCreateLayer(ds, "areas", srs, wkbPolygon, nullptr);
        OSRRelease(srs);
        std::mt19937 rng(5);
        std::uniform_real_distribution<double> lon(30, 34), lat(48, 50), side(0.002, 0.03);
        GDALDatasetStartTransaction(ds, FALSE);
        bool written = true;
        for (int i = 0; i < 15000; ++i) {
            const double x = lon(rng), y = lat(rng), d = side(rng);
            OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
            OGR_G_AddPoint_2D(ring, x, y);
            OGR_G_AddPoint_2D(ring, x + d, y);
            OGR_G_AddPoint_2D(ring, x + d * 0.8, y + d * 0.7);
            OGR_G_AddPoint_2D(ring, x, y + d);
            OGR_G_AddPoint_2D(ring, x, y);
            OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
            OGR_G_AddGeometryDirectly(polygon, ring);
            OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
            OGR_F_SetGeometryDirectly(feature, polygon);
            written = written && OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
            OGR_F_Destroy(feature);
        }
        GDALDatasetCommitTransaction(ds);
        GDALClose(ds);
        return written ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        windowtest::useNewUserHome(m_home);
    }

    void pannedDenseLayerShowsWhatDrawingEachGives()
    {
        const QString path = writeDenseGeoPackage();
        QVERIFY(!path.isEmpty());
        ScriptedDialogs* dialogs = nullptr;
        auto window = windowtest::showNewWindow(dialogs);
        render::clearAggregateLevels();
        windowtest::openAndWait(*window, {path});
        QCOMPARE(window->project().layerCount(), 1);
        gui::MapCanvas* canvas = window->canvas();
        windowtest::showAround(*window, 32, 49, 2.4e5);
        const QPoint centre = canvas->rect().center();
        windowtest::dragOnCanvas(canvas, centre, centre + QPoint(-37, 21));
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering() && canvas->renderedExtent() == canvas->extent(), 30000);
        QVERIFY(render::aggregateLevelStats().levels >= 1); // drawn from a level

        render::MapSettings each = canvas->mapSettings();
        each.aggregateLevels = false;
        std::atomic<bool> cancel{false};
        const QImage expected = render::renderMap(each, cancel).image.convertToFormat(QImage::Format_RGB32);
        const QImage shown = canvas->renderedImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shown.size(), expected.size());
        int largest = 0;
        qint64 drawn = 0;
        const QRgb background = expected.pixel(0, 0);
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x) {
                const QRgb a = shown.pixel(x, y), b = expected.pixel(x, y);
                largest = std::max({largest, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                    std::abs(qBlue(a) - qBlue(b))});
                drawn += b != background;
            }
        QVERIFY2(largest <= 4, qPrintable(QStringLiteral("largest difference %1").arg(largest)));
        QVERIFY2(drawn > qint64(shown.width()) * shown.height() / 10, qPrintable(QString::number(drawn)));
    }
};

QTEST_MAIN(TestDenseWindow)
#include "tst_densewindow.moc"
