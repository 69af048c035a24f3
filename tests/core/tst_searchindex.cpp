#include <QElapsedTimer>
#include <QTest>

#include <gdal_priv.h>

#include "data/featurestore.h"
#include "data/vectorloader.h"
#include "geo/crs.h"
#include "project/searchindex.h"
#include "render/defaultstyle.h"
#include "render/style.h"

using namespace mineatlas;
using project::SearchHit;
using project::SearchIndex;
using project::SearchKind;
using project::SearchSource;

namespace {

/// Points with (name, other_names, population).
std::shared_ptr<const data::FeatureStore> places(const std::vector<std::tuple<QString, QString, int>>& rows)
{
    auto store = std::make_shared<data::FeatureStore>(
        QStringList{QStringLiteral("name"), QStringLiteral("other_names"), QStringLiteral("population")});
    double x = 0;
    for (const auto& [name, other, population] : rows) {
        store->beginFeature(data::GeometryKind::Point, {name, other, population});
        const double xy[2] = {x, x / 2};
        store->addRing(xy, 1);
        x += 1;
    }
    store->finish();
    return store;
}

/// Unit squares with one text column.
std::shared_ptr<const data::FeatureStore> areas(const QString& field, const QStringList& values)
{
    auto store = std::make_shared<data::FeatureStore>(QStringList{field});
    double x = 100;
    for (const QString& v : values) {
        store->beginFeature(data::GeometryKind::Polygon, {v});
        const double ring[] = {x, 0, x + 1, 0, x + 1, 1, x, 1, x, 0};
        store->addRing(ring, 5);
        x += 2;
    }
    store->finish();
    return store;
}

QStringList names(const std::vector<SearchHit>& hits)
{
    QStringList out;
    for (const SearchHit& h : hits)
        out << h.name;
    return out;
}

} // namespace

class TestSearchIndex : public QObject {
    Q_OBJECT

