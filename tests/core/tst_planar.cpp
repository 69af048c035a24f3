#include <QtTest>

#include "geo/planar.h"

using namespace mineatlas::geo::planar;

/// The one copy of small planar geometry: values worked out by hand.
class TestPlanar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pointInRing()
    {
        // An L shape (counter-clockwise), not closed.
        const double l[] = {0, 0, 4, 0, 4, 1, 1, 1, 1, 4, 0, 4};
        QVERIFY(mineatlas::geo::planar::pointInRing(l, 6, 0.5, 3));
        QVERIFY(mineatlas::geo::planar::pointInRing(l, 6, 3, 0.5));
        QVERIFY(!mineatlas::geo::planar::pointInRing(l, 6, 3, 3)); // in the notch
        QVERIFY(!mineatlas::geo::planar::pointInRing(l, 6, -1, 0.5));
        QVERIFY(!mineatlas::geo::planar::pointInRing(l, 2, 0.5, 0.5)); // not a ring
    }
    void segments()
    {
        QCOMPARE(projectOnSegment({2, 5}, {0, 0}, {4, 0}), 0.5);
        QCOMPARE(projectOnSegment({-3, 1}, {0, 0}, {4, 0}), 0.0);
        QCOMPARE(projectOnSegment({9, 1}, {0, 0}, {4, 0}), 1.0);
        QCOMPARE(closestOnSegment({2, 5}, {0, 0}, {4, 0}), (Point{2, 0}));
        QCOMPARE(segmentDistanceSquared({2, 5}, {0, 0}, {4, 0}), 25.0);
        QCOMPARE(segmentDistanceSquared({7, 4}, {0, 0}, {4, 0}), 25.0); // to the end point
        QCOMPARE(segmentDistanceSquared({1, 1}, {3, 3}, {3, 3}), 8.0);  // a segment of no length
        Point at;
        QVERIFY(segmentsIntersect({0, 0}, {2, 2}, {0, 2}, {2, 0}, at));
        QCOMPARE(at, (Point{1, 1}));
        QVERIFY(segmentsIntersect({0, 0}, {2, 0}, {1, 0}, {1, 5}, at)); // touching
        QCOMPARE(at, (Point{1, 0}));
        QVERIFY(!segmentsIntersect({0, 0}, {1, 0}, {0, 1}, {1, 1}, at));
    }
    void areaAndCentroid()
    {
        const double square[] = {0, 0, 2, 0, 2, 2, 0, 2, 0, 0}; // closed
        QCOMPARE(ringArea2(square, 5), 8.0);
        QCOMPARE(ringArea2(square, 4), 8.0); // open: the same
        const double clockwise[] = {0, 0, 0, 2, 2, 2, 2, 0};
        QCOMPARE(ringArea2(clockwise, 4), -8.0);
        QCOMPARE(ringCentroid(square, 4), (Point{1, 1}));
        const Point pts[] = {{0, 0}, {3, 0}, {0, 3}};
        QCOMPARE(ringArea2(pts, 3), 9.0);
        const double flat[] = {0, 0, 1, 1, 2, 2};
        QCOMPARE(ringCentroid(flat, 3), (Point{0, 0})); // no area: the first point
    }
};

QTEST_GUILESS_MAIN(TestPlanar)
#include "tst_planar.moc"
