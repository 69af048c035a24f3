#include "hazard/hazardstore.h"

#include <QFileInfo>
#include <QUuid>

#include <ogrsf_frmts.h>

#include "data/writefailure.h"

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

QByteArray quoted(const QString& value)
{
    QString q = value;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("'%1'").arg(q).toUtf8();
}

HazardArea areaOf(const OGRFeature& f)
{
    HazardArea a;
    a.fid = f.GetFID();
    a.localId = text(f, "local_id");
    a.guid = text(f, "guid");
    readVocabularies(a, text(f, "classification"), text(f, "status"), text(f, "evidence"),
                     text(f, "contamination"));
    a.statusDate = getDate(f, "status_date");
    a.statusReason = text(f, "status_reason");
    a.evidenceDescription = text(f, "evidence_desc");
    a.estimatedAreaM2 = f.GetFieldAsDouble("estimated_area_m2");
    a.remainingAreaM2 = f.GetFieldAsDouble("remaining_area_m2");
    a.dateOfInformation = getDate(f, "date_of_information");
    a.reportedBy = text(f, "reported_by");
    a.notes = text(f, "notes");
    a.enteredCoordinates = text(f, "entered_coords");
    a.polygons = data::polygonsOf(f.GetGeometryRef());
    return a;
}

} // namespace

QStringList HazardStore::fieldNames()
{
    QStringList out;
    for (const FieldSpec& f : kFields)
        out << QString::fromLatin1(f.name);
    return out;
}

bool HazardStore::hasHazardFields(const QStringList& layerFields)
{
    for (const FieldSpec& f : kFields)
        if (!layerFields.contains(QString::fromLatin1(f.name)))
            return false;
    return true;
}

Error HazardStore::failure(const QString& what, const data::GdalErrorCollector& errors) const
{
    return Error{QStringLiteral("%1: %2: %3")
                     .arg(fileName(m_path), what,
                          data::writeFailureCause(m_path, errors.failures(),
                                                  QStringLiteral("GDAL gave no reason")))};
}

