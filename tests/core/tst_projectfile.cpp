#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <gdal.h>

#include "data/vectorloader.h"
#include "geo/crs.h"
#include "project/layerfactory.h"
#include "project/project.h"
#include "project/projectcontroller.h"
#include "project/projectfile.h"
#include "treaty/treatycontroller.h"
#include "treaty/treatystyle.h"

using namespace mineatlas;
using namespace mineatlas::project;

/// The .mineatlas format: a JSON round trip of every part, relative paths that survive moving the
/// project folder, versions and their errors, and the controller's modified flag, skipped layers
/// and recovery copy.
class TestProjectFile : public QObject {
    Q_OBJECT

    static void touch(const QString& path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }

    /// A document with every part set to something other than its default.
    static ProjectDocument fullDocument(const QString& dataDir)
    {
        ProjectDocument d;
        d.crs = QStringLiteral("EPSG:4326");
        d.view = {30.5, 45.25, 36.75, 49.125};
        d.viewSize = QSize(1011, 613);
        d.date = QDate(2024, 3, 1);
        d.highlighted = {QStringLiteral("UKR"), QStringLiteral("POL")};
        d.time = {QDate(2022, 2, 24), QDate(2025, 12, 31), QStringLiteral("month"), 2.5, true};
        exporting::LayoutSettings layout;
        layout.title = QStringLiteral("Weekly brief — Запоріжжя");
        layout.kind = exporting::LayoutSettings::Kind::Brief;
        layout.page = QPageSize::A3;
        layout.locator = true;
        d.layout = layout;
        ProjectLayer hazards;
        hazards.path = dataDir + QStringLiteral("/hazards.gpkg");
        hazards.sourceLayer = QStringLiteral("hazard_areas");
        hazards.name = QStringLiteral("Hazards");
        hazards.opacity = 0.625;
        render::VectorStyle style;
        style.base.fill = QColor(10, 20, 30, 128);
        style.base.hatch = Qt::FDiagPattern;
        style.categoryField = QStringLiteral("status");
        style.categories.push_back({QStringLiteral("CHA"), QStringLiteral("Confirmed"), render::Symbol{}});
        style.categories.back().symbol.fill = QColor(Qt::red);
        style.categories.back().symbol.strokeStyle = Qt::DashLine;
        style.labelField = QStringLiteral("local_id");
        style.rankScales = {{1000, 5e6}, {100000, 5e7}};
        style.requiredFields = {QStringLiteral("status")};
        hazards.style = style;
        hazards.temporal = time::TemporalSettings{QStringLiteral("status_date"), QStringLiteral("cleared"), 0,
                                                  time::TemporalMode::Active};
        ProjectLayer incidents;
        incidents.path = dataDir + QStringLiteral("/sub/incidents.gpkg");
        incidents.name = QStringLiteral("Incidents");
        incidents.visible = false;
        render::HeatmapStyle heat;
        heat.radius = 500;
        heat.radiusInMetres = true;
        heat.weightField = QStringLiteral("victims");
        incidents.heatmap = heat;
        ProjectLayer countries;
        countries.path = dataDir + QStringLiteral("/countries.gpkg");
        countries.name = QStringLiteral("Countries");
        countries.joinField = QStringLiteral("name");
        countries.treatyStyled = true;
        ProjectLayer scan;
        scan.path = dataDir + QStringLiteral("/scan.tif");
        scan.raster = true;
        scan.name = QStringLiteral("Scan");
        d.layers = {hazards, incidents, countries, scan};
        return d;
    }

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void roundTripKeepsEveryPart()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        for (const char* f : {"hazards.gpkg", "sub/incidents.gpkg", "countries.gpkg", "scan.tif"})
            touch(data + QLatin1Char('/') + QLatin1String(f));
        const ProjectDocument d = fullDocument(data);
        const QString path = dir.filePath(QStringLiteral("maps/weekly.mineatlas"));
        QVERIFY(saveProjectFile(d, path).ok());

        // In the file: relative paths and the version.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value("version").toInt(), 1);
        QCOMPARE(root.value("kind").toString(), QStringLiteral("mineatlas-project"));
        QCOMPARE(root.value("layers").toArray().at(1).toObject().value("path").toString(),
                 QStringLiteral("../data/sub/incidents.gpkg"));

