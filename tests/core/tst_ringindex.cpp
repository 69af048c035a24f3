#include <QtTest>

#include <cmath>
#include <random>

#include "data/featurestore.h"
#include "render/renderjob.h"
#include "renderhelpers.h"

using namespace mineatlas;

namespace {

/// A continent-size wavy ring of `n` vertices around (cx, cy), counter-clockwise, closed.
std::vector<double> wavyRing(double cx, double cy, double radius, int n, std::mt19937& rng)
{
    std::uniform_real_distribution<double> jitter(-0.004, 0.004);
    std::vector<double> xy;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * i / n;
        const double r = radius * (1 + 0.08 * std::sin(7 * a) + 0.03 * std::sin(53 * a) + jitter(rng));
        xy.push_back(cx + r * std::cos(a));
        xy.push_back(cy + r * std::sin(a));
    }
    xy.push_back(xy[0]);
    xy.push_back(xy[1]);
    return xy;
}

std::vector<double> smallRing(double cx, double cy, double r, int n, bool clockwise)
{
    std::vector<double> xy;
    for (int i = 0; i < n; ++i) {
        const double a = (clockwise ? -1 : 1) * 2 * M_PI * i / n;
        xy.push_back(cx + r * std::cos(a) * (1 + 0.3 * (i % 2)));
        xy.push_back(cy + r * std::sin(a) * (1 + 0.3 * (i % 2)));
    }
    xy.push_back(xy[0]);
    xy.push_back(xy[1]);
    return xy;
}

MapRect boundsOf(const data::FeatureStore& s, std::uint32_t r)
{
    MapRect b;
    for (auto v = s.ringStart()[r]; v < s.ringStart()[r + 1]; ++v)
        b.include(s.vertex(v)[0], s.vertex(v)[1]);
    return b;
}

} // namespace

/// Culling below the feature (rings, chunks of large rings, sub-pixel rings) must find exactly the
/// rings brute force finds and must not change the picture.
class TestRingIndex : public QObject {
    Q_OBJECT
    std::shared_ptr<data::FeatureStore> m_store;
    geo::Crs m_merc = geo::Crs::webMercator();

private Q_SLOTS:
    void initTestCase()
    {
        // Feature 0: one huge ring of 60,000 vertices (2,000 km across) with 3,000 lakes cut out
        // and 400 islands off its coast. Feature 1: a single small ring. Feature 2: three rings.
        std::mt19937 rng(5);
        m_store = std::make_shared<data::FeatureStore>(QStringList{QStringLiteral("name")});
        m_store->beginFeature(data::GeometryKind::Polygon, {QStringLiteral("land")});
        m_store->beginPart();
        auto coast = wavyRing(3.5e6, 6.2e6, 1.0e6, 60000, rng);
        m_store->addRing(coast.data(), coast.size() / 2);
        std::uniform_real_distribution<double> unit(0, 1);
        for (int i = 0; i < 3000; ++i) {
            const double a = 2 * M_PI * unit(rng), d = 0.8e6 * std::sqrt(unit(rng));
            auto lake = smallRing(3.5e6 + d * std::cos(a), 6.2e6 + d * std::sin(a), 200 + 3000 * unit(rng), 7, true);
            m_store->addRing(lake.data(), lake.size() / 2, true);
        }
        for (int i = 0; i < 400; ++i) {
            const double a = 2 * M_PI * unit(rng);
            auto island = smallRing(3.5e6 + 1.25e6 * std::cos(a), 6.2e6 + 1.25e6 * std::sin(a), 300 + 4000 * unit(rng), 8, false);
            m_store->beginPart();
            m_store->addRing(island.data(), island.size() / 2);
        }
        m_store->beginFeature(data::GeometryKind::Polygon, {QStringLiteral("dot")});
        auto dot = smallRing(2.2e6, 5.0e6, 20000, 12, false);
        m_store->addRing(dot.data(), dot.size() / 2);
        m_store->beginFeature(data::GeometryKind::Polygon, {QStringLiteral("three")});
        for (int i = 0; i < 3; ++i) {
            auto r = smallRing(5.0e6 + i * 1e5, 7.5e6, 30000, 16, false);
            m_store->beginPart();
            m_store->addRing(r.data(), r.size() / 2);
        }
        m_store->finish();
    }

