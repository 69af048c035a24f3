#include <QtTest>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"
#include "feedback.h"
#include "hazard/areahistory.h"
#include "hazard/hazardstore.h"
#include "hazard/offlinesync.h"
#include "pgcluster.h"

using namespace mineatlas::hazard;
using mineatlas::test::PgCluster;

/// Offline and back (issue 12): a region of a workspace copied to a GeoPackage, edited there and in
/// the workspace, synced back under the conflict rules; and an area's history restored. Every result
/// is read back through GDAL from the database and the GeoPackage, not from the sync's own report.
class TestOfflineSync : public QObject {
    Q_OBJECT
    PgCluster m_pg;
    QTemporaryDir m_dir;

    static HazardArea area(const QString& id, double lon, double lat = 46.6)
    {
        HazardArea a;
        a.localId = id;
        a.reportedBy = "Illustrative NGO (synthetic record)";
        a.dateOfInformation = QDate(2026, 9, 30);
        a.notes = "first survey";
        a.estimatedAreaM2 = 1000;
        a.remainingAreaM2 = 1000;
        a.polygons = {{{lon, lat, lon + 0.01, lat, lon + 0.01, lat + 0.01, lon, lat + 0.01, lon, lat}}};
        return a;
    }

    /// A workspace with areas A..E near 32.6°E and F far away (outside the region taken offline).
    QString seed(const QString& db, QMap<QString, QString>& guids)
    {
        if (!m_pg.createDatabase(db))
            return {};
        const QString ds = m_pg.datasetName(db);
        auto store = HazardStore::create(ds);
        if (!store)
            return {};
        const QStringList ids{"A", "B", "C", "D", "E"};
        for (int i = 0; i < ids.size(); ++i) {
            HazardArea a = area(ids[i], 32.6 + 0.02 * i);
            if (!store.value()->insert(a))
                return {};
            guids[ids[i]] = a.guid;
        }
        HazardArea far = area("F", 20.0, 10.0);
        if (!store.value()->insert(far))
            return {};
        guids["F"] = far.guid;
        return ds;
    }

    /// Rows of the GeoPackage's hazard layer read with plain GDAL: local_id → notes.
    static QMap<QString, QString> gpkgNotes(const QString& path)
    {
        QMap<QString, QString> out;
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        if (!ds)
            return out;
        OGRLayer* l = ds->GetLayerByName("hazard_areas");
        for (auto& f : *l)
            out[QString::fromUtf8(f->GetFieldAsString("local_id"))] = QString::fromUtf8(f->GetFieldAsString("notes"));
        return out;
    }

