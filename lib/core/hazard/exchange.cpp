#include "hazard/exchange.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"
#include "geo/coordinatetransform.h"
#include "geo/geodesy.h"
#include "hazard/hazardstore.h"
#include "hazard/validation.h"
#include "data/ogrgeometry.h"

namespace mineatlas::hazard {

namespace {

QString driverFor(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("geojson") || ext == QLatin1String("json"))
        return QStringLiteral("GeoJSON");
    if (ext == QLatin1String("kml"))
        return QStringLiteral("KML");
    if (ext == QLatin1String("shp"))
        return QStringLiteral("ESRI Shapefile");
    if (ext == QLatin1String("gpkg"))
        return QStringLiteral("GPKG");
    return {};
}

struct TranslateOptionsFree {
    void operator()(GDALVectorTranslateOptions* o) const { GDALVectorTranslateOptionsFree(o); }
};

} // namespace

QString exportFileFilter()
{
    return QCoreApplication::translate("Exchange", "GeoJSON (*.geojson);;KML for Google Earth (*.kml);;Shapefile (*.shp);;GeoPackage (*.gpkg)");
}

QString extensionForFilter(const QString& filter)
{
    const int star = filter.indexOf(QLatin1String("(*."));
    if (star < 0)
        return {};
    const int end = filter.indexOf(QLatin1Char(')'), star);
    return filter.mid(star + 3, end - star - 3).section(QLatin1Char(' '), 0, 0);
}

Result<int> exportAreas(const QString& geopackagePath, const QString& layer, const QString& outPath,
                        QStringList* incomplete, const std::vector<std::int64_t>& onlyFids)
{
    data::GdalErrorCollector errors;
    std::vector<std::int64_t> only = onlyFids;
    std::sort(only.begin(), only.end());
    const auto wanted = [&only](std::int64_t fid) { return only.empty() || std::binary_search(only.begin(), only.end(), fid); };
    if (incomplete) {
        incomplete->clear();
        if (auto store = HazardStore::open(geopackagePath, layer, true))
            if (auto all = store.value()->readAll())
                for (const HazardArea& a : all.value())
                    if (wanted(a.fid) && !missingRequiredFields(a).isEmpty())
                        *incomplete << (a.localId.isEmpty() ? a.guid : a.localId);
    }
    const QString driver = driverFor(outPath);
    const QString name = QFileInfo(outPath).fileName();
    if (driver.isEmpty())
        return Error{QCoreApplication::translate("Exchange", "%1: choose .geojson, .kml, .shp or .gpkg").arg(name)};
    GDALDatasetUniquePtr src(
        GDALDataset::Open(geopackagePath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!src)
        return Error{QStringLiteral("%1: %2").arg(QFileInfo(geopackagePath).fileName(),
                                                  errors.message("cannot open"))};
    OGRLayer* l = src->GetLayerByName(layer.toUtf8().constData());
    if (!l)
        return Error{QCoreApplication::translate("Exchange", "%1: no layer %2").arg(QFileInfo(geopackagePath).fileName(), layer)};
    QList<QByteArray> args = {"-f",   driver.toUtf8(), "-t_srs",    "EPSG:4326",
                              "-nln", layer.toUtf8(),  "-overwrite"};
    if (!only.empty()) {
        // The selection by FID, in the source's own SQL (GeoPackage: its FID column).
        const QByteArray fidColumn = *l->GetFIDColumn() ? QByteArray("\"") + l->GetFIDColumn() + '"' : "FID";
        QByteArray where = fidColumn + " IN (";
        for (std::size_t i = 0; i < only.size(); ++i)
            where += (i ? "," : "") + QByteArray::number(only[i]);
        where += ')';
        if (l->SetAttributeFilter(where.constData()) != OGRERR_NONE)
            return Error{QStringLiteral("%1: %2").arg(QFileInfo(geopackagePath).fileName(),
                                                      errors.message("cannot select the features"))};
        args << "-where" << where;
    }
    const int count = static_cast<int>(l->GetFeatureCount());
    if (driver == QLatin1String("ESRI Shapefile"))
        args << "-lco"
             << "ENCODING=UTF-8";
    args << layer.toUtf8();
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::unique_ptr<GDALVectorTranslateOptions, TranslateOptionsFree> options(
        GDALVectorTranslateOptionsNew(argv.data(), nullptr));
    GDALDatasetH srcHandle = GDALDataset::ToHandle(src.get());
    int usageError = 0;
    GDALDatasetUniquePtr out(GDALDataset::FromHandle(GDALVectorTranslate(
        outPath.toUtf8().constData(), nullptr, 1, &srcHandle, options.get(), &usageError)));
    if (!out)
        return Error{
            QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Exchange", "GDAL could not write it")))};
    return count;
}

Result<QStringList> sourceFields(const QString& path)
{
    data::GdalErrorCollector errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds || !ds->GetLayer(0))
        return Error{
            QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), errors.message("GDAL cannot open it"))};
    QStringList out;
    OGRFeatureDefn* defn = ds->GetLayer(0)->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        out << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    return out;
}