    void ringQueriesMatchBruteForce()
    {
        const data::FeatureStore& s = *m_store;
        const data::RingIndex& index = s.ringIndex();
        std::mt19937 rng(9);
        std::uniform_real_distribution<double> x(1.8e6, 5.5e6), y(4.5e6, 8.0e6), size(1e3, 1.5e6);
        std::vector<std::uint32_t> got;
        int nonTrivial = 0;
        for (int q = 0; q < 300; ++q) {
            const double x0 = x(rng), y0 = y(rng);
            const MapRect rect{x0, y0, x0 + size(rng), y0 + size(rng)};
            for (std::uint32_t f = 0; f < s.size(); ++f) {
                index.ringsIn(s, f, rect, got);
                std::vector<std::uint32_t> expected;
                for (auto r = s.ringBegin(f); r < s.ringEnd(f); ++r)
                    if (s.ringEnd(f) - s.ringBegin(f) == 1 || boundsOf(s, r).intersects(rect))
                        expected.push_back(r);
                QCOMPARE(got, expected);
                nonTrivial += f == 0 && !expected.empty() && expected.size() < s.ringEnd(0) - s.ringBegin(0);
                for (auto r = s.ringBegin(f); r < s.ringEnd(f); ++r)
                    QCOMPARE(index.ringBounds(s, f, r), s.ringEnd(f) - s.ringBegin(f) == 1 ? s.bounds(f) : boundsOf(s, r));
            }
        }
        QVERIFY2(nonTrivial > 100, qPrintable(QString::number(nonTrivial))); // the queries did cull
    }

    void chunksCoverTheirVertices()
    {
        const data::FeatureStore& s = *m_store;
        const data::RingChunks& chunks = s.ringIndex().chunks();
        // Only the huge ring is chunked; every chunk's bounds are exactly its vertices' bounds.
        const std::uint32_t huge = s.ringBegin(0);
        const auto of = chunks.of(huge);
        const std::uint32_t n = s.ringStart()[huge + 1] - s.ringStart()[huge];
        QCOMPARE(of.size(), std::size_t((n - 1 + data::RingChunks::kChunkVertices - 1) / data::RingChunks::kChunkVertices));
        QCOMPARE(chunks.chunkCount(), of.size());
        for (std::size_t j = 0; j < of.size(); ++j) {
            MapRect b;
            const std::uint32_t a = s.ringStart()[huge] + static_cast<std::uint32_t>(j) * data::RingChunks::kChunkVertices;
            for (auto v = a; v <= std::min(a + data::RingChunks::kChunkVertices, s.ringStart()[huge + 1] - 1); ++v)
                b.include(s.vertex(v)[0], s.vertex(v)[1]);
            QCOMPARE(of[j], b);
        }
        QVERIFY(chunks.of(huge + 1).empty());
        // A level-of-detail copy has chunks of its own, over its own vertices.
        auto lod = s.levelOfDetail(2000);
        QVERIFY(lod);
        QVERIFY(lod->chunks.chunkCount() > 0 && lod->chunks.chunkCount() < chunks.chunkCount());
    }

    void cullingMatchesFullDrawing_data()
    {
        QTest::addColumn<double>("x0");
        QTest::addColumn<double>("y0");
        QTest::addColumn<double>("x1");
        QTest::addColumn<double>("y1");
        QTest::addColumn<bool>("outline");
        // Whole continent (lakes far below a pixel), a region, the huge ring crossing the view's
        // edges (most of its chunks off-screen), and the coast seen up close.
        QTest::newRow("all, fill") << 1.8e6 << 4.6e6 << 5.6e6 << 7.8e6 << false;
        QTest::newRow("all, outline") << 1.8e6 << 4.6e6 << 5.6e6 << 7.8e6 << true;
        QTest::newRow("region") << 3.0e6 << 5.8e6 << 3.9e6 << 6.4e6 << true;
        QTest::newRow("ring crosses the edge") << 4.2e6 << 5.9e6 << 4.8e6 << 6.3e6 << true;
        QTest::newRow("coast up close") << 4.38e6 << 6.15e6 << 4.46e6 << 6.2e6 << true;
        QTest::newRow("inside the ring only") << 3.4e6 << 6.1e6 << 3.6e6 << 6.25e6 << false;
    }
    void cullingMatchesFullDrawing()
    {
        QFETCH(double, x0);
        QFETCH(double, y0);
        QFETCH(double, x1);
        QFETCH(double, y1);
        QFETCH(bool, outline);
        const MapRect extent{x0, y0, x1, y1};
        const QImage culled = testutil::render(m_store, m_merc, extent, QSize(960, 540), true, outline);
        const QImage full = testutil::render(m_store, m_merc, extent, QSize(960, 540), false, outline);
        // The tolerance of the LOD reference-image test (tst_featurestore).
        const double differ = testutil::differingFraction(culled, full, 96);
        QVERIFY2(differ < 0.003, qPrintable(QStringLiteral("%1 % of pixels differ").arg(differ * 100)));
        QVERIFY(testutil::differingFraction(culled, full, 200) < 0.0005);
        // Not a blank picture on both sides: land and sea both show.
        int land = 0;
        for (int y = 0; y < full.height(); y += 7)
            for (int x = 0; x < full.width(); x += 7)
                land += full.pixelColor(x, y) == testutil::kLand;
        QVERIFY(land > 0);
    }

