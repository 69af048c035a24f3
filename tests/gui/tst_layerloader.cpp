#include <QtTest>

#include <algorithm>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include "data/vectorloader.h"
#include "layerloader.h"
#include "project/project.h"

using namespace mineatlas;

/// Opening files into a project on a worker thread: layer choice, errors as signals, rasters,
/// and re-reading after the map CRS changes.
class TestLayerLoader : public QObject {
    Q_OBJECT
    static QString fixture(const QString& name) { return QStringLiteral(MINEATLAS_TEST_DATA "/") + name; }

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        data::configureGdal();
    }

    void opensChosenLayers()
    {
        project::Project project;
        gui::LayerLoader loader(project);
        QStringList offered;
        loader.setLayerChooser([&](const data::DatasetInfo& info) {
            for (const auto& l : info.layers)
                offered << l.name;
            return QStringList{"sites", "roads"};
        });
        QSignalSpy idle(&loader, &gui::LayerLoader::idle);
        loader.open(fixture("multi.gpkg"));
        QVERIFY(loader.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
        offered.sort();
        QCOMPARE(offered, QStringList({"areas", "roads", "sites"}));
        QCOMPARE(project.layerCount(), 2);
        QCOMPARE(project.layerAt(0)->name(), QStringLiteral("multi — sites"));
        QCOMPARE(project.layerAt(1)->name(), QStringLiteral("multi — roads"));
        QCOMPARE(project.layerAt(0)->store()->size(), std::size_t(3));
    }

    /// Progress reaches the GUI thread as whole percents that never go back, ending at the
    /// figure the worker reached, while the worker only stores it (see queuedFeedback).
    void progressReachesTheGuiThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("points.gpkg");
        {
            GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
                path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference wgs84;
            wgs84.SetWellKnownGeogCS("WGS84");
            OGRLayer* layer = ds->CreateLayer("points", &wgs84, wkbPoint, nullptr);
            QVERIFY(layer->StartTransaction() == OGRERR_NONE);
            for (int i = 0; i < 200000; ++i) {
                OGRFeature f(layer->GetLayerDefn());
                OGRPoint p(30 + (i % 1000) * 0.001, 50 + (i / 1000) * 0.001);
                f.SetGeometry(&p);
                QCOMPARE(layer->CreateFeature(&f), OGRERR_NONE);
            }
            QVERIFY(layer->CommitTransaction() == OGRERR_NONE);
        }
        project::Project project;
        gui::LayerLoader loader(project);
        QList<int> seen;
        bool onGuiThread = true;
        connect(&loader, &gui::LayerLoader::progressChanged, this, [&](int percent) {
            onGuiThread = onGuiThread && QThread::currentThread() == qApp->thread();
            seen << percent;
        });
        QSignalSpy idle(&loader, &gui::LayerLoader::idle);
        loader.open(path);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 60000);
        QCOMPARE(project.layerCount(), 1);
        // The last figure arrives within a tick of the relay (50 ms) after the worker let go.
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && seen.last() >= 90, 2000);
        QVERIFY(onGuiThread);
        seen.removeAll(-1); // the loader's own "not known yet" as each step starts
        QVERIFY2(std::is_sorted(seen.begin(), seen.end()), qPrintable(QDebug::toString(seen)));
        QVERIFY2(seen.first() >= 0 && seen.last() <= 100, qPrintable(QDebug::toString(seen)));
    }

    void badFileReportsErrorAndKeepsGoing()
    {
        project::Project project;
        gui::LayerLoader loader(project);
        QSignalSpy errors(&loader, &gui::LayerLoader::error);
        QSignalSpy idle(&loader, &gui::LayerLoader::idle);
        loader.open(fixture("truncated.geojson"));
        loader.open(fixture("areas.fgb"));
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().startsWith("truncated.geojson:"));
        QCOMPARE(project.layerCount(), 1);
    }

    void warnsAboutMissingCrs()
    {
        project::Project project;
        gui::LayerLoader loader(project);
        QSignalSpy warnings(&loader, &gui::LayerLoader::warning);
        QSignalSpy idle(&loader, &gui::LayerLoader::idle);
        loader.open(fixture("areas_nocrs.shp"));
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
        QCOMPARE(warnings.count(), 1);
        QVERIFY(warnings.first().first().toString().contains("assumed WGS 84"));
        QCOMPARE(project.layerAt(0)->warnings().size(), 1);
    }

    void crsChangeDuringLoadIsCaughtUp()
    {
        // The user switches the map CRS while a file is still loading: the layer must end up in
        // the new CRS, not stay where the old one put it.
        project::Project project;
        project.setCrs(geo::Crs::wgs84());
        gui::LayerLoader loader(project);
        QSignalSpy idle(&loader, &gui::LayerLoader::idle);
        loader.open(fixture("areas.geojson"), "areas"); // starts reading at once, in WGS 84
        QVERIFY(loader.isBusy());
        project.setCrs(geo::Crs::webMercator()); // before the worker has finished
        loader.reprojectAll();                   // nothing loaded yet, so nothing queued here
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
        QCOMPARE(project.layerCount(), 1);
        const double x335 = 6378137.0 * 33.5 * M_PI / 180;
        QVERIFY2(qAbs(project.layerAt(0)->extent().xMax - x335) < 0.01,
                 qPrintable(QString::number(project.layerAt(0)->extent().xMax)));
        QCOMPARE(project.layerAt(0)->dataCrs(), project.crs().definition());
        QCOMPARE(project.visibleSnapshots().size(), std::size_t(1));
        // A layer still in another CRS is not drawn (misplaced) but hidden until reprojected.
        project.layerAt(0)->setDataCrs(QStringLiteral("EPSG:4326"));
        QVERIFY(project.visibleSnapshots().empty());
        loader.reprojectAll();
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, 10000);
        QCOMPARE(project.visibleSnapshots().size(), std::size_t(1));
    }

    void rasterGoesToBottomAndReprojects()
    {
        project::Project project;
        project.setCrs(geo::Crs::wgs84());
        gui::LayerLoader loader(project);
        QSignalSpy idle(&loader, &gui::LayerLoader::idle);
        QStringList errors;
        connect(&loader, &gui::LayerLoader::error, this, [&](const QString& e) { errors << e; });
        loader.open(fixture("areas.geojson"));
        loader.open(fixture("raster.tif"));
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(project.layerCount(), 2);
        QCOMPARE(project.layerAt(1)->kind(), project::MapLayer::Kind::Raster);
        QCOMPARE(project.layerAt(1)->extent().xMax, 40.0);
        QCOMPARE(project.layerAt(0)->extent().xMax, 33.5);

        project.setCrs(geo::Crs::webMercator());
        loader.reprojectAll();
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, 10000);
        const double x335 = 6378137.0 * 33.5 * M_PI / 180, x40 = 6378137.0 * 40 * M_PI / 180;
        QVERIFY(qAbs(project.layerAt(0)->extent().xMax - x335) < 0.01);
        QVERIFY(qAbs(project.layerAt(1)->extent().xMax - x40) < 1.0);
    }
};

QTEST_MAIN(TestLayerLoader)
#include "tst_layerloader.moc"
