#include "hazard/hazardstore.h"

#include <QFileInfo>
#include <QUuid>

#include <ogrsf_frmts.h>

namespace mineatlas::hazard {

namespace {

struct FieldSpec {
    const char* name;
    OGRFieldType type;
};
const FieldSpec kFields[] = {
    {"local_id", OFTString},        {"guid", OFTString},
    {"classification", OFTString},  {"status", OFTString},
    {"status_date", OFTDate},       {"status_reason", OFTString},
    {"contamination", OFTString},   {"evidence", OFTString},
    {"evidence_desc", OFTString},   {"estimated_area_m2", OFTReal},
    {"remaining_area_m2", OFTReal}, {"date_of_information", OFTDate},
    {"reported_by", OFTString},     {"notes", OFTString},
    {"entered_coords", OFTString},
};
const char* kSchemaKey = "MINEATLAS_HAZARD_SCHEMA";

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

void setDate(OGRFeature& f, const char* field, QDate d)
{
    if (d.isValid())
        f.SetField(field, d.year(), d.month(), d.day(), 0, 0, 0, 0);
    else
        f.SetFieldNull(f.GetFieldIndex(field));
}

QDate getDate(const OGRFeature& f, const char* field)
{
    const int i = f.GetFieldIndex(field);
    if (i < 0 || !f.IsFieldSetAndNotNull(i))
        return {};
    int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    f.GetFieldAsDateTime(i, &y, &m, &d, &h, &mi, &s, &tz);
    return QDate(y, m, d);
}

QString text(const OGRFeature& f, const char* field)
{
    return QString::fromUtf8(f.GetFieldAsString(field));
}

} // namespace

QStringList HazardStore::fieldNames()
{
    QStringList out;
    for (const FieldSpec& f : kFields)
        out << QString::fromLatin1(f.name);
    return out;
}

Error HazardStore::failure(const QString& what, const data::GdalErrorCollector& errors) const
{
    return Error{QStringLiteral("%1: %2: %3")
                     .arg(fileName(m_path), what, errors.message(QStringLiteral("GDAL gave no reason")))};
}

Result<std::unique_ptr<HazardStore>> HazardStore::create(const QString& path, const QString& layer)
{
    data::GdalErrorCollector errors;
    std::unique_ptr<HazardStore> store(new HazardStore);
    store->m_path = path;
    if (QFileInfo::exists(path)) {
        store->m_dataset.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    } else {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        if (!driver)
            return Error{QStringLiteral("GDAL has no GeoPackage driver")};
        store->m_dataset.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    }
    if (!store->m_dataset)
        return store->failure(QStringLiteral("cannot create the hazard layer"), errors);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char* options[] = {"GEOMETRY_NAME=geom", "FID=fid", nullptr};
    store->m_layer = store->m_dataset->CreateLayer(layer.toUtf8().constData(), &wgs84, wkbMultiPolygon,
                                                   const_cast<char**>(options));
    if (!store->m_layer)
        return store->failure(QStringLiteral("cannot create layer %1").arg(layer), errors);
    for (const FieldSpec& spec : kFields) {
        OGRFieldDefn field(spec.name, spec.type);
        if (store->m_layer->CreateField(&field) != OGRERR_NONE)
            return store->failure(
                QStringLiteral("cannot create field %1").arg(QString::fromLatin1(spec.name)), errors);
    }
    store->m_layer->SetMetadataItem(kSchemaKey, QByteArray::number(kSchemaVersion).constData());
    store->m_schemaVersion = kSchemaVersion;
    return store;
}

Result<std::unique_ptr<HazardStore>> HazardStore::open(const QString& path, const QString& layer,
                                                       bool readOnly)
{
    data::GdalErrorCollector errors;
    std::unique_ptr<HazardStore> store(new HazardStore);
    store->m_path = path;
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("%1: file not found").arg(fileName(path))};
    const char* drivers[] = {"GPKG", nullptr};
    const unsigned flags =
        GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR | (readOnly ? GDAL_OF_READONLY : GDAL_OF_UPDATE);
    store->m_dataset.reset(GDALDataset::Open(path.toUtf8().constData(), flags, drivers, nullptr, nullptr));
    if (!store->m_dataset)
        return store->failure(QStringLiteral("cannot open it as a GeoPackage"), errors);
    store->m_layer = store->m_dataset->GetLayerByName(layer.toUtf8().constData());
    if (!store->m_layer)
        return Error{QStringLiteral("%1: no layer named \"%2\"").arg(fileName(path), layer)};
    QStringList missing;
    for (const FieldSpec& spec : kFields)
        if (store->m_layer->GetLayerDefn()->GetFieldIndex(spec.name) < 0)
            missing << QString::fromLatin1(spec.name);
    if (!missing.isEmpty())
        return Error{QStringLiteral("%1: layer \"%2\" is not a hazard layer; missing field(s): %3")
                         .arg(fileName(path), layer, missing.join(QStringLiteral(", ")))};
    const char* version = store->m_layer->GetMetadataItem(kSchemaKey);
    store->m_schemaVersion = version ? QByteArray(version).toInt() : 0;
    return store;
}

