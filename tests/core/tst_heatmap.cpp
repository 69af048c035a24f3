#include <QtTest>

#include <atomic>
#include <cmath>
#include <tuple>

#include "data/featurestore.h"
#include "project/maplayer.h"
#include "render/heatmap.h"
#include "render/renderjob.h"

using namespace mineatlas;

namespace {

struct Point {
    double x, y, weight;
};

std::shared_ptr<data::FeatureStore> points(const std::vector<Point>& pts)
{
    auto store = std::make_shared<data::FeatureStore>(QStringList{"victims"});
    for (const Point& p : pts) {
        store->beginFeature(data::GeometryKind::Point, {p.weight});
        const double xy[2] = {p.x, p.y};
        store->addRing(xy, 1);
    }
    store->finish();
    return store;
}

render::MapSettings view(QSize size)
{
    render::MapSettings s;
    s.crs = geo::Crs::webMercator();
    s.extent = MapRect{0, 0, 200, 100}; // 1 map unit per pixel at 200 × 100
    s.size = size;
    s.background = Qt::white;
    return s;
}

/// Σ w (1 − d²/r²)² over the points within r of the pixel's centre, computed here from scratch.
double expectedDensity(const std::vector<Point>& pts, const render::MapSettings& s, int px, int py, double r)
{
    const MapRect v = s.visibleExtent();
    const double mupp = v.width() / s.size.width();
    const double cx = v.xMin + (px + 0.5) * mupp, cy = v.yMax - (py + 0.5) * mupp;
    double sum = 0;
    for (const Point& p : pts) {
        const double d = std::hypot(p.x - cx, p.y - cy) / mupp;
        if (d < r)
            sum += p.weight * std::pow(1 - d * d / (r * r), 2);
    }
    return sum;
}

} // namespace

class TestHeatmap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void densityIsTheKernelSum()
    {
        const std::vector<Point> pts = {{50.3, 50.7, 1}, {55.9, 48.2, 3}, {57.0, 52.5, 2}, {140.25, 20.75, 5}, {199.5, 99.5, 4}};
        auto store = points(pts);
        render::HeatmapStyle style;
        style.radius = 12;
        style.weightField = "victims";
        auto layer = render::HeatmapLayer::build(style, *store);
        const render::MapSettings s = view(QSize(200, 100));
        std::vector<float> grid(200 * 100, 0.0f);
        std::atomic<bool> cancel{false};
        // Two stripes, as the renderer cuts them: the sums must not depend on the cut.
        render::accumulateHeatmap(s, *store, *layer, nullptr, 0, 47, grid, cancel);
        render::accumulateHeatmap(s, *store, *layer, nullptr, 47, 100, grid, cancel);
        for (const auto& [x, y] : std::vector<std::pair<int, int>>{{50, 49}, {55, 51}, {60, 47}, {45, 40}, {140, 79},
                                                                   {146, 85}, {199, 0}, {190, 5}, {100, 50}, {0, 99}}) {
            const double want = expectedDensity(pts, s, x, y, 12);
            const double got = grid[static_cast<std::size_t>(y) * 200 + static_cast<std::size_t>(x)];
            QVERIFY2(std::abs(got - want) <= 1e-4 * std::max(1.0, want),
                     qPrintable(QStringLiteral("(%1, %2): %3, expected %4").arg(x).arg(y).arg(got).arg(want)));
        }
        QCOMPARE(grid[50 * 200 + 100], 0.0f); // nothing within 12 px
    }

    void radiusInMetresFollowsTheGround()
    {
        render::MapSettings s = view(QSize(200, 100));
        s.metresPerMapUnit = 0.5; // e.g. Web Mercator at 60°
        render::HeatmapStyle style;
        style.radius = 10;
        style.radiusInMetres = true;
        QCOMPARE(render::heatmapRadiusPixels(style, s), 20.0);
        style.radiusInMetres = false;
        s.dpi = 192;
        QCOMPARE(render::heatmapRadiusPixels(style, s), 20.0);
        QVERIFY(render::HeatmapStyle::parse("20:victims").ok());
        QCOMPARE(render::HeatmapStyle::parse("500m:victims")->radiusInMetres, true);
        QCOMPARE(render::HeatmapStyle::parse("15px")->radius, 15.0);
        for (const char* bad : {"", "x:victims", "-3:victims", "0", "900"})
            QVERIFY2(!render::HeatmapStyle::parse(bad).ok(), bad);
    }

    void theHottestPixelHasTheRampsTopColourAndHiddenPointsDoNotCount()
    {
        auto store = std::make_shared<data::FeatureStore>(QStringList{"victims", "date"});
        for (const auto& [x, w, date] : {std::tuple{100.5, 2, "2024/01/01"}, std::tuple{30.5, 1, "2025/01/01"}}) {
            store->beginFeature(data::GeometryKind::Point, {w, QString::fromLatin1(date)});
            const double xy[2] = {x, 50.5};
            store->addRing(xy, 1);
        }
        store->finish();
        project::MapLayer layer(project::MapLayer::Kind::Vector, "incidents", "memory");
        layer.setStore(store);
        render::HeatmapStyle style;
        style.radius = 10;
        style.weightField = "victims";
        layer.setHeatmap(style);
        render::MapSettings s = view(QSize(200, 100));
        s.layers = {layer.snapshot()};
        std::atomic<bool> cancel{false};
        const QImage image = render::renderMap(s, cancel).image;
        const QColor top = style.ramp.back();
        auto over = [](QColor c, int background) { // a colour at its alpha over white
            return qRgb((c.red() * c.alpha() + background * (255 - c.alpha())) / 255,
                        (c.green() * c.alpha() + background * (255 - c.alpha())) / 255,
                        (c.blue() * c.alpha() + background * (255 - c.alpha())) / 255);
        };
        const QRgb hot = image.pixel(100, 49);
        QVERIFY2(std::abs(qRed(hot) - qRed(over(top, 255))) <= 2 && std::abs(qGreen(hot) - qGreen(over(top, 255))) <= 2,
                 qPrintable(QString::number(hot, 16)));
        QCOMPARE(image.pixel(170, 10), qRgb(255, 255, 255)); // no point near
        QVERIFY(image.pixel(30, 49) != qRgb(255, 255, 255));   // the lighter point shows
        // A point hidden by the date adds nothing.
        time::TemporalSettings t;
        t.startField = "date";
        layer.setTemporal(t);
        layer.setDate(QDate(2024, 6, 1));
        s.layers = {layer.snapshot()};
        const QImage before = render::renderMap(s, cancel).image;
        QCOMPARE(before.pixel(30, 49), qRgb(255, 255, 255));
        QCOMPARE(before.pixel(100, 49), hot);
    }
};

QTEST_MAIN(TestHeatmap)
#include "tst_heatmap.moc"
