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
        auto store = HazardStore::create(m_dir.filePath("import.gpkg"));
        QVERIFY(store.ok());
        auto n = importAreas(kml, *store.value(), mapping);
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(n.value(), 2);
        auto areas = store.value()->readAll().value();
        QCOMPARE(areas[0].localId, QStringLiteral("Alpha"));
        QCOMPARE(areas[0].classification, Classification::SHA);
        QCOMPARE(areas[1].classification, Classification::CHA);
        QCOMPARE(areas[0].polygons[0].size(), std::size_t(2));                     // the hole came along
        QCOMPARE(areas[1].polygons.size(), std::size_t(2));                        // two parts
        QVERIFY(areas[0].estimatedAreaM2 > 7e9 && areas[0].estimatedAreaM2 < 8e9); // ~1°×1° at 50°N

        // A projected source (UTM 36N) lands back on lon 30, lat 50.
        auto utm =
            importAreas(QStringLiteral(MINEATLAS_TEST_DATA "/areas_utm36n.gpkg"), *store.value(),
                        suggestFieldMapping(sourceFields(MINEATLAS_TEST_DATA "/areas_utm36n.gpkg").value()));
        QVERIFY2(utm.ok(), qPrintable(utm.error()));
        const auto all = store.value()->readAll().value();
        const auto& ring = all[2].polygons[0][0];
        QVERIFY(qAbs(ring[0] - 30) < 1e-6 && qAbs(ring[1] - 50) < 1e-6);

        // Points are not areas; junk is an error naming the file.
        auto none = importAreas(QStringLiteral(MINEATLAS_TEST_DATA "/sites_lonlat.csv"), *store.value(), {});
        QVERIFY(none.ok());
        QCOMPARE(none.value(), 0);
        auto junk = importAreas(QStringLiteral(MINEATLAS_TEST_DATA "/junk.gpkg"), *store.value(), {});
        QVERIFY(!junk.ok());
        QVERIFY(junk.error().startsWith("junk.gpkg"));
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
        auto n = exportAreas(src, HazardStore::kDefaultLayer, out);
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(n.value(), 1);
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
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
