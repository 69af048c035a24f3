#include <cmath>
#include <vector>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>

#include <QtTest>

#include "geo/geodesy.h"

using namespace mineatlas::geo;

using Rings = std::vector<std::vector<double>>;
Q_DECLARE_METATYPE(Rings)

namespace {

const GeographicLib::Geodesic& wgs84()
{
    return GeographicLib::Geodesic::WGS84();
}

/// Unsigned area and perimeter of one open ring straight from GeographicLib, vertices added in
/// counter-clockwise order so no sign handling is involved.
std::pair<double, double> referenceRing(const std::vector<double>& ccwRing)
{
    GeographicLib::PolygonArea polygon(wgs84());
    for (std::size_t i = 0; i + 1 < ccwRing.size(); i += 2)
        polygon.AddPoint(ccwRing[i + 1], ccwRing[i]);
    double perimeter = 0, area = 0;
    polygon.Compute(false, false, perimeter, area);
    return {area, perimeter};
}

/// A lon/lat box as an open counter-clockwise ring.
std::vector<double> box(double west, double south, double east, double north)
{
    return {west, south, east, south, east, north, west, north};
}

std::vector<double> reversed(const std::vector<double>& ring)
{
    std::vector<double> out;
    for (std::size_t i = ring.size(); i >= 2; i -= 2) {
        out.push_back(ring[i - 2]);
        out.push_back(ring[i - 1]);
    }
    return out;
}

std::vector<double> closed(std::vector<double> ring)
{
    ring.push_back(ring[0]);
    ring.push_back(ring[1]);
    return ring;
}

/// A 100 m × 100 m square laid out on the ground with geodesics from Kyiv, counter-clockwise.
std::vector<double> kyivSquare()
{
    const double lon0 = 30.5234, lat0 = 50.4501;
    double lat1, lon1, lat2, lon2, lat3, lon3;
    wgs84().Direct(lat0, lon0, 90, 100, lat1, lon1);
    wgs84().Direct(lat1, lon1, 0, 100, lat2, lon2);
    wgs84().Direct(lat0, lon0, 0, 100, lat3, lon3);
    return {lon0, lat0, lon1, lat1, lon2, lat2, lon3, lat3};
}

bool relativelyClose(double actual, double expected, double fraction)
{
    return std::abs(actual - expected) <= fraction * std::abs(expected);
}

} // namespace

