#include <QtTest>

#include <gdal.h>

#include "addpolygontool.h"
#include "hazard/editsession.h"
#include "layerloader.h"
#include "mapcanvas.h"
#include "project/project.h"
#include "project/snap.h"
#include "vertextool.h"
#include "geo/coordinatetransform.h"
#include "geo/geodesy.h"
#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

using namespace mineatlas;

/// Drawing a hazard area with real mouse and key events: the sketch is journaled as it grows,
/// Escape does not lose it, Enter saves a measured area to the GeoPackage, undo/redo round-trip
/// through the file, and a failed save keeps the sketch.
class TestEditSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<gui::LayerLoader> m_loader;
    std::unique_ptr<gui::MapCanvas> m_canvas;
    QString m_path;

    std::vector<hazard::HazardArea> storedAreas()
    {
        auto store = hazard::HazardStore::open(m_path, hazard::HazardStore::kDefaultLayer, true);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return store.value()->readAll().value();
    }

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.gpkg").arg(QTest::currentTestFunction()));
        QVERIFY(hazard::HazardStore::create(m_path).ok());
        m_project = std::make_unique<project::Project>();
        m_loader = std::make_unique<gui::LayerLoader>(*m_project);
        QSignalSpy idle(m_loader.get(), &gui::LayerLoader::idle);
        m_loader->open(m_path, hazard::HazardStore::kDefaultLayer);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
        QCOMPARE(m_project->layerCount(), 1);
        m_canvas = std::make_unique<gui::MapCanvas>(*m_project);
        m_canvas->resize(400, 300);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        // Around Kherson, a few km across.
        const double x = 6378137.0 * 32.6 * M_PI / 180,
                     y = 6378137.0 * std::log(std::tan(M_PI / 4 + 46.6 * M_PI / 360));
        m_canvas->setExtent({x - 4000, y - 3000, x + 4000, y + 3000});
    }
    void cleanup()
    {
        m_canvas.reset();
        m_loader.reset();
        m_project.reset();
    }

    void drawSaveUndoRedo()
    {
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0)).ok());
        gui::AddPolygonTool tool(m_canvas.get());
        bool asked = false;
        tool.setConfirmDiscard([&] {
            asked = true;
            return false; // the user answers "keep drawing"
        });
        m_canvas->setMapTool(&tool);
        connect(&tool, &gui::AddPolygonTool::sketchChanged, &editor, [&](const std::vector<QPointF>& v) { editor.journalSketch(v); });
        std::vector<QPointF> finishedWith;
        connect(&tool, &gui::AddPolygonTool::finished, this,
                [&](const std::vector<QPointF>& v) { finishedWith = v; });

        const QList<QPoint> clicks{{100, 100}, {300, 100}, {300, 220}, {100, 220}, {200, 260}};
        for (const QPoint& c : clicks)
            QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, c);
        QCOMPARE(tool.vertices().size(), std::size_t(5));
        // Backspace takes the last vertex back; the journal follows every step.
        QTest::keyClick(m_canvas.get(), Qt::Key_Backspace);
        QCOMPARE(tool.vertices().size(), std::size_t(4));
        auto journaled = editor.recoverSketch();
        QVERIFY(journaled.has_value());
        QCOMPARE(journaled->first.size(), std::size_t(4));
        QVERIFY(qAbs(journaled->first.at(2).x() - m_canvas->toMap(QPoint(300, 220)).x()) < 0.01);
        // A stray Escape asks and, told to keep it, keeps the sketch.
        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QVERIFY(asked);
        QCOMPARE(tool.vertices().size(), std::size_t(4));
        // Enter finishes; the editor saves it.
        QTest::keyClick(m_canvas.get(), Qt::Key_Return);
        QCOMPARE(finishedWith.size(), std::size_t(4));
        std::vector<hazard::ValidationIssue> warnings;
        auto saved = editor.addArea(finishedWith, &warnings);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        tool.clear();
        QVERIFY(!editor.recoverSketch().has_value()); // journal cleared once saved

        auto stored = storedAreas();
        QCOMPARE(stored.size(), std::size_t(1));
        const auto& ring = stored[0].polygons[0][0];
        QCOMPARE(ring.size(), std::size_t(10)); // 4 vertices + closing
        QVERIFY(qAbs(ring[0] - 32.6) < 0.05 && qAbs(ring[1] - 46.6) < 0.05);
        // The clicked corners through OGR to lon/lat, measured by GeographicLib here: the stored
        // estimate must agree within 0.1 %.
        GeographicLib::PolygonArea reference(GeographicLib::Geodesic::WGS84());
        OGRSpatialReference mercator, wgs84;
        mercator.importFromEPSG(3857);
        wgs84.importFromEPSG(4326);
        mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> toLonLatOgr(OGRCreateCoordinateTransformation(&mercator, &wgs84));
        for (const QPointF& p : finishedWith) {
            double x = p.x(), y = p.y();
            QVERIFY(toLonLatOgr->Transform(1, &x, &y));
            reference.AddPoint(y, x);
        }
        double perimeter = 0, expected = 0;
        reference.Compute(false, true, perimeter, expected);
        expected = std::abs(expected);
        QVERIFY2(std::abs(stored[0].estimatedAreaM2 - expected) < 0.001 * expected,
                 qPrintable(QStringLiteral("%1 vs %2 m²").arg(stored[0].estimatedAreaM2).arg(expected)));
        QCOMPARE(stored[0].remainingAreaM2, stored[0].estimatedAreaM2);

        QVERIFY(editor.undo().ok());
        QCOMPARE(storedAreas().size(), std::size_t(0));
        QVERIFY(editor.redo().ok());
        QCOMPARE(storedAreas().size(), std::size_t(1));
    }

    void snappingHitsABorderVertex()
    {
        // The borders under the hazard layer: a click 4 px from one of Ukraine's vertices lands on it.
        QSignalSpy idle(m_loader.get(), &gui::LayerLoader::idle);
        m_loader->open(QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-10m.gpkg"));
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 20000);
        // Borders open under the hazard layer already there.
        const project::MapLayer* borders = m_project->layerAt(m_project->layerCount() - 1);
        QVERIFY(borders->sourcePath().endsWith(QStringLiteral("countries-10m.gpkg")));
        QVERIFY(borders->store());
        const data::FeatureStore& s = *borders->store();
        const int name = s.fieldNames().indexOf("name");
        QPointF vertex;
        for (std::size_t f = 0; f < s.size() && vertex.isNull(); ++f)
            if (s.attribute(f, name).toString() == "Ukraine") {
                const auto v = s.ringStart()[s.ringBegin(f)] + 10;
                vertex = QPointF(s.vertex(v)[0], s.vertex(v)[1]);
            }
        QVERIFY(!vertex.isNull());
        m_canvas->setExtent(
            MapRect{vertex.x() - 4000, vertex.y() - 3000, vertex.x() + 4000, vertex.y() + 3000});
        gui::AddPolygonTool tool(m_canvas.get());
        tool.setSnapper([&](QPointF p, double tol) { return project::snapPoint(*m_project, p, tol); });
        m_canvas->setMapTool(&tool);
        const QPoint near = (m_canvas->toPixel(vertex) + QPointF(3, -2)).toPoint();
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, near);
        QVERIFY(tool.vertices().back() != vertex); // snapping off: where the mouse was
        tool.setSnapping(true);
        tool.setSnapTolerance(10);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, near + QPoint(0, 1));
        QCOMPARE(tool.vertices().back(), vertex); // exactly the border's vertex
    }

    void vertexEditingMovesInsertsAndDeletes()
    {
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0)).ok());
        connect(&editor, &hazard::EditSession::areasChanged, m_loader.get(), [this] { m_loader->reload(m_project->layerAt(0)); });
        const std::vector<QPointF> square{
            m_canvas->toMap(QPoint(100, 100)), m_canvas->toMap(QPoint(300, 100)),
            m_canvas->toMap(QPoint(300, 220)), m_canvas->toMap(QPoint(100, 220))};
        QVERIFY(editor.addArea(square).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_loader->isBusy() && m_project->layerAt(0)->store()->size() == 1, 10000);
        const double estimateBefore = storedAreas()[0].estimatedAreaM2;

        gui::VertexTool tool(m_canvas.get(), &editor);
        m_canvas->setMapTool(&tool);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(200, 160)); // inside: picks the area
        QVERIFY(tool.area().has_value());

        // Drag the first vertex 40 px left.
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 100));
        QMouseEvent move(QEvent::MouseMove, QPointF(60, 100), m_canvas->mapToGlobal(QPointF(60, 100)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_canvas.get(), &move);
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(60, 100));
        auto ring = storedAreas()[0].polygons[0][0];
        QCOMPARE(ring.size(), std::size_t(10));
        const QPointF moved = m_canvas->toMap(QPoint(60, 100));
        auto toLonLat = geo::CoordinateTransform::create(m_project->crs().definition(), "EPSG:4326");
        double lon = moved.x(), lat = moved.y();
        toLonLat->transform(lon, lat);
        QVERIFY(qAbs(ring[0] - lon) < 1e-7 && qAbs(ring[1] - lat) < 1e-7);
        QCOMPARE(ring[8], ring[0]);                                 // still closed
        QVERIFY(storedAreas()[0].estimatedAreaM2 > estimateBefore); // re-measured, bigger

        // Click on the middle of the bottom edge: a vertex is inserted there.
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(200, 220));
        QCOMPARE(storedAreas()[0].polygons[0][0].size(), std::size_t(12));
        // Delete it again.
        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QCOMPARE(storedAreas()[0].polygons[0][0].size(), std::size_t(10));
        // A change that would make the ring cross itself is refused and changes nothing.
        QSignalSpy refused(&tool, &gui::VertexTool::message);
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 100));
        QMouseEvent cross(QEvent::MouseMove, QPointF(120, 260), m_canvas->mapToGlobal(QPointF(120, 260)),
                          Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_canvas.get(), &cross);
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(120, 260));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(storedAreas()[0].polygons[0][0], ring);
        // Undo: delete, insert and move come back off one by one.
        QVERIFY(editor.undo().ok());
        QCOMPARE(storedAreas()[0].polygons[0][0].size(), std::size_t(12));
        QVERIFY(editor.undo().ok());
        QVERIFY(editor.undo().ok());
        QCOMPARE(storedAreas()[0].estimatedAreaM2, estimateBefore);
    }

    void holesSplitsAndMoves()
    {
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0)).ok());
        auto px = [&](int x, int y) { return m_canvas->toMap(QPoint(x, y)); };
        QVERIFY(editor.addArea({px(100, 100), px(300, 100), px(300, 220), px(100, 220)}).ok());
        const double whole = storedAreas()[0].estimatedAreaM2;

        // A hole: drawn inside, cut out.
        QVERIFY(editor.addHole({px(140, 140), px(180, 140), px(180, 180), px(140, 180)}).ok());
        auto a = storedAreas()[0];
        QCOMPARE(a.polygons.size(), std::size_t(1));
        QCOMPARE(a.polygons[0].size(), std::size_t(2));
        QVERIFY(a.estimatedAreaM2 < whole);
        const double withHole = a.estimatedAreaM2;
        QVERIFY(!editor.addHole({px(250, 200), px(350, 200), px(350, 260), px(250, 260)}).ok()); // not inside

        // Split off the right part: two areas, same total.
        auto part = editor.splitOff({px(250, 80), px(320, 80), px(320, 240), px(250, 240)});
        QVERIFY2(part.ok(), qPrintable(part.error()));
        auto both = storedAreas();
        QCOMPARE(both.size(), std::size_t(2));
        QVERIFY(qAbs(both[0].estimatedAreaM2 + both[1].estimatedAreaM2 - withHole) < withHole * 1e-6);
        QCOMPARE(both[0].classification, both[1].classification); // attributes carried over
        QVERIFY(both[0].guid != both[1].guid);

        // Undo the split (one step: one transaction), then the hole.
        QVERIFY(editor.undo().ok());
        QCOMPARE(storedAreas().size(), std::size_t(1));
        QVERIFY(qAbs(storedAreas()[0].estimatedAreaM2 - withHole) < 1);
        QVERIFY(editor.undo().ok());
        QCOMPARE(storedAreas()[0].polygons[0].size(), std::size_t(1));

        // Shift+drag inside the area moves all of it.
        connect(&editor, &hazard::EditSession::areasChanged, m_loader.get(), [this] { m_loader->reload(m_project->layerAt(0)); });
        m_loader->reload(m_project->layerAt(0));
        QTRY_VERIFY_WITH_TIMEOUT(!m_loader->isBusy() && m_project->layerAt(0)->store()->size() == 1, 10000);
        gui::VertexTool tool(m_canvas.get(), &editor);
        m_canvas->setMapTool(&tool);
        const double lonBefore = storedAreas()[0].polygons[0][0][0];
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(200, 160));
        QMouseEvent move(QEvent::MouseMove, QPointF(230, 160), m_canvas->mapToGlobal(QPointF(230, 160)),
                         Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        QCoreApplication::sendEvent(m_canvas.get(), &move);
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(230, 160));
        const double lonAfter = storedAreas()[0].polygons[0][0][0];
        QVERIFY2(lonAfter > lonBefore, qPrintable(QStringLiteral("%1 -> %2").arg(lonBefore).arg(lonAfter)));
    }

    void invalidSketchIsRefusedAndKept()
    {
        {
            // While drawing: the crossing is found and placed where the edges cross.
            hazard::EditSession checker(*m_project);
            QVERIFY(checker.start(m_project->layerAt(0)).ok());
            const auto issues =
                checker.checkSketch({m_canvas->toMap(QPoint(100, 100)), m_canvas->toMap(QPoint(300, 220)),
                                     m_canvas->toMap(QPoint(300, 100)), m_canvas->toMap(QPoint(100, 220))});
            QCOMPARE(issues.size(), std::size_t(1));
            QCOMPARE(issues[0].rule, QStringLiteral("self-intersection"));
            const QPointF at = m_canvas->toPixel(issues[0].where);
            QVERIFY2(qAbs(at.x() - 200) < 1 && qAbs(at.y() - 160) < 1,
                     qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
        }
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0)).ok());
        const std::vector<QPointF> bowTie{
            m_canvas->toMap(QPoint(100, 100)), m_canvas->toMap(QPoint(300, 220)),
            m_canvas->toMap(QPoint(300, 100)), m_canvas->toMap(QPoint(100, 220))};
        editor.journalSketch(bowTie);
        auto fid = editor.addArea(bowTie);
        QVERIFY(!fid.ok());
        QVERIFY2(fid.error().contains("cross"), qPrintable(fid.error()));
        QVERIFY(editor.recoverSketch().has_value()); // still journaled
        QCOMPARE(storedAreas().size(), std::size_t(0));
    }


    void undoIsKeyedByGuidAcrossDeleteAndReinsert()
    {
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0)).ok());
        auto px = [&](int x, int y) { return m_canvas->toMap(QPoint(x, y)); };
        auto a = editor.addArea({px(50, 50), px(120, 50), px(120, 120), px(50, 120)});
        auto b = editor.addArea({px(200, 50), px(280, 50), px(280, 120), px(200, 120)});
        QVERIFY(a.ok() && b.ok());
        QVERIFY(editor.deleteArea(a->guid).ok());
        QVERIFY(editor.undo().ok()); // A comes back: same GUID, a new feature id
        QVERIFY(editor.redo().ok()); // deletes A again, whatever its fid is now
        auto stored = storedAreas();
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].guid, b->guid); // B untouched
        QVERIFY(editor.undo().ok());
        // Edit A after all that: the right row changes.
        hazard::HazardArea edited = *editor.areaByGuid(a->guid);
        edited.localId = QStringLiteral("A-edited");
        edited.reportedBy = QStringLiteral("Illustrative NGO");
        QVERIFY(editor.updateAttributes(edited).ok());
        stored = storedAreas();
        QCOMPARE(stored.size(), std::size_t(2));
        for (const auto& area : stored)
            QCOMPARE(area.localId, area.guid == a->guid ? QStringLiteral("A-edited") : QString());
        // Undo the edit, the undelete: every attribute as it was, then gone; redo twice: back.
        QVERIFY(editor.undo().ok());
        QVERIFY(editor.undo().ok());
        QCOMPARE(storedAreas().size(), std::size_t(1));
        QVERIFY(editor.redo().ok());
        QVERIFY(editor.redo().ok());
        QCOMPARE(editor.areaByGuid(a->guid)->localId, QStringLiteral("A-edited"));
    }

    void failedUndoLeavesTheHistoryWhereItWas()
    {
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0)).ok());
        auto px = [&](int x, int y) { return m_canvas->toMap(QPoint(x, y)); };
        auto a = editor.addArea({px(50, 50), px(120, 50), px(120, 120), px(50, 120)});
        QVERIFY(a.ok());
        QCOMPARE(editor.historyIndex(), 1);
        {
            // Another program holds the file's write lock: the undo cannot be written.
            GDALDatasetUniquePtr other(GDALDataset::Open(m_path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            QCOMPARE(other->StartTransaction(), OGRERR_NONE);
            OGRLayer* layer = other->GetLayerByName(hazard::HazardStore::kDefaultLayer);
            OGRFeatureUniquePtr f(layer->GetNextFeature());
            QCOMPARE(layer->SetFeature(f.get()), OGRERR_NONE);
            auto undone = editor.undo();
            QVERIFY(!undone.ok());
            QVERIFY2(undone.error().contains("locked"), qPrintable(undone.error()));
            QCOMPARE(editor.historyIndex(), 1); // did not move
            other->RollbackTransaction();
        }
        QCOMPARE(storedAreas().size(), std::size_t(1));
        // Redo has nothing to redo: no second row with the same GUID can appear.
        QVERIFY(!editor.redo().ok());
        QVERIFY(editor.undo().ok());
        QVERIFY(editor.redo().ok());
        const auto stored = storedAreas();
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].guid, a->guid);
    }

    void newAreasFollowAMapCrsChange()
    {
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0)).ok()); // started in Web Mercator
        QVERIFY(m_project->setCrs(geo::Crs::fromUserString("EPSG:3035").value()).ok());
        // Vertices in LAEA Europe, where the user now clicks.
        auto toMap = geo::CoordinateTransform::create("EPSG:4326", "EPSG:3035");
        std::vector<QPointF> lonLat{{32.60, 46.60}, {32.64, 46.60}, {32.64, 46.63}, {32.60, 46.63}};
        std::vector<QPointF> map;
        for (QPointF p : lonLat) {
            double x = p.x(), y = p.y();
            QVERIFY(toMap->transform(x, y));
            map.emplace_back(x, y);
        }
        auto saved = editor.addArea(map);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        const auto ring = storedAreas()[0].polygons[0][0];
        for (std::size_t i = 0; i < lonLat.size(); ++i) {
            const double metres =
                geo::inverse(ring[2 * i], ring[2 * i + 1], lonLat[i].x(), lonLat[i].y()).distanceM;
            QVERIFY2(metres < 1, qPrintable(QStringLiteral("vertex %1 is %2 m off").arg(i).arg(metres)));
        }
        QVERIFY(m_project->setCrs(geo::Crs::webMercator()).ok());
    }

    void journalOfASavedSketchIsNotOfferedBack()
    {
        const QString journal = m_path + QStringLiteral(".sketch.json");
        auto px = [&](int x, int y) { return m_canvas->toMap(QPoint(x, y)); };
        const std::vector<QPointF> square{px(100, 100), px(200, 100), px(200, 200), px(100, 200)};
        QByteArray leftBehind;
        {
            hazard::EditSession editor(*m_project);
            QVERIFY(editor.start(m_project->layerAt(0)).ok());
            editor.journalSketch(square);
            QFile f(journal);
            QVERIFY(f.open(QIODevice::ReadOnly));
            leftBehind = f.readAll();
            QVERIFY(editor.addArea(square).ok());
            QVERIFY(!QFileInfo::exists(journal));
        }
        // A kill between the commit and the journal's removal leaves the journal behind.
        QFile f(journal);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(leftBehind);
        f.close();
        hazard::EditSession restarted(*m_project);
        QVERIFY(restarted.start(m_project->layerAt(0)).ok());
        QVERIFY(!restarted.recoverSketch().has_value()); // already in the file: offering it would duplicate it
        QVERIFY(!QFileInfo::exists(journal));
        QCOMPARE(storedAreas().size(), std::size_t(1));
    }

    void vertexHandlesFollowUndo()
    {
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0)).ok());
        connect(&editor, &hazard::EditSession::areasChanged, m_loader.get(), [this] { m_loader->reload(m_project->layerAt(0)); });
        auto px = [&](int x, int y) { return m_canvas->toMap(QPoint(x, y)); };
        QVERIFY(editor.addArea({px(100, 100), px(300, 100), px(300, 220), px(100, 220)}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_loader->isBusy() && m_project->layerAt(0)->store()->size() == 1, 10000);
        const auto before = storedAreas()[0].polygons;
        gui::VertexTool tool(m_canvas.get(), &editor);
        m_canvas->setMapTool(&tool);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(200, 160));
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 100));
        QMouseEvent move(QEvent::MouseMove, QPointF(60, 80), m_canvas->mapToGlobal(QPointF(60, 80)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_canvas.get(), &move);
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(60, 80));
        QVERIFY(tool.area()->polygons != before);
        QVERIFY(editor.undo().ok());
        QVERIFY(tool.area().has_value());
        QCOMPARE(tool.area()->polygons, before); // the handles show the file, not the undone drag
        QVERIFY(editor.undo().ok());             // and the area's creation
        QVERIFY(!tool.area().has_value());
    }

    void importFinishingAfterStopIsNoStepOfTheHistory()
    {
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0)).ok());
        QSignalSpy finished(&editor, &hazard::EditSession::importFinished);
        QVERIFY(editor.startImport(QStringLiteral(MINEATLAS_TEST_DATA "/areas.kml"), {}).ok());
        editor.stop(); // the layer went away while the worker reads
        QVERIFY(finished.wait(10000) || finished.count() == 1);
        QCOMPARE(editor.historySize(), 0);
        QVERIFY(!editor.canUndo());
        QVERIFY(!editor.undo().ok()); // and no crash
    }

    void aHoleSketchComesBackAsAHole()
    {
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0)).ok());
        auto px = [&](int x, int y) { return m_canvas->toMap(QPoint(x, y)); };
        editor.journalSketch({px(10, 10), px(50, 10), px(50, 50)}, hazard::SketchPurpose::Hole);
        hazard::EditSession restarted(*m_project);
        QVERIFY(restarted.start(m_project->layerAt(0)).ok());
        auto sketch = restarted.recoverSketch();
        QVERIFY(sketch.has_value());
        QCOMPARE(sketch->second, hazard::SketchPurpose::Hole);
        QCOMPARE(sketch->first.size(), std::size_t(3));
    }

    void failedWriteKeepsTheSketch()
    {
        hazard::EditSession editor(*m_project);
        QVERIFY(editor.start(m_project->layerAt(0), /*readOnly=*/true).ok());
        const std::vector<QPointF> square{
            m_canvas->toMap(QPoint(100, 100)), m_canvas->toMap(QPoint(200, 100)),
            m_canvas->toMap(QPoint(200, 200)), m_canvas->toMap(QPoint(100, 200))};
        editor.journalSketch(square);
        auto fid = editor.addArea(square);
        QVERIFY(!fid.ok());
        QVERIFY2(fid.error().startsWith(QFileInfo(m_path).fileName()), qPrintable(fid.error()));
        QVERIFY(editor.recoverSketch().has_value());
        QCOMPARE(editor.historySize(), 0);
    }
};

QTEST_MAIN(TestEditSession)
#include "tst_editsession.moc"
