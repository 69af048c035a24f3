#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

#include <gdal.h>

#include <QPainter>

#include "render/layerrenderer.h"
#include "renderhelpers.h"

using namespace mineatlas;

/// Level of detail must not change what is drawn at pixel level, and identify must find the
/// feature under a point.
class TestFeatureStore : public QObject {
    Q_OBJECT
    std::shared_ptr<const data::FeatureStore> m_world;
    geo::Crs m_merc;

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        m_merc = geo::Crs::webMercator();
        m_world = testutil::load(QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-10m.gpkg"), m_merc);
    }

    void lodDropsVerticesAtWorldScale()
    {
        const double worldMupp = 40075016.0 / 1920;
        auto lod = m_world->levelOfDetail(worldMupp);
        QVERIFY(lod);
        QVERIFY2(
            lod->coords.size() < m_world->vertexCount(),
            qPrintable(QStringLiteral("%1 of %2").arg(lod->coords.size()).arg(2 * m_world->vertexCount())));
        QCOMPARE(lod->ringStart.size(), m_world->ringStart().size());
        QVERIFY(lod->tolerance <= worldMupp * 0.7);
        // Zoomed in far enough, the full geometry is used.
        QVERIFY(!m_world->levelOfDetail(0.5));
    }

    void lodMatchesFullGeometryInPixels_data()
    {
        QTest::addColumn<double>("x0");
        QTest::addColumn<double>("y0");
        QTest::addColumn<double>("x1");
        QTest::addColumn<double>("y1");
        QTest::newRow("world") << -20037508.0 << -12000000.0 << 20037508.0 << 16000000.0;
        QTest::newRow("europe") << -1500000.0 << 4000000.0 << 4500000.0 << 11000000.0;
        QTest::newRow("ukraine") << 2400000.0 << 5500000.0 << 4500000.0 << 6900000.0;
        QTest::newRow("crimea") << 3550000.0 << 5500000.0 << 4100000.0 << 5800000.0;
    }
    void lodMatchesFullGeometryInPixels()
    {
        QFETCH(double, x0);
        QFETCH(double, y0);
        QFETCH(double, x1);
        QFETCH(double, y1);
        const MapRect extent{x0, y0, x1, y1};
        const QImage withLod = testutil::render(m_world, m_merc, extent, QSize(960, 540), true, true);
        const QImage full = testutil::render(m_world, m_merc, extent, QSize(960, 540), false, true);
        // Anti-aliased edges may shift by a fraction of a pixel; no pixel may change colour class.
        const double differ = testutil::differingFraction(withLod, full, 96);
        QVERIFY2(differ < 0.003, qPrintable(QStringLiteral("%1 % of pixels differ").arg(differ * 100)));
        QVERIFY(testutil::differingFraction(withLod, full, 200) < 0.0005);
    }

    void stripesMatchOneImage()
    {
        // renderMap cuts each layer into stripes drawn in parallel; the result must equal one
        // painter drawing the whole image.
        render::MapSettings s;
        s.crs = m_merc;
        s.extent = {-20037508.0, -12000000.0, 20037508.0, 16000000.0};
        s.size = QSize(1200, 700);
        s.background = Qt::white;
        render::VectorStyle style;
        style.base.fill = QColor(90, 160, 220);
        style.base.stroke = Qt::white;
        style.base.strokeWidth = 0.8;
        style.base.hatch = Qt::FDiagPattern;
        style.base.hatchColor = Qt::red;
        render::LayerSnapshot layer;
        layer.id = 7;
        layer.store = m_world;
        layer.styled = render::applyStyle(style, *m_world);
        s.layers.push_back(layer);
        std::atomic<bool> cancel{false};
        const QImage striped = render::renderMap(s, cancel).image.convertToFormat(QImage::Format_RGB32);
        QImage whole(s.size, QImage::Format_RGB32);
        whole.fill(Qt::white);
        {
            QPainter p(&whole);
            p.drawImage(0, 0, render::renderLayer(s, layer, cancel).value());
        }
        QVERIFY2(testutil::differingFraction(striped, whole, 8) < 0.0005,
                 qPrintable(QString::number(testutil::differingFraction(striped, whole, 8))));
    }

