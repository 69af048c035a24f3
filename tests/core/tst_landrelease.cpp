#include <QtTest>

#include <QTemporaryDir>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>
#include <gdal.h>
#include <ogrsf_frmts.h>

#include "data/vectorloader.h"
#include "hazard/hazardstore.h"
#include "hazard/landrelease.h"
#include "project/layerfactory.h"
#include "render/defaultstyle.h"

using namespace mineatlas;

namespace {

/// Reference area of a lon/lat ring on WGS 84, computed here with GeographicLib itself.
double referenceArea(const std::vector<std::pair<double, double>>& ring)
{
    GeographicLib::PolygonArea polygon(GeographicLib::Geodesic::WGS84());
    for (const auto& [lon, lat] : ring)
        polygon.AddPoint(lat, lon);
    double perimeter = 0, area = 0;
    polygon.Compute(false, true, perimeter, area);
    return std::abs(area);
}

OGRGeometry* ringGeometry(const std::vector<std::pair<double, double>>& outer,
                          const std::vector<std::pair<double, double>>& hole = {})
{
    auto* poly = new OGRPolygon;
    for (const auto* r : {&outer, &hole}) {
        if (r->empty())
            continue;
        OGRLinearRing ring;
        for (const auto& [lon, lat] : *r)
            ring.addPoint(lon, lat);
        ring.closeRings();
        poly->addRing(&ring);
    }
    auto* multi = new OGRMultiPolygon;
    multi->addGeometryDirectly(poly);
    return multi;
}

QDate dateField(OGRFeature& f, const char* name)
{
    int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    f.GetFieldAsDateTime(f.GetFieldIndex(name), &y, &m, &d, &h, &mi, &s, &tz);
    return QDate(y, m, d);
}

} // namespace

