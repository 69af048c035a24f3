#include "hazard/landrelease.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileInfo>

#include <ogrsf_frmts.h>

#include "data/featurestore.h"
#include "data/ogrgeometry.h"
#include "geo/geodesy.h"

namespace mineatlas::hazard {

namespace {


GDALDataset* openReadOnly(const QString& path)
{
    const char* drivers[] = {"GPKG", nullptr};
    return GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
}

} // namespace

Result<bool> migrateHazardSchema(GDALDataset& ds, OGRLayer& areas, int& version)
{
    if (version >= 2)
        return true;
    if (ds.StartTransaction() != OGRERR_NONE)
        return Error{QCoreApplication::translate("LandRelease", "cannot start the migration to hazard schema version 2")};
    auto fail = [&](const QString& what) -> Result<bool> {
        ds.RollbackTransaction();
        return Error{QCoreApplication::translate("LandRelease", "cannot migrate to hazard schema version 2: %1").arg(what)};
    };
    if (areas.GetLayerDefn()->GetFieldIndex("recorded_date") < 0) {
        OGRFieldDefn recorded("recorded_date", OFTDate);
        if (areas.CreateField(&recorded) != OGRERR_NONE)
            return fail(QCoreApplication::translate("LandRelease", "cannot add recorded_date"));
        const QByteArray fill = "UPDATE \"" + QByteArray(areas.GetName()).replace('"', "\"\"") +
                                "\" SET recorded_date = date_of_information WHERE recorded_date IS NULL";
        ds.ExecuteSQL(fill.constData(), nullptr, nullptr);
    }
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!ds.GetLayerByName(kStatusHistoryTable)) {
        OGRLayer* history = ds.CreateLayer(kStatusHistoryTable, nullptr, wkbNone, nullptr);
        if (!history)
            return fail(QCoreApplication::translate("LandRelease", "cannot create %1").arg(QString::fromLatin1(kStatusHistoryTable)));
        for (const auto& [name, type] : {std::pair{"hazard_guid", OFTString}, std::pair{"change_date", OFTDate},
                                         std::pair{"classification", OFTString}, std::pair{"status", OFTString},
                                         std::pair{"reason", OFTString}}) {
            OGRFieldDefn field(name, type);
            if (history->CreateField(&field) != OGRERR_NONE)
                return fail(QCoreApplication::translate("LandRelease", "cannot create %1.%2").arg(QString::fromLatin1(kStatusHistoryTable), QString::fromLatin1(name)));
        }
    }
    if (!ds.GetLayerByName(kLandReleaseLayer)) {
        const char* options[] = {"GEOMETRY_NAME=geom", "FID=fid", nullptr};
        OGRLayer* release = ds.CreateLayer(kLandReleaseLayer, &wgs84, wkbMultiPolygon, const_cast<char**>(options));
        if (!release)
            return fail(QCoreApplication::translate("LandRelease", "cannot create %1").arg(QString::fromLatin1(kLandReleaseLayer)));
        for (const auto& [name, type] :
             {std::pair{"guid", OFTString}, std::pair{"hazard_guid", OFTString}, std::pair{"kind", OFTString},
              std::pair{"method", OFTString}, std::pair{"release_date", OFTDate}, std::pair{"area_m2", OFTReal},
              std::pair{"organisation", OFTString}, std::pair{"notes", OFTString}}) {
            OGRFieldDefn field(name, type);
            if (release->CreateField(&field) != OGRERR_NONE)
                return fail(QCoreApplication::translate("LandRelease", "cannot create %1.%2").arg(QString::fromLatin1(kLandReleaseLayer), QString::fromLatin1(name)));
        }
    }
    areas.SetMetadataItem("MINEATLAS_HAZARD_SCHEMA", "2");
    if (ds.CommitTransaction() != OGRERR_NONE)
        return Error{QCoreApplication::translate("LandRelease", "cannot migrate to hazard schema version 2: the commit failed")};
    version = 2;
    return true;
}

Result<std::map<QString, std::vector<StatusEvent>>> readStatusHistory(const QString& path)
{
    GDALDatasetUniquePtr ds(openReadOnly(path));
    if (!ds)
        return Error{QCoreApplication::translate("LandRelease", "%1: cannot open it as a GeoPackage").arg(QFileInfo(path).fileName())};
    std::map<QString, std::vector<StatusEvent>> out;
    OGRLayer* history = ds->GetLayerByName(kStatusHistoryTable);
    if (!history)
        return out;
    for (auto& f : *history) {
        StatusEvent e;
        e.date = data::dateField(*f, "change_date");
        if (!e.date.isValid())
            continue;
        e.classification = QString::fromUtf8(f->GetFieldAsString("classification"));
        e.status = QString::fromUtf8(f->GetFieldAsString("status"));
        e.reason = QString::fromUtf8(f->GetFieldAsString("reason"));
        out[QString::fromUtf8(f->GetFieldAsString("hazard_guid"))].push_back(e);
    }
    for (auto& [guid, events] : out)
        std::stable_sort(events.begin(), events.end(), [](const StatusEvent& a, const StatusEvent& b) { return a.date < b.date; });
    return out;
}

