#include <QtTest>

#include <gdal.h>

#include <GeographicLib/Geodesic.hpp>
#include <ogr_spatialref.h>

#include <random>

#include "data/vectorloader.h"
#include "mapcanvas.h"
#include "panzoomtool.h"
#include "project/project.h"
#include "render/aggregatelevel.h"

using namespace mineatlas;

/// The canvas answering real mouse, wheel and key events, and showing the rendered map.
class TestMapCanvas : public QObject {
    Q_OBJECT
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<gui::MapCanvas> m_canvas;
    std::unique_ptr<gui::PanZoomTool> m_tool;
    const QColor m_fill{200, 30, 30};

    void waitForRender()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_canvas->isRendering() && m_canvas->renderedExtent() == m_canvas->extent(),
                                 10000);
    }
    void sendMove(QPoint pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QMouseEvent e(QEvent::MouseMove, pos, m_canvas->mapToGlobal(pos), Qt::NoButton, buttons, mods);
        QCoreApplication::sendEvent(m_canvas.get(), &e);
    }
    void sendWheel(QPoint pos, int delta)
    {
        QWheelEvent e(pos, m_canvas->mapToGlobal(pos), {}, QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_canvas.get(), &e);
    }

private Q_SLOTS:
    void init()
    {
        GDALAllRegister();
        m_project = std::make_unique<project::Project>();
        m_project->setCrs(geo::Crs::wgs84());
        auto data =
            data::loadVectorLayer(QStringLiteral(MINEATLAS_TEST_DATA "/areas.geojson"), {}, m_project->crs());
        QVERIFY(data.ok());
        auto layer =
            std::make_unique<project::MapLayer>(project::MapLayer::Kind::Vector, "areas", "areas.geojson");
        render::VectorStyle style;
        style.base.fill = m_fill;
        style.base.strokeWidth = 0;
        layer->setStyle(style);
        layer->setStore(data->store);
        m_project->addLayer(std::move(layer));
        m_canvas = std::make_unique<gui::MapCanvas>(*m_project);
        m_tool = std::make_unique<gui::PanZoomTool>(m_canvas.get(), gui::PanZoomTool::Mode::Pan);
        m_canvas->setMapTool(m_tool.get());
        m_canvas->resize(400, 300);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->setExtent({29, 49, 34, 52});
        waitForRender();
    }
    void cleanup()
    {
        m_tool.reset();
        m_canvas.reset();
        m_project.reset();
    }

    void rendersLayer()
    {
        const QImage img = m_canvas->grab().toImage();
        const QPointF inAlpha = m_canvas->toPixel({30.2, 50.2});
        const QPointF inHole = m_canvas->toPixel({30.5, 50.5});
        QCOMPARE(img.pixelColor(inAlpha.toPoint()), m_fill);
        QVERIFY(img.pixelColor(inHole.toPoint()) != m_fill);
    }

    void dragPans()
    {
        const double mupp = m_canvas->mapUnitsPerPixel();
        const QPointF before = m_canvas->center();
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(200, 150));
        sendMove(QPoint(230, 150), Qt::LeftButton);
        sendMove(QPoint(260, 170), Qt::LeftButton);
        // The last image moves with the mouse at once, before any new render finishes.
        const QImage during = m_canvas->grab().toImage();
        const QPointF alphaNow = m_canvas->toPixel({30.2, 50.2});
        QCOMPARE(during.pixelColor(alphaNow.toPoint()), m_fill);
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(260, 170));
        QVERIFY(qAbs(m_canvas->center().x() - (before.x() - 60 * mupp)) < 1e-9);
        QVERIFY(qAbs(m_canvas->center().y() - (before.y() + 20 * mupp)) < 1e-9);
        waitForRender();
        QCOMPARE(m_canvas->grab().toImage().pixelColor(m_canvas->toPixel({30.2, 50.2}).toPoint()), m_fill);
    }

    void wheelZoomsAboutCursor()
    {
        const QPoint cursor(100, 80);
        const QPointF under = m_canvas->toMap(cursor);
        const double mupp = m_canvas->mapUnitsPerPixel();
        sendWheel(cursor, 120);
        QVERIFY(qAbs(m_canvas->mapUnitsPerPixel() - mupp / 1.5) < 1e-12);
        const QPointF after = m_canvas->toMap(cursor);
        QVERIFY(qAbs(after.x() - under.x()) < 1e-9 && qAbs(after.y() - under.y()) < 1e-9);
        sendWheel(cursor, -240);
        QVERIFY(qAbs(m_canvas->mapUnitsPerPixel() - mupp * 1.5) < 1e-12);
        waitForRender();
    }

    void keysZoomAndPan()
    {
        const double mupp = m_canvas->mapUnitsPerPixel();
        QTest::keyClick(m_canvas.get(), Qt::Key_Plus);
        QCOMPARE(m_canvas->mapUnitsPerPixel(), mupp / 2);
        QTest::keyClick(m_canvas.get(), Qt::Key_Minus);
        QCOMPARE(m_canvas->mapUnitsPerPixel(), mupp);
        const double cx = m_canvas->center().x();
        QTest::keyClick(m_canvas.get(), Qt::Key_Right);
        QVERIFY(m_canvas->center().x() > cx);
    }

    void shiftDragZoomsToBox()
    {
        const QPointF a = m_canvas->toMap(QPoint(100, 100)), b = m_canvas->toMap(QPoint(200, 175));
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(100, 100));
        sendMove(QPoint(150, 140), Qt::LeftButton, Qt::ShiftModifier);
        sendMove(QPoint(200, 175), Qt::LeftButton, Qt::ShiftModifier);
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(200, 175));
        const MapRect e = m_canvas->extent();
        // The 100×75 px box (aspect 4:3, like the canvas) now fills the view.
        QVERIFY(qAbs(e.xMin - a.x()) < 1e-6 && qAbs(e.xMax - b.x()) < 1e-6);
        QVERIFY(qAbs(e.yMax - a.y()) < 1e-6 && qAbs(e.yMin - b.y()) < 1e-6);
    }

    void clickIdentifiesPoint()
    {
        QSignalSpy spy(m_tool.get(), &gui::PanZoomTool::clicked);
        const QPoint p = m_canvas->toPixel({30.2, 50.2}).toPoint();
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, p);
        QCOMPARE(spy.count(), 1);
        const QPointF map = spy.first().first().toPointF();
        QVERIFY(qAbs(map.x() - 30.2) < m_canvas->mapUnitsPerPixel());
        QVERIFY(qAbs(map.y() - 50.2) < m_canvas->mapUnitsPerPixel());
    }

    void hidingLayerRedraws()
    {
        m_project->layerAt(0)->setVisible(false);
        waitForRender();
        QTRY_VERIFY(m_canvas->grab().toImage().pixelColor(m_canvas->toPixel({30.2, 50.2}).toPoint()) !=
                    m_fill);
    }
    void anExceptionWhileRenderingIsAnError()
    {
        // Whatever the renderer throws on its worker ends as a message, never in the GUI thread.
        m_canvas->setRenderFunction([](const render::MapSettings&, const std::atomic<bool>&, render::RenderCache*)
                                        -> render::RenderResult { throw std::runtime_error("out of memory composing"); });
        QSignalSpy errors(m_canvas.get(), &gui::MapCanvas::renderErrors);
        const QImage before = m_canvas->renderedImage();
        m_canvas->zoomIn();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
        QVERIFY(errors.at(0).at(0).toStringList().first().contains("out of memory composing"));
        QCOMPARE(m_canvas->renderedImage(), before); // the last good image stays
        m_canvas->setRenderFunction([](const render::MapSettings& s, const std::atomic<bool>& c, render::RenderCache* cache) {
            return render::renderMap(s, c, cache);
        });
    }

    void scaleIsMeasuredOnTheEllipsoid_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("Web Mercator, equator") << "EPSG:3857" << 20.0 << 0.0;
        QTest::newRow("Web Mercator, 60°N") << "EPSG:3857" << 25.0 << 60.0;
        QTest::newRow("plate carrée, 60°N") << "EPSG:4326" << 25.0 << 60.0;
        QTest::newRow("polar stereographic, 60°N") << "EPSG:3413" << -45.0 << 60.0;
        QTest::newRow("UTM 36N far from its meridian") << "EPSG:32636" << 37.5 << 50.0;
    }
    void scaleIsMeasuredOnTheEllipsoid()
    {
        QFETCH(QString, crs);
        QFETCH(double, lon);
        QFETCH(double, lat);
        QVERIFY(m_project->setCrs(geo::Crs::fromUserString(crs).value()).ok());
        // 1 km across 400 px around the point.
        OGRSpatialReference wgs84, map;
        wgs84.importFromEPSG(4326);
        map.SetFromUserInput(crs.toUtf8().constData());
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        map.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> toMap(OGRCreateCoordinateTransformation(&wgs84, &map));
        std::unique_ptr<OGRCoordinateTransformation> toLonLat(OGRCreateCoordinateTransformation(&map, &wgs84));
        double x = lon, y = lat;
        QVERIFY(toMap->Transform(1, &x, &y));
        const double half = crs == "EPSG:4326" ? 0.005 : 500;
        m_canvas->setExtent({x - half, y - half, x + half, y + half});
        // What a horizontal pixel is on the ground here: GeographicLib over 200 px either side.
        const double mupp = m_canvas->mapUnitsPerPixel();
        double x0 = m_canvas->center().x() - 200 * mupp, y0 = m_canvas->center().y();
        double x1 = m_canvas->center().x() + 200 * mupp, y1 = y0;
        QVERIFY(toLonLat->Transform(1, &x0, &y0) && toLonLat->Transform(1, &x1, &y1));
        double metres = 0;
        GeographicLib::Geodesic::WGS84().Inverse(y0, x0, y1, x1, metres);
        const double expected = metres / 400 * 96 / 0.0254;
        QVERIFY2(std::abs(m_canvas->scaleDenominator() / expected - 1) < 0.001,
                 qPrintable(QStringLiteral("1:%1 shown, 1:%2 on the ground").arg(m_canvas->scaleDenominator()).arg(expected)));
        QVERIFY(m_project->setCrs(geo::Crs::wgs84()).ok());
    }

    /// The scale bar is right at the view's centre: in Web Mercator at 0° and at 60° (where a
    /// map unit is half a metre) its pixels, taken as map units along the centre line and
    /// measured on the WGS 84 ellipsoid by GeographicLib through OGR's lon/lat, give the length it
    /// claims within 0.5 %; it is round (1, 2 or 5 × 10ⁿ m) and drawn in the bottom-left corner.
    void scaleBarIsRightAtTheCentre_data()
    {
        QTest::addColumn<double>("lat");
        QTest::newRow("equator") << 0.0;
        QTest::newRow("60°N") << 60.0;
    }
    void scaleBarIsRightAtTheCentre()
    {
        QFETCH(double, lat);
        QVERIFY(m_project->setCrs(geo::Crs::webMercator()).ok());
        const double R = 6378137.0, cx = R * 30 * M_PI / 180, cy = R * std::log(std::tan(M_PI / 4 + lat * M_PI / 360));
        m_canvas->setExtent({cx - 20000, cy - 15000, cx + 20000, cy + 15000});
        const gui::MapCanvas::ScaleBar bar = m_canvas->scaleBar();
        QVERIFY(bar.metres > 0 && bar.pixels > 10 && bar.pixels <= m_canvas->width() / 5.0 + 1e-9);
        const double leading = bar.metres / std::pow(10.0, std::floor(std::log10(bar.metres)));
        QVERIFY2(std::abs(leading - 1) < 1e-9 || std::abs(leading - 2) < 1e-9 || std::abs(leading - 5) < 1e-9,
                 qPrintable(bar.label));
        const MapRect view = m_canvas->extent();
        const double half = bar.pixels * m_canvas->mapUnitsPerPixel() / 2;
        OGRSpatialReference merc, wgs84;
        merc.importFromEPSG(3857);
        wgs84.importFromEPSG(4326);
        merc.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&merc, &wgs84));
        double xs[] = {view.centerX() - half, view.centerX() + half}, ys[] = {view.centerY(), view.centerY()};
        QVERIFY(t->Transform(2, xs, ys));
        double metres = 0;
        GeographicLib::Geodesic::WGS84().Inverse(ys[0], xs[0], ys[1], xs[1], metres);
        QVERIFY2(std::abs(metres - bar.metres) < 0.005 * bar.metres,
                 qPrintable(QStringLiteral("bar %1 (%2 px) measures %3 m").arg(bar.label).arg(bar.pixels).arg(metres)));
        // Drawn: its black half is in the bottom-left corner, and it goes when turned off.
        const QImage on = m_canvas->grab().toImage();
        const QPoint blackHalf(12 + int(bar.pixels / 4), m_canvas->height() - 14 - 3);
        QCOMPARE(on.pixelColor(blackHalf * on.devicePixelRatio()).name(), QStringLiteral("#000000"));
        m_canvas->setScaleBarVisible(false);
        const QImage off = m_canvas->grab().toImage();
        QVERIFY(off.pixelColor(blackHalf * off.devicePixelRatio()).name() != QStringLiteral("#000000"));
    }
    void denseLayerPansToTheSamePicture()
    {
        // 60,000 outlined areas from a tenth of a pixel to ten pixels across, under the areas
        // layer: the canvas draws their small ones from an image kept for the scale (render/
        // aggregatelevel.h). Dragged with the mouse, the picture it renders is the one drawing
        // each feature gives.
        render::clearAggregateLevels();
        auto store = std::make_shared<data::FeatureStore>(QStringList{});
        std::mt19937 rng(21);
        std::uniform_real_distribution<double> lon(29.5, 33.5), lat(49.5, 51.5), side(0.001, 0.12);
        for (int i = 0; i < 60000; ++i) {
            const double x = lon(rng), y = lat(rng), d = side(rng) * side(rng) * 10;
            const double ring[] = {x, y, x + d, y, x + d * 0.8, y + d * 0.7, x, y + d, x, y};
            store->beginFeature(data::GeometryKind::Polygon, {});
            store->addRing(ring, 5);
        }
        store->finish();
        auto layer = std::make_unique<project::MapLayer>(project::MapLayer::Kind::Vector, "dense", "dense.gpkg");
        render::VectorStyle style;
        style.base.fill = QColor(240, 160, 20, 140);
        style.base.stroke = QColor(30, 30, 30);
        style.base.strokeWidth = 0.8;
        layer->setStyle(style);
        layer->setStore(store);
        m_project->addLayer(std::move(layer), 1);
        m_canvas->setExtent({29, 49, 34, 52});
        waitForRender();
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(200, 150));
        sendMove(QPoint(180, 160), Qt::LeftButton);
        sendMove(QPoint(163, 171), Qt::LeftButton);
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(163, 171));
        waitForRender();
        QVERIFY(render::aggregateLevelStats().levels >= 1); // drawn from a level
        render::MapSettings each = m_canvas->mapSettings();
        each.aggregateLevels = false;
        std::atomic<bool> cancel{false};
        const QImage expected = render::renderMap(each, cancel).image.convertToFormat(QImage::Format_RGB32);
        const QImage shown = m_canvas->renderedImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shown.size(), expected.size());
        int largest = 0, dense = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x) {
                const QRgb a = shown.pixel(x, y), b = expected.pixel(x, y);
                largest = std::max({largest, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                    std::abs(qBlue(a) - qBlue(b))});
                dense += qRed(b) < 200 && qGreen(b) < 170; // the dense layer's fills and outlines
            }
        QVERIFY2(largest <= 2, qPrintable(QStringLiteral("largest difference %1").arg(largest)));
        QVERIFY(dense > shown.width() * shown.height() / 10);
    }
};

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
