#include <algorithm>
#include <cmath>

#include <QtTest>

#include <gdal.h>
#include <ogrsf_frmts.h>

#include "data/vectorloader.h"

using namespace mineatlas;

namespace {
/// Vertex `v`'s x (axis 0) or y (axis 1) as the store keeps it, against the file's value: within the
/// store's precision, which for a lon/lat map is 1 mm on the ground (about 9e-9 degrees).
bool atFile(const data::FeatureStore& s, std::uint32_t v, int axis, double expected)
{
    const double got = s.vertex(v)[static_cast<std::size_t>(axis)];
    const double allowed = data::kStorePrecisionMetres / 111319.49079327357;
    if (std::abs(s.precision() - allowed) > 1e-15 || std::abs(got - expected) > allowed) {
        qWarning("vertex %u axis %d: %.12f, file %.12f, precision %g", v, axis, got, expected, s.precision());
        return false;
    }
    return true;
}
} // namespace

/// Opening every supported format through GDAL, reading back attributes and coordinates, CRS
/// handling and the errors bad files must give. Fixtures: tests/data/README.md.
class TestVectorLoader : public QObject {
    Q_OBJECT
    geo::Crs m_lonLat;

    static QString fixture(const QString& name) { return QStringLiteral(MINEATLAS_TEST_DATA "/") + name; }

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        data::configureGdal();
        m_lonLat = geo::Crs::wgs84();
    }

    void readsFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("nameField");
        QTest::newRow("GeoPackage layer areas") << "multi.gpkg"
                                                << "areas"
                                                << "name";
        QTest::newRow("Shapefile") << "areas.shp"
                                   << ""
                                   << "name";
        QTest::newRow("GeoJSON") << "areas.geojson"
                                 << ""
                                 << "name";
        QTest::newRow("TopoJSON") << "areas.topojson"
                                  << ""
                                  << "name";
        QTest::newRow("KML") << "areas.kml"
                             << ""
                             << "Name";
        QTest::newRow("FlatGeobuf") << "areas.fgb"
                                    << ""
                                    << "name";
        QTest::newRow("GML") << "areas.gml"
                             << ""
                             << "name";
        QTest::newRow("GeoPackage in UTM 36N") << "areas_utm36n.gpkg"
                                               << ""
                                               << "name";
    }
    void readsFormats()
    {
        QFETCH(QString, file);
        QFETCH(QString, layer);
        QFETCH(QString, nameField);
        auto result = data::loadVectorLayer(fixture(file), layer, m_lonLat);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const data::FeatureStore& store = *result->store;
        QCOMPARE(store.size(), std::size_t(2));
        const int nameColumn = store.fieldNames().indexOf(nameField);
        QVERIFY2(nameColumn >= 0, qPrintable(store.fieldNames().join(',')));
        QCOMPARE(store.attribute(0, nameColumn).toString(), QStringLiteral("Alpha"));
        QCOMPARE(store.attribute(1, nameColumn).toString(), QStringLiteral("Bravo"));
        QCOMPARE(store.kind(0), data::GeometryKind::Polygon);
        // Alpha: outer ring and hole; Bravo: two parts.
        QCOMPARE(store.ringEnd(0) - store.ringBegin(0), 2u);
        QCOMPARE(store.ringEnd(1) - store.ringBegin(1), 2u);
        const MapRect& a = store.bounds(0);
        QVERIFY(qAbs(a.xMin - 30) < 1e-6 && qAbs(a.yMin - 50) < 1e-6);
        QVERIFY(qAbs(a.xMax - 31) < 1e-6 && qAbs(a.yMax - 51) < 1e-6);
        const MapRect& e = store.extent();
        QVERIFY(qAbs(e.xMax - 33.5) < 1e-6 && qAbs(e.yMax - 51) < 1e-6);
        // The hole is there, at (30.4..30.6, 50.4..50.6): the point inside it is not in Alpha.
        QVERIFY(store.identify(30.5, 50.5, 0).empty());
        QCOMPARE(store.identify(30.2, 50.2, 0), std::vector<std::uint32_t>{0});
        QCOMPARE(store.identify(33.25, 50.25, 0), std::vector<std::uint32_t>{1});
    }

    void readsNumericAttributes()
    {
        auto result = data::loadVectorLayer(fixture("areas.geojson"), {}, m_lonLat);
        QVERIFY(result.ok());
        const int value = result->store->fieldNames().indexOf("value");
        QCOMPARE(result->store->attribute(0, value).toDouble(), 12.5);
        QCOMPARE(result->store->attribute(1, value).toDouble(), 7.0);
    }

    void listsGeoPackageLayers()
    {
        auto info = data::inspectDataset(fixture("multi.gpkg"));
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QStringList names;
        for (const auto& l : info->layers)
            names << l.name;
        names.sort();
        QCOMPARE(names, QStringList({"areas", "roads", "sites"}));
        QVERIFY(!info->isRaster);
        auto roads = data::loadVectorLayer(fixture("multi.gpkg"), "roads", m_lonLat);
        QVERIFY(roads.ok());
        QCOMPARE(roads->store->kind(0), data::GeometryKind::Line);
        QCOMPARE(roads->store->vertexCount(), std::size_t(3));
        QVERIFY(atFile(*roads->store, 1, 0, 30.5));
        QVERIFY(atFile(*roads->store, 1, 1, 50.25));
    }

    void readsCsv_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("WKT column") << "sites_wkt.csv";
        QTest::newRow("lon/lat columns") << "sites_lonlat.csv";
    }
    void readsCsv()
    {
        QFETCH(QString, file);
        auto result = data::loadVectorLayer(fixture(file), {}, m_lonLat);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const data::FeatureStore& s = *result->store;
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(s.kind(1), data::GeometryKind::Point);
        QCOMPARE(s.attribute(1, s.fieldNames().indexOf("name")).toString(), QStringLiteral("P2"));
        QVERIFY(atFile(s, 1, 0, -73.9857));
        QVERIFY(atFile(s, 1, 1, 40.7484));
        // Geometry columns are not repeated as attributes.
        QVERIFY(!s.fieldNames().contains("wkt"));
    }

    /// Two columns named like a longitude: GDAL places the points by the last ("lon", not the
    /// easting in "x"), both stay readable as attributes, and the user is told which was used.
    void csvWithTwoLongitudeColumns()
    {
        auto result = data::loadVectorLayer(fixture("bad/two-longitudes.csv"), {}, m_lonLat);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const data::FeatureStore& s = *result->store;
        QCOMPARE(s.size(), std::size_t(2));
        QVERIFY(atFile(s, 0, 0, 30.5));
        QVERIFY(atFile(s, 0, 1, 50.4));
        QVERIFY(atFile(s, 1, 0, 31.5));
        QCOMPARE(s.attribute(1, s.fieldNames().indexOf("x")).toDouble(), 571000.0);
        QVERIFY(std::any_of(result->warnings.begin(), result->warnings.end(), [](const QString& w) {
            return w.startsWith("two-longitudes.csv: 2 columns could hold the longitude (x): x, lon") &&
                   w.contains("\"lon\"");
        }));
        // The same with two latitude columns ("y", a northing, and "lat"): placed by "lat".
        auto lat = data::loadVectorLayer(fixture("bad/two-latitudes.csv"), {}, m_lonLat);
        QVERIFY2(lat.ok(), qPrintable(lat.error()));
        QCOMPARE(lat->store->size(), std::size_t(2));
        QVERIFY(atFile(*lat->store, 0, 0, 30.5));
        QVERIFY(atFile(*lat->store, 0, 1, 50.4));
        QVERIFY(atFile(*lat->store, 1, 1, 50.5));
    }

    /// A CRS whose datum PROJ does not know (a bare Bessel ellipsoid) can only be placed by
    /// ignoring the datum shift: the layer opens and says so. Pulkovo 1942, on the same ellipsoid
    /// but a datum PROJ has transformations for, opens without that warning.
    void unknownDatumIsNamed_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<bool>("warned");
        QTest::newRow("Bessel ellipsoid, no datum") << "+proj=longlat +ellps=bessel +no_defs" << true;
        QTest::newRow("Pulkovo 1942 (EPSG:4284)") << "EPSG:4284" << false;
        QTest::newRow("UTM 36N (EPSG:32636)") << "EPSG:32636" << false;
    }
    void unknownDatumIsNamed()
    {
        QFETCH(QString, crs);
        QFETCH(bool, warned);
        QTemporaryDir dir;
        const QString path = dir.filePath("datum.gpkg");
        {
            GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
                path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference srs;
            QCOMPARE(srs.SetFromUserInput(crs.toUtf8().constData()), OGRERR_NONE);
            srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            OGRLayer* layer = ds->CreateLayer("datum", &srs, wkbPoint, nullptr);
            OGRFeature f(layer->GetLayerDefn());
            OGRPoint p = srs.IsGeographic() ? OGRPoint(30.5, 50.4) : OGRPoint(500000, 5580000);
            f.SetGeometry(&p);
            QCOMPARE(layer->CreateFeature(&f), OGRERR_NONE);
        }
        auto result = data::loadVectorLayer(path, {}, m_lonLat);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->store->size(), std::size_t(1));
        const bool named = std::any_of(result->warnings.begin(), result->warnings.end(), [](const QString& w) {
            return w.startsWith("datum.gpkg: PROJ knows no datum transformation");
        });
        QVERIFY2(named == warned, qPrintable(result->warnings.join('\n')));
    }

    void transformsToWebMercator()
    {
        // lon 30, lat 50 in Web Mercator (spherical formulas, R = 6378137).
        auto result = data::loadVectorLayer(fixture("areas_utm36n.gpkg"), {}, geo::Crs::webMercator());
        QVERIFY(result.ok());
        const MapRect& a = result->store->bounds(0);
        const double x = 6378137.0 * 30 * M_PI / 180;
        const double y = 6378137.0 * std::log(std::tan(M_PI / 4 + 50 * M_PI / 360));
        QVERIFY2(qAbs(a.xMin - x) < 0.01, qPrintable(QString::number(a.xMin, 'f', 3)));
        QVERIFY2(qAbs(a.yMin - y) < 0.01, qPrintable(QString::number(a.yMin, 'f', 3)));
        QVERIFY(result->warnings.isEmpty());
    }

    void fileWithoutCrsIsAssumedWgs84WithWarning()
    {
        auto result = data::loadVectorLayer(fixture("areas_nocrs.shp"), {}, m_lonLat);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY(result->warnings.first().contains("areas_nocrs.shp"));
        QVERIFY(result->warnings.first().contains("assumed WGS 84"));
        QVERIFY(qAbs(result->store->bounds(0).xMin - 30) < 1e-9);
    }

    void badFilesGiveErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty GeoJSON") << "empty.geojson"
                                       << "empty";
        QTest::newRow("empty GeoPackage") << "empty.gpkg"
                                          << "empty";
        QTest::newRow("truncated GeoJSON") << "truncated.geojson"
                                           << "Failed to read GeoJSON";
        QTest::newRow("truncated GeoPackage") << "truncated.gpkg"
                                              << "malformed";
        QTest::newRow("junk .gpkg") << "junk.gpkg"
                                    << "not recognized";
        QTest::newRow("junk .shp") << "junk.shp"
                                   << "not recognized";
        QTest::newRow("missing .shx") << "missing_shx.shp"
                                      << "missing_shx.shx";
        QTest::newRow("missing .dbf") << "missing_dbf.shp"
                                      << "missing_dbf.dbf";
        QTest::newRow("no such file") << "does-not-exist.gpkg"
                                      << "not found";
    }
    void badFilesGiveErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto result = data::loadVectorLayer(fixture(file), {}, m_lonLat);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().startsWith(file + ":"), qPrintable(result.error()));
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        auto info = data::inspectDataset(fixture(file));
        if (file != "missing_dbf.shp") {
            QVERIFY(!info.ok());
            QVERIFY2(info.error().startsWith(file + ":"), qPrintable(info.error()));
        }
    }

    void unknownLayerNameIsAnError()
    {
        auto result = data::loadVectorLayer(fixture("multi.gpkg"), "nope", m_lonLat);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains("no layer named \"nope\""));
    }

    void cancelStopsLoading()
    {
        Feedback feedback;
        feedback.cancel();
        auto result = data::loadVectorLayer(QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-10m.gpkg"), {},
                                            m_lonLat, &feedback);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains("canceled"));
    }

    void reportsProgress()
    {
        QList<double> steps;
        Feedback feedback([&](double f) { steps << f; });
        auto result = data::loadVectorLayer(QStringLiteral(MINEATLAS_SAMPLE_DATA "/countries-110m.gpkg"), {},
                                            m_lonLat, &feedback);
        QVERIFY(result.ok());
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last(), 1.0);
    }

    void readsRasterInfo()
    {
        auto info = data::inspectDataset(fixture("raster.tif"));
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QVERIFY(info->isRaster);
        QVERIFY(info->layers.empty());
    }
};

QTEST_GUILESS_MAIN(TestVectorLoader)
#include "tst_vectorloader.moc"
