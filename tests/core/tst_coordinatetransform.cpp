#include <QtTest>

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
