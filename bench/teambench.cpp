// Team workspace figures (issue 12): N clients × M concurrent edits through the real store code,
// each client its own thread and connection, with the totals checked; and the time to read every
// hazard area from PostGIS next to the same areas from a GeoPackage.
//   mineatlas-team-bench --pg-dir build/pgcluster [--clients 20] [--edits 50] [--load 200000]
// Start the cluster first: scripts/pg-cluster start build/pgcluster. Prints figures; asserts
// only on correctness (exit 1 when a total is wrong).

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <random>
#include <thread>
#include <tuple>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <gdal.h>

#include "data/vectorloader.h"
#include "hazard/hazardstore.h"

using namespace mineatlas::hazard;

namespace {

QString g_socket;

bool psql(const QString& db, const QString& sql, QString* out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-qtA"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                     QStringLiteral("-h"), g_socket, QStringLiteral("-U"), QStringLiteral("mineatlas"),
                                     QStringLiteral("-d"), db, QStringLiteral("-c"), sql});
    p.waitForFinished(-1);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "psql: %s\n", p.readAllStandardError().constData());
    return p.exitCode() == 0;
}

QString freshDatabase(const QString& name)
{
    psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (!psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 TEMPLATE postgis_template").arg(name)))
        return {};
    return QStringLiteral("PG:host=%1 port=5432 dbname=%2 user=mineatlas").arg(g_socket, name);
}

HazardArea square(const QString& id, double lon, double lat, double size)
{
    HazardArea a;
    a.localId = id;
    a.dateOfInformation = QDate(2026, 9, 30);
    a.reportedBy = QStringLiteral("Synthetic bench NGO");
    a.estimatedAreaM2 = a.remainingAreaM2 = 100000;
    a.polygons = {{{lon, lat, lon + size, lat, lon + size, lat + size, lon, lat + size, lon, lat}}};
    return a;
}

int concurrentEdits(int clients, int edits)
{
    const QString ds = freshDatabase(QStringLiteral("bench_team"));
    auto seed = HazardStore::create(ds);
    if (!seed) {
        std::fprintf(stderr, "%s\n", qPrintable(seed.error()));
        return 1;
    }
    constexpr int kShared = 10;
    std::vector<QString> shared, own;
    for (int i = 0; i < kShared; ++i) {
        HazardArea a = square(QStringLiteral("shared-%1").arg(i), 30 + i * 0.01, 48, 0.005);
        seed.value()->insert(a);
        shared.push_back(a.guid);
    }
    for (int i = 0; i < clients; ++i) {
        HazardArea a = square(QStringLiteral("own-%1").arg(i), 31 + i * 0.01, 48, 0.005);
        seed.value()->insert(a);
        own.push_back(a.guid);
    }
    seed.value().reset();
    std::atomic<int> conflicts{0}, failures{0};
    std::vector<int> sharedSaves(static_cast<std::size_t>(clients) * kShared, 0);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            auto store = HazardStore::open(ds);
            if (!store) {
                ++failures;
                return;
            }
            std::mt19937 random(static_cast<unsigned>(c));
            for (int e = 0; e < edits; ++e) {
                const bool onShared = e % 2 == 1;
                const int which = static_cast<int>(random() % kShared);
                const QString guid = onShared ? shared[static_cast<std::size_t>(which)] : own[static_cast<std::size_t>(c)];
                for (int attempt = 0;; ++attempt) {
                    auto read = store.value()->readByGuid(guid);
                    if (!read || !read.value()) {
                        ++failures;
                        break;
                    }
                    HazardArea a = *read.value();
                    a.remainingAreaM2 -= 1;
                    a.notes = QStringLiteral("client %1 edit %2").arg(c).arg(e);
                    if (store.value()->update(a)) {
                        if (onShared)
                            ++sharedSaves[static_cast<std::size_t>(c * kShared + which)];
                        break;
                    }
                    if (store.value()->lastConflicts().empty() || attempt > 1000) {
                        ++failures;
                        break;
                    }
                    ++conflicts;
                }
            }
        });
    for (auto& t : threads)
        t.join();
    const double seconds = timer.nsecsElapsed() / 1e9;
    // Check every total against what the clients did.
    auto store = HazardStore::open(ds);
    int wrong = failures.load();
    for (int c = 0; c < clients; ++c) {
        const HazardArea a = *store.value()->readByGuid(own[static_cast<std::size_t>(c)]).value();
        const int expected = (edits + 1) / 2;
        if (a.remainingAreaM2 != 100000 - expected || a.rowVersion != 1 + expected)
            ++wrong;
    }
    for (int s = 0; s < kShared; ++s) {
        int saves = 0;
        for (int c = 0; c < clients; ++c)
            saves += sharedSaves[static_cast<std::size_t>(c * kShared + s)];
        const HazardArea a = *store.value()->readByGuid(shared[static_cast<std::size_t>(s)]).value();
        if (a.remainingAreaM2 != 100000 - saves || a.rowVersion != 1 + saves)
            ++wrong;
    }
    QString rows, history;
    psql(QStringLiteral("bench_team"), QStringLiteral("SELECT count(*) FROM hazard_areas"), &rows);
    psql(QStringLiteral("bench_team"), QStringLiteral("SELECT count(*) FROM hazard_areas_history"), &history);
    if (rows.toInt() != kShared + clients || history.toInt() != clients * edits)
        ++wrong;
    std::printf("concurrent edits: %d clients x %d edits = %d saves in %.2f s (%.0f saves/s), %d conflicts "
                "detected and retried, rows %s, history %s, totals %s\n",
                clients, edits, clients * edits, seconds, clients * edits / seconds, conflicts.load(), qPrintable(rows),
                qPrintable(history), wrong ? "WRONG" : "exact");
    return wrong ? 1 : 0;
}