    /// The compact store (issue 13): small rings keep float offsets, every vertex within the
    /// precision of what was added; a ring across a continent keeps exact doubles; a store with no
    /// precision set keeps everything exact. Bytes per vertex fall from 16 (x,y doubles).
    void compactStoreKeepsItsPrecision()
    {
        std::mt19937 rng(13);
        std::uniform_real_distribution<double> centre(3.3e6, 4.7e6), radius(20, 2000), unit(0, 1);
        std::vector<std::vector<double>> rings;
        for (int i = 0; i < 2000; ++i) { // hazard-sized rings over Ukraine in Web Mercator metres
            const double cx = centre(rng), cy = centre(rng) + 2.2e6, r = radius(rng);
            std::vector<double> ring;
            for (int k = 0; k < 24; ++k) {
                const double a = 2 * M_PI * k / 24, rr = r * (0.6 + 0.4 * unit(rng));
                ring.push_back(cx + rr * std::cos(a));
                ring.push_back(cy + rr * std::sin(a));
            }
            ring.push_back(ring[0]);
            ring.push_back(ring[1]);
            rings.push_back(std::move(ring));
        }
        std::vector<double> wide; // 4,000 km across: floats there are 0.25 m apart
        for (int k = 0; k <= 400; ++k) {
            const double a = 2 * M_PI * k / 400;
            wide.push_back(2.0e6 * std::cos(a) + unit(rng) * 1e-3);
            wide.push_back(6.0e6 + 2.0e6 * std::sin(a) + unit(rng) * 1e-3);
        }
        rings.push_back(wide);

        auto build = [&](double precision) {
            auto store = std::make_unique<data::FeatureStore>();
            store->setPrecision(precision);
            for (const auto& ring : rings) {
                store->beginFeature(data::GeometryKind::Polygon, {});
                store->addRing(ring.data(), ring.size() / 2);
            }
            store->finish();
            return store;
        };
        const double mm = 0.001;
        const auto compactStore = build(mm), exactStore = build(0);
        const data::FeatureStore& compact = *compactStore;
        const data::FeatureStore& exact = *exactStore;
        std::size_t added = 0;
        for (const auto& ring : rings)
            added += ring.size();
        QCOMPARE(2 * compact.vertexCount(), added);
        QCOMPARE(exact.vertexCount(), compact.vertexCount());

        const std::vector<double> decoded = compact.vertices(), kept = exact.vertices();
        std::vector<double> all;
        for (const auto& ring : rings)
            all.insert(all.end(), ring.begin(), ring.end());
        QCOMPARE(kept, all); // no precision: bit for bit
        double worst = 0;
        for (std::size_t i = 0; i < all.size(); ++i)
            worst = std::max(worst, std::abs(decoded[i] - all[i]));
        QVERIFY2(worst <= mm, qPrintable(QString::number(worst)));
        QVERIFY2(worst > 0, "the small rings should be floats, not exact"); // else nothing was compacted
        // Single look-ups agree with the bulk decode; the wide ring is exact, and only it.
        for (std::uint32_t v = 0; v < compact.vertexCount(); v += 97) {
            const auto xy = compact.vertex(v);
            QCOMPARE(xy[0], decoded[2 * v]);
            QCOMPARE(xy[1], decoded[2 * v + 1]);
        }
        const std::uint32_t last = compact.size() - 1;
        QVERIFY(compact.ring(last).exact);
        QVERIFY(!compact.ring(0).exact);
        QCOMPARE(compact.exactVertexCount(), wide.size() / 2);
        for (std::uint32_t v = compact.ringStart()[last]; v < compact.vertexCount(); ++v)
            QCOMPARE(compact.vertex(v)[0], all[2 * v]);
        const double perVertex = double(compact.coordinateBytes()) / compact.vertexCount();
        const double perVertexExact = double(exact.coordinateBytes()) / exact.vertexCount();
        QVERIFY2(perVertex < 10 && perVertexExact >= 16,
                 qPrintable(QStringLiteral("%1 / %2 bytes a vertex").arg(perVertex).arg(perVertexExact)));
        // Identify reads the offsets: the centre of ring 7 finds it.
        const auto& r7 = rings[7];
        double cx = 0, cy = 0;
        for (std::size_t k = 0; k + 2 < r7.size(); k += 2) {
            cx += r7[k] / 24;
            cy += r7[k + 1] / 24;
        }
        const auto hits = compact.identify(cx, cy, 0);
        QVERIFY(std::find(hits.begin(), hits.end(), 7u) != hits.end());
        // Ring areas from the stored offsets (or the wide ring's doubles) match the shoelace sum
        // of the vertices added, to what 1 mm along the outline can change.
        for (std::uint32_t f = 0; f < compact.size(); ++f) {
            const auto& ring = rings[f];
            double twice = 0, perimeter = 0;
            for (std::size_t k = 0; k + 3 < ring.size(); k += 2) {
                twice += ring[k] * ring[k + 3] - ring[k + 2] * ring[k + 1];
                perimeter += std::hypot(ring[k + 2] - ring[k], ring[k + 3] - ring[k + 1]);
            }
            const double got = compact.ringArea2(compact.ringBegin(f));
            QVERIFY2(std::abs(got - twice) / 2 <= perimeter * mm,
                     qPrintable(QStringLiteral("ring %1: %2 against %3 m2").arg(f).arg(got / 2).arg(twice / 2)));
        }
    }

    void identifyFindsCountry()
    {
        const int name = m_world->fieldNames().indexOf("name");
        const int iso = m_world->fieldNames().indexOf("iso_a3");
        QVERIFY(name >= 0 && iso >= 0);
        auto lonLatToMerc = [](double lon, double lat) {
            return QPointF(6378137.0 * lon * M_PI / 180,
                           6378137.0 * std::log(std::tan(M_PI / 4 + lat * M_PI / 360)));
        };
        const QPointF kyiv = lonLatToMerc(30.52, 50.45);
        auto hits = m_world->identify(kyiv.x(), kyiv.y(), 0);
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(m_world->attribute(hits[0], iso).toString(), QStringLiteral("UKR"));
        // Simferopol lies in the Crimea feature, which the sample data marks as Ukraine.
        const QPointF simferopol = lonLatToMerc(34.10, 44.95);
        hits = m_world->identify(simferopol.x(), simferopol.y(), 0);
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(m_world->attribute(hits[0], name).toString(), QStringLiteral("Crimea"));
        QCOMPARE(m_world->attribute(hits[0], iso).toString(), QStringLiteral("UKR"));
        // Mid-Atlantic: nothing.
        const QPointF sea = lonLatToMerc(-35, 35);
        QVERIFY(m_world->identify(sea.x(), sea.y(), 0).empty());
    }
};

QTEST_GUILESS_MAIN(TestFeatureStore)
#include "tst_featurestore.moc"
