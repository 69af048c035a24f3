#include <random>

#include <QtTest>

#include "data/spatialindex.h"

using namespace mineatlas;

/// The packed R-tree must return exactly what a brute-force scan returns.
class TestSpatialIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("one node") << 16;
        QTest::newRow("two levels") << 17;
        QTest::newRow("10k") << 10000;     // wide queries find over an eighth: ordered by bitmap
        QTest::newRow("150k") << 150000;   // built with the keyed sort on both cores
    }
    void matchesBruteForce()
    {
        QFETCH(int, count);
        std::mt19937 rng(42);
        std::uniform_real_distribution<double> pos(-1000, 1000), size(0, 30);
        std::vector<MapRect> boxes;
        for (int i = 0; i < count; ++i) {
            const double x = pos(rng), y = pos(rng);
            boxes.push_back({x, y, x + size(rng), y + size(rng)});
        }
        const data::SpatialIndex index(boxes);
        QCOMPARE(index.size(), std::size_t(count));
        for (int q = 0; q < 200; ++q) {
            const double x = pos(rng), y = pos(rng), w = size(rng) * (q % 10 == 0 ? 40 : 3);
            const MapRect query{x, y, x + w, y + w * 0.7};
            std::vector<std::uint32_t> expected;
            for (int i = 0; i < count; ++i)
                if (boxes[static_cast<std::size_t>(i)].intersects(query))
                    expected.push_back(static_cast<std::uint32_t>(i));
            QCOMPARE(index.query(query), expected);
        }
        // A query covering everything returns everything, in order.
        const auto all = index.query({-1e9, -1e9, 1e9, 1e9});
        QCOMPARE(all.size(), std::size_t(count));
        QVERIFY(std::is_sorted(all.begin(), all.end()));
    }
};

QTEST_GUILESS_MAIN(TestSpatialIndex)
#include "tst_spatialindex.moc"
