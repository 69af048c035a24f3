#include <atomic>
#include <cmath>
#include <memory>

#include <QTemporaryDir>
#include <QtTest>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "data/basemap.h"
#include "data/gdalhandles.h"
#include "renderhelpers.h"
#include "tileserver.h"

using namespace mineatlas;

namespace {

constexpr double kR = 20037508.342789244;

QPointF mercator(double lon, double lat)
{
    return {kR * lon / 180, kR / M_PI * std::log(std::tan(M_PI / 4 + lat * M_PI / 360))};
}

/// Points 1/24 of the world apart in Web Mercator (u = a/24, v = b/24, a and b not multiples of 3):
/// at zoom 3 and finer they lie a third of a tile from the nearest tile edge, so a pixel there
/// shows one tile's colour, not a blend. lon = 15a − 180; lat from v.
QPointF gridPoint(int a, int b)
{
    const double v = b / 24.0;
    return {a * 15.0 - 180, std::atan(std::sinh(M_PI * (1 - 2 * v))) * 180 / M_PI};
}

struct Probe {
    const char* where;
    int a, b;
    bool land;
};
// Checked against the sample borders (Natural Earth 1:110m).
const Probe kProbes[] = {
    {"Atlantic west of the Canaries", 10, 10, false},
    {"Atlantic off West Africa", 10, 11, false},
    {"South Atlantic", 11, 14, false},
    {"Arabian Sea", 16, 11, false},
    {"Indian Ocean", 17, 13, false},
    {"North Pacific", 2, 10, false},
    {"Chad", 13, 11, true},
    {"Egypt", 14, 10, true},
    {"China", 19, 10, true},
    {"Canada", 5, 8, true},
    {"Brazil", 8, 13, true},
    {"Australia", 20, 14, true},
};

} // namespace

