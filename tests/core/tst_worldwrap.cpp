#include <QtTest>

#include <gdal.h>

#include "geo/coordinatetransform.h"
#include "geo/worldwrap.h"
#include "renderhelpers.h"

using namespace mineatlas;

/// Polygons that cross the antimeridian or encircle a pole draw without stripes or wrap-around
/// fills: world-atlas's Russia, Fiji and Antarctica in Web Mercator and plate carrée.
class TestWorldWrap : public QObject {
    Q_OBJECT

    static QPointF mercator(double lon, double lat)
    {
        return {6378137.0 * lon * M_PI / 180, 6378137.0 * std::log(std::tan(M_PI / 4 + lat * M_PI / 360))};
    }

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void ringAcrossAntimeridianIsSplit()
    {
        // A box from 170°E to 170°W, stored the way stitched TopoJSON stores it.
        const std::vector<double> ring = {170, 60, -170, 60, -170, 70, 170, 70, 170, 60};
        std::vector<std::vector<double>> out;
        geo::WorldWrap{}.polygonRing(ring, out);
        QCOMPARE(out.size(), std::size_t(2));
        for (const auto& r : out)
            for (std::size_t i = 0; i < r.size(); i += 2)
                QVERIFY(r[i] >= -180 && r[i] <= 180);
        double lonSpan = 0;
        for (const auto& r : out) {
            double mn = 1e9, mx = -1e9;
            for (std::size_t i = 0; i < r.size(); i += 2) {
                mn = std::min(mn, r[i]);
                mx = std::max(mx, r[i]);
            }
            lonSpan += mx - mn;
        }
        QCOMPARE(lonSpan, 20.0); // 10° on each side, not 340°
    }

    void ringAroundSouthPoleIsClosedThroughPole()
    {
        // A ring that goes once around the south pole at 70°S, as Antarctica does.
        std::vector<double> ring;
        for (int lon = -180; lon <= 180; lon += 30)
            ring.insert(ring.end(), {double(lon == 180 ? -180 : lon), -70.0});
        ring.insert(ring.end(), {ring[0], ring[1]});
        std::vector<std::vector<double>> out;
        geo::WorldWrap wrap;
        wrap.latMin = -85.0511;
        wrap.polygonRing(ring, out);
        QCOMPARE(out.size(), std::size_t(1));
        double minLat = 0;
        for (std::size_t i = 1; i < out[0].size(); i += 2)
            minLat = std::min(minLat, out[0][i]);
        QCOMPARE(minLat, -85.0511); // reaches the bottom of the Mercator world
    }

    void lineAcrossAntimeridianIsSplit()
    {
        const std::vector<double> line = {179, 0, -179, 2};
        std::vector<std::vector<double>> out;
        geo::WorldWrap{}.line(line, out);
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(out[0][2], 180.0);
        QCOMPARE(out[0][3], 1.0);
        QCOMPARE(out[1][0], -180.0);
    }

