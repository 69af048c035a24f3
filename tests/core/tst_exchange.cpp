#include <QtTest>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include "hazard/exchange.h"
#include "hazard/hazardstore.h"

using namespace mineatlas::hazard;

/// Hazard polygons in from KML (Google Earth) and a UTM GeoPackage, with field mapping; out to
/// GeoJSON, KML, Shapefile and GeoPackage, read back through GDAL.
class TestExchange : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void importsWithFieldMapping()
    {
        const QString kml = QStringLiteral(MINEATLAS_TEST_DATA "/areas.kml");
        auto fields = sourceFields(kml);
        QVERIFY2(fields.ok(), qPrintable(fields.error()));
        FieldMapping mapping = suggestFieldMapping(fields.value());
        QCOMPARE(mapping.value("local_id"), QStringLiteral("id")); // an id field wins over a name
        mapping.insert("local_id", "Name");                        // the user prefers the names
        QCOMPARE(mapping.value("classification"), QStringLiteral("kind"));
        auto n = readImport(kml, mapping);
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(n->areas.size(), std::size_t(2));
        QVERIFY(n->skipped.isEmpty());
        const auto& areas = n->areas;
        QCOMPARE(areas[0].localId, QStringLiteral("Alpha"));
        QCOMPARE(areas[0].classification, Classification::SHA);
        QCOMPARE(areas[1].classification, Classification::CHA);
        QCOMPARE(areas[0].polygons[0].size(), std::size_t(2));                     // the hole came along
        QCOMPARE(areas[1].polygons.size(), std::size_t(2));                        // two parts
        QVERIFY(areas[0].estimatedAreaM2 > 7e9 && areas[0].estimatedAreaM2 < 8e9); // ~1°×1° at 50°N
        QVERIFY(!areas[0].guid.isEmpty() && areas[0].guid != areas[1].guid);

        // A projected source (UTM 36N) lands back on lon 30, lat 50.
        auto utm = readImport(QStringLiteral(MINEATLAS_TEST_DATA "/areas_utm36n.gpkg"),
                              suggestFieldMapping(sourceFields(MINEATLAS_TEST_DATA "/areas_utm36n.gpkg").value()));
        QVERIFY2(utm.ok(), qPrintable(utm.error()));
        const auto& ring = utm->areas[0].polygons[0][0];
        QVERIFY(qAbs(ring[0] - 30) < 1e-6 && qAbs(ring[1] - 50) < 1e-6);

        // Points are not areas (each is listed as skipped); junk is an error naming the file.
        auto none = readImport(QStringLiteral(MINEATLAS_TEST_DATA "/sites_lonlat.csv"), {});
        QVERIFY(none.ok());
        QCOMPARE(none->areas.size(), std::size_t(0));
        QVERIFY(!none->skipped.isEmpty() && none->skipped.first().contains("not a polygon"));
        auto junk = readImport(QStringLiteral(MINEATLAS_TEST_DATA "/junk.gpkg"), {});
        QVERIFY(!junk.ok());
        QVERIFY(junk.error().startsWith("junk.gpkg"));
    }

    void importValidatesLikeDrawing()
    {
        // Three polygons: a good one, a bow tie (edges cross) and one with a vertex PROJ cannot place.
        const QString path = m_dir.filePath("mixed.gpkg");
        {
            GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference mercator;
            mercator.importFromEPSG(3857);
            OGRLayer* layer = ds->CreateLayer("areas", &mercator, wkbPolygon);
            OGRFieldDefn id("id", OFTString);
            layer->CreateField(&id);
            const double nan = std::nan("");
            const std::vector<std::vector<double>> rings = {
                {3600000, 5900000, 3601000, 5900000, 3601000, 5901000, 3600000, 5901000},
                {3600000, 5900000, 3601000, 5901000, 3601000, 5900000, 3600000, 5901000},
                {3600000, 5900000, nan, 5900000, 3601000, 5901000}};
            const char* ids[] = {"good", "bowtie", "unplaceable"};
            for (int i = 0; i < 3; ++i) {
                OGRFeature f(layer->GetLayerDefn());
                f.SetField("id", ids[i]);
                OGRLinearRing ring;
                for (std::size_t k = 0; k + 1 < rings[i].size(); k += 2)
                    ring.addPoint(rings[i][k], rings[i][k + 1]);
                ring.addPoint(rings[i][0], rings[i][1]);
                OGRPolygon polygon;
                polygon.addRing(&ring);
                f.SetGeometry(&polygon);
                QCOMPARE(layer->CreateFeature(&f), OGRERR_NONE);
            }
        }
        auto read = readImport(path, suggestFieldMapping(sourceFields(path).value()));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->areas.size(), std::size_t(1));
        QCOMPARE(read->areas[0].localId, QStringLiteral("good"));
        QCOMPARE(read->skipped.size(), 2);
        QVERIFY2(read->skipped[0].contains("bowtie") && read->skipped[0].contains("cross"), qPrintable(read->skipped[0]));
        QVERIFY2(read->skipped[1].contains("unplaceable") && read->skipped[1].contains("cannot be converted"),
                 qPrintable(read->skipped[1]));
        for (double v : read->areas[0].polygons[0][0])
            QVERIFY(std::isfinite(v));
    }

    void importKeepsValuesOutsideTheVocabulary()
    {
        const QString path = m_dir.filePath("vocab.geojson");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"json({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"P-1",
            "status":"active (IMSMA)","class":"CHA"},"geometry":{"type":"Polygon","coordinates":
            [[[30,50],[30.01,50],[30.01,50.01],[30,50]]]}}]})json");
        f.close();
        auto read = readImport(path, suggestFieldMapping(sourceFields(path).value()));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->areas.size(), std::size_t(1));
        QCOMPARE(read->areas[0].statusOther, QStringLiteral("active (IMSMA)"));
        QCOMPARE(read->areas[0].statusValue(), QStringLiteral("active (IMSMA)"));
        QCOMPARE(read->areas[0].classification, Classification::CHA);
    }

    void exportsToPartnerFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("GeoJSON") << "out.geojson";
        QTest::newRow("KML") << "out.kml";
        QTest::newRow("Shapefile") << "out.shp";
        QTest::newRow("GeoPackage") << "out.gpkg";
    }
    void exportsToPartnerFormats()
    {
        QFETCH(QString, file);
        const QString src = m_dir.filePath("export-src.gpkg");
        if (!QFileInfo::exists(src)) {
            auto store = HazardStore::create(src);
            HazardArea a;
            a.localId = "UA-EXP-1";
            a.classification = Classification::CHA;
            a.polygons = {{{33.0, 47.0, 33.01, 47.0, 33.01, 47.01, 33.0, 47.0}}};
            QVERIFY(store.value()->insert(a).ok());
        }
        const QString out = m_dir.filePath(file);
        QStringList incomplete;
        auto n = exportAreas(src, HazardStore::kDefaultLayer, out, &incomplete);
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(n.value(), 1);
        // No reporting organisation or date of information: the partner must be told.
        QCOMPARE(incomplete, QStringList{"UA-EXP-1"});
        GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        OGRLayer* layer = ds->GetLayer(0);
        QCOMPARE(layer->GetFeatureCount(), GIntBig(1));
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        QVERIFY(f->GetGeometryRef());
        const int idField = f->GetFieldIndex("local_id");
        QVERIFY2(idField >= 0, qPrintable(file));
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString(idField)), QStringLiteral("UA-EXP-1"));
        QVERIFY(!exportAreas(src, HazardStore::kDefaultLayer, m_dir.filePath("out.xyz")).ok());
    }

    void exportFiltersNameTheirExtension()
    {
        const QStringList filters = exportFileFilter().split(";;");
        QCOMPARE(filters.size(), 4);
        QCOMPARE(extensionForFilter(filters[0]), QStringLiteral("geojson"));
        QCOMPARE(extensionForFilter(filters[1]), QStringLiteral("kml"));
        QCOMPARE(extensionForFilter(filters[2]), QStringLiteral("shp"));
        QCOMPARE(extensionForFilter(filters[3]), QStringLiteral("gpkg"));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