FieldMapping suggestFieldMapping(const QStringList& source)
{
    const QMap<QString, QStringList> alternatives = {
        {QStringLiteral("local_id"), {"local_id", "id", "hazard_id", "ref", "name", "Name"}},
        {QStringLiteral("classification"),
         {"classification", "class", "kind", "type", "hazard_type", "category"}},
        {QStringLiteral("status"), {"status", "state"}},
        {QStringLiteral("contamination"), {"contamination", "contaminat", "devices"}},
        {QStringLiteral("reported_by"), {"reported_by", "organisation", "organization", "org", "reporter"}},
        {QStringLiteral("notes"), {"notes", "description", "Description", "comment", "remarks"}},
        {QStringLiteral("date_of_information"), {"date_of_information", "date", "reported", "survey_date"}},
    };
    FieldMapping mapping;
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        for (const QString& candidate : it.value()) {
            const auto match = std::find_if(source.begin(), source.end(), [&](const QString& f) {
                return f.compare(candidate, Qt::CaseInsensitive) == 0;
            });
            if (match != source.end()) {
                mapping.insert(it.key(), *match);
                break;
            }
        }
    return mapping;
}

Result<ImportedAreas> readImport(const QString& path, const FieldMapping& mapping, Feedback* feedback)
{
    data::GdalErrorCollector errors;
    const QString name = QFileInfo(path).fileName();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    OGRLayer* layer = ds ? ds->GetLayer(0) : nullptr;
    if (!layer)
        return Error{
            QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Exchange", "GDAL cannot open it")))};
    auto toLonLat = geo::CoordinateTransform::create(data::crsDefinition(layer->GetSpatialRef()),
                                                     QStringLiteral("EPSG:4326"));
    if (!toLonLat)
        return Error{QStringLiteral("%1: %2").arg(name, toLonLat.error())};
    ImportedAreas out;
    const GIntBig total = layer->GetFeatureCount(FALSE);
    GIntBig seen = 0;
    for (auto& f : *layer) {
        ++seen;
        if (feedback && (seen & 63) == 0) {
            if (feedback->isCanceled()) {
                out.canceled = true;
                return out;
            }
            if (total > 0)
                feedback->setProgress(static_cast<double>(seen) / static_cast<double>(total));
        }
        auto value = [&](const char* target) {
            const QString source = mapping.value(QString::fromLatin1(target));
            return source.isEmpty() ? QString()
                                    : QString::fromUtf8(f->GetFieldAsString(source.toUtf8().constData()));
        };
        HazardArea a;
        a.localId = value("local_id");
        const QString label = QCoreApplication::translate("Exchange", "feature %1%2")
                                  .arg(f->GetFID())
                                  .arg(a.localId.isEmpty() ? QString() : QCoreApplication::translate("Exchange", " (id %1)").arg(a.localId));
        a.polygons = data::polygonsOf(f->GetGeometryRef());
        if (a.polygons.empty()) {
            out.skipped << QCoreApplication::translate("Exchange", "%1: not a polygon").arg(label);
            continue;
        }
        std::size_t failed = 0;
        for (auto& polygon : a.polygons) // to WGS 84 with PROJ
            for (auto& ring : polygon)
                failed += toLonLat->transform(ring.data(), ring.size() / 2);
        if (failed > 0) {
            out.skipped << QCoreApplication::translate("Exchange", "%1: %2 vertices cannot be converted to WGS 84").arg(label).arg(failed);
            continue;
        }
        const auto issues = validateArea(a);
        if (hasErrors(issues)) {
            QStringList why;
            for (const auto& i : issues)
                if (i.severity == ValidationIssue::Severity::Error)
                    why << i.message;
            out.skipped << QStringLiteral("%1: %2").arg(label, why.join(QStringLiteral("; ")));
            continue;
        }
        readVocabularies(a, value("classification"), value("status"), QString(), value("contamination"));
        a.reportedBy = value("reported_by");
        a.dateOfInformation = QDate::fromString(value("date_of_information").left(10), Qt::ISODate);
        a.notes = value("notes");
        a.estimatedAreaM2 = a.remainingAreaM2 = geo::polygonsArea(a.polygons).areaM2;
        a.enteredCoordinates = QCoreApplication::translate("Exchange", "imported from %1").arg(name);
        // A file that carries GUIDs (an export of a hazard layer) keeps them: importing it twice
        // finds the areas already there instead of doubling them.
        const int guidField = f->GetFieldIndex("guid");
        const QString sourceGuid = guidField >= 0 ? QString::fromUtf8(f->GetFieldAsString(guidField)).trimmed() : QString();
        a.guid = sourceGuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : sourceGuid;
        out.areas.push_back(std::move(a));
    }
    if (!errors.failures().isEmpty())
        return Error{QCoreApplication::translate("Exchange", "%1: reading stopped after %2 features: %3")
                         .arg(name)
                         .arg(seen)
                         .arg(errors.failures().first())};
    if (feedback)
        feedback->setProgress(1.0);
    return out;
}

} // namespace mineatlas::hazard