    void zoneProjectionsDrawOnlyWhatTheyCan()
    {
        // UTM 36N around Ukraine: the Black Sea stays sea, Belarus and Ukraine are land. Without
        // clipping to the zone, vertices PROJ cannot project were dropped and rings joined up
        // across the sea.
        const geo::Crs utm = geo::Crs::fromUserString("EPSG:32636").value();
        auto store = testutil::load(QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-10m.gpkg"), utm);
        const MapRect extent{0, 4500000, 1200000, 6500000};
        const QSize size(600, 1000);
        const QImage img = testutil::render(store, utm, extent, size);
        auto t = geo::CoordinateTransform::create("EPSG:4326", "EPSG:32636");
        QVERIFY(t.ok());
        auto pixelAt = [&](double lon, double lat) {
            double x = lon, y = lat;
            t->transform(x, y);
            return img.pixelColor(int((x - extent.xMin) / extent.width() * size.width()),
                                  int((extent.yMax - y) / extent.height() * size.height()));
        };
        QCOMPARE(pixelAt(34.0, 43.5), testutil::kSea);  // Black Sea
        QCOMPARE(pixelAt(31.0, 42.5), testutil::kSea);  // Black Sea, west
        QCOMPARE(pixelAt(28.0, 53.5), testutil::kLand); // Belarus
        QCOMPARE(pixelAt(31.0, 49.0), testutil::kLand); // Ukraine
        // Arctic polar stereographic: Antarctica is outside what it can draw and is left out.
        const geo::Crs polar = geo::Crs::fromUserString("EPSG:3413").value();
        QVERIFY(polar.drawableLonLat().yMin > 0);
        auto arctic = testutil::load(QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg"), polar);
        QVERIFY(arctic->extent().width() < 2e7); // no ring thrown across the whole plane
    }

    void viewAcrossTheAntimeridianShowsBothSides()
    {
        // Web Mercator from 170.7°E to 193.1°E (= 166.9°W): Fiji west of 180°, Samoa east of it.
        const geo::Crs merc = geo::Crs::webMercator();
        auto store = testutil::load(QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-10m.gpkg"), merc);
        const MapRect extent{19000000, -3000000, 21500000, -1000000};
        const QSize size(1000, 800);
        const QImage img = testutil::render(store, merc, extent, size);
        auto landNear = [&](double lon, double lat) {
            const QPointF m = mercator(lon, lat);
            const int cx = int((m.x() - extent.xMin) / extent.width() * size.width());
            const int cy = int((extent.yMax - m.y()) / extent.height() * size.height());
            int land = 0;
            for (int dy = -4; dy <= 4; ++dy)
                for (int dx = -4; dx <= 4; ++dx)
                    land += img.pixelColor(std::clamp(cx + dx, 0, size.width() - 1),
                                           std::clamp(cy + dy, 0, size.height() - 1)) == testutil::kLand;
            return land;
        };
        QVERIFY(landNear(178.0, -17.8) > 10);        // Viti Levu, Fiji
        QVERIFY(landNear(360 - 172.4, -13.6) > 10);  // Savai'i, Samoa, on the next copy
        QCOMPARE(merc.wrapX(mercator(360 - 172.4, 0).x()), mercator(-172.4, 0).x());
    }

    void worldHasNoStripes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("crs");
        QTest::newRow("10m Web Mercator") << "countries-10m.gpkg"
                                          << "EPSG:3857";
        QTest::newRow("10m plate carrée") << "countries-10m.gpkg"
                                          << "EPSG:4326";
        QTest::newRow("110m Web Mercator") << "countries-110m.gpkg"
                                           << "EPSG:3857";
        QTest::newRow("110m plate carrée") << "countries-110m.gpkg"
                                           << "EPSG:4326";
    }
    void worldHasNoStripes()
    {
        QFETCH(QString, file);
        QFETCH(QString, crs);
        const geo::Crs mapCrs = geo::Crs::fromUserString(crs).value();
        const bool merc = mapCrs.isMercator();
        auto store = testutil::load(QStringLiteral(MINEATLAS_SAMPLE_DATA "/") + file, mapCrs);
        const double half = merc ? 20037508.342789244 : 180.0;
        const MapRect world{-half, -half / (merc ? 1 : 2), half, half / (merc ? 1 : 2)};
        const QSize size(1000, merc ? 1000 : 500);
        const QImage img = testutil::render(store, mapCrs, world, size);
        auto pixelAt = [&](double lon, double lat) {
            const QPointF m = merc ? mercator(lon, lat) : QPointF(lon, lat);
            const int x = static_cast<int>((m.x() - world.xMin) / world.width() * size.width());
            const int y = static_cast<int>((world.yMax - m.y()) / world.height() * size.height());
            return img.pixelColor(std::clamp(x, 0, size.width() - 1), std::clamp(y, 0, size.height() - 1));
        };
        // Open ocean where a wrap-around Russia or Fiji would paint a band across the map.
        QCOMPARE(pixelAt(-150, 45), testutil::kSea); // North Pacific
        QCOMPARE(pixelAt(0, 67),
                 testutil::kSea); // Norwegian Sea, inside the band Russia's stitched ring spans
        QCOMPARE(pixelAt(-140, -17), testutil::kSea); // Fiji's latitude, east Pacific
        QCOMPARE(pixelAt(0, 0), testutil::kSea);      // Gulf of Guinea
        QCOMPARE(pixelAt(-140, -40), testutil::kSea); // south Pacific: an inverted Antarctica fills this
        // Land where it should be: Siberia, Chukotka east of 180°, Antarctica's interior.
        QCOMPARE(pixelAt(100, 65), testutil::kLand);
        int chukotka = 0; // Russia east of 180°: lon -180..-170, lat 64..67
        for (double lon = -179.5; lon < -170; lon += 0.5)
            for (double lat = 64.5; lat < 67; lat += 0.25)
                chukotka += pixelAt(lon, lat) == testutil::kLand;
        QVERIFY2(chukotka > 3, qPrintable(QString::number(chukotka)));
        QCOMPARE(pixelAt(40, -80), testutil::kLand);
        QCOMPARE(pixelAt(-100, -80), testutil::kLand);
        // No row north of Antarctica is land across (nearly) the whole width.
        const int antarcticRow = static_cast<int>((world.yMax - (merc ? mercator(0, -60).y() : -60.0)) /
                                                  world.height() * size.height());
        for (int y = 0; y < antarcticRow; ++y) {
            int land = 0;
            for (int x = 0; x < size.width(); ++x)
                land += img.pixelColor(x, y) == testutil::kLand;
            QVERIFY2(land < size.width() * 0.95,
                     qPrintable(QStringLiteral("stripe on row %1: %2 land pixels").arg(y).arg(land)));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorldWrap)
#include "tst_worldwrap.moc"
