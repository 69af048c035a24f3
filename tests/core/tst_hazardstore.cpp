#include <QtTest>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include "hazard/hazardstore.h"

using namespace mineatlas::hazard;

/// Hazard areas written to a GeoPackage through GDAL come back with every attribute, the schema
/// version is in the file, and failed writes are clear errors.
class TestHazardStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static HazardArea sample()
    {
        HazardArea a;
        a.localId = "UA-KHE-0042";
        a.classification = Classification::CHA;
        a.status = Status::WorkedOn;
        a.statusDate = QDate(2026, 10, 2);
        a.statusReason = "technical survey started";
        a.contamination = AntiPersonnel | Uxo | ClusterMunitionRemnants;
        a.evidence = Evidence::Direct;
        a.evidenceDescription = "PFM-1 seen on the track; fencing";
        a.estimatedAreaM2 = 125000.5;
        a.remainingAreaM2 = 90000;
        a.dateOfInformation = QDate(2026, 9, 30);
        a.reportedBy = "Illustrative NGO (synthetic record)";
        a.notes = "Synthetic test record — not real contamination.";
        a.enteredCoordinates = "mgrs 36TVS1234567890\nbearing 90 distance 250";
        // A polygon with a hole, and a second part.
        a.polygons = {{{32.60, 46.60, 32.62, 46.60, 32.62, 46.62, 32.60, 46.62, 32.60, 46.60},
                       {32.605, 46.605, 32.615, 46.605, 32.615, 46.615, 32.605, 46.615, 32.605, 46.605}},
                      {{32.70, 46.60, 32.71, 46.60, 32.71, 46.61, 32.70, 46.60}}};
        return a;
    }

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void savesAndReopensEveryAttribute()
    {
        const QString path = m_dir.filePath("hazards.gpkg");
        {
            auto store = HazardStore::create(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            HazardArea a = sample();
            auto fid = store.value()->insert(a);
            QVERIFY2(fid.ok(), qPrintable(fid.error()));
            QVERIFY(a.fid > 0);
            QVERIFY(!a.guid.isEmpty());
        }
        // Reopened from disk, as after a restart.
        auto store = HazardStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->schemaVersion(), HazardStore::kSchemaVersion);
        auto all = store.value()->readAll();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(1));
        const HazardArea& b = all->front();
        const HazardArea a = sample();
        QCOMPARE(b.localId, a.localId);
        QCOMPARE(b.classification, a.classification);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.statusDate, a.statusDate);
        QCOMPARE(b.statusReason, a.statusReason);
        QCOMPARE(b.contamination, a.contamination);
        QCOMPARE(b.evidence, a.evidence);
        QCOMPARE(b.evidenceDescription, a.evidenceDescription);
        QCOMPARE(b.estimatedAreaM2, a.estimatedAreaM2);
        QCOMPARE(b.remainingAreaM2, a.remainingAreaM2);
        QCOMPARE(b.dateOfInformation, a.dateOfInformation);
        QCOMPARE(b.reportedBy, a.reportedBy);
        QCOMPARE(b.notes, a.notes);
        QCOMPARE(b.enteredCoordinates, a.enteredCoordinates);
        QCOMPARE(b.polygons.size(), std::size_t(2));
        QCOMPARE(b.polygons[0].size(), std::size_t(2)); // the hole survived
        QCOMPARE(b.polygons[0][1][0], 32.605);
        QCOMPARE(b.polygons[1][0].back(), 46.60); // ring closed

        // Plain GDAL sees a WGS 84 multipolygon layer with the documented fields.
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        OGRLayer* layer = ds->GetLayerByName(HazardStore::kDefaultLayer);
        QVERIFY(layer);
        QCOMPARE(wkbFlatten(layer->GetGeomType()), wkbMultiPolygon);
        QCOMPARE(QString(layer->GetSpatialRef()->GetAuthorityCode(nullptr)), QStringLiteral("4326"));
        for (const QString& f : HazardStore::fieldNames())
            QVERIFY2(layer->GetLayerDefn()->GetFieldIndex(f.toUtf8().constData()) >= 0, qPrintable(f));
    }

    void updatesAndDeletes()
    {
        const QString path = m_dir.filePath("edit.gpkg");
        auto store = HazardStore::create(path);
        QVERIFY(store.ok());
        HazardArea a = sample(), b = sample();
        b.localId = "UA-KHE-0043";
        QVERIFY(store.value()->insert(a).ok());
        QVERIFY(store.value()->insert(b).ok());
        a.status = Status::Closed;
        a.remainingAreaM2 = 0;
        QVERIFY(store.value()->update(a).ok());
        QVERIFY(store.value()->remove(b.fid).ok());
        auto all = store.value()->readAll();
        QCOMPARE(all->size(), std::size_t(1));
        QCOMPARE(all->front().status, Status::Closed);
        // Targeted reads: by fid, by GUID, by box.
        QCOMPARE(store.value()->readByFid(a.fid)->front().localId, a.localId);
        QCOMPARE(store.value()->readByGuid(a.guid)->front().fid, a.fid);
        QCOMPARE(store.value()->readByFid(b.fid)->size(), std::size_t(0));
        QCOMPARE(store.value()->readInBox(32.6, 46.6, 32.65, 46.65)->size(), std::size_t(1));
        QCOMPARE(store.value()->readInBox(10, 10, 11, 11)->size(), std::size_t(0));
        QCOMPARE(all->front().remainingAreaM2, 0.0);
    }

    void readOnlyStoreRefusesWritesClearly()
    {
        const QString path = m_dir.filePath("ro.gpkg");
        QVERIFY(HazardStore::create(path).ok());
        auto store = HazardStore::open(path, HazardStore::kDefaultLayer, true);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        HazardArea a = sample();
        auto fid = store.value()->insert(a);
        QVERIFY(!fid.ok());
        QVERIFY2(fid.error().startsWith("ro.gpkg:"), qPrintable(fid.error()));
        QCOMPARE(a.fid, qint64(-1)); // the edit is untouched, for the caller to keep
    }

    void refusesLayersThatAreNotHazardLayers()
    {
        auto store = HazardStore::open(QStringLiteral(MINEATLAS_TEST_DATA "/multi.gpkg"), "areas");
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains("missing field(s): local_id"), qPrintable(store.error()));
        QVERIFY(!HazardStore::open(m_dir.filePath("nowhere.gpkg")).ok());
    }

    void vocabulariesRoundTrip()
    {
        for (Status s : {Status::Open, Status::WorkedOn, Status::Closed}) {
            Status back{};
            QVERIFY(fromText(toText(s), back));
            QCOMPARE(back, s);
        }
        unsigned bits = 0;
        QVERIFY(contaminationFromText("AP;uxo; IED", bits));
        QCOMPARE(bits, unsigned(AntiPersonnel | Uxo | Ied));
        QCOMPARE(contaminationText(bits), QStringLiteral("AP;UXO;IED"));
        QVERIFY(!contaminationFromText("AP;landmine", bits));
    }
};

QTEST_GUILESS_MAIN(TestHazardStore)
#include "tst_hazardstore.moc"
