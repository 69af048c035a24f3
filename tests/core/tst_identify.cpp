#include <QtTest>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>
#include <gdal.h>
#include <ogrsf_frmts.h>

#include "data/vectorloader.h"
#include "geo/geodesy.h"
#include "project/identify.h"
#include "project/identifycontroller.h"
#include "project/project.h"

using namespace mineatlas;

namespace {
/// The ellipsoidal area of a feature computed here from what OGR reads, straight into
/// GeographicLib: independent of MineAtlas's readers, stores and transforms.
double referenceArea(const QString& path, GIntBig fid)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    OGRFeatureUniquePtr f(ds->GetLayer(0)->GetFeature(fid));
    const OGRGeometry* g = f->GetGeometryRef();
    std::vector<const OGRPolygon*> polygons;
    if (wkbFlatten(g->getGeometryType()) == wkbPolygon)
        polygons.push_back(g->toPolygon());
    else
        for (const OGRGeometry* part : *g->toMultiPolygon())
            polygons.push_back(part->toPolygon());
    double total = 0;
    for (const OGRPolygon* p : polygons) {
        bool exterior = true;
        for (const OGRLinearRing* ring : *p) {
            GeographicLib::PolygonArea area(GeographicLib::Geodesic::WGS84());
            for (int i = 0; i + 1 < ring->getNumPoints(); ++i)
                area.AddPoint(ring->getY(i), ring->getX(i));
            double perimeter = 0, a = 0;
            area.Compute(false, true, perimeter, a);
            total += (exterior ? 1 : -1) * std::abs(a);
            exterior = false;
        }
    }
    return total;
}

std::unique_ptr<project::MapLayer> loaded(const QString& path, const project::Project& project)
{
    auto data = data::loadVectorLayer(path, {}, project.crs());
    if (!data)
        qFatal("%s", qPrintable(data.error()));
    auto layer = std::make_unique<project::MapLayer>(project::MapLayer::Kind::Vector, QFileInfo(path).baseName(), path,
                                                     data->layerName);
    layer->setStore(data->store);
    return layer;
}
} // namespace

/// Identify finds the feature under a point, topmost layer first, and measures polygons on the
/// ellipsoid from their source geometry (read back by FID), whatever the map CRS does to the copy
/// it draws.
class TestIdentify : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void polygonWithHoleIsMeasuredAsStored()
    {
        project::Project project; // Web Mercator: areas on the map are far from true
        const QString path = QStringLiteral(MINEATLAS_TEST_DATA "/areas.geojson");
        project.addLayer(loaded(path, project));
        const auto map = project.coordinates().toMap({30.2, 50.2});
        QVERIFY(map);
        project::IdentifyController controller(project);
        QSignalSpy measured(&controller, &project::IdentifyController::measured);
        const auto results = controller.identify(*map, 1.0);
        QCOMPARE(results.size(), std::size_t(1));
        const auto& attrs = results[0].attributes;
        QCOMPARE(attrs[attrs.indexOf({"name", "Alpha"})].second.toString(), QStringLiteral("Alpha"));
        QVERIFY(results[0].fid >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, 10000);
        QCOMPARE(measured.at(0).at(0).toInt(), 0);
        QVERIFY2(measured.at(0).at(3).toString().isEmpty(), qPrintable(measured.at(0).at(3).toString()));
        // Alpha: 1°×1° at 50°N with a 0.2°×0.2° hole.
        const double expected = referenceArea(path, results[0].fid);
        QVERIFY(expected > 7e9 && expected < 8e9);
        QCOMPARE(measured.at(0).at(1).toString(), geo::formatArea(expected));
        QVERIFY(measured.at(0).at(1).toString().contains("ellipsoidal"));

        // The store keeps the parts and knows the hole as a hole.
        const data::FeatureStore& store = *project.layerAt(0)->store();
        const auto f = results[0].feature;
        QCOMPARE(store.partEnd(f) - store.partBegin(f), 1u);
        const auto part = store.partBegin(f);
        QCOMPARE(store.partRingEnd(part) - store.partRingBegin(part), 2u);
        QVERIFY(!store.isHole(store.partRingBegin(part)));
        QVERIFY(store.isHole(store.partRingBegin(part) + 1));
    }

    void measuresTheSourceNotTheClippedDisplayCopy()
    {
        // Antarctica reaches 85.6°S; Web Mercator draws only to 85.05°S, so the copy on the map
        // lacks the land around the pole. Identify must measure the file's polygon.
        project::Project project;
        const QString path = QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg");
        project.addLayer(loaded(path, project));
        const auto map = project.coordinates().toMap({0, -80});
        QVERIFY(map);
        project::IdentifyController controller(project);
        QSignalSpy measured(&controller, &project::IdentifyController::measured);
        const auto results = controller.identify(*map, 1.0);
        QCOMPARE(results.size(), std::size_t(1));
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, 10000);
        auto direct = project::measureSourceFeature(path, {}, results[0].fid);
        QVERIFY2(direct.ok(), qPrintable(direct.error()));
        const double expected = referenceArea(path, results[0].fid);
        QVERIFY2(std::abs(direct->areaM2 - expected) <= 1e-9 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(direct->areaM2).arg(expected)));
        QCOMPARE(measured.at(0).at(1).toString(), geo::formatArea(expected));
        QVERIFY(expected > 1.1e13 && expected < 1.5e13); // Antarctica: about 14 million km²
    }

    void measureNamesAMissingFeature()
    {
        auto m = project::measureSourceFeature(QStringLiteral(MINEATLAS_TEST_DATA "/areas.geojson"), {}, 999);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().startsWith("areas.geojson: feature 999"), qPrintable(m.error()));
    }
};

QTEST_GUILESS_MAIN(TestIdentify)
#include "tst_identify.moc"