        auto back = loadProjectFile(path);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        const ProjectDocument& r = back.value();
        QCOMPARE(r.crs, d.crs);
        QCOMPARE(r.view.xMin, d.view.xMin);
        QCOMPARE(r.view.yMax, d.view.yMax);
        QCOMPARE(r.viewSize, d.viewSize);
        QCOMPARE(r.date, d.date);
        QCOMPARE(r.highlighted, d.highlighted);
        QVERIFY(r.time == d.time);
        QVERIFY(r.layout.has_value());
        QCOMPARE(r.layout->title, d.layout->title);
        QCOMPARE(r.layout->page, QPageSize::A3);
        QVERIFY(r.layout->locator);
        QCOMPARE(r.layers.size(), std::size_t(4));
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(r.layers[i].path, QFileInfo(d.layers[i].path).absoluteFilePath());
            QCOMPARE(r.layers[i].name, d.layers[i].name);
            QCOMPARE(r.layers[i].visible, d.layers[i].visible);
            QCOMPARE(r.layers[i].opacity, d.layers[i].opacity);
            QCOMPARE(r.layers[i].raster, d.layers[i].raster);
            QCOMPARE(r.layers[i].joinField, d.layers[i].joinField);
            QCOMPARE(r.layers[i].treatyStyled, d.layers[i].treatyStyled);
        }
        QCOMPARE(r.layers[0].sourceLayer, QStringLiteral("hazard_areas"));
        const render::VectorStyle& s = *r.layers[0].style;
        QCOMPARE(s.base.fill, QColor(10, 20, 30, 128));
        QCOMPARE(s.base.hatch, Qt::FDiagPattern);
        QCOMPARE(s.categories.size(), std::size_t(1));
        QCOMPARE(s.categories[0].value.toString(), QStringLiteral("CHA"));
        QCOMPARE(s.categories[0].symbol.fill, QColor(Qt::red));
        QCOMPARE(s.categories[0].symbol.strokeStyle, Qt::DashLine);
        QVERIFY(s.categories[0].symbol == d.layers[0].style->categories[0].symbol);
        QVERIFY(s.base == d.layers[0].style->base);
        QVERIFY(s.incomplete == d.layers[0].style->incomplete);
        QVERIFY(s.rankScales == d.layers[0].style->rankScales);
        QCOMPARE(s.requiredFields, d.layers[0].style->requiredFields);
        QVERIFY(*r.layers[0].temporal == *d.layers[0].temporal);
        QVERIFY(!r.layers[1].style.has_value());
        QCOMPARE(r.layers[1].heatmap->radius, 500.0);
        QVERIFY(r.layers[1].heatmap->radiusInMetres);
        QCOMPARE(r.layers[1].heatmap->weightField, QStringLiteral("victims"));
        QCOMPARE(r.layers[1].heatmap->ramp, d.layers[1].heatmap->ramp);
        // Written again, the same bytes: nothing is lost or reordered on a second trip.
        QCOMPARE(projectToJson(r, path), projectToJson(d, path));
    }

    void relativePathsSurviveMovingTheFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("before"));
        touch(folder + QStringLiteral("/data/hazards.gpkg"));
        ProjectDocument d;
        d.layers.push_back({});
        d.layers[0].path = folder + QStringLiteral("/data/hazards.gpkg");
        QVERIFY(saveProjectFile(d, folder + QStringLiteral("/p.mineatlas")).ok());
        QVERIFY(QDir().rename(folder, dir.filePath(QStringLiteral("after"))));
        auto moved = loadProjectFile(dir.filePath(QStringLiteral("after/p.mineatlas")));
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QCOMPARE(moved->layers[0].path, dir.filePath(QStringLiteral("after/data/hazards.gpkg")));
        QVERIFY(QFileInfo::exists(moved->layers[0].path));
    }

    void absolutePathIsTheFallbackWhenOnlyTheProjectMoved()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("data/hazards.gpkg")));
        ProjectDocument d;
        d.layers.push_back({});
        d.layers[0].path = dir.filePath(QStringLiteral("data/hazards.gpkg"));
        QVERIFY(saveProjectFile(d, dir.filePath(QStringLiteral("p.mineatlas"))).ok());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("elsewhere/deeper"))));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("p.mineatlas")), dir.filePath(QStringLiteral("elsewhere/deeper/p.mineatlas"))));
        auto moved = loadProjectFile(dir.filePath(QStringLiteral("elsewhere/deeper/p.mineatlas")));
        QVERIFY(moved.ok());
        QCOMPARE(moved->layers[0].path, dir.filePath(QStringLiteral("data/hazards.gpkg")));
        // Neither exists: the relative resolution is kept, for the repair dialog.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("data/hazards.gpkg"))));
        moved = loadProjectFile(dir.filePath(QStringLiteral("elsewhere/deeper/p.mineatlas")));
        QVERIFY(moved.ok());
        QCOMPARE(moved->layers[0].path, dir.filePath(QStringLiteral("elsewhere/deeper/data/hazards.gpkg")));
    }

    void handWrittenVersion1Reads()
    {
        // As a person (or a script) would write one: only some keys, no absolute fallback.
        const QByteArray json = R"({"kind": "mineatlas-project", "version": 1,
            "map": {"crs": "EPSG:32636", "extent": [500000, 5100000, 520000, 5120000]},
            "time": {"date": "2023-06-30"},
            "layers": [{"path": "a.gpkg", "layer": "areas", "opacity": 7,
                        "join": {"table": "treaty", "field": "iso_a3", "colourBy": "contamination"}},
                       {"path": "/abs/b.tif", "type": "raster", "visible": false}]})";
        auto d = projectFromJson(json, QStringLiteral("/projects/x.mineatlas"));
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->crs, QStringLiteral("EPSG:32636"));
        QCOMPARE(d->view.width(), 20000.0);
        QVERIFY(!d->viewSize.isValid());
        QCOMPARE(d->date, QDate(2023, 6, 30));
        QCOMPARE(d->layers.size(), std::size_t(2));
        QCOMPARE(d->layers[0].path, QStringLiteral("/projects/a.gpkg"));
        QCOMPARE(d->layers[0].name, QStringLiteral("a"));
        QCOMPARE(d->layers[0].opacity, 1.0); // clamped
        QVERIFY(d->layers[0].contamination);
        QVERIFY(!d->layers[0].treatyStyled);
        QVERIFY(!d->layers[0].style.has_value());
        QCOMPARE(d->layers[1].path, QStringLiteral("/abs/b.tif"));
        QVERIFY(d->layers[1].raster);
        QVERIFY(!d->layers[1].visible);
    }

    void badDocumentsSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"kind\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("a layout template") << QByteArray(R"({"kind": "mineatlas-layout", "version": 1})")
                                           << QStringLiteral("is not a MineAtlas project");
        QTest::newRow("no version") << QByteArray(R"({"kind": "mineatlas-project"})") << QStringLiteral("\"version\"");
        QTest::newRow("version 1.5") << QByteArray(R"({"kind": "mineatlas-project", "version": 1.5})")
                                     << QStringLiteral("\"version\"");
        QTest::newRow("from a newer MineAtlas") << QByteArray(R"({"kind": "mineatlas-project", "version": 2})")
                                                << QStringLiteral("version 2 project; this MineAtlas reads up to version 1");
        QTest::newRow("bad date") << QByteArray(R"({"kind": "mineatlas-project", "version": 1, "time": {"date": "1 May"}})")
                                  << QStringLiteral("\"date\" must be a date");
        QTest::newRow("backwards extent")
            << QByteArray(R"({"kind": "mineatlas-project", "version": 1, "map": {"extent": [5, 0, 1, 1]}})")
            << QStringLiteral("map.extent");
        QTest::newRow("layer without path")
            << QByteArray(R"({"kind": "mineatlas-project", "version": 1, "layers": [{"name": "x"}]})")
            << QStringLiteral("layer 1 has no \"path\"");
    }

    void badDocumentsSayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto d = projectFromJson(json, QStringLiteral("/p/field.mineatlas"));
        QVERIFY(!d.ok());
        QVERIFY2(d.error().contains(QStringLiteral("field.mineatlas")), qPrintable(d.error()));
        QVERIFY2(d.error().contains(expected), qPrintable(d.error()));
    }

    void migrationLeavesTheCurrentVersionAlone()
    {
        const QJsonObject o{{"kind", "mineatlas-project"}, {"version", 1}, {"x", 3}};
        auto m = migrateProject(o, QStringLiteral("f"));
        QVERIFY(m.ok());
        QCOMPARE(m.value(), o);
    }

    void findFilesSearchesSubfolders()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("a/b/c/hazards.gpkg")));
        touch(dir.filePath(QStringLiteral("x/scan.tif")));
        touch(dir.filePath(QStringLiteral("x/Scan2.TIF")));
        const auto found = findFiles({QStringLiteral("hazards.gpkg"), QStringLiteral("scan.tif"), QStringLiteral("gone.shp")},
                                     dir.path());
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found.at(QStringLiteral("hazards.gpkg")), dir.filePath(QStringLiteral("a/b/c/hazards.gpkg")));
        QCOMPARE(found.at(QStringLiteral("scan.tif")), dir.filePath(QStringLiteral("x/scan.tif")));
    }

    void layersKeepStyleAndManualJoin()
    {
        // Real layers, loaded as the app loads them: a manual join on "name" (not the detected
        // iso_a3) and a changed style come back on a fresh load.
        const QString path = QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg");
        auto table = treaty::TreatyTable::loadBuiltIn();
        QVERIFY(table.ok());
        Project project;
        treaty::TreatyController treaty(project);
        treaty.setTable(table.value());
        auto load = [&] {
            auto data = data::loadVectorLayer(path, {}, project.crs());
            if (!data)
                qFatal("%s", qPrintable(data.error()));
            auto countries = detectCountries(*data->store, *table.value());
            return project.addLayer(makeVectorLayer(path, data.value(), 0, {table.value(), {}}, countries));
        };
        MapLayer* first = load();
        QVERIFY(first->treatyStyle());
        QVERIFY(treaty.joinLayer(first, QStringLiteral("name")).ok());
        render::VectorStyle style = first->style();
        style.base.fill = QColor(1, 2, 3);
        first->setStyle(style);
        first->setOpacity(0.5);
        first->setName(QStringLiteral("Borders"));
        const ProjectLayer saved = captureLayer(*first);
        QCOMPARE(saved.joinField, QStringLiteral("name"));
        QVERIFY(saved.treatyStyled);

        QTemporaryDir dir;
        ProjectDocument d;
        d.layers = {saved};
        QVERIFY(saveProjectFile(d, dir.filePath(QStringLiteral("p.mineatlas"))).ok());
        auto back = loadProjectFile(dir.filePath(QStringLiteral("p.mineatlas")));
        QVERIFY(back.ok());
        MapLayer* second = load();
        QCOMPARE(second->treatyStyle()->match().field, QStringLiteral("iso_a3"));
        const QStringList warnings = applyLayer(back->layers[0], *second, &treaty, nullptr);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        QCOMPARE(second->treatyStyle()->match().field, QStringLiteral("name"));
        QVERIFY(second->isTreatyStyled());
        QCOMPARE(second->style().base.fill, QColor(1, 2, 3));
        QCOMPARE(second->opacity(), 0.5);
        QCOMPARE(second->name(), QStringLiteral("Borders"));
        // A layer saved in its own style is not treaty-coloured after load either.
        ProjectLayer own = back->layers[0];
        own.joinField.clear();
        applyLayer(own, *second, &treaty, nullptr);
        QVERIFY(!second->isTreatyStyled());
    }

    void controllerTracksChangesSkippedLayersAndRecovery()
    {
        QTemporaryDir dir;
        Project project;
        ProjectController controller(project, dir.filePath(QStringLiteral("recovery")));
        QSignalSpy modified(&controller, &ProjectController::modifiedChanged);
        QVERIFY(!controller.isModified());
        QCOMPARE(controller.name(), QStringLiteral("Untitled"));
        project.addLayer(std::make_unique<MapLayer>(MapLayer::Kind::Vector, "a", dir.filePath("a.gpkg")));
        QVERIFY(controller.isModified());
        QCOMPARE(modified.count(), 1);
        // Autosave, a few seconds after the change.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(controller.recoveryPath()), ProjectController::kAutosaveDelayMs * 3);
        QCOMPARE(QFileInfo(controller.recoveryPath()).fileName(), QStringLiteral("Untitled.mineatlas"));
        auto recovered = controller.readRecovery(controller.recoveryPath());
        QVERIFY2(recovered.ok(), qPrintable(recovered.error()));
        QCOMPARE(recovered->first.layers.size(), std::size_t(1));
        QCOMPARE(recovered->first.layers[0].path, dir.filePath("a.gpkg"));
        QVERIFY(recovered->second.isEmpty());

        ProjectLayer skipped;
        skipped.path = dir.filePath(QStringLiteral("gone.gpkg"));
        skipped.name = QStringLiteral("Gone");
        controller.setSkipped({{0, skipped}});
        project.addLayer(std::make_unique<MapLayer>(MapLayer::Kind::Vector, "b", dir.filePath("b.gpkg")), 1);
        const QString path = dir.filePath(QStringLiteral("p.mineatlas"));
        QVERIFY(controller.save(path).ok());
        QVERIFY(!controller.isModified());
        QCOMPARE(controller.name(), QStringLiteral("p"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("recovery/Untitled.mineatlas"))));
        auto saved = loadProjectFile(path);
        QVERIFY(saved.ok());
        QCOMPARE(saved->layers.size(), std::size_t(3));
        QCOMPARE(saved->layers[0].name, QStringLiteral("Gone"));
        QCOMPARE(saved->layers[1].name, QStringLiteral("a"));
        QCOMPARE(saved->layers[2].name, QStringLiteral("b"));

        // While a project is being restored, nothing is the user's change.
        controller.setRestoring(true);
        project.removeLayer(0);
        QVERIFY(!controller.isModified());
        controller.setRestoring(false);
        project.setDate(QDate(2001, 1, 1));
        QVERIFY(controller.isModified());
        QVERIFY(controller.writeRecovery().ok());
        recovered = controller.readRecovery(dir.filePath(QStringLiteral("recovery/p.mineatlas")));
        QVERIFY(recovered.ok());
        QCOMPARE(recovered->second, path);
        QCOMPARE(controller.recoveryFiles(), QStringList()); // its own copy is not a leftover
        controller.removeRecovery();
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("recovery/p.mineatlas"))));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
