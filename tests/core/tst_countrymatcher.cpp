#include <QtTest>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include "data/vectorloader.h"
#include "treaty/countrymatcher.h"
#include "treaty/treatytable.h"

using namespace mineatlas;

/// Joining border layers of every common field convention to the treaty table, written as real
/// files through GDAL and read back, and reporting what has no treaty status.
class TestCountryMatcher : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<const treaty::TreatyTable> m_table;

    /// A GeoJSON layer of small squares with the given string fields, one feature per row.
    QString writeLayer(const QString& name, const QStringList& fields, const QList<QStringList>& rows)
    {
        const QString path = m_dir.filePath(name + ".geojson");
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
        GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRLayer* layer = ds->CreateLayer("borders", &wgs84, wkbPolygon, nullptr);
        for (const QString& f : fields) {
            OGRFieldDefn defn(f.toUtf8().constData(), OFTString);
            layer->CreateField(&defn);
        }
        for (int i = 0; i < rows.size(); ++i) {
            OGRFeature feature(layer->GetLayerDefn());
            for (int c = 0; c < fields.size(); ++c)
                feature.SetField(c, rows[i][c].toUtf8().constData());
            OGRPolygon poly;
            OGRLinearRing ring;
            const double x = i * 2.0;
            ring.addPoint(x, 0);
            ring.addPoint(x + 1, 0);
            ring.addPoint(x + 1, 1);
            ring.addPoint(x, 1);
            ring.closeRings();
            poly.addRing(&ring);
            feature.SetGeometry(&poly);
            if (layer->CreateFeature(&feature) != OGRERR_NONE)
                qFatal("cannot write feature");
        }
        return path;
    }

    std::shared_ptr<const data::FeatureStore> load(const QString& path)
    {
        auto r = data::loadVectorLayer(path, {}, geo::Crs::wgs84());
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r->store;
    }

    QStringList iso3s(const treaty::CountryMatch& m)
    {
        QStringList out;
        for (int r : m.recordOf)
            out << (r < 0 ? QStringLiteral("-") : m_table->records()[static_cast<std::size_t>(r)].iso3);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        auto table = treaty::TreatyTable::loadBuiltIn();
        QVERIFY(table.ok());
        m_table = table.value();
    }

    void conventions_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unmatched");
        // ADM0_A3 has fewer placeholders than ISO_A3, so it is the better join.
        QTest::newRow("Natural Earth with -99 codes")
            << QStringList{"ISO_A3", "ADM0_A3", "NAME"}
            << QList<QStringList>{{"POL", "POL", "Poland"},  {"-99", "FRA", "France"},
                                  {"-99", "NOR", "Norway"},  {"-99", "KOS", "Kosovo"},
                                  {"UKR", "UKR", "Ukraine"}, {"TWN", "TWN", "Taiwan"}}
            << "ADM0_A3" << QStringList{"POL", "FRA", "NOR", "-", "UKR", "-"}
            << QStringList{"Kosovo", "Taiwan"};
        // Only ISO_A3 and names: the -99 features fall back to their names.
        QTest::newRow("ISO_A3 with -99, names as fallback")
            << QStringList{"ISO_A3", "NAME"}
            << QList<QStringList>{{"POL", "Poland"}, {"-99", "France"},  {"-99", "Norway"},
                                  {"-99", "Kosovo"}, {"UKR", "Ukraine"}, {"DEU", "Germany"}}
            << "ISO_A3" << QStringList{"POL", "FRA", "NOR", "-", "UKR", "DEU"} << QStringList{"Kosovo"};
        QTest::newRow("GADM GID_0") << QStringList{"GID_0", "NAME_0"}
                                    << QList<QStringList>{{"POL", "Poland"},
                                                          {"DEU", "Germany"},
                                                          {"XKO", "Kosovo"},
                                                          {"FIN", "Finland"},
                                                          {"ESH", "Western Sahara"}}
                                    << "GID_0" << QStringList{"POL", "DEU", "-", "FIN", "-"}
                                    << QStringList{"Kosovo", "Western Sahara"};
        QTest::newRow("geoBoundaries shapeGroup")
            << QStringList{"shapeName", "shapeGroup"}
            << QList<QStringList>{{"Estonia", "EST"},
                                  {"Latvia", "LVA"},
                                  {"Lithuania", "LTU"},
                                  {"Antarctica", "ATA"}}
            << "shapeGroup" << QStringList{"EST", "LVA", "LTU", "-"} << QStringList{"Antarctica"};
        QTest::newRow("world-atlas numeric id")
            << QStringList{"id", "name"}
            << QList<QStringList>{{"616", "Poland"}, {"840", "United States of America"},
                                  {"643", "Russia"}, {"704", "Vietnam"},
                                  {"", "Kosovo"},    {"156", "China"}}
            << "id" << QStringList{"POL", "USA", "RUS", "VNM", "-", "CHN"} << QStringList{"Kosovo"};
        QTest::newRow("names only, with variants")
            << QStringList{"ADMIN"} << QList<QStringList>{{"United States of America"},
                                                          {"Russian Federation"},
                                                          {"Viet Nam"},
                                                          {"Côte d'Ivoire"},
                                                          {"Dem. Rep. Congo"},
                                                          {"Northern Cyprus"}}
            << "ADMIN" << QStringList{"USA", "RUS", "VNM", "CIV", "COD", "-"}
            << QStringList{"Northern Cyprus"};
        // Natural Earth admin-0 countries: dependencies carry their own codes and their sovereign
        // in SOVEREIGNT. Åland is part of Finland; the United Kingdom extended the Convention to
        // Bermuda; the depositary records nothing for Greenland; the Kingdom of the Netherlands
        // accepted for the Kingdom in Europe only, so not for Aruba (resources/treaty/territories.csv).
        QTest::newRow("Natural Earth admin-0 countries")
            << QStringList{"ISO_A3", "ADM0_A3", "NAME", "SOVEREIGNT", "TYPE"}
            << QList<QStringList>{{"FIN", "FIN", "Finland", "Finland", "Sovereign country"},
                                  {"ALA", "ALD", "Aland", "Finland", "Country"},
                                  {"DNK", "DNK", "Denmark", "Denmark", "Country"},
                                  {"GRL", "GRL", "Greenland", "Denmark", "Country"},
                                  {"BMU", "BMU", "Bermuda", "United Kingdom", "Dependency"},
                                  {"ABW", "ABW", "Aruba", "Netherlands", "Country"},
                                  {"-99", "IOA", "Indian Ocean Ter.", "Australia", "Dependency"},
                                  {"-99", "KAB", "Baikonur", "Kazakhstan", "Lease"}}
            << "ISO_A3" << QStringList{"FIN", "FIN", "DNK", "-", "GBR", "-", "-", "-"}
            << QStringList{"Greenland", "Aruba", "Indian Ocean Ter.", "Baikonur"};
        // Map units split states into regions that keep their state's codes.
        QTest::newRow("Natural Earth map units")
            << QStringList{"ISO_A3", "ADM0_A3", "GU_A3", "GEOUNIT", "SOVEREIGNT"}
            << QList<QStringList>{{"BEL", "BEL", "BFR", "Flemish Region", "Belgium"},
                                  {"BEL", "BEL", "BWR", "Walloon Region", "Belgium"},
                                  {"GBR", "GBR", "SCT", "Scotland", "United Kingdom"},
                                  {"-99", "FRA", "GLP", "Guadeloupe", "France"},
                                  {"-99", "NLD", "BES", "Caribbean Netherlands", "Netherlands"},
                                  {"-99", "SRB", "SRV", "Vojvodina", "Republic of Serbia"}}
            << "ADM0_A3" << QStringList{"BEL", "BEL", "GBR", "FRA", "NLD", "SRB"} << QStringList{};
        // The sovereignty variant: one feature per sovereign, codes like DN1 in SOV_A3.
        QTest::newRow("Natural Earth sovereignty")
            << QStringList{"SOVEREIGNT", "SOV_A3", "ADMIN", "ADM0_A3"}
            << QList<QStringList>{{"Denmark", "DN1", "Denmark", "DNK"},
                                  {"France", "FR1", "France", "FRA"},
                                  {"United Kingdom", "GB1", "United Kingdom", "GBR"},
                                  {"Finland", "FI1", "Finland", "FIN"},
                                  {"Kazakhstan", "KA1", "Kazakhstan", "KAZ"}}
            << "ADM0_A3" << QStringList{"DNK", "FRA", "GBR", "FIN", "KAZ"} << QStringList{};
        QTest::newRow("GADM level 0 with Åland")
            << QStringList{"GID_0", "NAME_0"}
            << QList<QStringList>{{"FIN", "Finland"}, {"ALA", "Åland"}, {"SWE", "Sweden"}, {"FRO", "Faroe Islands"}}
            << "GID_0" << QStringList{"FIN", "FIN", "SWE", "-"} << QStringList{"Faroe Islands"};
        QTest::newRow("world-atlas with territories")
            << QStringList{"id", "name"}
            << QList<QStringList>{{"246", "Finland"}, {"248", "Åland"}, {"304", "Greenland"}, {"060", "Bermuda"},
                                  {"826", "United Kingdom"}, {"", "Dhekelia"}}
            << "id" << QStringList{"FIN", "FIN", "-", "GBR", "GBR", "GBR"} << QStringList{"Greenland"};
        QTest::newRow("lower-case iso3")
            << QStringList{"iso3", "country"}
            << QList<QStringList>{{"pol", "Poland"}, {"fin", "Finland"}, {"ukr", "Ukraine"}} << "iso3"
            << QStringList{"POL", "FIN", "UKR"} << QStringList{};
    }
    void conventions()
    {
        QFETCH(QStringList, fields);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QString, field);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unmatched);
        const QString path =
            writeLayer(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_'), fields, rows);
        auto store = load(path);
        auto match = treaty::matchCountries(*store, *m_table);
        QVERIFY2(match.ok(), qPrintable(match.error()));
        QCOMPARE(match->field, field);
        QCOMPARE(iso3s(match.value()), expected);
        QCOMPARE(match->unmatchedNames, unmatched);
        // The border-file shapes (each a sample of its kind: territories and all) are recognised as
        // border layers when opened, so they are coloured by status. (The older rows are joins
        // only: a few states beside as many unknown areas are not a border layer by themselves.)
        const QStringList shapes{"Natural Earth admin-0 countries", "Natural Earth map units", "Natural Earth sovereignty",
                                 "GADM level 0 with Åland", "world-atlas with territories"};
        if (shapes.contains(QString::fromUtf8(QTest::currentDataTag())))
            QVERIFY2(treaty::detectCountryLayer(*store, *m_table).has_value(), QTest::currentDataTag());
    }

    void aWorldOfDependenciesIsStillABorderLayer()
    {
        // A world-atlas-like file: 25 states with ISO numeric ids and 60 dependencies and areas
        // with none (as public world files carry). 29 % matched: still a border layer, and the
        // 60 are listed as having no treaty status.
        const char* ids[] = {"004", "008", "012", "024", "032", "036", "040", "056", "076", "124", "152", "156", "170",
                             "203", "208", "233", "246", "250", "276", "300", "348", "356", "428", "440", "616"};
        QList<QStringList> rows;
        for (const char* id : ids)
            rows << QStringList{QString::fromLatin1(id), QStringLiteral("state %1").arg(id)};
        for (int i = 0; i < 60; ++i)
            rows << QStringList{QString(), QStringLiteral("Dependency %1").arg(i)};
        auto store = load(writeLayer("world-with-dependencies", {"id", "name"}, rows));
        auto match = treaty::detectCountryLayer(*store, *m_table);
        QVERIFY(match.has_value());
        QCOMPARE(match->field, QStringLiteral("id"));
        QCOMPARE(match->kind, QStringLiteral("ISO numeric"));
        QCOMPARE(match->matchedCount(), std::size_t(25));
        QCOMPARE(match->unmatchedNames.size(), 60);
        QCOMPARE(match->unmatchedNames.first(), QStringLiteral("Dependency 0"));
        // A layer of a few regions that happen to share names with states is not one.
        auto few = load(writeLayer("few", {"name"}, {{"Georgia"}, {"Jordan"}, {"Ocean county"}, {"Lake district"}, {"Hill"}}));
        QVERIFY(!treaty::detectCountryLayer(*few, *m_table).has_value());
    }

    void userChosenField()
    {
        auto store = load(writeLayer("chosen", {"code", "label"},
                                     {{"x1", "Poland"}, {"x2", "Finland"}, {"x3", "Atlantis"}}));
        // "code" and "label" are not known field names: detection finds nothing to trust...
        QVERIFY(!treaty::matchCountries(*store, *m_table).ok());
        // ...so the user picks the field.
        auto match = treaty::matchCountries(*store, *m_table, "label");
        QVERIFY2(match.ok(), qPrintable(match.error()));
        QCOMPARE(iso3s(match.value()), QStringList({"POL", "FIN", "-"}));
        QVERIFY(!treaty::matchCountries(*store, *m_table, "nope").ok());
    }

    void sampleBordersReportUnmatched()
    {
        auto store = load(QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-10m.gpkg"));
        auto match = treaty::matchCountries(*store, *m_table);
        QVERIFY2(match.ok(), qPrintable(match.error()));
        QCOMPARE(match->field, QStringLiteral("iso_a3"));
        QVERIFY(match->matchedCount() >= 200);
        for (const char* name : {"Kosovo", "Taiwan", "Western Sahara", "Antarctica"})
            QVERIFY2(match->unmatchedNames.contains(QString::fromLatin1(name)), name);
        QVERIFY(treaty::looksLikeCountryLayer(*store, *m_table));
        // Every UN member state on the map is matched.
        QSet<QString> matched;
        for (int r : match->recordOf)
            if (r >= 0)
                matched.insert(m_table->records()[static_cast<std::size_t>(r)].iso3);
        QVERIFY2(matched.size() >= 193, qPrintable(QString::number(matched.size())));
        // Hazard-style layers are not country layers.
        auto hazards = load(QStringLiteral(MINEATLAS_TEST_DATA "/areas.geojson"));
        QVERIFY(!treaty::looksLikeCountryLayer(*hazards, *m_table));
    }
};

QTEST_GUILESS_MAIN(TestCountryMatcher)
#include "tst_countrymatcher.moc"