int loadComparison(int count)
{
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("load.gpkg"));
    {
        auto store = HazardStore::create(gpkg);
        ChangeSet changes;
        const int side = static_cast<int>(std::ceil(std::sqrt(count)));
        for (int i = 0; i < count; ++i)
            changes.inserts.push_back(square(QStringLiteral("L-%1").arg(i), 22 + (i % side) * 0.002,
                                             44 + (i / side) * 0.002, 0.0015));
        if (!store || !store.value()->apply(changes)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(gpkg));
            return 1;
        }
    }
    const QString ds = freshDatabase(QStringLiteral("bench_load"));
    {
        auto store = HazardStore::create(ds); // the schema, with its trigger and history table
        if (!store)
            return 1;
    }
    QProcess copy; // the same rows into the workspace (COPY, as a migration would)
    copy.start(QStringLiteral("ogr2ogr"), {QStringLiteral("-append"), QStringLiteral("-f"), QStringLiteral("PostgreSQL"), ds, gpkg,
                                           QStringLiteral("hazard_areas"), QStringLiteral("-nln"), QStringLiteral("hazard_areas"),
                                           QStringLiteral("--config"), QStringLiteral("PG_USE_COPY"), QStringLiteral("YES")});
    copy.waitForFinished(-1);
    if (copy.exitCode() != 0) {
        std::fprintf(stderr, "ogr2ogr: %s\n", copy.readAllStandardError().constData());
        return 1;
    }
    // Best of three rounds; each round reads the GeoPackage, then PostGIS as before (GDAL's default
    // cursor page, one connection), then as the app does now (configureGdal()'s cursor page, a big
    // layer split over two connections), so a shared machine's noise hits all three alike.
    const QByteArray appPage = CPLGetConfigOption("OGR_PG_CURSOR_PAGE", "500");
    auto readOnce = [](const QString& name, const QByteArray& page, bool split, int& rows) {
        if (!page.isEmpty())
            CPLSetConfigOption("OGR_PG_CURSOR_PAGE", page.constData());
        QElapsedTimer t;
        t.start();
        auto store = HazardStore::open(name, QString::fromLatin1(HazardStore::kDefaultLayer), true);
        if (store)
            store.value()->setSplitReads(split);
        auto all = store ? store.value()->readAll() : mineatlas::Result<std::vector<HazardArea>>(mineatlas::Error{store.error()});
        rows = all ? static_cast<int>(all->size()) : -1;
        return t.nsecsElapsed() / 1e9;
    };
    double gpkgBest = 1e9, pgBeforeBest = 1e9, pgAppBest = 1e9;
    int gpkgRows = 0, pgBeforeRows = 0, pgAppRows = 0;
    for (int round = 0; round < 3; ++round) {
        gpkgBest = std::min(gpkgBest, readOnce(gpkg, {}, false, gpkgRows));
        pgBeforeBest = std::min(pgBeforeBest, readOnce(ds, "500", false, pgBeforeRows));
        pgAppBest = std::min(pgAppBest, readOnce(ds, appPage, true, pgAppRows));
    }
    CPLSetConfigOption("OGR_PG_CURSOR_PAGE", appPage.constData());
    // Into the map: the layer as File > Open and Open hazard workspace load it (GDAL read, PROJ to
    // Web Mercator, store and index; no store cache), best of three, alternating.
    const auto mercator = mineatlas::geo::Crs::webMercator();
    double gpkgMapBest = 1e9, pgMapBest = 1e9;
    std::size_t gpkgFeatures = 0, pgFeatures = 0;
    for (int round = 0; round < 3; ++round)
        for (const auto& [name, best, features] :
             {std::tuple{gpkg, &gpkgMapBest, &gpkgFeatures}, std::tuple{ds, &pgMapBest, &pgFeatures}}) {
            QElapsedTimer t;
            t.start();
            auto layer = mineatlas::data::loadVectorLayer(name, QString::fromLatin1(HazardStore::kDefaultLayer), mercator);
            *best = std::min(*best, t.nsecsElapsed() / 1e9);
            *features = layer ? layer->store->size() : 0;
        }
    std::printf("into the map, best of 3: GeoPackage %.2f s (%zu features); PostGIS %.2f s (%zu features), ratio %.2f\n",
                gpkgMapBest, gpkgFeatures, pgMapBest, pgFeatures, pgMapBest / gpkgMapBest);
    std::printf("load %d areas, best of 3: GeoPackage %.2f s (%d rows); PostGIS one connection, cursor page 500 "
                "%.2f s (%d rows), ratio %.2f; PostGIS two connections, cursor page %s (the app's) %.2f s (%d rows), "
                "ratio %.2f\n",
                count, gpkgBest, gpkgRows, pgBeforeBest, pgBeforeRows, pgBeforeBest / gpkgBest, appPage.constData(),
                pgAppBest, pgAppRows, pgAppBest / gpkgBest);
    const bool allRows = gpkgRows == count && pgBeforeRows == count && pgAppRows == count &&
                         gpkgFeatures == std::size_t(count) && pgFeatures == std::size_t(count);
    return allRows ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    GDALAllRegister();
    mineatlas::data::configureGdal(); // as main() does

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("pg-dir"), QStringLiteral("the cluster directory (scripts/pg-cluster)"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("clients"), QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("edits per client"), QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("load"), QStringLiteral("areas to load (0: skip)"), QStringLiteral("n"), QStringLiteral("200000")});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(QStringLiteral("pg-dir"))) {
        std::fprintf(stderr, "--pg-dir is required (scripts/pg-cluster start DIR first)\n");
        return 2;
    }
    g_socket = QFileInfo(parser.value(QStringLiteral("pg-dir"))).absoluteFilePath() + QStringLiteral("/socket");
    int rc = concurrentEdits(parser.value(QStringLiteral("clients")).toInt(), parser.value(QStringLiteral("edits")).toInt());
    if (const int load = parser.value(QStringLiteral("load")).toInt(); load > 0)
        rc |= loadComparison(load);
    return rc;
}