    std::shared_ptr<const SearchIndex> m_index;

private Q_SLOTS:
    void initTestCase()
    {
        SearchSource p;
        p.kind = SearchKind::Place;
        p.layerId = 1;
        p.store = places({{QStringLiteral("Kyiv"), QStringLiteral("Kiev,Київ,Киев"), 2797553},
                          {QStringLiteral("Kyivska Oblast Village"), QString(), 900},
                          {QStringLiteral("Ukrainka"), QString(), 14000},
                          {QStringLiteral("Zaporizhzhya"), QStringLiteral("Zaporižžja,Запоріжжя"), 710052},
                          {QStringLiteral("Kamianka"), QString(), 11000},
                          {QStringLiteral("Kam'yanka-Buz'ka"), QString(), 10000},
                          {QStringLiteral("Nova Kakhovka"), QString(), 45000},
                          {QStringLiteral("Kakhovka"), QString(), 35000},
                          {QStringLiteral("Łódź"), QString(), 670000}});
        p.nameColumn = 0;
        p.otherNameColumns = {1};
        p.rankColumn = 2;
        SearchSource c;
        c.kind = SearchKind::Country;
        c.layerId = 2;
        c.store = areas(QStringLiteral("name"), {QStringLiteral("Ukraine"), QStringLiteral("Russia")});
        c.nameColumn = 0;
        c.extraNames = {{QStringLiteral("Україна")}, {QStringLiteral("Russian Federation")}};
        SearchSource h;
        h.kind = SearchKind::Hazard;
        h.layerId = 3;
        h.store =
            areas(QStringLiteral("local_id"), {QStringLiteral("UA-SHA-0012"), QStringLiteral("UA-SHA-0120"),
                                               QStringLiteral("UA-CHA-0012")});
        h.nameColumn = 0;
        m_index = SearchIndex::build({p, c, h});
        QVERIFY(m_index);
        QCOMPARE(m_index->entryCount(), std::size_t(14));
    }

    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("case") << "KyIV"
                              << "kyiv";
        QTest::newRow("Ukrainian transliteration with carons") << "Zaporižžja"
                                                               << "zaporizzja";
        QTest::newRow("Polish ł and acute") << "Łódź"
                                            << "lodz";
        QTest::newRow("apostrophes dropped") << "Kam’yanets’-Podil’s’kyy"
                                             << "kamyanets podilskyy";
        QTest::newRow("punctuation to one space") << "  UA-SHA_0012 "
                                                  << "ua sha 0012";
        QTest::newRow("Cyrillic keeps its letters, loses its breve") << "Київ"
                                                                     << "киів";
        QTest::newRow("German sharp s") << "Großenhain"
                                        << "grossenhain";
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(project::foldForSearch(text), folded);
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("exact before prefix, any case")
            << "kyiv" << QStringList{"Kyiv", "Kyivska Oblast Village"};
        QTest::newRow("other-language name") << "Київ" << QStringList{"Kyiv"};
        QTest::newRow("old spelling") << "kiev" << QStringList{"Kyiv"};
        QTest::newRow("without diacritics") << "Zaporizzja" << QStringList{"Zaporizhzhya"};
        QTest::newRow("country before places, then bigger first")
            << "Ukr" << QStringList{"Ukraine", "Ukrainka"};
        QTest::newRow("country by its treaty-table name") << "Russian Fed" << QStringList{"Russia"};
        QTest::newRow("country in Ukrainian") << "україна" << QStringList{"Ukraine"};
        QTest::newRow("prefix before word prefix") << "kakhovka" << QStringList{"Kakhovka", "Nova Kakhovka"};
        QTest::newRow("apostrophes need not be typed") << "kamyanka b" << QStringList{"Kam'yanka-Buz'ka"};
        QTest::newRow("bigger places first among prefixes")
            << "kam" << QStringList{"Kamianka", "Kam'yanka-Buz'ka"};
        QTest::newRow("hazard id, exact first") << "ua-sha-0012" << QStringList{"UA-SHA-0012"};
        QTest::newRow("hazard id prefix, in order") << "UA SHA 01" << QStringList{"UA-SHA-0120"};
        QTest::newRow("hazard id without punctuation is another id") << "uasha" << QStringList{};
        QTest::newRow("Polish without diacritics") << "lodz" << QStringList{"Łódź"};
        QTest::newRow("blank") << "  " << QStringList{};
    }
    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(names(m_index->find(query)), expected);
    }

    void holdsOnlyFromThreeLetters()
    {
        // "ka" is inside Ukrainka and Kakhovka...: two letters list only names or words starting so.
        QCOMPARE(names(m_index->find(QStringLiteral("ov"))), QStringList{});
        QCOMPARE(names(m_index->find(QStringLiteral("ovk"))), (QStringList{"Nova Kakhovka", "Kakhovka"}));
    }

    void hitCarriesWhatMatched()
    {
        const auto hits = m_index->find(QStringLiteral("Запоріжжя"));
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(hits[0].matched, QStringLiteral("Запоріжжя"));
        QCOMPARE(hits[0].layerId, std::uint64_t(1));
        QCOMPARE(hits[0].feature, std::uint32_t(3));
        QCOMPARE(hits[0].rank, 710052.0);
        QVERIFY(m_index->find(QStringLiteral("Zaporizhzhya"))[0].matched.isEmpty());
    }

    void limit() { QCOMPARE(m_index->find(QStringLiteral("k"), 3).size(), std::size_t(3)); }

    void canceledBuildReturnsNothing()
    {
        SearchSource p;
        p.store = places({{QStringLiteral("A"), QString(), 1}});
        p.nameColumn = 0;
        std::atomic<bool> cancel{true};
        QVERIFY(!SearchIndex::build({p}, &cancel));
    }

    void samplePlaces()
    {
        // The shipped gazetteer: GeoNames spells it Zaporizhzhya; the common English spelling and
        // the Ukrainian one are among its other names.
        GDALAllRegister();
        auto data = data::loadVectorLayer(QStringLiteral(MINEATLAS_SAMPLE_DATA "/places.gpkg"), {},
                                          geo::Crs::wgs84());
        QVERIFY2(data.ok(), qPrintable(data.error()));
        SearchSource s;
        s.kind = SearchKind::Place;
        s.store = data->store;
        const QStringList fields = s.store->fieldNames();
        s.nameColumn = static_cast<int>(fields.indexOf(QStringLiteral("name")));
        s.otherNameColumns = {static_cast<int>(fields.indexOf(QStringLiteral("other_names")))};
        s.rankColumn = static_cast<int>(fields.indexOf(QStringLiteral("population")));
        QVERIFY(s.nameColumn >= 0 && s.otherNameColumns[0] >= 0 && s.rankColumn >= 0);
        QElapsedTimer timer;
        timer.start();
        const auto index = SearchIndex::build({s});
        const double buildMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        for (const char* q : {"k", "ky", "kyi", "kyiv", "zapor", "novo"})
            index->find(QString::fromLatin1(q));
        qInfo("%zu places, %zu names: index built in %.0f ms, 6 queries in %.1f ms", index->entryCount(),
              index->nameCount(), buildMs, static_cast<double>(timer.nsecsElapsed()) / 1e6);
        for (const QString& q :
             {QStringLiteral("Zaporizhzhia"), QStringLiteral("Запоріжжя"), QStringLiteral("zaporizhzhya")}) {
            const auto hits = index->find(q, 5);
            QVERIFY2(!hits.empty(), qPrintable(q));
            QCOMPARE(hits[0].name, QStringLiteral("Zaporizhzhya"));
            QVERIFY(hits[0].rank > 500000);
        }
        const auto kyiv = index->find(QStringLiteral("kyiv"), 5);
        QCOMPARE(kyiv[0].name, QStringLiteral("Kyiv"));
        QVERIFY(kyiv[0].rank > 2000000);

        // The default style shows Kyiv on a world map, a small town only at field scale.
        const auto style = render::defaultStyle(*s.store, 0);
        QCOMPARE(style.labelField, QStringLiteral("name"));
        const auto styled = render::applyStyle(style, *s.store);
        QVERIFY(styled->showsAtScale(kyiv[0].feature, 50e6));
        const auto small =
            index->find(QStringLiteral("Vylkove"), 1); // Odesa oblast, 7,804 people in GeoNames
        QCOMPARE(small.size(), std::size_t(1));
        QVERIFY(small[0].rank < 10000 && small[0].rank >= 3000);
        QVERIFY(!styled->showsAtScale(small[0].feature, 4e6));
        QVERIFY(styled->showsAtScale(small[0].feature, 68000));
        // Labels are placed biggest first.
        const int pop = static_cast<int>(fields.indexOf(QStringLiteral("population")));
        for (std::size_t i = 1; i < styled->labels.size(); ++i)
            QVERIFY(s.store->attribute(styled->labels[i - 1].first, pop).toDouble() >=
                    s.store->attribute(styled->labels[i].first, pop).toDouble());
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
