#include <QtTest>

#include <cmath>
#include <random>
#include <thread>

#include <QPainter>
#include <QPainterPath>

#include "data/featurestore.h"
#include "render/aggregatelevel.h"
#include "render/coverageraster.h"
#include "render/renderjob.h"
#include "renderhelpers.h"

using namespace mineatlas;

namespace {

QImage blank(int w, int h)
{
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

/// Darkness summed over the image, in pixels of full black.
double darkness(const QImage& image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            sum += (255 - qRed(image.pixel(x, y))) / 255.0;
    return sum;
}

double shoelace(const std::vector<QPointF>& ring)
{
    double twice = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const QPointF& a = ring[i];
        const QPointF& b = ring[(i + 1) % ring.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

/// A blob of `n` vertices, radius about r pixels, at fractional pixel positions.
std::vector<QPointF> blob(std::mt19937& rng, double cx, double cy, double r, int n)
{
    std::uniform_real_distribution<double> wobble(0.6, 1.0);
    std::vector<QPointF> ring;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * i / n;
        ring.emplace_back(cx + r * wobble(rng) * std::cos(a), cy + r * wobble(rng) * std::sin(a));
    }
    return ring;
}

QImage drawWithQPainter(const std::vector<std::vector<QPointF>>& rings, const QColor& fill, const QPen& pen, int w, int h)
{
    QImage image = blank(w, h);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(pen);
    painter.setBrush(fill);
    for (const auto& ring : rings)
        painter.drawPolygon(ring.data(), static_cast<int>(ring.size()));
    return image;
}

QImage drawDirect(const std::vector<std::vector<QPointF>>& rings, const QColor& fill, const QColor& stroke, double pen,
                  int w, int h)
{
    QImage image = blank(w, h);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    [&] { QVERIFY(render::SmallFeatureRaster::canDrawOn(painter)); }();
    render::SmallFeatureRaster raster(painter);
    raster.setSymbol(fill, stroke, pen);
    for (const auto& ring : rings)
        raster.addRing(ring.data(), ring.size());
    return image;
}

int largestChannelDifference(const QImage& a, const QImage& b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

/// Mean over pixels and channels of the absolute difference, in levels of 255.
double meanDifference(const QImage& a, const QImage& b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * a.width() * a.height());
}


/// 120,000 areas 1-12 px across at 3,250 m a pixel, crowded in a band around (5e5, 0), two classes.
std::shared_ptr<const data::FeatureStore> denseStore()
{
    static const std::shared_ptr<const data::FeatureStore> many = [] {
        auto s = std::make_shared<data::FeatureStore>(QStringList{QStringLiteral("status")});
        std::mt19937 rng(4);
        std::uniform_real_distribution<double> unit(0, 1);
        for (int i = 0; i < 120000; ++i) {
            const double t = unit(rng);
            const double x = 1e6 * t + 1e5 * (unit(rng) - 0.5), y = 2e5 * std::sin(6 * t) + 2e5 * (unit(rng) - 0.5);
            const double r = 1000 + 9000 * unit(rng); // 1 px = 3,250 m at zoom 1
            s->beginFeature(data::GeometryKind::Polygon, {i % 3 ? QStringLiteral("SHA") : QStringLiteral("CHA")});
            std::vector<double> ring;
            for (int k = 0; k <= 12; ++k) {
                const double a = 2 * M_PI * (k % 12) / 12;
                ring.push_back(x + r * (1 + 0.25 * (k % 2)) * std::cos(a));
                ring.push_back(y + r * (1 + 0.25 * (k % 2)) * std::sin(a));
            }
            s->addRing(ring.data(), ring.size() / 2);
        }
        s->finish();
        return s;
    }();
    return many;
}

/// Outlined, half-transparent fills by class: the hazard symbols in small.
render::VectorStyle denseStyle()
{
    render::VectorStyle style;
    style.categoryField = QStringLiteral("status");
    style.base.stroke = QColor(0x20, 0x20, 0x20);
    style.base.strokeWidth = 0.8;
    for (const auto& [value, colour] : {std::pair{"SHA", QColor(0xF4, 0xA7, 0x18, 128)}, std::pair{"CHA", QColor(0xFF, 0, 0, 128)}}) {
        render::Category c;
        c.value = QString::fromLatin1(value);
        c.symbol = style.base;
        c.symbol.fill = colour;
        style.categories.push_back(c);
    }
    return style;
}

/// A 400 x 300 render of denseStore() over white, centred on (cx, cy), 2 x halfWidth across.
QImage drawDense(double cx, double cy, double halfWidth, std::shared_ptr<const render::StyledFeatures> styled,
                 bool aggregateSubPixel, bool aggregateLevels)
{
    render::MapSettings s;
    s.crs = geo::Crs::webMercator();
    s.extent = {cx - halfWidth, cy - halfWidth * 0.75, cx + halfWidth, cy + halfWidth * 0.75};
    s.size = QSize(400, 300);
    s.background = Qt::white;
    s.aggregateSubPixel = aggregateSubPixel;
    s.aggregateLevels = aggregateLevels;
    render::LayerSnapshot layer;
    layer.id = 3;
    layer.store = denseStore();
    layer.styled = std::move(styled);
    s.layers.push_back(layer);
    std::atomic<bool> cancel{false};
    return render::renderMap(s, cancel).image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

/// Small polygons drawn straight into the image (render/coverageraster.h) must look as QPainter
/// draws them: same coverage, same overlaps, outlines of the same weight.
class TestSmallFeatures : public QObject {
    Q_OBJECT
    geo::Crs m_merc = geo::Crs::webMercator();

private Q_SLOTS:
    void fillCoverageSumsToTheArea()
    {
        // Black on white, no outline: the darkness is the area covered, whatever the shape or
        // where it falls between pixels (rounding: half a level per pixel touched at most).
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> where(8, 32), size(0.7, 7);
        for (int i = 0; i < 200; ++i) {
            const auto ring = blob(rng, where(rng), where(rng), size(rng), 3 + i % 9);
            const QImage image = drawDirect({ring}, Qt::black, Qt::transparent, 0, 40, 40);
            const double area = shoelace(ring), touched = (2 * 7 + 2) * (2 * 7 + 2);
            QVERIFY2(std::abs(darkness(image) - area) < 0.5 / 255 * touched + 1e-3,
                     qPrintable(QStringLiteral("ring %1: darkness %2, area %3").arg(i).arg(darkness(image)).arg(area)));
        }
    }

    void fillMatchesQPainterPixelForPixel()
    {
        // Both compute the area of each pixel the ring covers; QPainter's scan converter works in
        // 1/256 of a pixel, so a few levels apart at most.
        std::mt19937 rng(5);
        std::uniform_real_distribution<double> where(8, 56), size(1, 8);
        std::vector<std::vector<QPointF>> rings;
        for (int i = 0; i < 40; ++i)
            rings.push_back(blob(rng, where(rng), where(rng), size(rng), 5 + i % 7));
        for (const auto& ring : rings) {
            const QImage ours = drawDirect({ring}, QColor(200, 30, 30), Qt::transparent, 0, 64, 64);
            const QImage qt = drawWithQPainter({ring}, QColor(200, 30, 30), Qt::NoPen, 64, 64);
            QVERIFY2(largestChannelDifference(ours, qt) <= 4,
                     qPrintable(QStringLiteral("%1 levels apart").arg(largestChannelDifference(ours, qt))));
        }
    }

    void overlapsComposeInDrawingOrder()
    {
        // Half-transparent fills, opaque outlines, drawn over each other: the later feature's fill
        // lies over the earlier one's outline, as in QPainter. Pixels of one feature alone, of
        // both, of a fill over an outline: all within a few levels of QPainter's.
        std::mt19937 rng(9);
        std::uniform_real_distribution<double> where(10, 30);
        std::vector<std::vector<QPointF>> rings;
        for (int i = 0; i < 30; ++i)
            rings.push_back(blob(rng, where(rng), where(rng), 5, 9));
        const QColor fill(0xF4, 0xA7, 0x18, 128), stroke(0x20, 0x20, 0x20);
        QPen pen(stroke, 0.8);
        pen.setJoinStyle(Qt::BevelJoin);
        const QImage ours = drawDirect(rings, fill, stroke, 0.8, 40, 40);
        const QImage qt = drawWithQPainter(rings, fill, pen, 40, 40);
        // Outlines lie in the pixels their centre lines cross (QPainter: half a pen either side),
        // so single pixels differ; the picture as a whole must not. For scale: the same picture
        // with its outlines left out, or with every fill under every outline.
        const double mean = meanDifference(ours, qt);
        const double withoutOutlines = meanDifference(drawDirect(rings, fill, stroke, 0, 40, 40), qt);
        QImage outlinesOnTop = drawDirect(rings, fill, Qt::transparent, 0, 40, 40);
        {
            QPainter painter(&outlinesOnTop);
            render::SmallFeatureRaster raster(painter);
            raster.setSymbol(Qt::transparent, stroke, 0.8);
            for (const auto& ring : rings)
                raster.addRing(ring.data(), ring.size());
        }
        const double unordered = meanDifference(outlinesOnTop, qt);
        qInfo("mean difference %.1f levels; without outlines %.1f, outlines over all fills %.1f", mean,
              withoutOutlines, unordered);
        QVERIFY(mean < 10);
        QVERIFY(mean < withoutOutlines / 3);
        QVERIFY(mean < 0.6 * unordered);
    }

    void laterFeatureLiesOnTop()
    {
        // Two half-transparent squares, red then blue: where they overlap, blue over red, as
        // QPainter draws it; drawn the other way round, red over blue.
        const std::vector<QPointF> a{{4, 4}, {14, 4}, {14, 14}, {4, 14}}, b{{9, 9}, {19, 9}, {19, 19}, {9, 19}};
        const QColor red(255, 0, 0, 128), blue(0, 0, 255, 128);
        auto both = [&](const std::vector<QPointF>& first, const QColor& c1, const std::vector<QPointF>& second,
                        const QColor& c2) {
            QImage image = blank(24, 24);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            render::SmallFeatureRaster raster(painter);
            raster.setSymbol(c1, Qt::transparent, 0);
            raster.addRing(first.data(), first.size());
            raster.setSymbol(c2, Qt::transparent, 0);
            raster.addRing(second.data(), second.size());
            return image;
        };
        QImage qt = blank(24, 24);
        {
            QPainter painter(&qt);
            painter.setPen(Qt::NoPen);
            painter.setBrush(red);
            painter.drawPolygon(a.data(), 4);
            painter.setBrush(blue);
            painter.drawPolygon(b.data(), 4);
        }
        const QImage redThenBlue = both(a, red, b, blue), blueThenRed = both(b, blue, a, red);
        QCOMPARE(largestChannelDifference(redThenBlue, qt) <= 1, true);
        const QRgb overlap = redThenBlue.pixel(11, 11), reversed = blueThenRed.pixel(11, 11);
        QVERIFY(qBlue(overlap) > qRed(overlap));
        QVERIFY(qRed(reversed) > qBlue(reversed));
    }

    void outlinesWeighAsQPainterDrawsThem()
    {
        // An outline alone (no fill), black, on rings 2-12 px across at ten places between
        // pixels: its darkness is near QPainter's (which, with bevel joins and thin-stroke
        // antialiasing, is 80-90 % of pen width times length) and within that share of the
        // geometric ink: a missing or doubled outline is far outside both.
        for (const double penWidth : {0.5, 0.8, 1.0}) { // wider pens are left to QPainter
            for (const double radius : {1.0, 2.5, 6.0}) {
                double ours = 0, qt = 0, geometric = 0;
                for (int t = 0; t < 10; ++t) {
                    std::vector<QPointF> ring;
                    for (int i = 0; i < 8; ++i) {
                        const double a = 2 * M_PI * i / 8;
                        ring.emplace_back(12 + 0.37 * t + radius * std::cos(a), 12 + 0.61 * t + radius * std::sin(a));
                    }
                    QPen pen(Qt::black, penWidth);
                    pen.setJoinStyle(Qt::BevelJoin);
                    ours += darkness(drawDirect({ring}, Qt::transparent, Qt::black, penWidth, 32, 32));
                    qt += darkness(drawWithQPainter({ring}, Qt::transparent, pen, 32, 32));
                    geometric += 8 * 2 * radius * std::sin(M_PI / 8) * penWidth;
                }
                const QByteArray what = QStringLiteral("pen %1, radius %2: ours %3, QPainter %4, pen x length %5")
                                            .arg(penWidth).arg(radius).arg(ours / 10).arg(qt / 10).arg(geometric / 10)
                                            .toUtf8();
                QVERIFY2(std::abs(ours - qt) < 0.15 * qt, what.constData());
                QVERIFY2(ours > 0.7 * geometric && ours < geometric, what.constData());
            }
        }
    }

    void subPixelAreasWeighAsQPainterDrawsThem()
    {
        // Rings 0.3-0.9 px across, half-transparent black fill, with and without a 0.8 px outline,
        // at twenty places between pixels: summed darkness near QPainter's drawing of each.
        for (const double penWidth : {0.0, 0.8}) {
            for (const double radius : {0.15, 0.3, 0.45}) {
                double ours = 0, qt = 0;
                for (int t = 0; t < 20; ++t) {
                    const double cx = 10 + std::fmod(0.37 * t, 1.0), cy = 10 + std::fmod(0.61 * t, 1.0);
                    std::vector<QPointF> ring;
                    for (int i = 0; i < 8; ++i)
                        ring.emplace_back(cx + radius * std::cos(2 * M_PI * i / 8), cy + radius * std::sin(2 * M_PI * i / 8));
                    QImage image = blank(20, 20);
                    {
                        QPainter painter(&image);
                        painter.setRenderHint(QPainter::Antialiasing);
                        render::SmallFeatureRaster raster(painter);
                        raster.setSymbol(QColor(0, 0, 0, 128), Qt::black, penWidth);
                        raster.addSubPixel(cx, cy, shoelace(ring));
                    }
                    ours += darkness(image);
                    QPen pen(Qt::black, penWidth);
                    pen.setJoinStyle(Qt::BevelJoin);
                    qt += darkness(drawWithQPainter({ring}, QColor(0, 0, 0, 128), penWidth > 0 ? pen : QPen(Qt::NoPen), 20, 20));
                }
                QVERIFY2(std::abs(ours - qt) < 0.15 * qt,
                         qPrintable(QStringLiteral("pen %1, radius %2: ours %3, QPainter %4").arg(penWidth).arg(radius).arg(ours / 20).arg(qt / 20)));
            }
        }
    }

    void onlyPlainRasterPaintersAreWrittenTo()
    {
        // Pixels are written where the feature's coordinates say: only right on an image with no
        // transform, no high-DPI scaling and antialiasing on; anything else goes through QPainter.
        QImage plain = blank(8, 8);
        QPainter onPlain(&plain);
        onPlain.setRenderHint(QPainter::Antialiasing);
        QVERIFY(render::SmallFeatureRaster::canDrawOn(onPlain));
        onPlain.scale(2, 2);
        QVERIFY(!render::SmallFeatureRaster::canDrawOn(onPlain));
        onPlain.resetTransform();
        onPlain.setRenderHint(QPainter::Antialiasing, false);
        QVERIFY(!render::SmallFeatureRaster::canDrawOn(onPlain));
        QImage retina = blank(16, 16);
        retina.setDevicePixelRatio(2);
        QPainter onRetina(&retina);
        onRetina.setRenderHint(QPainter::Antialiasing);
        QVERIFY(!render::SmallFeatureRaster::canDrawOn(onRetina));
        QImage indexed(8, 8, QImage::Format_Grayscale8);
        QPainter onIndexed(&indexed);
        onIndexed.setRenderHint(QPainter::Antialiasing);
        QVERIFY(!render::SmallFeatureRaster::canDrawOn(onIndexed));
    }

    void unplaceableOrHugeRingsDrawNothing()
    {
        // A vertex PROJ could not place comes as NaN; a ring far past the size asked for is a
        // caller's mistake. Neither may write outside the image or draw garbage.
        const double nan = std::nan("");
        const std::vector<QPointF> withNan{{2, 2}, {6, 2}, {nan, 5}, {2, 6}};
        const std::vector<QPointF> huge{{-1e9, -1e9}, {1e9, -1e9}, {1e9, 1e9}};
        QImage image = blank(16, 16);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            render::SmallFeatureRaster raster(painter);
            raster.setSymbol(Qt::black, Qt::black, 1);
            raster.addRing(withNan.data(), withNan.size());
            raster.addRing(huge.data(), huge.size());
            raster.addSubPixel(nan, 3, 0.5);
            raster.addDisc(1e12, 3, 7);
        }
        QCOMPARE(darkness(image), 0.0);
    }

    void denseViewMatchesDrawingEach_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("national") << 1.0;
        QTest::newRow("closer") << 3.0;
        QTest::newRow("close") << 8.0;
    }
    void denseViewMatchesDrawingEach()
    {
        // 120,000 areas 1-12 px across at zoom 1, crowded in a band, two classes, outlined: the
        // direct path against QPainter drawing each (aggregation off), over the whole render
        // (stripes included: a seam between stripes drawn differently would show here).
        QFETCH(double, zoom);
        const std::shared_ptr<const data::FeatureStore> many = denseStore();
        const render::VectorStyle style = denseStyle();
        const double cx = 5e5, cy = 0, halfWidth = 6.5e5 / zoom;
        auto draw = [&](bool direct) {
            return drawDense(cx, cy, halfWidth, render::applyStyle(style, *many), direct, true);
        };
        const QImage direct = draw(true), each = draw(false);
        const double mean = meanDifference(direct, each);
        QVERIFY2(mean < 4, qPrintable(QStringLiteral("mean difference %1 levels").arg(mean)));
        // Row by row too: a band of rows drawn another way (a stripe) stands out from the mean.
        for (int y = 0; y < direct.height(); y += 10) {
            const double band = meanDifference(direct.copy(0, y, direct.width(), 10), each.copy(0, y, each.width(), 10));
            QVERIFY2(band < 10, qPrintable(QStringLiteral("rows %1-%2: mean difference %3 levels").arg(y).arg(y + 9).arg(band)));
        }
        QVERIFY(testutil::differingFraction(direct, each, 128) < 0.002);
        int drawn = 0;
        for (int y = 0; y < each.height(); ++y)
            for (int x = 0; x < each.width(); ++x)
                drawn += each.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY(drawn > each.width() * each.height() / 10); // the band is there
    }
    void aggregateLevelMatchesDrawingEach_data()
    {
        // A level is built at zoom `built` (0: none before), then the view drawn at `zoom`, moved
        // right by `pan` pixels; `levels` is how many the layer then has.
        QTest::addColumn<double>("built");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("pan");
        QTest::addColumn<int>("levels");
        QTest::newRow("built for this view") << 0.0 << 1.0 << 0.0 << 1;
        QTest::newRow("panned 37 px: the same level") << 1.0 << 1.0 << 37.0 << 1;
        QTest::newRow("panned 21 px down-left") << 1.0 << 1.0 << -21.0 << 1;
        QTest::newRow("panned half a pixel: another grid") << 1.0 << 1.0 << 0.5 << 2;
        QTest::newRow("8% closer: another scale") << 1.0 << 1.08 << 0.0 << 2;
        QTest::newRow("zoomed out") << 0.0 << 0.7 << 0.0 << 1;
    }
    void aggregateLevelMatchesDrawingEach()
    {
        // A view of 120,000 small areas drawn from the image of its small features built once
        // (render/aggregatelevel.h) against drawing each into the image (aggregateLevels off),
        // in four stripes: the same pixels but for rounding, whether the level was built for this
        // render or an earlier one at the same scale.
        QFETCH(double, built);
        QFETCH(double, zoom);
        QFETCH(double, pan);
        QFETCH(int, levels);
        render::clearAggregateLevels();
        const auto store = denseStore();
        const auto styled = render::applyStyle(denseStyle(), *store);
        auto draw = [&](double z, double p, bool aggregate) {
            const double halfWidth = 6.5e5 / z, mupp = 2 * halfWidth / 400;
            return drawDense(5e5 + p * mupp, p < 0 ? p * mupp : 0, halfWidth, styled, true, aggregate);
        };
        if (built > 0) {
            draw(built, 0, true);
            QCOMPARE(render::aggregateLevelStats().levels, std::size_t(1));
        }
        const QImage fromLevel = draw(zoom, pan, true);
        QCOMPARE(render::aggregateLevelStats().levels, std::size_t(levels));
        const QImage each = draw(zoom, pan, false);
        // Composed over the background once rather than feature by feature: rounding only (each
        // blend rounds to whole levels; where several features overlap, the two orders part by a
        // few). A level one pixel off differs by 224.
        const int largest = largestChannelDifference(fromLevel, each);
        QVERIFY2(largest <= 4, qPrintable(QStringLiteral("largest difference %1").arg(largest)));
        // And the band is there, not an empty image matched against an empty one.
        QVERIFY(darkness(each) > 400 * 300 / 20);
    }

    void aggregateLevelsOnlyWhereTheyPay()
    {
        render::clearAggregateLevels();
        const auto store = denseStore();
        auto styled = render::applyStyle(denseStyle(), *store);
        auto settingsAt = [&](double zoom) {
            const double halfWidth = 6.5e5 / zoom;
            render::MapSettings s;
            s.crs = m_merc;
            s.extent = {5e5 - halfWidth, -halfWidth * 0.75, 5e5 + halfWidth, halfWidth * 0.75};
            s.size = QSize(400, 300);
            return s;
        };
        render::LayerSnapshot layer;
        layer.store = store;
        layer.styled = styled;
        std::atomic<bool> go{false}, stop{true};
        // A quarter of the layer's extent or less in view: drawn feature by feature.
        QVERIFY(!render::aggregateLevel(settingsAt(3), layer, 0, go));
        // Canceled while building: nothing kept, and the next render builds it.
        QVERIFY(!render::aggregateLevel(settingsAt(1), layer, 0, stop));
        QCOMPARE(render::aggregateLevelStats().levels, std::size_t(0));
        const auto level = render::aggregateLevel(settingsAt(1), layer, 0, go);
        QVERIFY(level);
        QCOMPARE(level->aggregated, store->size()); // all of them are a few pixels at this scale
        QVERIFY(level->others.empty());
        QCOMPARE(render::aggregateLevel(settingsAt(1), layer, 0, go), level); // kept for the next render
        QVERIFY(render::aggregateLevel(settingsAt(1.05), layer, 0, go) != level); // another scale
        QCOMPARE(render::aggregateLevelStats().levels, std::size_t(2));
        // Another copy of the world is another image.
        QVERIFY(render::aggregateLevel(settingsAt(1), layer, 4e7, go) != level);
        // Scale-dependent visibility: which features show depends on the view's scale.
        auto scaled = std::make_shared<render::StyledFeatures>(*styled);
        scaled->maxScale.assign(store->size(), 1e9f);
        render::LayerSnapshot scaledLayer = layer;
        scaledLayer.styled = scaled;
        QVERIFY(!render::aggregateLevel(settingsAt(1), scaledLayer, 0, go));
        // A layer restyled: the old style's levels go with it.
        layer.styled = render::applyStyle(denseStyle(), *store);
        styled.reset();
        QVERIFY(render::aggregateLevel(settingsAt(1), layer, 0, go));
        const render::AggregateLevelStats after = render::aggregateLevelStats();
        QCOMPARE(after.levels, std::size_t(1));
        QVERIFY(after.bytes >= 400u * 300u * 4u / 2);
        // A small layer is drawn feature by feature.
        auto few = std::make_shared<data::FeatureStore>(QStringList{});
        for (int i = 0; i < 1000; ++i) {
            few->beginFeature(data::GeometryKind::Polygon, {});
            const double x = i * 1000, ring[] = {x, 0, x + 500, 0, x + 500, 500, x, 0};
            few->addRing(ring, 4);
        }
        few->finish();
        render::LayerSnapshot small;
        small.store = few;
        small.styled = render::applyStyle(render::VectorStyle{}, *few);
        QVERIFY(!render::aggregateLevel(settingsAt(1), small, 0, go));
    }

    void aggregateLevelsKeepToTheirBudget()
    {
        // 60,000 areas below a pixel over 2,600 x 1,900 km, seen at 1 km a pixel and closer in a
        // 2600 x 1900 view: levels of 20 MB to 52 MB, 200 MB together. The least recently used go
        // once they pass the budget; the one in use stays.
        render::clearAggregateLevels();
        auto store = std::make_shared<data::FeatureStore>(QStringList{});
        std::mt19937 rng(9);
        std::uniform_real_distribution<double> ux(0, 2.6e6), uy(0, 1.9e6);
        for (int i = 0; i < 60000; ++i) {
            const double x = ux(rng), y = uy(rng), ring[] = {x, y, x + 200, y, x + 200, y + 200, x, y + 200, x, y};
            store->beginFeature(data::GeometryKind::Polygon, {});
            store->addRing(ring, 5);
        }
        store->finish();
        render::VectorStyle style;
        style.base.fill = QColor(200, 30, 30);
        render::LayerSnapshot layer;
        layer.store = store;
        layer.styled = render::applyStyle(style, *store);
        std::atomic<bool> go{false};
        auto at = [&](double zoom) {
            const double halfWidth = 1.3e6 / zoom, halfHeight = 0.95e6 / zoom;
            render::MapSettings s;
            s.crs = m_merc;
            s.extent = {1.3e6 - halfWidth, 0.95e6 - halfHeight, 1.3e6 + halfWidth, 0.95e6 + halfHeight};
            s.size = QSize(2600, 1900);
            return render::aggregateLevel(s, layer, 0, go);
        };
        const auto first = at(1.0);
        QVERIFY(first);
        std::size_t built = 0;
        std::shared_ptr<const render::AggregateLevel> last;
        double lastZoom = 1;
        for (int k = 0; k < 6; ++k) {
            lastZoom = std::pow(1.1, k);
            last = at(lastZoom);
            QVERIFY(last);
            built += static_cast<std::size_t>(last->image.sizeInBytes());
        }
        QVERIFY(built > render::kAggregateBudgetBytes); // else nothing here would be dropped
        const render::AggregateLevelStats stats = render::aggregateLevelStats();
        QVERIFY2(stats.bytes <= render::kAggregateBudgetBytes, qPrintable(QString::number(stats.bytes)));
        QVERIFY2(stats.levels >= 2 && stats.levels < 6, qPrintable(QString::number(stats.levels)));
        QCOMPARE(at(lastZoom), last); // the one in use is kept
        QVERIFY(at(1.0) != first);    // the first was dropped and is built again
    }

    void aggregateLevelIsBuiltOnceForManyThreads()
    {
        render::clearAggregateLevels();
        const auto store = denseStore();
        render::LayerSnapshot layer;
        layer.store = store;
        layer.styled = render::applyStyle(denseStyle(), *store);
        render::MapSettings s;
        s.crs = m_merc;
        s.extent = {-1.5e5, -4.9e5, 1.15e6, 4.9e5};
        s.size = QSize(400, 300);
        std::atomic<bool> go{false};
        std::shared_ptr<const render::AggregateLevel> a, b;
        std::thread other([&] { a = render::aggregateLevel(s, layer, 0, go); });
        b = render::aggregateLevel(s, layer, 0, go);
        other.join();
        QVERIFY(a);
        QCOMPARE(a, b);
        QCOMPARE(render::aggregateLevelStats().levels, std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestSmallFeatures)
#include "tst_smallfeatures.moc"