class TestBasemap : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<testutil::TileServer> m_server;
    QTemporaryDir m_dir;
    data::BasemapOptions m_options;
    std::shared_ptr<const data::FeatureStore> m_borders3857, m_borders4326;

    data::BasemapSource loopback(const QString& name) const
    {
        data::BasemapSource s;
        s.name = name;
        s.url = m_server->tileUrl();
        s.attribution = QStringLiteral("Loopback test tiles");
        s.maxZoom = 8;
        return s;
    }

    /// The loopback basemap's description (written again: each test stands alone).
    QString loopbackBasemap()
    {
        auto path = data::createBasemap(loopback(QStringLiteral("Loopback")),
                                        m_dir.filePath(QStringLiteral("maps")), m_options);
        if (!path)
            qFatal("%s", qPrintable(path.error()));
        return path.value();
    }

    render::MapSettings settings(const QString& basemap, const geo::Crs& crs, const MapRect& extent,
                                 QSize size, std::shared_ptr<const data::FeatureStore> borders) const
    {
        render::MapSettings s;
        s.crs = crs;
        s.extent = extent;
        s.size = size;
        s.background = QColor(255, 255, 255);
        if (borders) {
            render::VectorStyle style;
            style.base.fill = testutil::kLand;
            style.base.stroke = Qt::transparent;
            style.base.strokeWidth = 0;
            render::LayerSnapshot b;
            b.id = 1;
            b.store = borders;
            b.styled = render::applyStyle(style, *borders);
            s.layers.push_back(b);
        }
        render::LayerSnapshot tiles;
        tiles.id = 2;
        tiles.type = render::LayerSnapshot::Type::Raster;
        tiles.rasterPath = basemap;
        s.layers.push_back(tiles);
        return s;
    }

    /// Each probe: sea shows the colour of the tile that holds it, land the borders' fill.
    /// `zoom` gets the zoom the tiles came from (the same everywhere).
    void checkProbes(const QImage& image, const render::MapSettings& s, bool mercatorMap, int& zoom)
    {
        const MapRect v = s.visibleExtent();
        const double mupp = s.mapUnitsPerPixel();
        zoom = -1;
        for (const Probe& p : kProbes) {
            const QPointF ll = gridPoint(p.a, p.b);
            const QPointF m = mercatorMap ? mercator(ll.x(), ll.y()) : ll;
            const int px = static_cast<int>((m.x() - v.xMin) / mupp),
                      py = static_cast<int>((v.yMax - m.y()) / mupp);
            const QRgb c = image.pixel(px, py);
            if (p.land) {
                QVERIFY2(c == testutil::kLand.rgb(),
                         qPrintable(QStringLiteral("%1: %2 is not the land fill")
                                        .arg(QLatin1String(p.where), QColor(c).name())));
                continue;
            }
            const int z = static_cast<int>(std::lround(qBlue(c) / 30.0));
            if (zoom < 0)
                zoom = z;
            QCOMPARE(z, zoom);
            const QPoint t = testutil::tileAt(ll.x(), ll.y(), z);
            const QRgb want = testutil::tileColour(z, t.x(), t.y());
            QVERIFY2(qAbs(qRed(c) - qRed(want)) <= 1 && qAbs(qGreen(c) - qGreen(want)) <= 1 &&
                         qBlue(c) == qBlue(want),
                     qPrintable(QStringLiteral("%1 at pixel %2,%3: %4, tile %5/%6/%7 is %8")
                                    .arg(QLatin1String(p.where))
                                    .arg(px)
                                    .arg(py)
                                    .arg(QColor(c).name())
                                    .arg(z)
                                    .arg(t.x())
                                    .arg(t.y())
                                    .arg(QColor(want).name())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<testutil::TileServer>();
        m_options.cacheDir = m_dir.filePath(QStringLiteral("cache"));
        m_options.userAgent = QStringLiteral("MineAtlas/test");
        m_options.timeoutSeconds = 3;
        const QString borders = QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg");
        m_borders3857 = testutil::load(borders, geo::Crs::webMercator());
        m_borders4326 = testutil::load(borders, geo::Crs::wgs84());
    }

    void tileMaths_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::newRow("zoom 0 holds everything") << 100.0 << -60.0 << 0 << 0 << 0;
        QTest::newRow("zoom 1 north-west") << -90.0 << 45.0 << 1 << 0 << 0;
        QTest::newRow("zoom 1 south-east") << 90.0 << -45.0 << 1 << 1 << 1;
        // Row edges at zoom 3 lie at atan(sinh(π(1 − 2y/8))): 66.513° between rows 1 and 2.
        QTest::newRow("just north of 66.513° at zoom 3") << 0.5 << 66.6 << 3 << 4 << 1;
        QTest::newRow("just south of 66.513° at zoom 3") << 0.5 << 66.4 << 3 << 4 << 2;
        QTest::newRow("Kabul at zoom 10") << 69.17 << 34.53 << 10 << 708 << 407;
    }
    void tileMaths()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        QCOMPARE(testutil::tileAt(lon, lat, z), QPoint(x, y)); // the test's own formula agrees
        const data::TileRange r = data::tileRange(MapRect{lon, lat, lon, lat}, z);
        QCOMPARE(r.xMin, x);
        QCOMPARE(r.yMin, y);
        QCOMPARE(r.count(), 1);
    }

    void tileCounts()
    {
        // The whole world: 4^z tiles per zoom.
        const MapRect world{-180, -89, 180, 89};
        QCOMPARE(data::tileCount(world, 0, 3), 1 + 4 + 16 + 64);
        // An area ending exactly on tile edges does not spill into the next tiles.
        const MapRect quarter{0, 0, 180, 85.0511287798066};
        QCOMPARE(data::tileRange(quarter, 2).count(), 2 * 2);
        const data::TileRange r = data::tileRange(quarter, 2);
        QCOMPARE(r.mercatorBounds().xMin, 0.0);
        QVERIFY(qAbs(r.mercatorBounds().yMax - kR) < 1e-6);
        QVERIFY(qAbs(r.mercatorBounds().yMin) < 1e-6);
    }

    void badSources()
    {
        data::BasemapSource s = loopback(QStringLiteral("Bad"));
        s.url = QStringLiteral("http://127.0.0.1:1/tiles/{z}/{x}.png");
        auto missing = data::createBasemap(s, m_dir.filePath(QStringLiteral("bad")), m_options);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QLatin1String("{y}")), qPrintable(missing.error()));
        s.url = QStringLiteral("tiles/{z}/{x}/{y}.png");
        auto notWeb = data::createBasemap(s, m_dir.filePath(QStringLiteral("bad")), m_options);
        QVERIFY(!notWeb);
        QVERIFY2(notWeb.error().contains(QLatin1String("web address")), qPrintable(notWeb.error()));
        // A server that is not there: a clear message, no file left behind.
        testutil::TileServer gone;
        s.url = gone.tileUrl();
        gone.stop();
        auto unreachable = data::createBasemap(s, m_dir.filePath(QStringLiteral("bad")), m_options);
        QVERIFY(!unreachable);
        QVERIFY2(unreachable.error().contains(QLatin1String("cannot reach the tile server 127.0.0.1")),
                 qPrintable(unreachable.error()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad/Bad.xml"))));
        // A server that answers, but not with tiles.
        s.url = QStringLiteral("http://127.0.0.1:%1/nothing/{z}/{x}/{y}.png").arg(m_server->port());
        auto empty = data::createBasemap(s, m_dir.filePath(QStringLiteral("bad")), m_options);
        QVERIFY(empty); // 404 is an empty tile (servers answer so outside their coverage)
    }

    void rendersUnderBordersInWebMercator()
    {
        auto path = data::createBasemap(loopback(QStringLiteral("Loopback")),
                                        m_dir.filePath(QStringLiteral("maps")), m_options);
        QVERIFY2(path, qPrintable(path.error()));
        const auto source = data::readBasemapSource(path.value());
        QVERIFY(source);
        QCOMPARE(source->attribution, QStringLiteral("Loopback test tiles"));
        const QPointF sw = mercator(-179.9, -60), ne = mercator(179.9, 75);
        const auto s = settings(path.value(), geo::Crs::webMercator(),
                                MapRect{sw.x(), sw.y(), ne.x(), ne.y()}, QSize(1024, 640), m_borders3857);
        std::atomic<bool> cancel{false};
        const auto result = render::renderMap(s, cancel);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join('\n')));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join('\n')));
        int z = -1;
        checkProbes(result.image.convertToFormat(QImage::Format_RGB32), s, true, z);
        if (QTest::currentTestFailed())
            return;
        // 1024 pixels over the world: zoom 2 has 1024 pixels of tiles. GDAL reads the level just
        // finer than the output, never a much coarser or finer one.
        QVERIFY2(z >= 2 && z <= 3, qPrintable(QString::number(z)));
        QVERIFY(m_server->requests() > 0);
    }

    void rendersUnderBordersInWgs84()
    {
        const QString path = loopbackBasemap();
        const auto s =
            settings(path, geo::Crs::wgs84(), MapRect{-180, -70, 180, 78}, QSize(1280, 526), m_borders4326);
        std::atomic<bool> cancel{false};
        const auto result = render::renderMap(s, cancel);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join('\n')));
        int z = -1;
        checkProbes(result.image.convertToFormat(QImage::Format_RGB32), s, false, z);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(z >= 2 && z <= 3, qPrintable(QString::number(z)));
    }

    void cacheServesWithServerStopped()
    {
        testutil::TileServer server;
        data::BasemapSource src = loopback(QStringLiteral("Cached"));
        src.url = server.tileUrl();
        auto path = data::createBasemap(src, m_dir.filePath(QStringLiteral("maps")), m_options);
        QVERIFY2(path, qPrintable(path.error()));
        // Europe at zoom 4-ish, tiles only (no borders: the image is the cache's).
        const QPointF sw = mercator(-10, 35), ne = mercator(30, 60);
        const auto s = settings(path.value(), geo::Crs::webMercator(),
                                MapRect{sw.x(), sw.y(), ne.x(), ne.y()}, QSize(400, 300), {});
        std::atomic<bool> cancel{false};
        const auto online = render::renderMap(s, cancel);
        QVERIFY2(online.errors.isEmpty(), qPrintable(online.errors.join('\n')));
        QVERIFY(server.requests() > 0);
        server.resetRequests();
        const auto again = render::renderMap(s, cancel);
        QCOMPARE(server.requests(), 0); // all from the cache
        QCOMPARE(again.image, online.image);

        server.stop();
        const auto offline = render::renderMap(s, cancel);
        QVERIFY2(offline.errors.isEmpty(), qPrintable(offline.errors.join('\n')));
        QVERIFY2(offline.warnings.isEmpty(), qPrintable(offline.warnings.join('\n')));
        QCOMPARE(offline.image, online.image);

        // A wider view reaches tiles never fetched: drawn blank, one calm warning, no error.
        const QPointF wsw = mercator(-60, 10), wne = mercator(80, 70);
        const auto wide = settings(path.value(), geo::Crs::webMercator(),
                                   MapRect{wsw.x(), wsw.y(), wne.x(), wne.y()}, QSize(400, 300), {});
        const auto partly = render::renderMap(wide, cancel);
        QVERIFY2(partly.errors.isEmpty(), qPrintable(partly.errors.join('\n')));
        QCOMPARE(partly.warnings.size(), 1);
        QVERIFY2(
            partly.warnings.first().startsWith(QLatin1String("Cached: the tile server cannot be reached")),
            qPrintable(partly.warnings.first()));
    }

    void wmtsFromCapabilities()
    {
        data::BasemapSource src;
        src.kind = data::BasemapSource::Kind::Wmts;
        src.name = QStringLiteral("Loopback WMTS");
        src.url = m_server->capabilitiesUrl();
        auto path = data::createBasemap(src, m_dir.filePath(QStringLiteral("maps")), m_options);
        QVERIFY2(path, qPrintable(path.error()));
        // The capabilities are kept beside the description: it opens without the server.
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("maps/Loopback WMTS.capabilities.xml"))));
        const QPointF sw = mercator(-179.9, -60), ne = mercator(179.9, 75);
        const auto s = settings(path.value(), geo::Crs::webMercator(),
                                MapRect{sw.x(), sw.y(), ne.x(), ne.y()}, QSize(1024, 640), m_borders3857);
        std::atomic<bool> cancel{false};
        const auto result = render::renderMap(s, cancel);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join('\n')));
        int z = -1;
        checkProbes(result.image.convertToFormat(QImage::Format_RGB32), s, true, z);
    }

    void downloadRefusals()
    {
        const data::BasemapSource osm = data::openStreetMap();
        QVERIFY(osm.attribution.contains(QStringLiteral("© OpenStreetMap contributors")));
        data::AreaDownload small{{}, MapRect{30.5, 50.4, 30.6, 50.5}, 12, 15, {}};
        QVERIFY2(data::downloadRefusal(osm, small).isEmpty(), qPrintable(data::downloadRefusal(osm, small)));
        data::AreaDownload deep = small;
        deep.zMax = 17;
        QVERIFY(data::downloadRefusal(osm, deep).contains(QLatin1String("tile usage policy")));
        data::AreaDownload wide{{}, MapRect{22, 44, 40, 52}, 2, 10, {}};
        QVERIFY(data::tileCount(wide.lonLat, 2, 10) > data::kLimitedDownloadMaxTiles);
        QVERIFY(data::downloadRefusal(osm, wide).contains(
            QLatin1String("operations.osmfoundation.org/policies/tiles")));
        // A server of one's own: no such limit.
        data::BasemapSource own = loopback(QStringLiteral("own"));
        own.maxZoom = 19;
        QVERIFY(data::downloadRefusal(own, wide).isEmpty());
        QVERIFY(data::downloadRefusal(loopback(QStringLiteral("own")), wide)
                    .contains(QLatin1String("zoom 8 only")));
        data::AreaDownload backwards = small;
        backwards.zMin = 16;
        QVERIFY(!data::downloadRefusal(osm, backwards).isEmpty());
    }

    void downloadAreaToMbtiles()
    {
        const QString path = loopbackBasemap();
        data::AreaDownload request{path, MapRect{10, 40, 20, 50}, 2, 4,
                                   m_dir.filePath(QStringLiteral("area.mbtiles"))};
        // What must be written, counted with the test's own tile formula.
        QMap<int, qint64> expected;
        for (int z = 2; z <= 4; ++z) {
            const QPoint nw = testutil::tileAt(10, 50, z), se = testutil::tileAt(20, 40, z);
            expected[z] = qint64(se.x() - nw.x() + 1) * (se.y() - nw.y() + 1);
        }
        QCOMPARE(data::tileCount(request.lonLat, 2, 4), expected[2] + expected[3] + expected[4]);
        m_server->resetRequests();
        Feedback feedback;
        auto written = data::downloadArea(request, &feedback);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), expected[2] + expected[3] + expected[4]);
        // Only the deepest zoom was fetched; the others were built from it.
        QCOMPARE(m_server->requests(), expected[4]);

        GDALDatasetUniquePtr db(
            GDALDataset::Open(("SQLITE:" + request.output).toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(db);
        OGRLayer* counts =
            db->ExecuteSQL("SELECT zoom_level, COUNT(*) FROM tiles GROUP BY zoom_level", nullptr, nullptr);
        QVERIFY(counts);
        QMap<int, qint64> found;
        for (auto& f : *counts)
            found[f->GetFieldAsInteger(0)] = f->GetFieldAsInteger64(1);
        db->ReleaseResultSet(counts);
        QCOMPARE(found, expected);

        // As a raster, the file shows the zoom-4 tiles' colours where they were.
        GDALDatasetUniquePtr raster(GDALDataset::Open(request.output.toUtf8().constData(), GDAL_OF_RASTER));
        QVERIFY(raster);
        double gt[6];
        QCOMPARE(raster->GetGeoTransform(gt), CE_None);
        const QPointF probe = mercator(15.2, 45.3);
        const int px = static_cast<int>((probe.x() - gt[0]) / gt[1]),
                  py = static_cast<int>((probe.y() - gt[3]) / gt[5]);
        GByte rgb[3];
        for (int b = 0; b < 3; ++b)
            QCOMPARE(raster->GetRasterBand(b + 1)->RasterIO(GF_Read, px, py, 1, 1, &rgb[b], 1, 1, GDT_Byte, 0,
                                                            0, nullptr),
                     CE_None);
        const QPoint t = testutil::tileAt(15.2, 45.3, 4);
        QCOMPARE(qRgb(rgb[0], rgb[1], rgb[2]), testutil::tileColour(4, t.x(), t.y()));
    }

    void downloadRefusedInCoreToo()
    {
        // A basemap with OpenStreetMap's terms: the download itself refuses a bulk request.
        data::BasemapSource limited = loopback(QStringLiteral("Limited"));
        limited.bulkDownloadLimited = true;
        auto path = data::createBasemap(limited, m_dir.filePath(QStringLiteral("maps")), m_options);
        QVERIFY2(path, qPrintable(path.error()));
        m_server->resetRequests();
        data::AreaDownload request{path.value(), MapRect{-20, 30, 40, 60}, 2, 8,
                                   m_dir.filePath(QStringLiteral("bulk.mbtiles"))};
        auto written = data::downloadArea(request, nullptr);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QLatin1String("tile usage policy")), qPrintable(written.error()));
        QCOMPARE(m_server->requests(), 0);
        QVERIFY(!QFile::exists(request.output));
    }

    void downloadCanceled()
    {
        const QString path = loopbackBasemap();
        data::AreaDownload request{path, MapRect{0, 30, 40, 60}, 3, 6,
                                   m_dir.filePath(QStringLiteral("canceled.mbtiles"))};
        Feedback feedback;
        feedback.cancel();
        auto written = data::downloadArea(request, &feedback);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QLatin1String("canceled")), qPrintable(written.error()));
        QVERIFY(!QFile::exists(request.output));
    }
};

QTEST_GUILESS_MAIN(TestBasemap)
#include "tst_basemap.moc"
