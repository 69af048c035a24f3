#include <cstring>
#include <random>
#include <vector>

#include <QtTest>

#include <proj.h>

#include "geo/coordinatetransform.h"
#include "geo/crs.h"

using namespace mineatlas::geo;

/// PROJ transforms with x = lon / easting everywhere, against published reference points.
class TestCoordinateTransform : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownPoints_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("tolerance");
        // Web Mercator: the antimeridian on the equator is the edge of the world square.
        QTest::newRow("3857 antimeridian")
            << "EPSG:3857" << 180.0 << 0.0 << 20037508.342789244 << 0.0 << 1e-3;
        QTest::newRow("3857 Kyiv") << "EPSG:3857" << 30.5234 << 50.4501 << 3397849.345 << 6524593.222 << 0.01;
        // LAEA Europe: its natural origin (10°E, 52°N) maps to the false origin (4321000, 3210000).
        QTest::newRow("3035 natural origin") << "EPSG:3035" << 10.0 << 52.0 << 4321000.0 << 3210000.0 << 1e-3;
        // UTM 36N: the central meridian 33°E on the equator is (500000, 0).
        QTest::newRow("32636 central meridian") << "EPSG:32636" << 33.0 << 0.0 << 500000.0 << 0.0 << 1e-3;
        QTest::newRow("4326 identity") << "EPSG:4326" << 24.1 << 56.9 << 24.1 << 56.9 << 1e-12;
    }
    void knownPoints()
    {
        QFETCH(QString, target);
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(double, tolerance);
        auto t = CoordinateTransform::create(QStringLiteral("EPSG:4326"), target);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        double px = lon, py = lat;
        QVERIFY(t->transform(px, py));
        QVERIFY2(qAbs(px - x) <= tolerance, qPrintable(QString::number(px, 'f', 4)));
        QVERIFY2(qAbs(py - y) <= tolerance, qPrintable(QString::number(py, 'f', 4)));
        // And back.
        auto back = CoordinateTransform::create(target, QStringLiteral("EPSG:4326"));
        QVERIFY(back.ok());
        QVERIFY(back->transform(px, py));
        QVERIFY(qAbs(px - lon) < 1e-7 && qAbs(py - lat) < 1e-7);
    }

    // transform() may hand PROJ the operation without its degrees-to-radians step (a third of
    // PROJ's time per point): the results must be PROJ's own, bit for bit, on points it has not
    // seen, valid and not, for projections and for datum shifts of several steps.
    void sameAsTheWholeOperation_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("shortcut");
        QTest::newRow("Web Mercator") << "EPSG:3857" << true;
        QTest::newRow("UTM 36N") << "EPSG:32636" << true;
        QTest::newRow("polar stereographic north") << "EPSG:3413" << true;
        QTest::newRow("Swiss LV95 (Helmert, seven steps)") << "EPSG:2056" << true;
        QTest::newRow("orthographic from a PROJ string") << "+proj=ortho +lat_0=50 +lon_0=30 +datum=WGS84 +type=crs" << true;
        // PROJ offers several operations for these (chosen per point): the whole operation runs.
        QTest::newRow("LAEA Europe") << "EPSG:3035" << false;
        QTest::newRow("British National Grid") << "EPSG:27700" << false;
    }
    void sameAsTheWholeOperation()
    {
        QFETCH(QString, target);
        QFETCH(bool, shortcut);
        auto t = CoordinateTransform::create(QStringLiteral("EPSG:4326"), target);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->convertsDegreesItself(), shortcut);
        // The reference: PROJ's operation for the pair, axis order normalised, run whole.
        PJ_CONTEXT* ctx = proj_context_create();
        proj_log_level(ctx, PJ_LOG_NONE);
        PJ* op = proj_create_crs_to_crs(ctx, "EPSG:4326", target.toUtf8().constData(), nullptr);
        QVERIFY(op);
        PJ* pj = proj_normalize_for_visualization(ctx, op);
        QVERIFY(pj);
        std::mt19937 random(2026);
        std::uniform_real_distribution<double> lon(-200, 200), lat(-95, 95);
        std::vector<double> xy;
        for (int i = 0; i < 20000; ++i) {
            xy.push_back(lon(random));
            xy.push_back(lat(random));
        }
        std::vector<double> expected = xy;
        proj_trans_generic(pj, PJ_FWD, expected.data(), 2 * sizeof(double), expected.size() / 2, expected.data() + 1,
                           2 * sizeof(double), expected.size() / 2, nullptr, 0, 0, nullptr, 0, 0);
        proj_destroy(pj);
        proj_destroy(op);
        proj_context_destroy(ctx);
        std::size_t failed = 0, same = 0;
        for (std::size_t i = 0; i < expected.size(); i += 2)
            if (!std::isfinite(expected[i]) || !std::isfinite(expected[i + 1]) || std::abs(expected[i]) > 1e15 ||
                std::abs(expected[i + 1]) > 1e15) {
                expected[i] = expected[i + 1] = std::nan("");
                ++failed;
            }
        QCOMPARE(t->transform(xy.data(), xy.size() / 2), failed);
        QVERIFY(failed > 0); // latitudes past ±90° at least
        for (std::size_t i = 0; i < xy.size(); ++i)
            same += (std::isnan(xy[i]) && std::isnan(expected[i])) || std::memcmp(&xy[i], &expected[i], sizeof(double)) == 0;
        QCOMPARE(same, xy.size());
    }

    void batchMarksFailuresAsNan()
    {
        auto t = CoordinateTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
        QVERIFY(t.ok());
        double xy[] = {10, 10, 0, 95, 20, -20}; // latitude 95° does not exist
        QCOMPARE(t->transform(xy, 3), std::size_t(1));
        QVERIFY(std::isnan(xy[2]));
        QVERIFY(!std::isnan(xy[4]));
    }

    void crsFacts()
    {
        auto merc = Crs::fromUserString("3857");
        QVERIFY(merc.ok());
        QCOMPARE(merc->authId(), QStringLiteral("EPSG:3857"));
        QVERIFY(merc->isMercator());
        QVERIFY(!merc->isGeographic());
        auto wgs = Crs::fromUserString("epsg:4326");
        QVERIFY(wgs.ok());
        QVERIFY(wgs->isGeographic());
        auto utm = Crs::fromUserString("EPSG:32636");
        QVERIFY(utm.ok());
        QVERIFY(!utm->isMercator()); // transverse Mercator is not clipped at ±85°
        auto laea = Crs::fromUserString("EPSG:3035");
        QVERIFY(laea.ok() && !laea->isMercator());
    }

    void badCrsIsAnError()
    {
        auto bad = Crs::fromUserString("EPSG:999999");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains("999999"));
        QVERIFY(!Crs::fromUserString("").ok());
    }
    void crsWithoutAnAreaOfUseDrawsTheWholeWorld()
    {
        // A PROJ string has no area of use: nothing may be read from bounds PROJ did not fill.
        auto crs = Crs::fromUserString("+proj=tmerc +lon_0=100 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +type=crs");
        QVERIFY2(crs.ok(), qPrintable(crs.error()));
        QCOMPARE(crs->areaOfUseLonLat(), (mineatlas::MapRect{-180, -90, 180, 90}));
        QCOMPARE(crs->drawableLonLat(), (mineatlas::MapRect{-180, -90, 180, 90}));
    }
};

QTEST_GUILESS_MAIN(TestCoordinateTransform)
#include "tst_coordinatetransform.moc"