    void aggregationMatchesDrawingEach_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("outline");
        // 150,000 small areas in a band: at zoom 1 most are below a pixel and far outnumber the
        // pixels, at 4 some are, at 16 none (aggregation then has nothing to do).
        QTest::newRow("far, fill and outline") << 1.0 << true;
        QTest::newRow("far, fill only") << 1.0 << false;
        QTest::newRow("closer") << 4.0 << true;
        QTest::newRow("close") << 16.0 << true;
    }
    void aggregationMatchesDrawingEach()
    {
        QFETCH(double, zoom);
        QFETCH(bool, outline);
        static std::shared_ptr<data::FeatureStore> many = [] {
            auto s = std::make_shared<data::FeatureStore>(QStringList{QStringLiteral("status")});
            std::mt19937 rng(3);
            std::uniform_real_distribution<double> unit(0, 1);
            for (int i = 0; i < 150000; ++i) {
                const double t = unit(rng);
                const double x = 1e6 * t + 6e4 * (unit(rng) - 0.5), y = 2e5 * std::sin(6 * t) + 1.5e5 * (unit(rng) - 0.5);
                s->beginFeature(data::GeometryKind::Polygon, {i % 3 ? QStringLiteral("SHA") : QStringLiteral("CHA")});
                auto ring = smallRing(x, y, 400 + 2500 * unit(rng), 16, false);
                s->addRing(ring.data(), ring.size() / 2);
            }
            s->finish();
            return s;
        }();
        render::VectorStyle style;
        style.categoryField = QStringLiteral("status");
        style.base.stroke = outline ? QColor(0x20, 0x20, 0x20) : QColor(Qt::transparent);
        style.base.strokeWidth = outline ? 0.8 : 0;
        for (const auto& [value, colour] : {std::pair{"SHA", QColor(0xF4, 0xA7, 0x18, 128)}, std::pair{"CHA", QColor(0xFF, 0, 0, 128)}}) {
            render::Category c;
            c.value = QString::fromLatin1(value);
            c.symbol = style.base;
            c.symbol.fill = colour;
            style.categories.push_back(c);
        }
        const double cx = 5e5, cy = 0, halfWidth = 6.5e5 / zoom;
        auto draw = [&](bool aggregate) {
            render::MapSettings s;
            s.crs = m_merc;
            s.extent = {cx - halfWidth, cy - halfWidth * 0.75, cx + halfWidth, cy + halfWidth * 0.75};
            s.size = QSize(400, 300);
            s.background = Qt::white;
            s.aggregateSubPixel = aggregate;
            render::LayerSnapshot layer;
            layer.id = 3;
            layer.store = many;
            layer.styled = render::applyStyle(style, *many);
            s.layers.push_back(layer);
            std::atomic<bool> cancel{false};
            return render::renderMap(s, cancel).image.convertToFormat(QImage::Format_RGB32);
        };
        const QImage summed = draw(true), each = draw(false);
        const double differ = testutil::differingFraction(summed, each, 96);
        QVERIFY2(differ < 0.003, qPrintable(QStringLiteral("%1 % of pixels differ").arg(differ * 100)));
        QVERIFY(testutil::differingFraction(summed, each, 200) < 0.0005);
        int drawn = 0;
        for (int y = 0; y < each.height(); ++y)
            for (int x = 0; x < each.width(); ++x)
                drawn += each.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY(drawn > each.width() * each.height() / 20); // the band is there
    }
};

QTEST_GUILESS_MAIN(TestRingIndex)
#include "tst_ringindex.moc"