OGRGeometryUniquePtr HazardStore::toGeometry(const HazardArea& a)
{
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const auto& polygon : a.polygons) {
        OGRPolygon poly;
        for (const auto& ring : polygon) {
            OGRLinearRing r;
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
                r.addPoint(ring[i], ring[i + 1]);
            r.closeRings();
            poly.addRing(&r);
        }
        multi->addGeometry(&poly);
    }
    return OGRGeometryUniquePtr(multi.release());
}

std::vector<std::vector<std::vector<double>>> HazardStore::polygonsOf(const OGRGeometry* g)
{
    std::vector<std::vector<std::vector<double>>> out;
    if (!g)
        return out;
    auto add = [&](const OGRPolygon* p) {
        std::vector<std::vector<double>> rings;
        for (const OGRLinearRing* r : *p) {
            std::vector<double> xy;
            for (const OGRPoint& pt : *r) {
                xy.push_back(pt.getX());
                xy.push_back(pt.getY());
            }
            rings.push_back(std::move(xy));
        }
        out.push_back(std::move(rings));
    };
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbPolygon)
        add(g->toPolygon());
    else if (type == wkbMultiPolygon || type == wkbGeometryCollection)
        for (const OGRGeometry* part : *g->toGeometryCollection())
            if (wkbFlatten(part->getGeometryType()) == wkbPolygon)
                add(part->toPolygon());
    return out;
}

bool HazardStore::toFeature(const HazardArea& a, OGRFeature& f) const
{
    f.SetField("local_id", a.localId.toUtf8().constData());
    f.SetField("guid", (a.guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : a.guid)
                           .toUtf8()
                           .constData());
    f.SetField("classification", toText(a.classification).toUtf8().constData());
    f.SetField("status", toText(a.status).toUtf8().constData());
    setDate(f, "status_date", a.statusDate);
    f.SetField("status_reason", a.statusReason.toUtf8().constData());
    f.SetField("contamination", contaminationText(a.contamination).toUtf8().constData());
    f.SetField("evidence", toText(a.evidence).toUtf8().constData());
    f.SetField("evidence_desc", a.evidenceDescription.toUtf8().constData());
    f.SetField("estimated_area_m2", a.estimatedAreaM2);
    f.SetField("remaining_area_m2", a.remainingAreaM2);
    setDate(f, "date_of_information", a.dateOfInformation);
    f.SetField("reported_by", a.reportedBy.toUtf8().constData());
    f.SetField("notes", a.notes.toUtf8().constData());
    f.SetField("entered_coords", a.enteredCoordinates.toUtf8().constData());
    OGRGeometryUniquePtr multi = toGeometry(a);
    multi->assignSpatialReference(m_layer->GetSpatialRef());
    return f.SetGeometry(multi.get()) == OGRERR_NONE;
}

