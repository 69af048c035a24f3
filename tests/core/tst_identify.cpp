#include <QtTest>

#include <gdal.h>

#include "data/vectorloader.h"
#include "geo/coordinatetransform.h"
#include "geo/geodesy.h"
#include "project/identify.h"
#include "project/project.h"

using namespace mineatlas;

/// Identify finds the feature under a point, topmost layer first, and reports polygon areas
/// measured on the ellipsoid, whatever the map CRS.
class TestIdentify : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void polygonAreaIsEllipsoidal()
    {
        project::Project project; // Web Mercator: areas on the map are far from true
        auto data =
            data::loadVectorLayer(QStringLiteral(MINEATLAS_TEST_DATA "/areas.geojson"), {}, project.crs());
        QVERIFY(data.ok());
        auto layer =
            std::make_unique<project::MapLayer>(project::MapLayer::Kind::Vector, "areas", "areas.geojson");
        layer->setStore(data->store);
        project.addLayer(std::move(layer));
        auto toLonLat = geo::CoordinateTransform::create(project.crs().definition(), "EPSG:4326");
        QVERIFY(toLonLat.ok());
        double x = 30.2, y = 50.2;
        auto toMap = geo::CoordinateTransform::create("EPSG:4326", project.crs().definition());
        QVERIFY(toMap->transform(x, y));
        const auto results = project::identifyAt(project, x, y, 1.0, &toLonLat.value());
        QCOMPARE(results.size(), std::size_t(1));
        const auto& attrs = results[0].attributes;
        QCOMPARE(attrs[attrs.indexOf({"name", "Alpha"})].second.toString(), QStringLiteral("Alpha"));
        // Alpha: 1°×1° at 50°N with a 0.2°×0.2° hole, measured by GeographicLib directly.
        const double outer = geo::polygonArea({{30, 50, 31, 50, 31, 51, 30, 51, 30, 50}}).areaM2;
        const double hole =
            geo::polygonArea({{30.4, 50.4, 30.6, 50.4, 30.6, 50.6, 30.4, 50.6, 30.4, 50.4}}).areaM2;
        QString area;
        for (const auto& [field, value] : attrs)
            if (field.startsWith("Area (ellipsoidal"))
                area = value.toString();
        QCOMPARE(area, geo::formatArea(outer - hole));
        QVERIFY(area.contains("ellipsoidal"));
    }
};

QTEST_GUILESS_MAIN(TestIdentify)
#include "tst_identify.moc"
