#include <QtTest>

#include <gdal.h>

#include "hazard/areahistory.h"
#include "hazard/hazardstore.h"
#include "hazard/teamworkspace.h"
#include "pgcluster.h"

using namespace mineatlas::hazard;
using mineatlas::test::PgCluster;

/// A team workspace in the private PostgreSQL + PostGIS cluster (issue 12): connection settings
/// without the password, the schema made and versioned by the app, every attribute through GDAL's
/// PG driver, the history table, and a clear message for each way the connection can fail.
class TestTeamWorkspace : public QObject {
    Q_OBJECT
    PgCluster m_pg;

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
        a.polygons = {{{32.60, 46.60, 32.62, 46.60, 32.62, 46.62, 32.60, 46.62, 32.60, 46.60},
                       {32.605, 46.605, 32.615, 46.605, 32.615, 46.615, 32.605, 46.615, 32.605, 46.605}},
                      {{32.70, 46.60, 32.71, 46.60, 32.71, 46.61, 32.70, 46.60}}};
        return a;
    }

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void connectionSettingsNeverHoldThePassword()
    {
        ConnectionSettings s;
        s.host = "db.example.org";
        s.port = 5433;
        s.database = "hazards";
        s.user = "o'neil";
        s.sslMode = "verify-full";
        s.password = "s3cret pass";
        const QString name = s.datasetName();
        QVERIFY(!name.contains("s3cret"));
        QVERIFY(s.openName().contains("s3cret"));
        QVERIFY(isTeamWorkspace(name));
        QVERIFY(!isTeamWorkspace("/data/hazards.gpkg"));
        const ConnectionSettings back = ConnectionSettings::fromDatasetName(name);
        QCOMPARE(back.host, s.host);
        QCOMPARE(back.port, 5433);
        QCOMPARE(back.database, s.database);
        QCOMPARE(back.user, s.user);
        QCOMPARE(back.sslMode, s.sslMode);
        QVERIFY(back.password.isEmpty());
    }

    void createsTheSchemaWhenAskedAndKeepsEveryAttribute()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("ws_schema"));
        const QString ds = m_pg.datasetName("ws_schema");
        WorkspaceProblem problem = WorkspaceProblem::None;
        auto missing = HazardStore::openWorkspace(ds, {}, HazardStore::kDefaultLayer, false, &problem);
        QVERIFY(!missing.ok());
        QCOMPARE(problem, WorkspaceProblem::NoTables);
        QVERIFY2(missing.error().contains("no hazard tables"), qPrintable(missing.error()));

        auto created = HazardStore::create(ds);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(created.value()->schemaVersion(), HazardStore::kSchemaVersion);
        QVERIFY(created.value()->isWorkspace());
        QCOMPARE(m_pg.psql("ws_schema", "SELECT version FROM mineatlas_schema WHERE layer_name = 'hazard_areas'"),
                 QString::number(HazardStore::kSchemaVersion));
        created.value().reset();

        auto store = HazardStore::open(ds);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->schemaVersion(), HazardStore::kSchemaVersion);
        QCOMPARE(store.value()->editor(), QString("mineatlas")); // the database user
        HazardArea a = sample();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        QVERIFY(store.value()->insert(a).ok());
        QCOMPARE(a.rowVersion, 1);
        auto back = store.value()->readByGuid(a.guid);
        QVERIFY(back.ok() && back.value());
        const HazardArea& b = *back.value();
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
        QCOMPARE(b.polygons, a.polygons);
        QCOMPARE(b.rowVersion, 1);
        QCOMPARE(b.lastEditor, QString("mineatlas"));
        QVERIFY2(b.editedAt >= before && b.editedAt <= QDateTime::currentDateTimeUtc().addSecs(2),
                 qPrintable(b.editedAt.toString(Qt::ISODate)));
        // The server holds it as PostGIS geometry, in WGS 84.
        QCOMPARE(m_pg.psql("ws_schema", "SELECT ST_SRID(geom) || ' ' || ST_NumGeometries(geom) FROM hazard_areas"),
                 QString("4326 2"));
    }

    void historyKeepsEveryVersionWithWhoWhenAndWhat()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("ws_history"));
        auto store = HazardStore::create(m_pg.datasetName("ws_history"));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        HazardArea a = sample();
        QVERIFY(store.value()->insert(a).ok());
        store.value()->setEditor("Planner A");
        a.notes = "fence repaired";
        QVERIFY(store.value()->update(a).ok());
        a = *store.value()->readByGuid(a.guid).value();
        QCOMPARE(a.rowVersion, 2);
        store.value()->setEditor("Planner B");
        a.status = Status::Closed;
        a.remainingAreaM2 = 0;
        QVERIFY(store.value()->update(a).ok());
        a = *store.value()->readByGuid(a.guid).value();
        QCOMPARE(a.rowVersion, 3);

        auto versions = store.value()->versions(a.guid);
        QVERIFY2(versions.ok(), qPrintable(versions.error()));
        QCOMPARE(versions->size(), std::size_t(3));
        const auto& v = versions.value();
        QCOMPARE(v[0].area.rowVersion, 1);
        QCOMPARE(v[0].area.notes, sample().notes);
        QCOMPARE(v[0].operation, QString("UPDATE"));
        QCOMPARE(v[0].replacedBy, QString("Planner A"));
        QCOMPARE(v[0].changedFields, QStringList{"notes"});
        QVERIFY(v[0].replacedAt.isValid());
        QCOMPARE(v[0].area.polygons, a.polygons);
        QCOMPARE(v[1].area.rowVersion, 2);
        QCOMPARE(v[1].area.lastEditor, QString("Planner A"));
        QCOMPARE(v[1].replacedBy, QString("Planner B"));
        QCOMPARE(v[1].changedFields, (QStringList{"remaining_area_m2", "status"}));
        QCOMPARE(v[2].operation, QString("CURRENT"));
        QCOMPARE(v[2].area.rowVersion, 3);
        QCOMPARE(v[2].area.status, Status::Closed);

        // A writer that knows nothing of row versions (psql, QGIS) still moves the version on and
        // leaves its history: MineAtlas clients see its change.
        QVERIFY(!m_pg.psql("ws_history", "UPDATE hazard_areas SET notes = 'by hand'").isNull());
        auto after = store.value()->readByGuid(a.guid);
        QCOMPARE(after.value()->rowVersion, 4);
        QVERIFY(!store.value()->update(a).ok()); // a was read at version 3
        QCOMPARE(store.value()->lastConflicts().size(), std::size_t(1));
        // Taking theirs keeps mine as a version not applied, whole (outline too), shown apart.
        const auto kept = store.value()->keepDiscarded(a, {"status", "geometry"});
        QVERIFY2(kept.ok() && kept.value(), qPrintable(kept.error()));
        auto withDiscarded = store.value()->versions(a.guid);
        QVERIFY(withDiscarded.ok());
        QCOMPARE(withDiscarded->size(), std::size_t(5));
        const AreaVersion& discarded = withDiscarded.value()[3];
        QCOMPARE(discarded.operation, QString("DISCARDED"));
        QCOMPARE(discarded.replacedBy, QString("Planner B"));
        QCOMPARE(discarded.changedFields, (QStringList{"status", "geom"}));
        QCOMPARE(discarded.area.status, Status::Closed);
        QCOMPARE(discarded.area.notes, a.notes);
        QCOMPARE(discarded.area.polygons, a.polygons);
        QCOMPARE(discarded.area.rowVersion, 3);
        QCOMPARE(AreaHistory::previousApplied(withDiscarded.value(), 4), &withDiscarded.value()[2]);
        QVERIFY2(AreaHistory::describe(discarded, nullptr).startsWith("Not applied: Planner B's version (from version 3)"),
                 qPrintable(AreaHistory::describe(discarded, nullptr)));
        // And it can be restored, as a new version.
        auto restored = AreaHistory::restore(*store.value(), discarded);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(m_pg.psql("ws_history", "SELECT notes || ' ' || status || ' ' || row_version FROM hazard_areas"),
                 QString("fence repaired closed 5"));

        QVERIFY(store.value()->remove(a.guid, 5).ok());
        QCOMPARE(m_pg.psql("ws_history", "SELECT string_agg(operation || ':' || row_version, ',' ORDER BY history_id) "
                                         "FROM hazard_areas_history"),
                 QString("UPDATE:1,UPDATE:2,UPDATE:3,DISCARDED:3,UPDATE:4,DELETE:5"));
    }

    void aBigLayerReadsTheSameOnTwoConnections()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("ws_split"));
        {
            auto store = HazardStore::create(m_pg.datasetName("ws_split"));
            QVERIFY2(store.ok(), qPrintable(store.error()));
        }
        // 25,000 synthetic squares (past the split threshold), made by the server.
        QVERIFY(!m_pg.psql("ws_split", "INSERT INTO hazard_areas (local_id, guid, reported_by, row_version, geom) "
                                       "SELECT 'S-' || i, md5(i::text), 'Synthetic', 1, ST_Multi(ST_MakeEnvelope("
                                       "20 + (i % 200) * 0.01, 40 + (i / 200) * 0.01, 20.005 + (i % 200) * 0.01, "
                                       "40.005 + (i / 200) * 0.01, 4326)) FROM generate_series(1, 25000) i; "
                                       "ANALYZE hazard_areas").isNull());
        auto store = HazardStore::open(m_pg.datasetName("ws_split"), HazardStore::kDefaultLayer, true);
        QVERIFY(store.ok());
        store.value()->setSplitReads(false);
        auto one = store.value()->readAll();
        store.value()->setSplitReads(true);
        auto two = store.value()->readAll();
        QVERIFY2(one.ok() && two.ok(), qPrintable(one.ok() ? two.error() : one.error()));
        QCOMPARE(two->size(), std::size_t(25000));
        QCOMPARE(two->size(), one->size());
        for (std::size_t i = 0; i < one->size(); ++i) {
            const HazardArea& a = one.value()[i];
            const HazardArea& b = two.value()[i];
            QVERIFY(a.fid == b.fid && a.guid == b.guid && a.localId == b.localId && a.polygons == b.polygons);
        }
        QCOMPARE(two->back().localId, QString("S-25000"));
    }

    void missingPostgisIsNamed()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("ws_nopostgis", false));
        WorkspaceProblem problem = WorkspaceProblem::None;
        auto store = HazardStore::openWorkspace(m_pg.datasetName("ws_nopostgis"), {}, HazardStore::kDefaultLayer, false,
                                                &problem);
        QVERIFY(!store.ok());
        QCOMPARE(problem, WorkspaceProblem::NoPostgis);
        QVERIFY2(store.error().contains("CREATE EXTENSION postgis") && store.error().contains("ws_nopostgis"),
                 qPrintable(store.error()));
        auto created = HazardStore::create(m_pg.datasetName("ws_nopostgis"));
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains("PostGIS"), qPrintable(created.error()));
    }

    void wrongPasswordAndUnreachableServerAreNamed()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("ws_auth"));
        const QString ds = m_pg.datasetName("ws_auth", "planner_pw");
        WorkspaceProblem problem = WorkspaceProblem::None;
        auto wrong = HazardStore::openWorkspace(ds, "wrong-password", HazardStore::kDefaultLayer, false, &problem);
        QVERIFY(!wrong.ok());
        QCOMPARE(problem, WorkspaceProblem::BadCredentials);
        QVERIFY2(wrong.error().contains("password") && !wrong.error().contains("wrong-password"), qPrintable(wrong.error()));
        // The right one gets in (and finds no tables yet).
        auto right = HazardStore::openWorkspace(ds, "right-password", HazardStore::kDefaultLayer, false, &problem);
        QVERIFY(!right.ok());
        QCOMPARE(problem, WorkspaceProblem::NoTables);

        const QString nowhere = QStringLiteral("PG:host=%1/no-server-here port=5432 dbname=x user=mineatlas")
                                    .arg(m_pg.socket());
        auto unreachable = HazardStore::openWorkspace(nowhere, {}, HazardStore::kDefaultLayer, false, &problem);
        QVERIFY(!unreachable.ok());
        QCOMPARE(problem, WorkspaceProblem::Unreachable);
        QVERIFY2(unreachable.error().contains("cannot be reached"), qPrintable(unreachable.error()));
    }

    void aDroppedConnectionIsReopenedBeforeTheSave()
    {
        MINEATLAS_REQUIRE_PG(m_pg);
        QVERIFY(m_pg.createDatabase("ws_lost"));
        auto store = HazardStore::create(m_pg.datasetName("ws_lost"));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        HazardArea a = sample();
        QVERIFY(store.value()->insert(a).ok());
        const qint64 pidBefore = store.value()->backendPid();
        // The server drops this client (as when it restarts or the network goes).
        QVERIFY(!m_pg.psql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = 'ws_lost' AND pid <> pg_backend_pid()")
                     .isNull());
        // The save checks the connection first and opens a new one: the edit lands, once.
        a.notes = "edited after the server dropped us";
        auto saved = store.value()->update(a);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(store.value()->backendPid() != pidBefore);
        QCOMPARE(store.value()->readByGuid(a.guid).value()->notes, a.notes);
        QCOMPARE(m_pg.psql("ws_lost", "SELECT count(*) FROM hazard_areas").trimmed(), QString("1"));
        // (A server that is gone altogether: tst_teamwindow stops its own cluster mid-edit.)
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
