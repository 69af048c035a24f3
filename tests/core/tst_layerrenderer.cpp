#include <QtTest>

#include <gdal.h>

#include "data/rasterinfo.h"
#include "render/layerrenderer.h"
#include "render/renderjob.h"

using namespace mineatlas;

/// Raster basemaps are warped into the map CRS and land where their georeferencing says.
class TestLayerRenderer : public QObject {
    Q_OBJECT

    static render::MapSettings settingsFor(const QString& file, const QString& crs, const MapRect& extent)
    {
        render::MapSettings s;
        s.crs = geo::Crs::fromUserString(crs).value();
        s.extent = extent;
        s.size = QSize(400, 200);
        s.background = Qt::white;
        render::LayerSnapshot layer;
        layer.type = render::LayerSnapshot::Type::Raster;
        layer.rasterPath = QStringLiteral(MINEATLAS_TEST_DATA "/") + file;
        s.layers.push_back(layer);
        return s;
    }

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void geotiffInPlateCarree()
    {
        // raster.tif: value 100 west of 30°E, 200 east of it, over lon 20..40, lat 45..55.
        const auto s = settingsFor("raster.tif", "EPSG:4326", {10, 40, 50, 60});
        std::atomic<bool> cancel{false};
        const render::RenderResult r = render::renderMap(s, cancel);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join('\n')));
        auto at = [&](double lon, double lat) {
            return r.image.pixelColor(static_cast<int>((lon - 10) / 40 * 400),
                                      static_cast<int>((60 - lat) / 20 * 200));
        };
        QCOMPARE(at(25, 50), QColor(100, 100, 100));
        QCOMPARE(at(35, 50), QColor(200, 200, 200));
        QCOMPARE(at(15, 50), QColor(Qt::white)); // outside the raster: transparent over the background
        QCOMPARE(at(35, 57), QColor(Qt::white));
    }

    void mbtilesInWebMercator()
    {
        // raster_3857.mbtiles: red west of 30°E, blue east of it.
        const double x = 6378137.0 * M_PI / 180;
        const auto s = settingsFor("raster_3857.mbtiles", "EPSG:3857", {20 * x, 5.6e6, 40 * x, 7.4e6});
        std::atomic<bool> cancel{false};
        const render::RenderResult r = render::renderMap(s, cancel);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join('\n')));
        const QColor west = r.image.pixelColor(100, 100), east = r.image.pixelColor(300, 100);
        QVERIFY2(west.red() > 200 && west.blue() < 60, qPrintable(west.name()));
        QVERIFY2(east.blue() > 200 && east.red() < 60, qPrintable(east.name()));
    }

    void rasterExtentInMapCrs()
    {
        auto e = data::rasterExtent(QStringLiteral(MINEATLAS_TEST_DATA "/raster.tif"), geo::Crs::wgs84());
        QVERIFY2(e.ok(), qPrintable(e.error()));
        QCOMPARE(e->xMin, 20.0);
        QCOMPARE(e->xMax, 40.0);
        QCOMPARE(e->yMin, 45.0);
        QCOMPARE(e->yMax, 55.0);
    }

    void polygonAfterALineOfTheSameSymbolIsFilled()
    {
        // A layer mixing kinds, one symbol for all: a line first, then a polygon.
        auto store = std::make_shared<data::FeatureStore>(QStringList{});
        store->beginFeature(data::GeometryKind::Line, {});
        const double line[] = {0, 0, 10, 10};
        store->addRing(line, 2);
        store->beginFeature(data::GeometryKind::Polygon, {});
        const double square[] = {2, 5, 8, 5, 8, 9, 2, 9, 2, 5};
        store->addRing(square, 5);
        store->finish();
        render::MapSettings s;
        s.crs = geo::Crs::wgs84();
        s.extent = {0, 0, 10, 10};
        s.size = QSize(100, 100);
        s.background = Qt::white;
        render::VectorStyle style;
        style.base.fill = QColor(200, 30, 30);
        style.base.stroke = Qt::black;
        style.base.strokeWidth = 1;
        render::LayerSnapshot layer;
        layer.id = 7;
        layer.store = store;
        layer.styled = render::applyStyle(style, *store);
        s.layers.push_back(layer);
        std::atomic<bool> cancel{false};
        const QImage img = render::renderMap(s, cancel).image;
        QCOMPARE(img.pixelColor(35, 20), QColor(200, 30, 30)); // inside the square (y = 8), not on the line
    }

    void anAreaThatFillsTheViewIsNotNamedOnIt()
    {
        // One big square named "BIG" with a small one beside it; labels in the default ink.
        auto store = std::make_shared<data::FeatureStore>(QStringList{QStringLiteral("name")});
        store->beginFeature(data::GeometryKind::Polygon, {QStringLiteral("BIG")});
        const double big[] = {0, 0, 100, 0, 100, 100, 0, 100, 0, 0};
        store->addRing(big, 5);
        store->beginFeature(data::GeometryKind::Polygon, {QStringLiteral("SMALL")});
        const double small[] = {110, 40, 140, 40, 140, 60, 110, 60, 110, 40};
        store->addRing(small, 5);
        store->finish();
        auto darkPixels = [&](const MapRect& extent) {
            render::MapSettings s;
            s.crs = geo::Crs::wgs84();
            s.extent = extent;
            s.size = QSize(300, 300);
            s.background = Qt::white;
            render::VectorStyle style;
            style.base.fill = QColor(200, 230, 200);
            style.base.stroke = Qt::transparent;
            style.labelField = QStringLiteral("name");
            render::LayerSnapshot layer;
            layer.id = 8;
            layer.store = store;
            layer.styled = render::applyStyle(style, *store);
            s.layers.push_back(layer);
            std::atomic<bool> cancel{false};
            const QImage img = render::renderMap(s, cancel).image.convertToFormat(QImage::Format_RGB32);
            int dark = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    dark += qGray(img.pixel(x, y)) < 100;
            return dark;
        };
        // The whole square in view: it is named.
        QVERIFY(darkPixels({-10, -10, 110, 110}) > 20);
        // Zoomed in to its middle, the square covers the view: no name anywhere on it.
        QCOMPARE(darkPixels({40, 40, 60, 60}), 0);
        // Its edge in view (not covered): still named, on the visible part.
        QVERIFY(darkPixels({80, 20, 140, 80}) > 20);
    }

    void canceledRasterStopsAndDrawsNothing()
    {
        const auto s = settingsFor("raster.tif", "EPSG:4326", {10, 40, 50, 60});
        std::atomic<bool> cancel{true}; // canceled before the warp starts
        auto image = render::renderLayer(s, s.layers.front(), cancel);
        QVERIFY(image.ok());
        QVERIFY(image->isNull()); // the warp stopped at its first progress call
        std::atomic<bool> go{false};
        auto drawn = render::renderLayer(s, s.layers.front(), go);
        QVERIFY(drawn.ok() && !drawn->isNull());
    }

    void brokenRasterIsALayerError()
    {
        auto s = settingsFor("junk.gpkg", "EPSG:4326", {0, 0, 10, 10});
        std::atomic<bool> cancel{false};
        const render::RenderResult r = render::renderMap(s, cancel);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.first().startsWith("junk.gpkg:"));
        QCOMPARE(r.image.size(), QSize(400, 200)); // the map is still drawn
    }
};

QTEST_MAIN(TestLayerRenderer) // labels need fonts: a QGuiApplication
#include "tst_layerrenderer.moc"