std::function<std::shared_ptr<const render::StyledFeatures>(const render::VectorStyle&, const data::FeatureStore&, QDate)>
statusAtDate(std::map<QString, std::vector<StatusEvent>> history, const data::FeatureStore& store)
{
    // The events of each feature, found once through its GUID.
    auto perFeature = std::make_shared<std::vector<std::vector<StatusEvent>>>(store.size());
    const int guid = store.fieldNames().indexOf(QStringLiteral("guid"));
    for (std::size_t f = 0; guid >= 0 && f < store.size(); ++f)
        if (auto it = history.find(store.attribute(f, guid).toString()); it != history.end())
            (*perFeature)[f] = it->second;
    const int classification = store.fieldNames().indexOf(QStringLiteral("classification"));
    const int status = store.fieldNames().indexOf(QStringLiteral("status"));
    return [perFeature, classification, status](const render::VectorStyle& style, const data::FeatureStore& s, QDate date) {
        return render::applyStyle(style, s, [&](std::size_t f, int column) -> std::optional<QVariant> {
            if (column != classification && column != status)
                return std::nullopt;
            const auto& events = (*perFeature)[f];
            auto after = std::upper_bound(events.begin(), events.end(), date,
                                          [](QDate d, const StatusEvent& e) { return d < e.date; });
            if (after == events.begin())
                return std::nullopt;
            const StatusEvent& e = *std::prev(after);
            const QString& v = column == classification ? e.classification : e.status;
            return v.isEmpty() ? std::nullopt : std::optional<QVariant>(v);
        });
    };
}

Result<std::shared_ptr<const time::RunningTotal>> readReleasedArea(const QString& path, const QString& layerName)
{
    GDALDatasetUniquePtr ds(openReadOnly(path));
    if (!ds)
        return Error{QCoreApplication::translate("LandRelease", "%1: cannot open it as a GeoPackage").arg(QFileInfo(path).fileName())};
    OGRLayer* layer = ds->GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        return Error{QCoreApplication::translate("LandRelease", "%1: no layer named \"%2\"").arg(QFileInfo(path).fileName(), layerName)};
    // Areas on the ellipsoid need lon/lat: the file's CRS to WGS 84 when it is not already.
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toLonLat;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef(); srs && !srs->IsSame(&wgs84))
        toLonLat.reset(OGRCreateCoordinateTransformation(srs, &wgs84));
    std::vector<std::pair<QDate, double>> amounts;
    for (auto& f : *layer) {
        const QDate d = data::dateField(*f, "release_date");
        OGRGeometry* g = f->GetGeometryRef();
        if (!d.isValid() || !g)
            continue;
        std::unique_ptr<OGRGeometry> copy;
        if (toLonLat) {
            copy.reset(g->clone());
            if (copy->transform(toLonLat.get()) != OGRERR_NONE)
                continue;
            g = copy.get();
        }
        amounts.emplace_back(d, geo::polygonsArea(data::polygonsOf(g)).areaM2);
    }
    return std::make_shared<const time::RunningTotal>(std::move(amounts), QCoreApplication::translate("LandRelease", "Land released"));
}

bool isLandReleaseLayer(const QStringList& fields)
{
    return fields.contains(QStringLiteral("hazard_guid")) && fields.contains(QStringLiteral("kind")) &&
           fields.contains(QStringLiteral("release_date"));
}

render::VectorStyle landReleaseStyle()
{
    render::VectorStyle style;
    style.base.fill = QColor(0x99, 0xCC, 0x33, 200);
    style.base.stroke = QColor(0x33, 0x66, 0x00);
    style.base.strokeWidth = 0.8;
    style.categoryField = QStringLiteral("kind");
    auto add = [&](const char* value, QColor fill, const char* label) {
        render::Category c;
        c.value = QString::fromLatin1(value);
        c.label = QString::fromUtf8(label);
        c.symbol = style.base;
        c.symbol.fill = fill;
        style.categories.push_back(c);
    };
    add("cleared", QColor(0x4D, 0xAF, 0x4A), "cleared (released by clearance)");
    add("reduced", QColor(0x99, 0xCC, 0x33), "reduced (released by technical survey)");
    add("cancelled", QColor(0xC7, 0xE9, 0xC0), "cancelled (released by non-technical survey)");
    return style;
}

} // namespace mineatlas::hazard
