#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <gdal.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include "attributetable.h"
#include "data/vectorloader.h"
#include "hazard/exchange.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "messagebar.h"
#include "project/attributetablemodel.h"
#include "project/featureselection.h"
#include "project/layerlistmodel.h"
#include "project/project.h"
#include "scripteddialogs.h"
#include "windowtest.h"
#include "selectionoverlay.h"
#include "tableactions.h"

using namespace mineatlas;

namespace {

QAction* action(QWidget& window, const char* name)
{
    auto* a = window.findChild<QAction*>(QString::fromLatin1(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

/// One feature of a file as GDAL reads it: its FID, local id, outer ring and a point inside it,
/// all in Web Mercator through OGR (not MineAtlas's own transforms).
struct GdalFeature {
    std::int64_t fid = -1;
    QString localId;
    QPolygonF ring;  ///< map coordinates (EPSG:3857)
    QPointF inside;  ///< map coordinates
    double area = 0; ///< of the envelope, map units²
};

std::vector<GdalFeature> readByGdal(const QString& path)
{
    std::vector<GdalFeature> out;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!ds)
        qFatal("GDAL cannot open %s", qPrintable(path));
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    for (auto& f : ds->GetLayer(0)) {
        std::unique_ptr<OGRGeometry> g(f->GetGeometryRef()->clone());
        g->transformTo(&mercator);
        const OGRPolygon* poly = wkbFlatten(g->getGeometryType()) == wkbMultiPolygon
                                     ? g->toMultiPolygon()->getGeometryRef(0)
                                     : g->toPolygon();
        GdalFeature gf;
        gf.fid = f->GetFID();
        gf.localId = QString::fromUtf8(f->GetFieldAsString("local_id"));
        for (const OGRPoint& p : *poly->getExteriorRing())
            gf.ring << QPointF(p.getX(), p.getY());
        // A point well inside: the centroid when it is, else the grid point furthest in.
        OGRPoint centroid;
        poly->Centroid(&centroid);
        gf.inside = {centroid.getX(), centroid.getY()};
        if (!gf.ring.containsPoint(gf.inside, Qt::OddEvenFill)) {
            const QRectF b = gf.ring.boundingRect();
            for (int i = 1; i < 20 && !gf.ring.containsPoint(gf.inside, Qt::OddEvenFill); ++i)
                for (int j = 1; j < 20; ++j)
                    if (const QPointF p(b.left() + b.width() * i / 20, b.top() + b.height() * j / 20);
                        gf.ring.containsPoint(p, Qt::OddEvenFill)) {
                        gf.inside = p;
                        break;
                    }
        }
        OGREnvelope e;
        g->getEnvelope(&e);
        gf.area = (e.MaxX - e.MinX) * (e.MaxY - e.MinY);
        out.push_back(gf);
    }
    std::sort(out.begin(), out.end(),
              [](const GdalFeature& a, const GdalFeature& b) { return a.area > b.area; });
    return out;
}

int featureCountByGdal(const QString& path)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    return ds ? static_cast<int>(ds->GetLayer(0)->GetFeatureCount()) : -1;
}

QStringList localIdsByGdal(const QString& path)
{
    QStringList ids;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    for (auto& f : ds->GetLayer(0))
        ids << QString::fromUtf8(f->GetFieldAsString("local_id"));
    ids.sort();
    return ids;
}

} // namespace

/// The attribute table through the real window: menu action, clicks on the table's rows and on
/// the map, the highlight read from the canvas's pixels, the export read back through GDAL.
class TestTableWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs* m_dialogs = nullptr;
    QString m_hazards;
    std::vector<GdalFeature> m_features; ///< largest first