    static QString gpkgScalar(const QString& path, const QByteArray& sql)
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        if (!ds)
            return {};
        OGRLayer* r = ds->ExecuteSQL(sql.constData(), nullptr, nullptr);
        if (!r)
            return {};
        OGRFeatureUniquePtr f(r->GetNextFeature());
        const QString v = f ? QString::fromUtf8(f->GetFieldAsString(0)) : QStringLiteral("<none>");
        ds->ReleaseResultSet(r);
        return v;
    }

    static const SyncEntry* entry(const SyncReport& r, const QString& guid)
    {
        for (const SyncEntry& e : r.entries)
            if (e.guid == guid)
                return &e;
        return nullptr;
    }

    static std::unique_ptr<HazardStore> open(const QString& path)
    {
        auto s = HazardStore::open(path);
        return s ? std::move(s.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(m_dir.isValid());
    }

    void takeOfflineCopiesTheRegionAndRecordsVersions()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QMap<QString, QString> g;
        const QString ws = seed("off_take", g);
        QVERIFY(!ws.isEmpty());
        const QString gpkg = m_dir.filePath("take.gpkg");
        OfflineRegion region{32.5, 46.5, 32.75, 46.7, "local_id <> 'E'"};
        auto taken = OfflineSync::takeOffline(ws, {}, HazardStore::kDefaultLayer, region, gpkg);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        QCOMPARE(taken.value(), 4); // A..D: F is outside, E filtered out
        QCOMPARE(gpkgNotes(gpkg).keys(), (QStringList{"A", "B", "C", "D"}));
        QCOMPARE(gpkgScalar(gpkg, "SELECT count(*) FROM mineatlas_offline WHERE workspace_version = 1"), QString("4"));
        QCOMPARE(gpkgScalar(gpkg, "SELECT workspace FROM mineatlas_offline_source"), ws);
        auto src = OfflineSync::source(gpkg);
        QVERIFY2(src.ok(), qPrintable(src.error()));
        QCOMPARE(src->layer, QString("hazard_areas"));
        // A second copy never overwrites a file.
        auto again = OfflineSync::takeOffline(ws, {}, HazardStore::kDefaultLayer, region, gpkg);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains("already exists"), qPrintable(again.error()));
        // A GeoPackage that is no offline copy is named and refused.
        auto plain = HazardStore::create(m_dir.filePath("plain.gpkg"));
        QVERIFY(plain.ok());
        plain.value().reset();
        auto notCopy = OfflineSync::syncBack(m_dir.filePath("plain.gpkg"), {});
        QVERIFY(!notCopy.ok());
        QVERIFY2(notCopy.error().contains("plain.gpkg") && notCopy.error().contains("not an offline copy"),
                 qPrintable(notCopy.error()));
    }

    void syncWithoutConflict()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QMap<QString, QString> g;
        const QString ws = seed("off_plain", g);
        QVERIFY(!ws.isEmpty());
        const QString gpkg = m_dir.filePath("plain-sync.gpkg");
        QVERIFY(OfflineSync::takeOffline(ws, {}, HazardStore::kDefaultLayer, {32.5, 46.5, 32.75, 46.7, {}}, gpkg).ok());
        {
            auto off = open(gpkg);
            QVERIFY(off);
            HazardArea a = *off->readByGuid(g["A"]).value();
            a.notes = "offline: fence found";
            a.polygons[0][0][0] = 32.599; // the outline moved too
            QVERIFY(off->update(a).ok());
        }
        {
            auto team = open(ws);
            QVERIFY(team);
            team->setEditor("anna");
            HazardArea b = *team->readByGuid(g["B"]).value();
            b.notes = "office: reclassified";
            QVERIFY(team->update(b).ok());
        }
        auto synced = OfflineSync::syncBack(gpkg, {});
        QVERIFY2(synced.ok(), qPrintable(synced.error()));
        const SyncReport& r = synced.value();
        QCOMPARE(entry(r, g["A"])->action, SyncAction::Uploaded);
        QCOMPARE(entry(r, g["B"])->action, SyncAction::Refreshed);
        QVERIFY2(entry(r, g["B"])->detail.contains("anna"), qPrintable(entry(r, g["B"])->detail));
        QCOMPARE(entry(r, g["C"])->action, SyncAction::Unchanged);
        QCOMPARE(r.count(SyncAction::Conflict), 0);
        QCOMPARE(int(r.entries.size()), 5); // A..E
        // The database has A's offline edit as version 2, with the old version in the history.
        QCOMPARE(m_pg.psql("off_plain", QStringLiteral("SELECT notes || '|' || row_version || '|' || round(ST_XMin(geom)::numeric, 3) "
                                                      "FROM hazard_areas WHERE guid = '%1'").arg(g["A"])),
                 QString("offline: fence found|2|32.599"));
        QCOMPARE(m_pg.psql("off_plain", QStringLiteral("SELECT count(*) FROM hazard_areas_history WHERE guid = '%1'").arg(g["A"])),
                 QString("1"));
        // The GeoPackage has B's workspace edit.
        QCOMPARE(gpkgNotes(gpkg)["B"], QString("office: reclassified"));
        QCOMPARE(gpkgScalar(gpkg, QStringLiteral("SELECT workspace_version FROM mineatlas_offline WHERE guid = '%1'").arg(g["B"]).toUtf8()),
                 QString("2"));
        // The CSV next to it says the same, area by area.
        QVERIFY(r.csvPath.startsWith(m_dir.path()));
        QFile csv(r.csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.startsWith("guid,local_id,action,detail\n"), qPrintable(text));
        QVERIFY2(text.contains(g["A"] + ",A,uploaded,"), qPrintable(text));
        QVERIFY2(text.contains(g["B"] + ",B,refreshed from the workspace,"), qPrintable(text));
        // A second sync finds nothing to do.
        auto second = OfflineSync::syncBack(gpkg, {});
        QVERIFY(second.ok());
        QCOMPARE(second->count(SyncAction::Unchanged), 5);
    }

    void conflictKeepsBothAndLetsTheUserChoose()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QMap<QString, QString> g;
        const QString ws = seed("off_conflict", g);
        QVERIFY(!ws.isEmpty());
        const QString gpkg = m_dir.filePath("conflict.gpkg");
        QVERIFY(OfflineSync::takeOffline(ws, {}, HazardStore::kDefaultLayer, {32.5, 46.5, 32.75, 46.7, {}}, gpkg).ok());
        {
            auto off = open(gpkg);
            QVERIFY(off);
            for (const char* id : {"A", "B"}) {
                HazardArea a = *off->readByGuid(g[id]).value();
                a.notes = QStringLiteral("offline %1").arg(id);
                QVERIFY(off->update(a).ok());
            }
            auto team = open(ws);
            QVERIFY(team);
            team->setEditor("boris");
            for (const char* id : {"A", "B"}) {
                HazardArea a = *team->readByGuid(g[id]).value();
                a.notes = QStringLiteral("office %1").arg(id);
                QVERIFY(team->update(a).ok());
            }
        }
        auto synced = OfflineSync::syncBack(gpkg, {});
        QVERIFY2(synced.ok(), qPrintable(synced.error()));
        for (const char* id : {"A", "B"}) {
            const SyncEntry* e = entry(synced.value(), g[id]);
            QCOMPARE(e->action, SyncAction::Conflict);
            QVERIFY(e->mine && e->theirs);
            QCOMPARE(e->mine->notes, QStringLiteral("offline %1").arg(id));
            QCOMPARE(e->theirs->notes, QStringLiteral("office %1").arg(id));
            QVERIFY2(e->detail.contains("boris"), qPrintable(e->detail));
        }
        // Nothing overwritten on either side.
        QCOMPARE(m_pg.psql("off_conflict", QStringLiteral("SELECT notes FROM hazard_areas WHERE guid = '%1'").arg(g["A"])),
                 QString("office A"));
        QCOMPARE(gpkgNotes(gpkg)["A"], QString("offline A"));

        // Keep mine for A: saved as version 3 over boris's version 2, which stays in the history.
        auto kept = OfflineSync::resolve(gpkg, {}, g["A"], ConflictChoice::KeepMine);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept->action, SyncAction::KeptMine);
        QCOMPARE(m_pg.psql("off_conflict", QStringLiteral("SELECT notes || '|' || row_version FROM hazard_areas WHERE guid = '%1'").arg(g["A"])),
                 QString("offline A|3"));
        QCOMPARE(m_pg.psql("off_conflict", QStringLiteral("SELECT string_agg(notes, ';' ORDER BY history_id) FROM hazard_areas_history "
                                                          "WHERE guid = '%1'").arg(g["A"])),
                 QString("first survey;office A"));
        // Take theirs for B: the offline copy follows the workspace.
        auto took = OfflineSync::resolve(gpkg, {}, g["B"], ConflictChoice::TakeTheirs);
        QVERIFY2(took.ok(), qPrintable(took.error()));
        QCOMPARE(took->action, SyncAction::TookTheirs);
        QCOMPARE(gpkgNotes(gpkg)["B"], QString("office B"));
        QCOMPARE(m_pg.psql("off_conflict", QStringLiteral("SELECT notes FROM hazard_areas WHERE guid = '%1'").arg(g["B"])),
                 QString("office B"));
        // The offline version B had is not lost: the workspace's history keeps it as not applied.
        QVERIFY2(took->detail.contains("kept in the area's history as not applied"), qPrintable(took->detail));
        QCOMPARE(m_pg.psql("off_conflict", QStringLiteral("SELECT operation || '|' || notes || '|' || changed_fields FROM "
                                                          "hazard_areas_history WHERE guid = '%1' ORDER BY history_id DESC LIMIT 1")
                                               .arg(g["B"])),
                 QString("DISCARDED|offline B|notes"));
        // Settled: the next sync sees both in step.
        auto again = OfflineSync::syncBack(gpkg, {});
        QVERIFY(again.ok());
        QCOMPARE(again->count(SyncAction::Conflict), 0);
        QCOMPARE(entry(again.value(), g["A"])->action, SyncAction::Unchanged);
        QCOMPARE(entry(again.value(), g["B"])->action, SyncAction::Unchanged);
    }

    void newAndDeletedAreas()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QMap<QString, QString> g;
        const QString ws = seed("off_newdel", g);
        QVERIFY(!ws.isEmpty());
        const QString gpkg = m_dir.filePath("newdel.gpkg");
        QVERIFY(OfflineSync::takeOffline(ws, {}, HazardStore::kDefaultLayer, {32.5, 46.5, 32.75, 46.7, {}}, gpkg).ok());
        QString fresh;
        {
            auto off = open(gpkg);
            QVERIFY(off);
            HazardArea n = area("N", 32.7, 46.65);
            n.notes = "found in the field";
            QVERIFY(off->insert(n).ok());
            fresh = n.guid;
            QVERIFY(off->remove(g["A"]).ok()); // deleted offline only: goes
            QVERIFY(off->remove(g["B"]).ok()); // deleted offline, changed in the workspace: conflict
            auto team = open(ws);
            QVERIFY(team);
            HazardArea b = *team->readByGuid(g["B"]).value();
            b.notes = "office B";
            QVERIFY(team->update(b).ok());
            QVERIFY(team->remove(g["C"]).ok()); // deleted in the workspace only: removed offline
            QVERIFY(team->remove(g["D"]).ok()); // deleted there, changed offline: conflict
            HazardArea d = *off->readByGuid(g["D"]).value();
            d.notes = "offline D";
            QVERIFY(off->update(d).ok());
        }
        auto synced = OfflineSync::syncBack(gpkg, {});
        QVERIFY2(synced.ok(), qPrintable(synced.error()));
        const SyncReport& r = synced.value();
        QCOMPARE(entry(r, fresh)->action, SyncAction::Inserted);
        QCOMPARE(entry(r, g["A"])->action, SyncAction::Deleted);
        QCOMPARE(entry(r, g["B"])->action, SyncAction::Conflict);
        QVERIFY(!entry(r, g["B"])->mine && entry(r, g["B"])->theirs);
        QCOMPARE(entry(r, g["C"])->action, SyncAction::RemovedOffline);
        QCOMPARE(entry(r, g["D"])->action, SyncAction::Conflict);
        QVERIFY(entry(r, g["D"])->mine && !entry(r, g["D"])->theirs);
        QCOMPARE(entry(r, g["E"])->action, SyncAction::Unchanged);
        // Read back: the workspace has N (same GUID) and no A; B is still office B; C and D gone.
        QCOMPARE(m_pg.psql("off_newdel", "SELECT string_agg(local_id, ',' ORDER BY local_id) FROM hazard_areas"),
                 QString("B,E,F,N"));
        QCOMPARE(m_pg.psql("off_newdel", QStringLiteral("SELECT notes FROM hazard_areas WHERE guid = '%1'").arg(fresh)),
                 QString("found in the field"));
        QCOMPARE(m_pg.psql("off_newdel", QStringLiteral("SELECT count(*) FROM hazard_areas_history WHERE guid = '%1' "
                                                        "AND operation = 'DELETE'").arg(g["A"])),
                 QString("1"));
        // The GeoPackage: C removed, D kept (mine), B absent (deleted offline, still in the workspace).
        QCOMPARE(gpkgNotes(gpkg).keys(), (QStringList{"D", "E", "N"}));
        // Keep mine for D (changed offline, deleted there): it comes back into the workspace.
        auto kept = OfflineSync::resolve(gpkg, {}, g["D"], ConflictChoice::KeepMine);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(m_pg.psql("off_newdel", QStringLiteral("SELECT notes FROM hazard_areas WHERE guid = '%1'").arg(g["D"])),
                 QString("offline D"));
        // Take theirs for B (deleted offline, changed there): it comes back offline.
        QVERIFY(OfflineSync::resolve(gpkg, {}, g["B"], ConflictChoice::TakeTheirs).ok());
        QCOMPARE(gpkgNotes(gpkg)["B"], QString("office B"));
        auto again = OfflineSync::syncBack(gpkg, {});
        QVERIFY(again.ok());
        QCOMPARE(again->count(SyncAction::Unchanged), int(again->entries.size()));
    }

    void cancelStopsBetweenAreas()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QMap<QString, QString> g;
        const QString ws = seed("off_cancel", g);
        QVERIFY(!ws.isEmpty());
        const QString gpkg = m_dir.filePath("cancel.gpkg");
        QVERIFY(OfflineSync::takeOffline(ws, {}, HazardStore::kDefaultLayer, {32.5, 46.5, 32.75, 46.7, {}}, gpkg).ok());
        mineatlas::Feedback feedback;
        feedback.cancel();
        auto synced = OfflineSync::syncBack(gpkg, {}, &feedback);
        QVERIFY(synced.ok());
        QVERIFY(synced->canceled);
        QCOMPARE(int(synced->entries.size()), 0);
        QVERIFY(synced->summary().contains("cancelled"));
    }

    void historyRestoresAnEarlierVersionAsANewOne()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QMap<QString, QString> g;
        const QString ws = seed("off_history", g);
        QVERIFY(!ws.isEmpty());
        auto team = open(ws);
        QVERIFY(team);
        team->setEditor("anna");
        HazardArea a = *team->readByGuid(g["A"]).value();
        a.notes = "second";
        QVERIFY(team->update(a).ok());
        team->setEditor("boris");
        a = *team->readByGuid(g["A"]).value();
        a.notes = "third";
        a.status = Status::WorkedOn;
        a.polygons[0][0][0] = 32.59;
        QVERIFY(team->update(a).ok());
        auto versions = AreaHistory::versions(*team, g["A"]);
        QVERIFY2(versions.ok(), qPrintable(versions.error()));
        QCOMPARE(int(versions->size()), 3);
        const auto& v = versions.value();
        QCOMPARE(v[1].area.lastEditor, QString("anna"));
        QCOMPARE(AreaHistory::changedFields(v[1], &v[0]), QStringList{"notes"});
        QCOMPARE(AreaHistory::changedFields(v[2], &v[1]), (QStringList{"outline", "notes", "status"}));
        QVERIFY2(AreaHistory::describe(v[2], &v[1]).contains("Version 3 by boris"), qPrintable(AreaHistory::describe(v[2], &v[1])));
        auto restored = AreaHistory::restore(*team, v[0]);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(restored->rowVersion, 4);
        QCOMPARE(m_pg.psql("off_history", QStringLiteral("SELECT notes || '|' || status || '|' || row_version || '|' || "
                                                         "round(ST_XMin(geom)::numeric, 2) FROM hazard_areas WHERE guid = '%1'")
                                              .arg(g["A"])),
                 QString("first survey|open|4|32.60"));
        QCOMPARE(m_pg.psql("off_history", QStringLiteral("SELECT count(*) FROM hazard_areas_history WHERE guid = '%1'").arg(g["A"])),
                 QString("3"));
    }
};

QTEST_GUILESS_MAIN(TestOfflineSync)
#include "tst_offlinesync.moc"