Result<std::vector<HazardArea>> HazardStore::readAll() const
{
    data::GdalErrorCollector errors;
    std::vector<HazardArea> out;
    m_layer->ResetReading();
    for (auto& f : *m_layer) {
        HazardArea a;
        a.fid = f->GetFID();
        a.localId = text(*f, "local_id");
        a.guid = text(*f, "guid");
        fromText(text(*f, "classification"), a.classification);
        fromText(text(*f, "status"), a.status);
        a.statusDate = getDate(*f, "status_date");
        a.statusReason = text(*f, "status_reason");
        contaminationFromText(text(*f, "contamination"), a.contamination);
        fromText(text(*f, "evidence"), a.evidence);
        a.evidenceDescription = text(*f, "evidence_desc");
        a.estimatedAreaM2 = f->GetFieldAsDouble("estimated_area_m2");
        a.remainingAreaM2 = f->GetFieldAsDouble("remaining_area_m2");
        a.dateOfInformation = getDate(*f, "date_of_information");
        a.reportedBy = text(*f, "reported_by");
        a.notes = text(*f, "notes");
        a.enteredCoordinates = text(*f, "entered_coords");
        a.polygons = polygonsOf(f->GetGeometryRef());
        out.push_back(std::move(a));
    }
    if (!errors.failures().isEmpty())
        return failure(QStringLiteral("reading hazard areas failed"), errors);
    return out;
}

Result<std::vector<HazardArea>> HazardStore::readByFid(qint64 fid) const
{
    m_layer->SetAttributeFilter(QStringLiteral("fid = %1").arg(fid).toUtf8().constData());
    auto areas = readAll();
    m_layer->SetAttributeFilter(nullptr);
    return areas;
}

Result<std::vector<HazardArea>> HazardStore::readByGuid(const QString& guid) const
{
    QString quoted = guid;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    m_layer->SetAttributeFilter(QStringLiteral("guid = '%1'").arg(quoted).toUtf8().constData());
    auto areas = readAll();
    m_layer->SetAttributeFilter(nullptr);
    return areas;
}

Result<std::vector<HazardArea>> HazardStore::readInBox(double lonMin, double latMin, double lonMax,
                                                       double latMax) const
{
    m_layer->SetSpatialFilterRect(lonMin, latMin, lonMax, latMax);
    auto areas = readAll();
    m_layer->SetSpatialFilter(nullptr);
    return areas;
}

Result<qint64> HazardStore::insert(HazardArea& area)
{
    data::GdalErrorCollector errors;
    OGRFeature f(m_layer->GetLayerDefn());
    if (!toFeature(area, f))
        return failure(QStringLiteral("the geometry cannot be stored"), errors);
    if (m_dataset->StartTransaction() != OGRERR_NONE)
        return failure(QStringLiteral("cannot start a transaction"), errors);
    if (m_layer->CreateFeature(&f) != OGRERR_NONE) {
        m_dataset->RollbackTransaction();
        return failure(QStringLiteral("the area was not saved"), errors);
    }
    if (m_dataset->CommitTransaction() != OGRERR_NONE)
        return failure(QStringLiteral("the area was not saved (commit failed)"), errors);
    area.fid = f.GetFID();
    if (area.guid.isEmpty())
        area.guid = text(f, "guid");
    return area.fid;
}

Result<bool> HazardStore::update(const HazardArea& area)
{
    data::GdalErrorCollector errors;
    OGRFeature f(m_layer->GetLayerDefn());
    f.SetFID(area.fid);
    if (!toFeature(area, f))
        return failure(QStringLiteral("the geometry cannot be stored"), errors);
    if (m_dataset->StartTransaction() != OGRERR_NONE)
        return failure(QStringLiteral("cannot start a transaction"), errors);
    if (m_layer->SetFeature(&f) != OGRERR_NONE) {
        m_dataset->RollbackTransaction();
        return failure(QStringLiteral("the change was not saved"), errors);
    }
    if (m_dataset->CommitTransaction() != OGRERR_NONE)
        return failure(QStringLiteral("the change was not saved (commit failed)"), errors);
    return true;
}

Result<bool> HazardStore::remove(qint64 fid)
{
    data::GdalErrorCollector errors;
    if (m_dataset->StartTransaction() != OGRERR_NONE)
        return failure(QStringLiteral("cannot start a transaction"), errors);
    if (m_layer->DeleteFeature(fid) != OGRERR_NONE) {
        m_dataset->RollbackTransaction();
        return failure(QStringLiteral("the area was not deleted"), errors);
    }
    if (m_dataset->CommitTransaction() != OGRERR_NONE)
        return failure(QStringLiteral("the area was not deleted (commit failed)"), errors);
    return true;
}

} // namespace mineatlas::hazard