/// Ellipsoidal area, perimeter and the geodesic problems, against GeographicLib called directly.
class TestGeodesy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void areaMatchesGeographicLib_data()
    {
        QTest::addColumn<Rings>("rings");
        QTest::addColumn<double>("area");
        QTest::addColumn<double>("perimeter");

        const auto cell50 = referenceRing(box(30, 50, 31, 51));
        QTest::newRow("1x1 degree cell at 50N")
            << Rings{box(30, 50, 31, 51)} << cell50.first << cell50.second;
        QTest::newRow("same cell clockwise and closed")
            << Rings{closed(reversed(box(30, 50, 31, 51)))} << cell50.first << cell50.second;

        const auto square = referenceRing(kyivSquare());
        QTest::newRow("100 m square near Kyiv") << Rings{kyivSquare()} << square.first << square.second;

        // 2 km × 2 km field with a 500 m × 500 m-ish hole given clockwise, as GeoJSON would.
        const auto field = box(30.50, 50.44, 30.53, 50.458);
        const auto hole = box(30.51, 50.445, 30.517, 50.4495);
        const auto outer = referenceRing(field);
        const auto inner = referenceRing(hole);
        QTest::newRow("polygon with a hole") << Rings{closed(field), closed(reversed(hole))}
                                             << outer.first - inner.first << outer.second + inner.second;

        // A quadrilateral straddling the equator and the prime meridian (Gulf of Guinea).
        const std::vector<double> equator{-0.5, -0.7, 0.8, -0.4, 0.6, 0.9, -0.3, 0.5};
        const auto eq = referenceRing(equator);
        QTest::newRow("crossing the equator") << Rings{equator} << eq.first << eq.second;
    }
    void areaMatchesGeographicLib()
    {
        QFETCH(Rings, rings);
        QFETCH(double, area);
        QFETCH(double, perimeter);
        const GeodesicMeasure m = polygonArea(rings);
        QVERIFY2(relativelyClose(m.areaM2, area, 1e-4),
                 qPrintable(QStringLiteral("%1 vs %2").arg(m.areaM2, 0, 'f', 3).arg(area, 0, 'f', 3)));
        QVERIFY2(
            relativelyClose(m.perimeterM, perimeter, 1e-4),
            qPrintable(QStringLiteral("%1 vs %2").arg(m.perimeterM, 0, 'f', 3).arg(perimeter, 0, 'f', 3)));
        QVERIFY(m.areaM2 > 0);
    }

    void equatorCellReference()
    {
        // 1° × 1° at lat 0..1, lon 0..1: about 12,308 km² (111.32 km × 110.57 km).
        const auto reference = referenceRing(box(0, 0, 1, 1));
        QVERIFY2(relativelyClose(reference.first, 12308e6, 0.005),
                 qPrintable(QString::number(reference.first)));
        const GeodesicMeasure m = polygonArea({box(0, 0, 1, 1)});
        QVERIFY(relativelyClose(m.areaM2, reference.first, 1e-4));
        QVERIFY(relativelyClose(m.areaM2, 12308e6, 0.005));
    }

    void perimeterIsTheSumOfTheEdges_data()
    {
        QTest::addColumn<std::vector<double>>("ring");
        QTest::addColumn<double>("roughPerimeter");
        // Two equator/meridian degrees (111.3 km, 110.6 km) and the geodesic along lat 1°.
        QTest::newRow("equator cell") << box(0, 0, 1, 1) << 443.77e3;
        QTest::newRow("100 m square near Kyiv") << kyivSquare() << 400.0;
    }
    void perimeterIsTheSumOfTheEdges()
    {
        QFETCH(std::vector<double>, ring);
        QFETCH(double, roughPerimeter);
        double sum = 0;
        const std::size_t n = ring.size() / 2;
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t j = (i + 1) % n;
            double s12 = 0;
            wgs84().Inverse(ring[2 * i + 1], ring[2 * i], ring[2 * j + 1], ring[2 * j], s12);
            sum += s12;
        }
        const GeodesicMeasure m = polygonArea({ring});
        QVERIFY2(std::abs(m.perimeterM - sum) < 1e-6, qPrintable(QString::number(m.perimeterM - sum)));
        QVERIFY2(relativelyClose(m.perimeterM, roughPerimeter, 0.001),
                 qPrintable(QString::number(m.perimeterM)));
    }

    void degenerateInput()
    {
        QCOMPARE(polygonArea({}).areaM2, 0.0);
        const GeodesicMeasure line = polygonArea({{30, 50, 31, 50}});
        QCOMPARE(line.areaM2, 0.0);
        QCOMPARE(line.perimeterM, 0.0);
    }

    void directInverseRoundTrip_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("azimuth");
        QTest::addColumn<double>("distance");
        QTest::newRow("short leg near Kyiv") << 30.5234 << 50.4501 << 45.5 << 120.0;
        QTest::newRow("due west near Kabul") << 69.1723 << 34.5281 << 270.0 << 4800.0;
        QTest::newRow("south across the equator") << 13.2343 << 0.3 << 180.0 << 250000.0;
        QTest::newRow("across the antimeridian (Fiji)") << 179.99 << -16.5 << 95.0 << 5000.0;
        QTest::newRow("10,000 km from JFK") << -73.8 << 40.6 << 51.0 << 1e7;
    }
    void directInverseRoundTrip()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, azimuth);
        QFETCH(double, distance);
        double lon2 = 0, lat2 = 0;
        direct(lon, lat, azimuth, distance, lon2, lat2);
        QVERIFY(lon2 >= -180 && lon2 <= 180);
        double refLat = 0, refLon = 0;
        wgs84().Direct(lat, lon, azimuth, distance, refLat, refLon);
        double apart = 0;
        wgs84().Inverse(lat2, lon2, refLat, refLon, apart);
        QVERIFY2(apart < 0.01, qPrintable(QString::number(apart)));

        const GeodesicLine back = inverse(lon, lat, lon2, lat2);
        QVERIFY2(std::abs(back.distanceM - distance) < 0.01,
                 qPrintable(QString::number(back.distanceM, 'f', 4)));
        QVERIFY2(std::abs(back.azimuthDeg - azimuth) < 1e-7,
                 qPrintable(QString::number(back.azimuthDeg, 'f', 9)));
        QVERIFY(back.azimuthDeg >= 0 && back.azimuthDeg < 360);
    }

    void inverseKnownDistance()
    {
        // GeographicLib's documented example: JFK (40.6N, 73.8W) to LHR (51.6N, 0.5W), 5551.759400 km.
        const GeodesicLine jfkLhr = inverse(-73.8, 40.6, -0.5, 51.6);
        QVERIFY2(std::abs(jfkLhr.distanceM - 5551759.400319) < 0.001,
                 qPrintable(QString::number(jfkLhr.distanceM, 'f', 4)));
        // Westward azimuths come out as bearings, not negative angles.
        const GeodesicLine west = inverse(30.0, 0.0, 29.0, 0.0);
        QCOMPARE(west.azimuthDeg, 270.0);
    }

    void formatArea_data()
    {
        QTest::addColumn<double>("m2");
        QTest::addColumn<QString>("text");
        QTest::newRow("small field") << 12345.0
                                     << QStringLiteral(
                                            "12,345 m² · 1.23 ha · 0.0123 km² (ellipsoidal, WGS 84)");
        QTest::newRow("equator cell")
            << 12308778361.47
            << QStringLiteral("12,308,778,361 m² · 1,230,878 ha · 12,309 km² (ellipsoidal, WGS 84)");
        QTest::newRow("rounds up a figure")
            << 999.6 << QStringLiteral("1,000 m² · 0.100 ha · 0.00100 km² (ellipsoidal, WGS 84)");
        QTest::newRow("nothing") << 0.0 << QStringLiteral("0 m² · 0 ha · 0 km² (ellipsoidal, WGS 84)");
    }
    void formatArea()
    {
        QFETCH(double, m2);
        QFETCH(QString, text);
        QCOMPARE(mineatlas::geo::formatArea(m2), text);
    }

    /// The measure tool's path: an equator degree is a·π/180 = 111,319.491 m heading 90°, a
    /// meridian degree from the equator 110,574.389 m heading 0° (WGS 84 reference values); a
    /// closed path adds the leg home and encloses the area polygonArea gives.
    void measurePathLegsAndArea()
    {
        const std::vector<QPointF> path = {{0, 0}, {1, 0}, {1, 1}};
        const PathMeasure open = measurePath(path, false);
        QCOMPARE(open.legs.size(), std::size_t(2));
        QVERIFY(std::abs(open.legs[0].distanceM - 111319.491) < 1e-3);
        QVERIFY(std::abs(open.legs[0].azimuthDeg - 90) < 1e-9);
        QVERIFY(std::abs(open.legs[1].distanceM - 110574.389) < 1e-3);
        QVERIFY(std::abs(open.legs[1].azimuthDeg) < 1e-9);
        QCOMPARE(open.areaM2, 0.0);
        const PathMeasure closed = measurePath(path, true);
        QCOMPARE(closed.legs.size(), std::size_t(3));
        QVERIFY(closed.lengthM > open.lengthM + 150000);
        const double area = polygonArea({{0, 0, 1, 0, 1, 1}}).areaM2;
        QCOMPARE(closed.areaM2, area);
        QVERIFY(area > 6.1e9 && area < 6.2e9); // half a 1°×1° cell at the equator (12,309 km²)
        QCOMPARE(measurePath({{30, 50}}, false).legs.size(), std::size_t(0));
        QCOMPARE(measurePath({{30, 50}, {31, 50}}, true).areaM2, 0.0);
    }

    void formatDistanceUnits()
    {
        QCOMPARE(formatDistance(850.4), QStringLiteral("850 m"));
        QCOMPARE(formatDistance(1234.56), QStringLiteral("1,234.6 m"));
        QCOMPARE(formatDistance(12345), QStringLiteral("12.35 km"));
        QCOMPARE(formatDistance(1234567), QStringLiteral("1,235 km"));
    }
};

QTEST_GUILESS_MAIN(TestGeodesy)
#include "tst_geodesy.moc"