Result<std::unique_ptr<HazardStore>> HazardStore::create(const QString& path, const QString& layer)
{
    data::GdalErrorCollector errors;
    std::unique_ptr<HazardStore> store(new HazardStore);
    store->m_path = path;
    store->m_layerName = layer;
    if (QFileInfo::exists(path)) {
        if (auto why = data::unwritableReason(path))
            return Error{QStringLiteral("%1: cannot add a hazard layer: %2").arg(fileName(path), *why)};
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
    store->m_layerName = layer;
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("%1: file not found").arg(fileName(path))};
    // Say why a file cannot be edited before GDAL fails to open it without a word.
    if (!readOnly)
        if (auto why = data::unwritableReason(path))
            return Error{QStringLiteral("%1: cannot edit it: %2. Open a copy you can write to.")
                             .arg(fileName(path), *why)};
    const char* drivers[] = {"GPKG", nullptr};
    const unsigned flags =
        GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR | (readOnly ? GDAL_OF_READONLY : GDAL_OF_UPDATE);
    store->m_dataset.reset(GDALDataset::Open(path.toUtf8().constData(), flags, drivers, nullptr, nullptr));
    if (!store->m_dataset)
        return Error{QStringLiteral("%1: cannot open it as a GeoPackage: %2")
                         .arg(fileName(path), data::writeFailureCause(path, errors.failures(),
                                                                      QStringLiteral("GDAL gave no reason")))};
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

bool HazardStore::toFeature(const HazardArea& a, OGRFeature& f) const
{
    f.SetField("local_id", a.localId.toUtf8().constData());
    f.SetField("guid", a.guid.toUtf8().constData());
    f.SetField("classification", a.classificationValue().toUtf8().constData());
    f.SetField("status", a.statusValue().toUtf8().constData());
    setDate(f, "status_date", a.statusDate);
    f.SetField("status_reason", a.statusReason.toUtf8().constData());
    f.SetField("contamination", a.contaminationValue().toUtf8().constData());
    f.SetField("evidence", a.evidenceValue().toUtf8().constData());
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
    return readFiltered({});
}

Result<std::vector<HazardArea>> HazardStore::readFiltered(const QString& filter) const
{
    data::GdalErrorCollector errors;
    std::vector<HazardArea> out;
    m_layer->SetAttributeFilter(filter.isEmpty() ? nullptr : filter.toUtf8().constData());
    m_layer->ResetReading();
    for (auto& f : *m_layer)
        out.push_back(areaOf(*f));
    m_layer->SetAttributeFilter(nullptr);
    if (!errors.failures().isEmpty())
        return Error{QStringLiteral("%1: reading hazard areas failed: %2")
                         .arg(fileName(m_path), errors.failures().first())};
    return out;
}

Result<std::optional<HazardArea>> HazardStore::readByGuid(const QString& guid) const
{
    if (guid.isEmpty())
        return std::optional<HazardArea>();
    auto found = readFiltered(QStringLiteral("guid = ") + QString::fromUtf8(quoted(guid)));
    if (!found)
        return Error{found.error()};
    if (found->empty())
        return std::optional<HazardArea>();
    return std::optional<HazardArea>(std::move(found->front()));
}

Result<std::vector<HazardArea>> HazardStore::readInBox(double lonMin, double latMin, double lonMax,
                                                       double latMax) const
{
    m_layer->SetSpatialFilterRect(lonMin, latMin, lonMax, latMax);
    auto areas = readAll();
    m_layer->SetSpatialFilter(nullptr);
    return areas;
}

qint64 HazardStore::fidOf(const QString& guid) const
{
    m_layer->SetAttributeFilter((QByteArrayLiteral("guid = ") + quoted(guid)).constData());
    m_layer->ResetReading();
    OGRFeatureUniquePtr f(m_layer->GetNextFeature());
    const qint64 fid = f ? f->GetFID() : -1;
    m_layer->SetAttributeFilter(nullptr);
    return fid;
}

Result<bool> HazardStore::apply(ChangeSet& changes)
{
    data::GdalErrorCollector errors;
    if (changes.isEmpty())
        return true;
    if (m_dataset->StartTransaction() != OGRERR_NONE)
        return failure(QStringLiteral("cannot start a transaction"), errors);
    auto abort = [&](const QString& what) {
        m_dataset->RollbackTransaction();
        return failure(what, errors);
    };
    for (const QString& guid : changes.removals) {
        const qint64 fid = fidOf(guid);
        if (fid < 0) {
            m_dataset->RollbackTransaction();
            return Error{QStringLiteral("%1: the area %2 is no longer in the file").arg(fileName(m_path), guid)};
        }
        if (m_layer->DeleteFeature(fid) != OGRERR_NONE)
            return abort(QStringLiteral("the area was not deleted"));
    }
    for (const HazardArea& area : changes.updates) {
        const qint64 fid = fidOf(area.guid);
        if (fid < 0) {
            m_dataset->RollbackTransaction();
            return Error{QStringLiteral("%1: the area %2 is no longer in the file")
                             .arg(fileName(m_path), area.localId.isEmpty() ? area.guid : area.localId)};
        }
        OGRFeature f(m_layer->GetLayerDefn());
        f.SetFID(fid);
        if (!toFeature(area, f))
            return abort(QStringLiteral("the geometry cannot be stored"));
        if (m_layer->SetFeature(&f) != OGRERR_NONE)
            return abort(QStringLiteral("the change was not saved"));
    }
    std::vector<std::pair<qint64, QString>> inserted;
    for (HazardArea& area : changes.inserts) {
        const QString guid =
            area.guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : area.guid;
        if (!area.guid.isEmpty() && fidOf(guid) >= 0) {
            m_dataset->RollbackTransaction();
            return Error{QStringLiteral("%1: an area with GUID %2 is already in the file").arg(fileName(m_path), guid)};
        }
        OGRFeature f(m_layer->GetLayerDefn());
        HazardArea row = area;
        row.guid = guid;
        if (!toFeature(row, f))
            return abort(QStringLiteral("the geometry cannot be stored"));
        if (m_layer->CreateFeature(&f) != OGRERR_NONE)
            return abort(QStringLiteral("the area was not saved"));
        inserted.emplace_back(f.GetFID(), guid);
    }
    if (m_dataset->CommitTransaction() != OGRERR_NONE)
        return abort(QStringLiteral("the change was not saved (commit failed)"));
    for (std::size_t i = 0; i < inserted.size(); ++i) {
        changes.inserts[i].fid = inserted[i].first;
        changes.inserts[i].guid = inserted[i].second;
    }
    return true;
}

Result<qint64> HazardStore::insert(HazardArea& area)
{
    ChangeSet changes;
    changes.inserts.push_back(area);
    if (auto ok = apply(changes); !ok)
        return Error{ok.error()};
    area = changes.inserts.front();
    return area.fid;
}

Result<bool> HazardStore::update(const HazardArea& area)
{
    ChangeSet changes;
    changes.updates.push_back(area);
    return apply(changes);
}

Result<bool> HazardStore::remove(const QString& guid)
{
    ChangeSet changes;
    changes.removals << guid;
    return apply(changes);
}

} // namespace mineatlas::hazard
