#include <QtTest>

#include <atomic>

#include "data/featurestore.h"
#include "project/maplayer.h"
#include "render/renderjob.h"
#include "time/temporal.h"

using namespace mineatlas;

namespace {

/// Points with a start and an end attribute each (any QVariant: dates, GDAL's text, junk).
std::shared_ptr<data::FeatureStore> pointsWith(const QStringList& fields, const std::vector<QVariantList>& rows)
{
    auto store = std::make_shared<data::FeatureStore>(fields);
    double x = 0;
    for (const QVariantList& row : rows) {
        store->beginFeature(data::GeometryKind::Point, row);
        const double xy[2] = {x, 50.0};
        store->addRing(xy, 1);
        x += 0.1;
    }
    store->finish();
    return store;
}

} // namespace

class TestTemporal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stepsAreIsoDurations()
    {
        QCOMPARE(time::Step::parse("P1D").value(), (time::Step{0, 0, 1}));
        QCOMPARE(time::Step::parse("P7D").value(), (time::Step{0, 0, 7}));
        QCOMPARE(time::Step::parse("P2W").value(), (time::Step{0, 0, 14}));
        QCOMPARE(time::Step::parse("p1m").value(), (time::Step{0, 1, 0}));
        QCOMPARE(time::Step::parse("P1Y6M").value(), (time::Step{1, 6, 0}));
        QCOMPARE(time::Step::parse("P1Y6M").value().toString(), QStringLiteral("P1Y6M"));
        for (const char* bad : {"", "P", "1M", "P0D", "PT1H", "P1DT2H", "P-1D", "monthly", "P1.5M"})
            QVERIFY2(!time::Step::parse(bad).ok(), bad);
        QVERIFY(time::Step::parse("PT1H").error().contains("whole days"));
    }

    void framesIncludeBothEnds()
    {
        // The benchmark's animation: 2022-01-01 to 2026-01-01 by month is 49 frames.
        auto frames = time::frameDates(QDate(2022, 1, 1), QDate(2026, 1, 1), time::Step::parse("P1M").value());
        QVERIFY(frames.ok());
        QCOMPARE(frames->size(), std::size_t(49));
        QCOMPARE(frames->front(), QDate(2022, 1, 1));
        QCOMPARE(frames->back(), QDate(2026, 1, 1));
        // A last date between steps is not reached.
        auto weekly = time::frameDates(QDate(2024, 1, 1), QDate(2024, 1, 20), time::Step::parse("P7D").value());
        QCOMPARE(weekly->size(), std::size_t(3));
        QCOMPARE(weekly->back(), QDate(2024, 1, 15));
        // Months are counted from the first date: no drift from 31 to 28.
        auto months = time::frameDates(QDate(2024, 1, 31), QDate(2024, 5, 31), time::Step::parse("P1M").value());
        QCOMPARE(months.value(), (std::vector<QDate>{QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31),
                                              QDate(2024, 4, 30), QDate(2024, 5, 31)}));
        auto one = time::frameDates(QDate(2024, 2, 29), QDate(2024, 2, 29), time::Step::parse("P1Y").value());
        QCOMPARE(one->size(), std::size_t(1));
        QVERIFY(!time::frameDates(QDate(2024, 2, 1), QDate(2024, 1, 1), time::Step{0, 1, 0}).ok());
        QVERIFY(time::frameDates(QDate(1900, 1, 1), QDate(2100, 1, 1), time::Step{0, 0, 1}, 1000)
                    .error()
                    .contains("more than 1000 frames"));
    }

    void valuesReadAsDays()
    {
        QCOMPARE(time::dateFromValue(QStringLiteral("2026/09/01")), QDate(2026, 9, 1)); // GDAL's date text
        QCOMPARE(time::dateFromValue(QStringLiteral("2026-09-01")), QDate(2026, 9, 1));
        QCOMPARE(time::dateFromValue(QStringLiteral("2026/09/01 13:45:00+00")), QDate(2026, 9, 1));
        QCOMPARE(time::dateFromValue(QStringLiteral("2026-09-01T23:59:59Z")), QDate(2026, 9, 1));
        QCOMPARE(time::dateFromValue(QDate(2025, 12, 27)), QDate(2025, 12, 27));
        for (const QVariant& bad : {QVariant(), QVariant(QStringLiteral("soon")), QVariant(QStringLiteral("2026-13-01")),
                                    QVariant(QStringLiteral("2026-02-30")), QVariant(QStringLiteral("20260901")),
                                    QVariant(QStringLiteral("2026-09-01x")), QVariant(20260901)})
            QVERIFY2(!time::dateFromValue(bad).isValid(), qPrintable(bad.toString()));
    }

    void activeIncludesTheStartAndNotTheEnd()
    {
        auto store = pointsWith({"start_date", "end_date"},
                                {{"2024/03/10", "2024/03/20"},   // 0: ten days
                                 {"2024/03/10", QVariant()},     // 1: open-ended
                                 {QVariant(), "2024/03/20"},     // 2: from the beginning
                                 {QVariant(), QVariant()},       // 3: always
                                 {"soon", "2024/03/20"}});       // 4: unreadable start
        time::TemporalSettings s;
        s.startField = "start_date";
        s.endField = "end_date";
        s.mode = time::TemporalMode::Active;
        auto index = time::TemporalIndex::build(*store, s);
        auto shown = [&](QDate d) {
            QList<int> out;
            for (std::size_t f = 0; f < index->size(); ++f)
                if (index->visibleAt(f, d))
                    out << static_cast<int>(f);
            return out;
        };
        QCOMPARE(shown(QDate(2024, 3, 9)), (QList<int>{2, 3, 4}));
        QCOMPARE(shown(QDate(2024, 3, 10)), (QList<int>{0, 1, 2, 3, 4})); // the start day is included
        QCOMPARE(shown(QDate(2024, 3, 19)), (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(shown(QDate(2024, 3, 20)), (QList<int>{1, 3}));          // the end day is not
        QCOMPARE(index->countAt(QDate(2024, 3, 20)), std::size_t(2));
        QCOMPARE(index->unreadable(), std::size_t(1));
        QCOMPARE(index->firstDate(), QDate(2024, 3, 10));
        QCOMPARE(index->lastDate(), QDate(2024, 3, 20));
    }

    void accumulateIgnoresTheEnd()
    {
        auto store = pointsWith({"reported", "cleared"}, {{"2022/01/01", "2023/01/01"}, {"2023/06/01", QVariant()}});
        time::TemporalSettings s;
        s.startField = "reported";
        s.endField = "cleared";
        s.mode = time::TemporalMode::Accumulate;
        auto index = time::TemporalIndex::build(*store, s);
        QCOMPARE(index->countAt(QDate(2021, 12, 31)), std::size_t(0));
        QCOMPARE(index->countAt(QDate(2022, 1, 1)), std::size_t(1));
        QCOMPARE(index->countAt(QDate(2023, 1, 1)), std::size_t(1)); // still there, though cleared
        QCOMPARE(index->countAt(QDate(2023, 6, 1)), std::size_t(2));
        s.mode = time::TemporalMode::Active;
        index = time::TemporalIndex::build(*store, s);
        QCOMPARE(index->countAt(QDate(2023, 1, 1)), std::size_t(0));
    }

    void durationSetsTheEnd()
    {
        // Incidents "pulse": each is shown for 30 days from its date.
        auto store = pointsWith({"date", "victims"}, {{"2024/01/01", 2}, {"2024/01/20", 1}});
        time::TemporalSettings s;
        s.startField = "date";
        s.durationDays = 30;
        s.mode = time::TemporalMode::Active;
        auto index = time::TemporalIndex::build(*store, s);
        QCOMPARE(index->countAt(QDate(2024, 1, 30)), std::size_t(2));
        QCOMPARE(index->countAt(QDate(2024, 1, 31)), std::size_t(1)); // 1 Jan + 30 days = 31 Jan: gone
        QCOMPARE(index->countAt(QDate(2024, 2, 19)), std::size_t(0));
    }

    void obviousNamesAreDetectedWhenTheyHoldDates()
    {
        auto incidents = pointsWith({"kind", "date", "victims"}, {{"AP mine", "2024/01/01", 2}});
        auto found = time::detectTemporalFields(*incidents);
        QCOMPARE(found.startField, QStringLiteral("date"));
        QVERIFY(found.endField.isEmpty());
        auto hazards = pointsWith({"status", "Reported", "cleared"}, {{"SHA", "2024/01/01", QVariant()}, {"CHA", "2024/02/01", "2025/01/01"}});
        found = time::detectTemporalFields(*hazards);
        QCOMPARE(found.startField, QStringLiteral("Reported"));
        QCOMPARE(found.endField, QStringLiteral("cleared"));
        // A field called "date" that holds no dates is no time field.
        auto words = pointsWith({"date"}, {{"unknown"}, {"later"}});
        QVERIFY(!time::detectTemporalFields(*words).isEnabled());
        auto none = pointsWith({"name"}, {{"x"}});
        QVERIFY(!time::detectTemporalFields(*none).isEnabled());
    }

    void aTemporalLayerDrawsOnlyWhatIsShownAtItsDate()
    {
        // Two squares in map units: the left one recorded in 2022, the right one in 2024.
        auto store = std::make_shared<data::FeatureStore>(QStringList{"reported"});
        for (const auto& [x, date] : {std::pair{0.0, "2022/01/01"}, std::pair{20.0, "2024/06/01"}}) {
            store->beginFeature(data::GeometryKind::Polygon, {QString::fromLatin1(date)});
            const double ring[] = {x, 0, x + 10, 0, x + 10, 10, x, 10, x, 0};
            store->addRing(ring, 5);
        }
        store->finish();
        project::MapLayer layer(project::MapLayer::Kind::Vector, "hazards", "memory");
        render::VectorStyle style;
        style.base.fill = QColor(255, 0, 0);
        layer.setStyle(style);
        layer.setStore(store);
        layer.setTemporal(time::detectTemporalFields(*store)); // "reported", accumulate
        QVERIFY(layer.temporal().isEnabled());
        auto render = [&](QDate date) {
            layer.setDate(date);
            render::MapSettings s;
            s.crs = geo::Crs::webMercator();
            s.extent = MapRect{-5, -5, 35, 15};
            s.size = QSize(400, 200);
            s.background = Qt::white;
            s.layers = {layer.snapshot()};
            std::atomic<bool> cancel{false};
            return render::renderMap(s, cancel).image;
        };
        auto isRed = [](const QImage& image, int x, int y) { return image.pixel(x, y) == qRgb(255, 0, 0); };
        const QImage y2021 = render(QDate(2021, 12, 31)), y2023 = render(QDate(2023, 1, 1)), y2025 = render(QDate(2025, 1, 1));
        // The left square's centre (5, 5) is at pixel (100, 100), the right one's (25, 5) at (300, 100).
        QVERIFY(!isRed(y2021, 100, 100) && !isRed(y2021, 300, 100));
        QVERIFY(isRed(y2023, 100, 100) && !isRed(y2023, 300, 100));
        QVERIFY(isRed(y2025, 100, 100) && isRed(y2025, 300, 100));
        // Turned off, the layer ignores the date.
        layer.setTemporal({});
        QVERIFY(isRed(render(QDate(2021, 12, 31)), 300, 100));
    }

    void stepsForwardAndBackReuseAndAddToCachedImages()
    {
        // Ten squares recorded a month apart, in colours of their own so that a wrong feature shows.
        auto store = std::make_shared<data::FeatureStore>(QStringList{"recorded_date", "k"});
        for (int k = 0; k < 10; ++k) {
            store->beginFeature(data::GeometryKind::Polygon, {QDate(2024, 1 + k, 1), QString::number(k)});
            const double x = 12.0 * k;
            const double ring[] = {x, 0, x + 10, 0, x + 10, 10, x, 10, x, 0};
            store->addRing(ring, 5);
        }
        store->finish();
        project::MapLayer layer(project::MapLayer::Kind::Vector, "hazards", "memory");
        layer.setStore(store);
        layer.setStyle(render::VectorStyle::categorized(*store, "k", render::Symbol{}));
        layer.setTemporal(time::detectTemporalFields(*store));
        render::RenderCache cache;
        auto render = [&](QDate date, render::RenderCache* c) {
            layer.setDate(date);
            render::MapSettings s;
            s.crs = geo::Crs::webMercator();
            s.extent = MapRect{-2, -2, 120, 12};
            s.size = QSize(610, 70);
            s.background = Qt::white;
            s.layers = {layer.snapshot()};
            std::atomic<bool> cancel{false};
            return render::renderMap(s, cancel, c).image;
        };
        // A version per set of shown features: the same set on another day is the same image.
        layer.setDate(QDate(2024, 8, 2));
        const auto august = layer.snapshot().version;
        layer.setDate(QDate(2024, 8, 20));
        QCOMPARE(layer.snapshot().version, august);
        layer.setDate(QDate(2024, 9, 1));
        QVERIFY(layer.snapshot().version != august);
        // Forward, back and forward again through a cache: each frame equals a render without one.
        for (QDate d : {QDate(2024, 8, 15), QDate(2024, 9, 15), QDate(2024, 10, 15), QDate(2024, 3, 15), QDate(2024, 9, 2),
                        QDate(2024, 10, 15)}) {
            const QImage cached = render(d, &cache);
            const QImage whole = render(d, nullptr);
            QVERIFY2(cached == whole, qPrintable(d.toString(Qt::ISODate)));
        }
    }
};

QTEST_MAIN(TestTemporal)
#include "tst_temporal.moc"