class TestLandRelease : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void aVersionOneFileIsMigratedWhenOpenedForEditing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v1.gpkg"), untouched = dir.filePath("v1-readonly.gpkg");
        QVERIFY(QFile::copy(MINEATLAS_SAMPLE_DATA "/hazards-illustrative.gpkg", path));
        QVERIFY(QFile::copy(MINEATLAS_SAMPLE_DATA "/hazards-illustrative.gpkg", untouched));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(untouched, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto readOnly = hazard::HazardStore::open(untouched, "hazard_areas", true);
            QVERIFY2(readOnly.ok(), qPrintable(readOnly.error()));
            QCOMPARE(readOnly.value()->schemaVersion(), 1);
        }
        {
            auto store = hazard::HazardStore::open(path, "hazard_areas", false);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QCOMPARE(store.value()->schemaVersion(), hazard::HazardStore::kSchemaVersion);
        }
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        OGRLayer* areas = ds->GetLayerByName("hazard_areas");
        QCOMPARE(QByteArray(areas->GetMetadataItem("MINEATLAS_HAZARD_SCHEMA")), QByteArray::number(hazard::HazardStore::kSchemaVersion));
        QVERIFY(areas->GetLayerDefn()->GetFieldIndex("recorded_date") >= 0);
        int rows = 0;
        for (auto& f : *areas) {
            QCOMPARE(dateField(*f, "recorded_date"), dateField(*f, "date_of_information"));
            ++rows;
        }
        QCOMPARE(rows, 18);
        OGRLayer* history = ds->GetLayerByName("status_history");
        OGRLayer* release = ds->GetLayerByName("land_release");
        QVERIFY(history && release);
        QCOMPARE(history->GetGeomType(), wkbNone);
        for (const char* f : {"hazard_guid", "change_date", "classification", "status", "reason"})
            QVERIFY2(history->GetLayerDefn()->GetFieldIndex(f) >= 0, f);
        for (const char* f : {"guid", "hazard_guid", "kind", "method", "release_date", "area_m2", "organisation", "notes"})
            QVERIFY2(release->GetLayerDefn()->GetFieldIndex(f) >= 0, f);
        // The read-only copy is as it was.
        GDALDatasetUniquePtr old(GDALDataset::Open(untouched.toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(!old->GetLayerByName("land_release"));
        QVERIFY(old->GetLayerByName("hazard_areas")->GetLayerDefn()->GetFieldIndex("recorded_date") < 0);
    }

    void releasedAreaAddsUpOnTheEllipsoid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("release.gpkg");
        QVERIFY(hazard::HazardStore::create(path, "hazard_areas").ok());
        // A 1° square at the equator, a field near Kharkiv with a hole, and a long thin strip in
        // the north where a planar area would be far off.
        const std::vector<std::pair<double, double>> equator{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
        const std::vector<std::pair<double, double>> field{{36.20, 49.90}, {36.26, 49.90}, {36.26, 49.95}, {36.20, 49.95}, {36.20, 49.90}};
        const std::vector<std::pair<double, double>> hole{{36.22, 49.92}, {36.23, 49.92}, {36.23, 49.93}, {36.22, 49.93}, {36.22, 49.92}};
        const std::vector<std::pair<double, double>> strip{{20, 69}, {30, 69}, {30, 69.01}, {20, 69.01}, {20, 69}};
        const double a1 = referenceArea(equator), a2 = referenceArea(field) - referenceArea(hole), a3 = referenceArea(strip);
        QVERIFY(std::abs(a1 - 12308778361.5) < 10); // the textbook value of a 1° cell at the equator
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            OGRLayer* release = ds->GetLayerByName("land_release");
            auto add = [&](OGRGeometry* g, QDate d, const char* kind) {
                OGRFeature f(release->GetLayerDefn());
                f.SetGeometryDirectly(g);
                f.SetField("kind", kind);
                f.SetField("hazard_guid", "x");
                f.SetField("release_date", d.year(), d.month(), d.day(), 0, 0, 0, 0);
                f.SetField("area_m2", 1.0); // wrong on purpose: the total comes from the geometry
                QCOMPARE(release->CreateFeature(&f), OGRERR_NONE);
            };
            add(ringGeometry(equator), QDate(2023, 5, 1), "cleared");
            add(ringGeometry(field, hole), QDate(2024, 2, 10), "reduced");
            add(ringGeometry(strip), QDate(2024, 2, 10), "cancelled");
        }
        auto total = hazard::readReleasedArea(path);
        QVERIFY2(total.ok(), qPrintable(total.error()));
        const auto& t = *total.value();
        QCOMPARE(t.at(QDate(2023, 4, 30)), 0.0);
        QVERIFY(std::abs(t.at(QDate(2023, 5, 1)) - a1) < 1e-3 * 1); // the release day counts
        QVERIFY(std::abs(t.at(QDate(2024, 2, 9)) - a1) < 1e-3);
        QVERIFY(std::abs(t.at(QDate(2024, 2, 10)) - (a1 + a2 + a3)) < 1e-2);
        QCOMPARE(t.countAt(QDate(2030, 1, 1)), std::size_t(3));
        QVERIFY(hazard::readReleasedArea(dir.filePath("none.gpkg")).error().contains("none.gpkg"));
    }

    void areasTakeTheirClassAndStatusAtTheDate()
    {
        auto store = std::make_shared<data::FeatureStore>(hazard::HazardStore::fieldNames());
        QVariantList attrs;
        for (const QString& f : hazard::HazardStore::fieldNames())
            attrs << (f == "guid" ? QVariant("A") : f == "classification" ? QVariant("CHA") : f == "status" ? QVariant("closed") : QVariant());
        store->beginFeature(data::GeometryKind::Polygon, attrs);
        const double ring[] = {0, 0, 1, 0, 1, 1, 0, 0};
        store->addRing(ring, 4);
        store->finish();
        std::map<QString, std::vector<hazard::StatusEvent>> history;
        history["A"] = {{QDate(2023, 1, 1), "SHA", "open", ""}, {QDate(2023, 6, 1), "CHA", "worked on", ""}};
        const render::VectorStyle style = render::defaultStyle(*store, 0);
        auto at = hazard::statusAtDate(history, *store);
        auto fillOn = [&](QDate d) {
            auto styled = at(style, *store, d);
            return styled->symbols[styled->symbolOf[0]].fill;
        };
        auto categoryFill = [&](const char* value) {
            for (const auto& c : style.categories)
                if (c.value.toString() == value)
                    return c.symbol.fill;
            return QColor();
        };
        QCOMPARE(fillOn(QDate(2022, 12, 31)), categoryFill("CHA")); // before the history: as stored
        QCOMPARE(fillOn(QDate(2023, 1, 1)), categoryFill("SHA"));
        QCOMPARE(fillOn(QDate(2023, 5, 31)), categoryFill("SHA"));
        QCOMPARE(fillOn(QDate(2023, 6, 1)), categoryFill("CHA"));
        QVERIFY(categoryFill("SHA") != categoryFill("CHA"));
    }

    void theSampleFileOpensAsALandReleaseView()
    {
        const QString path = MINEATLAS_SAMPLE_DATA "/front-line-illustrative.gpkg";
        auto release = data::loadVectorLayer(path, "land_release", geo::Crs::webMercator(), nullptr, nullptr);
        QVERIFY2(release.ok(), qPrintable(release.error()));
        auto layer = project::makeVectorLayer(path, release.value(), 0, {}, std::nullopt);
        QCOMPARE(layer->temporal().startField, QStringLiteral("release_date"));
        QVERIFY(layer->runningTotal());
        QVERIFY(layer->runningTotal()->total() > 0);
        QVERIFY(layer->runningTotalText(QDate(2026, 10, 31)).contains("ha), ellipsoidal"));
        auto areas = data::loadVectorLayer(path, "hazard_areas", geo::Crs::webMercator(), nullptr, nullptr);
        QVERIFY(areas.ok());
        auto hazards = project::makeVectorLayer(path, areas.value(), 1, {}, std::nullopt);
        QCOMPARE(hazards->temporal().startField, QStringLiteral("recorded_date"));
        QVERIFY(hazards->restyleAt());
    }
};

QTEST_MAIN(TestLandRelease)
#include "tst_landrelease.moc"
