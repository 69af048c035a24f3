#include <QtTest>

#include <gdal.h>

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
