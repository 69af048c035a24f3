#include <QtTest>

#include <gdal.h>
#include <ogrsf_frmts.h>
#include <cpl_conv.h>

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
        QVERIFY(store.value()->remove(b.guid).ok());
        auto all = store.value()->readAll();
        QCOMPARE(all->size(), std::size_t(1));
        QCOMPARE(all->front().status, Status::Closed);
        // Targeted reads: by GUID, by box.
        QCOMPARE(store.value()->readByGuid(a.guid).value()->localId, a.localId);
        QCOMPARE(store.value()->readByGuid(a.guid).value()->fid, a.fid);
        QVERIFY(!store.value()->readByGuid(b.guid).value().has_value());
        // Gone is gone: updating or deleting it again is a clear error, not a silent no-op.
        QVERIFY(!store.value()->update(b).ok());
        QVERIFY(store.value()->remove(b.guid).error().contains("no longer in the file"));
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

    void changeSetIsOneTransaction()
    {
        const QString path = m_dir.filePath("batch.gpkg");
        auto store = HazardStore::create(path);
        QVERIFY(store.ok());
        HazardArea a = sample();
        QVERIFY(store.value()->insert(a).ok());
        // An update and an insert whose GUID is already taken: the second fails, so neither lands.
        ChangeSet changes;
        HazardArea changed = a;
        changed.status = Status::Closed;
        changes.updates.push_back(changed);
        HazardArea twin = sample();
        twin.guid = a.guid;
        changes.inserts.push_back(twin);
        auto ok = store.value()->apply(changes);
        QVERIFY(!ok.ok());
        QVERIFY2(ok.error().contains("already in the file"), qPrintable(ok.error()));
        const auto all = store.value()->readAll().value();
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all.front().status, Status::WorkedOn); // the update was rolled back with it
        // A re-inserted area keeps its GUID (undo of a delete).
        QVERIFY(store.value()->remove(a.guid).ok());
        HazardArea back = a;
        QVERIFY(store.value()->insert(back).ok());
        QCOMPARE(back.guid, a.guid);
        QVERIFY(back.fid != a.fid || back.fid > 0);
    }

    void unknownVocabularyValuesAreKept()
    {
        // A partner's file: the hazard fields, with values MineAtlas does not know.
        const QString path = m_dir.filePath("partner.gpkg");
        {
            auto store = HazardStore::create(path);
            HazardArea a = sample();
            QVERIFY(store.value()->insert(a).ok());
        }
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            OGRLayer* layer = ds->GetLayerByName(HazardStore::kDefaultLayer);
            OGRFeatureUniquePtr f(layer->GetNextFeature());
            f->SetField("status", "under clearance (NMAA code 4)");
            f->SetField("classification", "DHA");
            f->SetField("evidence", "hearsay");
            f->SetField("contamination", "AP;WP;uxo");
            QCOMPARE(layer->SetFeature(f.get()), OGRERR_NONE);
        }
        auto store = HazardStore::open(path);
        QVERIFY(store.ok());
        HazardArea a = store.value()->readAll().value().front();
        QCOMPARE(a.statusOther, QStringLiteral("under clearance (NMAA code 4)"));
        QCOMPARE(a.classificationOther, QStringLiteral("DHA"));
        QCOMPARE(a.evidenceOther, QStringLiteral("hearsay"));
        QCOMPARE(a.contamination, unsigned(AntiPersonnel | Uxo));
        QCOMPARE(a.contaminationOther, QStringList{"WP"});
        // An unrelated edit leaves every one of them as the partner wrote it.
        a.notes = "checked by phone";
        QVERIFY(store.value()->update(a).ok());
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        OGRFeatureUniquePtr f(ds->GetLayerByName(HazardStore::kDefaultLayer)->GetNextFeature());
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("status")), QStringLiteral("under clearance (NMAA code 4)"));
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("classification")), QStringLiteral("DHA"));
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("evidence")), QStringLiteral("hearsay"));
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("contamination")), QStringLiteral("AP;UXO;WP"));
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString("notes")), QStringLiteral("checked by phone"));
    }

    void fullDiskIsNamedAsTheCause()
    {
        const QString path = m_dir.filePath("full.gpkg");
        QVERIFY(HazardStore::create(path).ok());
        // SQLite's page limit makes the file "full" at its current size, as a full disk would.
        const qint64 pages = QFileInfo(path).size() / 4096;
        CPLSetConfigOption("OGR_SQLITE_PRAGMA", QByteArray("max_page_count=" + QByteArray::number(pages)).constData());
        auto store = HazardStore::open(path);
        CPLSetConfigOption("OGR_SQLITE_PRAGMA", nullptr);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        HazardArea a = sample();
        a.notes = QString(200000, QLatin1Char('x'));
        auto fid = store.value()->insert(a);
        QVERIFY(!fid.ok());
        QVERIFY2(fid.error().contains("the disk is full"), qPrintable(fid.error()));
        QVERIFY2(!fid.error().contains("ROLLBACK") && !fid.error().contains("not established"), qPrintable(fid.error()));
        QCOMPARE(a.fid, qint64(-1));
    }

    void lockedFileIsNamedAsTheCause()
    {
        const QString path = m_dir.filePath("locked.gpkg");
        {
            auto store = HazardStore::create(path);
            HazardArea a = sample();
            QVERIFY(store.value()->insert(a).ok());
        }
        // Another program holds a write transaction on the file.
        GDALDatasetUniquePtr other(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        QCOMPARE(other->StartTransaction(), OGRERR_NONE);
        OGRLayer* layer = other->GetLayerByName(HazardStore::kDefaultLayer);
        OGRFeatureUniquePtr f(layer->GetNextFeature());
        f->SetField("notes", "the other writer");
        QCOMPARE(layer->SetFeature(f.get()), OGRERR_NONE);
        auto store = HazardStore::open(path);
        QVERIFY(store.ok());
        HazardArea mine = store.value()->readAll().value().front();
        mine.notes = "mine";
        auto ok = store.value()->update(mine);
        QVERIFY(!ok.ok());
        QVERIFY2(ok.error().contains("locked"), qPrintable(ok.error()));
        other->RollbackTransaction();
    }

    void immutableFileIsNamedOnOpen()
    {
        const QString path = m_dir.filePath("immutable.gpkg");
        QVERIFY(HazardStore::create(path).ok());
        // chattr +i: not even root may write it (a file protected by the system).
        if (QProcess::execute("chattr", {"+i", path}) != 0)
            QSKIP("chattr +i is not permitted here (needs CAP_LINUX_IMMUTABLE on an ext4/xfs file system)");
        auto store = HazardStore::open(path);
        QProcess::execute("chattr", {"-i", path});
        QVERIFY(!store.ok());
        QVERIFY2(store.error().startsWith("immutable.gpkg: cannot edit it:"), qPrintable(store.error()));
        QVERIFY2(store.error().contains("immutable") && !store.error().contains("not a hazard layer"),
                 qPrintable(store.error()));
        // Read-only viewing still works.
        QVERIFY(HazardStore::open(path, HazardStore::kDefaultLayer, true).ok());
    }

    void guidsAreOnePerArea()
    {
        const QString path = m_dir.filePath("guids.gpkg");
        {
            auto store = HazardStore::create(path);
            HazardArea a = sample(), b = sample();
            QVERIFY(store.value()->insert(a).ok());
            QVERIFY(store.value()->insert(b).ok());
        }
        // A partner's copy: one area without a GUID.
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            ds->ExecuteSQL("DROP INDEX hazard_areas_guid", nullptr, nullptr);
            OGRLayer* layer = ds->GetLayerByName(HazardStore::kDefaultLayer);
            OGRFeatureUniquePtr f(layer->GetFeature(2));
            f->SetFieldNull(f->GetFieldIndex("guid"));
            QCOMPARE(layer->SetFeature(f.get()), OGRERR_NONE);
        }
        {
            auto store = HazardStore::open(path);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QCOMPARE(store.value()->assignedGuids(), 1);
            const auto all = store.value()->readAll().value();
            QVERIFY(!all[0].guid.isEmpty() && !all[1].guid.isEmpty() && all[0].guid != all[1].guid);
        }
        // A copied feature: two areas share a GUID. Editing is refused, with the areas named.
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            OGRLayer* layer = ds->GetLayerByName(HazardStore::kDefaultLayer);
            OGRFeatureUniquePtr one(layer->GetFeature(1));
            OGRFeatureUniquePtr two(layer->GetFeature(2));
            two->SetField("guid", one->GetFieldAsString("guid"));
            two->SetField("local_id", "UA-KHE-0099");
            QCOMPARE(layer->SetFeature(two.get()), OGRERR_NONE);
        }
        auto store = HazardStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains("more than one area") && store.error().contains("UA-KHE-0099"),
                 qPrintable(store.error()));
        auto viewer = HazardStore::open(path, HazardStore::kDefaultLayer, true); // viewing is fine
        QVERIFY(viewer.ok());
        QVERIFY(!viewer.value()->readByGuid(viewer.value()->readAll().value()[0].guid).ok());
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