    void waitForRender() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->canvas()->isRendering(), 30000); }
    gui::AttributeTable* table() const { return m_window->tableActions().table(); }
    project::MapLayer* layer() const { return m_window->project().layerAt(0); }
    /// Opens the table of the hazard layer as a user does: select it in the Layers panel, F6's action.
    void openTable()
    {
        m_window->layerPanel()->view()->setCurrentIndex(m_window->layerPanel()->model()->index(0));
        action(*m_window, "actionAttributeTable")->trigger();
        QVERIFY(m_window->tableActions().dock()->isVisible());
        QCOMPARE(table()->layer(), layer());
        QTRY_VERIFY(table()->view()->viewport()->isVisible());
    }
    int rowOfFid(std::int64_t fid) const
    {
        const auto* model = table()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->headerData(r, Qt::Vertical).toLongLong() == fid)
                return r;
        return -1;
    }
    void clickRow(int row, Qt::KeyboardModifiers mods = {})
    {
        QTableView* view = table()->view();
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, view->visualRect(index).center());
    }
    std::int64_t fidOf(std::uint32_t feature) const { return layer()->store()->fid(feature); }
    QPoint pixelOf(QPointF map) const { return m_window->canvas()->toPixel(map).toPoint(); }

private Q_SLOTS:
    void initTestCase()
    {
        windowtest::useNewUserHome(m_home);
    }

    void init()
    {
        QSettings().clear();
        // The sample's own name (the layer panel and the screenshot show it), a folder per test.
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(folder));
        m_hazards = folder + QStringLiteral("/hazards-illustrative.gpkg");
        QVERIFY(QFile::copy(QStringLiteral(MINEATLAS_SAMPLE_DATA "/hazards-illustrative.gpkg"), m_hazards));
        QFile::setPermissions(m_hazards, QFile::ReadOwner | QFile::WriteOwner);
        m_features = readByGdal(m_hazards);
        QVERIFY(m_features.size() >= 4);
        m_window = windowtest::showNewWindow(m_dialogs);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy idle(m_window->loader(), &gui::LayerLoader::idle);
        m_window->openPaths({m_hazards});
        QVERIFY(idle.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isBusy(), 30000);
        QCOMPARE(m_window->project().layerCount(), 1);
        QCOMPARE(m_window->project().crs().definition(), QStringLiteral("EPSG:3857"));
    }
    void cleanup()
    {
        m_window.reset();
        m_dialogs = nullptr;
    }

    void opensTheTableOfEveryFeatureAndSortsOnAHeaderClick()
    {
        openTable();
        const int n = featureCountByGdal(m_hazards);
        QCOMPARE(table()->model()->rowCount(), n);
        QCOMPARE(table()->statusText(), QStringLiteral("%1 features, %1 shown, 0 selected").arg(n));
        // Every FID of the file is a row header.
        for (const GdalFeature& f : m_features)
            QVERIFY2(rowOfFid(f.fid) >= 0, qPrintable(QString::number(f.fid)));
        // A click on the estimated_area_m2 header sorts by it as numbers.
        const int column = layer()->store()->fieldNames().indexOf(QStringLiteral("estimated_area_m2"));
        QVERIFY(column >= 0);
        QHeaderView* header = table()->view()->horizontalHeader();
        table()->view()->scrollTo(table()->model()->index(0, column));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                 header->height() / 2));
        QCOMPARE(table()->model()->sortColumn(), column);
        double previous = -1;
        for (int r = 0; r < table()->model()->rowCount(); ++r) {
            const QVariant v = table()->model()->data(table()->model()->index(r, column));
            if (v.isNull())
                continue;
            QVERIFY2(v.toDouble() >= previous, qPrintable(QStringLiteral("row %1").arg(r)));
            previous = v.toDouble();
        }
        // The filter box narrows the rows to the features GDAL finds with that id.
        QTest::keyClicks(table()->filterEdit(), m_features[0].localId);
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->headerData(0, Qt::Vertical).toLongLong(), m_features[0].fid);
    }

    void aClickedRowIsHighlightedOnTheMapAndADoubleClickZoomsToIt()
    {
        openTable();
        gui::MapCanvas* canvas = m_window->canvas();
        const GdalFeature& target = m_features[0]; // the largest: most pixels to look at
        const QRectF around = target.ring.boundingRect();
        canvas->zoomToRect(MapRect{around.left(), around.top(), around.right(), around.bottom()}.buffered(
            std::max(around.width(), around.height())));
        waitForRender();
        QTest::qWait(50);
        const QImage before = canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);

        const int row = rowOfFid(target.fid);
        QVERIFY(row >= 0);
        clickRow(row);
        QCOMPARE(layer()->selection().size(), 1u);
        QCOMPARE(fidOf(layer()->selection().front()), target.fid);
        QTRY_COMPARE(table()->statusText().section(QLatin1Char(','), 2).trimmed(),
                     QStringLiteral("1 selected"));
        QTest::qWait(50);
        const QImage after = canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_TABLE_MAP"))
            after.save(qEnvironmentVariable("MINEATLAS_SHOT_TABLE_MAP"));
        QCOMPARE(after.size(), before.size());

        // Inside the feature's polygon (as GDAL reads it), the pixels turned towards yellow.
        QPolygonF pixels;
        for (const QPointF& p : target.ring)
            pixels << canvas->toPixel(p);
        const QRect box = pixels.boundingRect().toAlignedRect();
        QVERIFY2(box.width() >= 10 && box.height() >= 10, "the feature is too small on screen to test");
        int inside = 0, yellower = 0, outlinePixels = 0, changedOutside = 0;
        const QColor highlight = gui::SelectionOverlay::colour();
        for (int y = 0; y < after.height(); ++y)
            for (int x = 0; x < after.width(); ++x) {
                const QColor a = after.pixelColor(x, y), b = before.pixelColor(x, y);
                if (!box.adjusted(-4, -4, 4, 4).contains(x, y)) {
                    changedOutside += a != b;
                    continue;
                }
                outlinePixels += a == highlight;
                // Away from the edge, so that antialiasing is not counted either way.
                if (!pixels.containsPoint(QPointF(x + 0.5, y + 0.5), Qt::OddEvenFill) ||
                    !pixels.containsPoint(QPointF(x + 3.5, y + 0.5), Qt::OddEvenFill) ||
                    !pixels.containsPoint(QPointF(x - 2.5, y + 0.5), Qt::OddEvenFill) ||
                    !pixels.containsPoint(QPointF(x + 0.5, y + 3.5), Qt::OddEvenFill) ||
                    !pixels.containsPoint(QPointF(x + 0.5, y - 2.5), Qt::OddEvenFill))
                    continue;
                ++inside;
                yellower += a.green() - b.green() >= 30 && a.red() >= b.red() && a.blue() <= b.blue();
            }
        QVERIFY2(inside > 30, qPrintable(QString::number(inside)));
        QVERIFY2(yellower >= inside * 95 / 100,
                 qPrintable(QStringLiteral("%1 of %2").arg(yellower).arg(inside)));
        QVERIFY2(outlinePixels > 20, qPrintable(QString::number(outlinePixels)));
        QCOMPARE(changedOutside, 0); // only that feature is highlighted

        // Double-click: the map fits the feature.
        const QModelIndex index = table()->model()->index(rowOfFid(target.fid), 0);
        QTest::mouseDClick(table()->view()->viewport(), Qt::LeftButton, {},
                           table()->view()->visualRect(index).center());
        waitForRender();
        const MapRect view = canvas->extent();
        const QRectF bounds = target.ring.boundingRect();
        QVERIFY(view.contains(bounds.left(), bounds.top()) && view.contains(bounds.right(), bounds.bottom()));
        const double fill = std::max(bounds.width() / view.width(), bounds.height() / view.height());
        QVERIFY2(fill > 0.85 && fill <= 1.0, qPrintable(QString::number(fill)));

        // Zoom to selection (Ctrl+J) after zooming out does the same.
        canvas->zoomToRect(layer()->extent());
        waitForRender();
        QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(canvas->extent(), view);
    }

    void aClickOnTheMapSelectsTheRow()
    {
        openTable();
        gui::MapCanvas* canvas = m_window->canvas();
        canvas->zoomToRect(layer()->extent());
        waitForRender();
        action(*m_window, "actionSelectFeatures")->trigger();
        const GdalFeature& first = m_features[1];
        const GdalFeature& second = m_features[2];
        QTest::mouseClick(canvas, Qt::LeftButton, {}, pixelOf(first.inside));
        QModelIndexList rows = table()->view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(table()->model()->headerData(rows[0].row(), Qt::Vertical).toLongLong(), first.fid);
        // Ctrl+click adds another; the first stays.
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::ControlModifier, pixelOf(second.inside));
        rows = table()->view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 2);
        QList<qlonglong> fids;
        for (const QModelIndex& r : rows)
            fids << table()->model()->headerData(r.row(), Qt::Vertical).toLongLong();
        std::sort(fids.begin(), fids.end());
        QCOMPARE(fids, (QList<qlonglong>{std::min(first.fid, second.fid), std::max(first.fid, second.fid)}));
        // Ctrl+click on a selected one takes it out again.
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::ControlModifier, pixelOf(first.inside));
        rows = table()->view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(table()->model()->headerData(rows[0].row(), Qt::Vertical).toLongLong(), second.fid);
        // A box around the whole layer selects every feature.
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(2, 2));
        QMouseEvent move(QEvent::MouseMove, QPointF(canvas->width() - 3, canvas->height() - 3),
                         canvas->mapToGlobal(QPointF(canvas->width() - 3, canvas->height() - 3)),
                         Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(canvas->width() - 3, canvas->height() - 3));
        QCOMPARE(table()->view()->selectionModel()->selectedRows().size(), featureCountByGdal(m_hazards));
        // A click where there is no feature clears it; Esc goes back to panning.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(3, canvas->height() / 2));
        QVERIFY(layer()->selection().empty());
        QVERIFY(table()->view()->selectionModel()->selectedRows().isEmpty());
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(action(*m_window, "actionPan")->isChecked());
        QVERIFY(!action(*m_window, "actionSelectFeatures")->isChecked());
    }

    void exportWritesOnlyTheSelection()
    {
        openTable();
        std::vector<std::int64_t> chosen = {m_features[0].fid, m_features[2].fid, m_features[3].fid};
        clickRow(rowOfFid(chosen[0]));
        clickRow(rowOfFid(chosen[1]), Qt::ControlModifier);
        clickRow(rowOfFid(chosen[2]), Qt::ControlModifier);
        QCOMPARE(layer()->selection().size(), 3u);
        // Filtering the table hides rows, not the selection.
        QTest::keyClicks(table()->filterEdit(), m_features[0].localId);
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(layer()->selection().size(), 3u);
        table()->filterEdit()->clear();
        QCOMPARE(table()->view()->selectionModel()->selectedRows().size(), 3);
        const QString out = m_dir.filePath(QStringLiteral("selected.geojson"));
        m_dialogs->saveAnswers.push_back({out, QStringLiteral("GeoJSON (*.geojson)")});
        action(*m_window, "actionExportHazards")->trigger();
        QVERIFY2(
            m_dialogs->log.contains(QStringLiteral("save: Export the 3 selected hazard area(s) in %1")
                                        .arg(QFileInfo(m_hazards).absolutePath() + "/hazards-illustrative")),
            qPrintable(m_dialogs->log.join('\n')));
        QCOMPARE(featureCountByGdal(out), 3);
        QStringList expected;
        for (const GdalFeature& f : m_features)
            if (std::find(chosen.begin(), chosen.end(), f.fid) != chosen.end())
                expected << f.localId;
        expected.sort();
        QCOMPARE(localIdsByGdal(out), expected);
        // Cleared, the whole layer goes out again.
        QTest::mouseClick(table()->clearButton(), Qt::LeftButton);
        QVERIFY(layer()->selection().empty());
        const QString all = m_dir.filePath(QStringLiteral("all.geojson"));
        m_dialogs->saveAnswers.push_back({all, QStringLiteral("GeoJSON (*.geojson)")});
        action(*m_window, "actionExportHazards")->trigger();
        QCOMPARE(featureCountByGdal(all), featureCountByGdal(m_hazards));
        if (!qEnvironmentVariableIsEmpty("MINEATLAS_SHOT_TABLE")) {
            clickRow(rowOfFid(m_features[0].fid));
            clickRow(rowOfFid(m_features[1].fid), Qt::ControlModifier);
            const MapRect selected = project::boundsOf(*layer()->store(), layer()->selection());
            m_window->canvas()->zoomToRect(selected.buffered(selected.width() * 0.8));
            m_window->messages()->clear(QStringLiteral("export"));
            waitForRender();
            QTest::qWait(300);
            m_window->grab().save(qEnvironmentVariable("MINEATLAS_SHOT_TABLE"));
        }
    }
};

QTEST_MAIN(TestTableWindow)
#include "tst_tablewindow.moc"
