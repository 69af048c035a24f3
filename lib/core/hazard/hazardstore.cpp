#include "hazard/hazardstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

#include <cpl_conv.h>

#include <ogrsf_frmts.h>

#include "data/ogrgeometry.h"
#include "data/writefailure.h"
#include "hazard/landrelease.h"

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
// Version 2 adds recorded_date (optional on read: a version 1 file has none until migrated).
const char* kSchemaKey = "MINEATLAS_HAZARD_SCHEMA";

/// How messages name the store: the file's name, or the workspace (never its password).
QString fileName(const QString& path)
{
    return isTeamWorkspace(path) ? workspaceLabel(path) : QFileInfo(path).fileName();
}

QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

void setDate(OGRFeature& f, const char* field, QDate d)
{
    if (d.isValid())
        f.SetField(field, d.year(), d.month(), d.day(), 0, 0, 0, 0);
    else
        f.SetFieldNull(f.GetFieldIndex(field));
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

/// A date-time field in UTC; invalid when null.
QDateTime dateTimeOf(const OGRFeature& f, const char* field)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
    float sec = 0;
    const int i = f.GetFieldIndex(field);
    if (i < 0 || !f.IsFieldSetAndNotNull(i) || !f.GetFieldAsDateTime(i, &y, &mo, &d, &h, &mi, &sec, &tz))
        return {};
    QDateTime t(QDate(y, mo, d), QTime(h, mi, static_cast<int>(sec)), Qt::UTC);
    if (tz > 1 && tz != 100) // GDAL: 100 = UTC, 100 + 4 per hour east
        t = t.addSecs(-(tz - 100) * 15 * 60);
    return t;
}

HazardArea areaOf(const OGRFeature& f)
{
    HazardArea a;
    a.fid = f.GetFID();
    a.localId = text(f, "local_id");
    a.guid = text(f, "guid");
    readVocabularies(a, text(f, "classification"), text(f, "status"), text(f, "evidence"),
                     text(f, "contamination"));
    a.statusDate = data::dateField(f, "status_date");
    a.statusReason = text(f, "status_reason");
    a.evidenceDescription = text(f, "evidence_desc");
    a.estimatedAreaM2 = f.GetFieldAsDouble("estimated_area_m2");
    a.remainingAreaM2 = f.GetFieldAsDouble("remaining_area_m2");
    a.dateOfInformation = data::dateField(f, "date_of_information");
    a.recordedDate = data::dateField(f, "recorded_date");
    a.reportedBy = text(f, "reported_by");
    a.notes = text(f, "notes");
    a.enteredCoordinates = text(f, "entered_coords");
    a.polygons = data::polygonsOf(f.GetGeometryRef());
    if (f.GetFieldIndex("row_version") >= 0) {
        a.rowVersion = f.GetFieldAsInteger64("row_version");
        a.lastEditor = text(f, "last_editor");
        a.editedAt = dateTimeOf(f, "edited_at");
    }
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
    if (m_workspace)
        return Error{QStringLiteral("%1: %2: %3")
                         .arg(fileName(m_path), what,
                              errors.failures().isEmpty()
                                  ? QCoreApplication::translate("HazardStore", "the server gave no reason")
                                  : describeConnectionFailure(m_path, errors.failures().last()))};
    return Error{QStringLiteral("%1: %2: %3")
                     .arg(fileName(m_path), what,
                          data::writeFailureCause(m_path, errors.failures(),
                                                  QCoreApplication::translate("HazardStore", "GDAL gave no reason")))};
}

Result<std::unique_ptr<HazardStore>> HazardStore::create(const QString& path, const QString& layer,
                                                         const QString& password)
{
    data::GdalErrorCollector errors;
    std::unique_ptr<HazardStore> store(new HazardStore);
    store->m_path = path;
    store->m_layerName = layer;
    store->m_editor = loginName();
    if (isTeamWorkspace(path)) {
        const char* drivers[] = {"PostgreSQL", nullptr};
        store->m_workspace = true;
        store->m_password = password;
        store->m_dataset.reset(GDALDataset::Open(withPassword(path, password).toUtf8().constData(),
                                                 GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
        if (!store->m_dataset)
            return Error{describeConnectionFailure(path, errors.message(QCoreApplication::translate("HazardStore", "no reason given")))};
        if (!hasPostgis(*store->m_dataset))
            return Error{QCoreApplication::translate("HazardStore", "%1: the database has no PostGIS extension; an administrator must run "
                                        "CREATE EXTENSION postgis in it first")
                             .arg(fileName(path))};
        if (store->m_dataset->GetLayerByName(layer.toUtf8().constData()))
            return Error{QCoreApplication::translate("HazardStore", "%1: the workspace already has hazard areas (%2)").arg(fileName(path), layer)};
        store->m_editor = QString();
    } else if (QFileInfo::exists(path)) {
        if (auto why = data::unwritableReason(path))
            return Error{QCoreApplication::translate("HazardStore", "%1: cannot add a hazard layer: %2").arg(fileName(path), *why)};
        store->m_dataset.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    } else {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        if (!driver)
            return Error{QCoreApplication::translate("HazardStore", "GDAL has no GeoPackage driver")};
        store->m_dataset.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    }
    if (!store->m_dataset)
        return store->failure(QCoreApplication::translate("HazardStore", "cannot create the hazard layer"), errors);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char* options[] = {"GEOMETRY_NAME=geom", "FID=fid", nullptr};
    CPLConfigOptionSetter noCopy("PG_USE_COPY", "NO", true); // fids known at once
    store->m_layer = store->m_dataset->CreateLayer(layer.toUtf8().constData(), &wgs84, wkbMultiPolygon,
                                                   const_cast<char**>(options));
    if (!store->m_layer)
        return store->failure(QCoreApplication::translate("HazardStore", "cannot create layer %1").arg(layer), errors);
    for (const FieldSpec& spec : kFields) {
        OGRFieldDefn field(spec.name, spec.type);
        if (store->m_layer->CreateField(&field) != OGRERR_NONE)
            return store->failure(
                QCoreApplication::translate("HazardStore", "cannot create field %1").arg(QString::fromLatin1(spec.name)), errors);
    }
    int version = 1;
    if (auto migrated = migrateHazardSchema(*store->m_dataset, *store->m_layer, version); !migrated)
        return Error{QStringLiteral("%1: %2").arg(fileName(path), migrated.error())};
    if (auto migrated = migrateConcurrencySchema(*store->m_dataset, *store->m_layer, version, store->m_workspace);
        !migrated)
        return Error{QStringLiteral("%1: %2").arg(fileName(path), migrated.error())};
    store->m_schemaVersion = version;
    if (store->m_workspace)
        store->m_editor = store->databaseUser();
    // One row per GUID, enforced by the file itself.
    const QByteArray index = "CREATE UNIQUE INDEX IF NOT EXISTS \"" + layer.toUtf8() + "_guid\" ON " +
                             store->quotedLayer() + " (guid)";
    store->m_dataset->ExecuteSQL(index.constData(), nullptr, nullptr);
    return store;
}

Result<std::unique_ptr<HazardStore>> HazardStore::open(const QString& path, const QString& layer,
                                                       bool readOnly, const QString& password)
{
    if (isTeamWorkspace(path))
        return openWorkspace(path, password, layer, readOnly, nullptr);
    data::GdalErrorCollector errors;
    std::unique_ptr<HazardStore> store(new HazardStore);
    store->m_path = path;
    store->m_layerName = layer;
    if (!QFileInfo::exists(path))
        return Error{QCoreApplication::translate("HazardStore", "%1: file not found").arg(fileName(path))};
    // Say why a file cannot be edited before GDAL fails to open it without a word.
    if (!readOnly)
        if (auto why = data::unwritableReason(path))
            return Error{QCoreApplication::translate("HazardStore", "%1: cannot edit it: %2. Open a copy you can write to.")
                             .arg(fileName(path), *why)};
    if (readOnly)
        data::rollBackInterruptedWrite(path); // what a killed editor left half-written
    const char* drivers[] = {"GPKG", nullptr};
    const unsigned flags =
        GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR | (readOnly ? GDAL_OF_READONLY : GDAL_OF_UPDATE);
    store->m_dataset.reset(GDALDataset::Open(path.toUtf8().constData(), flags, drivers, nullptr, nullptr));
    if (!store->m_dataset)
        return Error{QCoreApplication::translate("HazardStore", "%1: cannot open it as a GeoPackage: %2")
                         .arg(fileName(path), data::writeFailureCause(path, errors.failures(),
                                                                      QCoreApplication::translate("HazardStore", "GDAL gave no reason")))};
    store->m_layer = store->m_dataset->GetLayerByName(layer.toUtf8().constData());
    if (!store->m_layer)
        return Error{QCoreApplication::translate("HazardStore", "%1: no layer named \"%2\"").arg(fileName(path), layer)};
    QStringList missing;
    for (const FieldSpec& spec : kFields)
        if (store->m_layer->GetLayerDefn()->GetFieldIndex(spec.name) < 0)
            missing << QString::fromLatin1(spec.name);
    if (!missing.isEmpty())
        return Error{QCoreApplication::translate("HazardStore", "%1: layer \"%2\" is not a hazard layer; missing field(s): %3")
                         .arg(fileName(path), layer, missing.join(QStringLiteral(", ")))};
    const char* version = store->m_layer->GetMetadataItem(kSchemaKey);
    store->m_schemaVersion = version ? QByteArray(version).toInt() : 0;
    store->m_readOnly = readOnly;
    // An older file is brought up to date when it is opened for editing (a copy opened read-only
    // is left as it is): the migration adds, never removes.
    if (!readOnly && store->m_schemaVersion < kSchemaVersion) {
        if (auto migrated = migrateHazardSchema(*store->m_dataset, *store->m_layer, store->m_schemaVersion); !migrated)
            return Error{QStringLiteral("%1: %2").arg(fileName(path), migrated.error())};
        if (auto migrated = migrateConcurrencySchema(*store->m_dataset, *store->m_layer, store->m_schemaVersion, false);
            !migrated)
            return Error{QStringLiteral("%1: %2").arg(fileName(path), migrated.error())};
    }
    store->m_editor = loginName();
    if (!readOnly)
        if (auto ok = store->prepareGuids(); !ok)
            return Error{ok.error()};
    return store;
}

QString HazardStore::databaseUser() const
{
    QString user;
    if (OGRLayer* r = m_dataset->ExecuteSQL("SELECT current_user", nullptr, nullptr)) {
        if (OGRFeatureUniquePtr f{r->GetNextFeature()})
            user = QString::fromUtf8(f->GetFieldAsString(0));
        m_dataset->ReleaseResultSet(r);
    }
    return user;
}

Result<std::unique_ptr<HazardStore>> HazardStore::openWorkspace(const QString& path, const QString& password,
                                                                const QString& layer, bool readOnly,
                                                                WorkspaceProblem* problem)
{
    WorkspaceProblem dummy;
    WorkspaceProblem& why = problem ? *problem : dummy;
    why = WorkspaceProblem::None;
    data::GdalErrorCollector errors;
    std::unique_ptr<HazardStore> store(new HazardStore);
    store->m_path = path;
    store->m_layerName = layer;
    store->m_workspace = true;
    store->m_password = password;
    store->m_readOnly = readOnly;
    const char* drivers[] = {"PostgreSQL", nullptr};
    const unsigned flags = GDAL_OF_VECTOR | (readOnly ? GDAL_OF_READONLY : GDAL_OF_UPDATE);
    store->m_dataset.reset(
        GDALDataset::Open(withPassword(path, password).toUtf8().constData(), flags, drivers, nullptr, nullptr));
    if (!store->m_dataset) {
        const QString message = errors.message(QCoreApplication::translate("HazardStore", "no reason given"));
        why = classifyConnectionFailure(message);
        return Error{describeConnectionFailure(path, message)};
    }
    if (!hasPostgis(*store->m_dataset)) {
        why = WorkspaceProblem::NoPostgis;
        return Error{QCoreApplication::translate("HazardStore", "%1: the database has no PostGIS extension; an administrator must run "
                                    "CREATE EXTENSION postgis in it before MineAtlas can keep hazard areas there")
                         .arg(fileName(path))};
    }
    store->m_layer = store->m_dataset->GetLayerByName(layer.toUtf8().constData());
    if (!store->m_layer) {
        why = WorkspaceProblem::NoTables;
        return Error{QCoreApplication::translate("HazardStore", "%1: the workspace has no hazard tables (%2) yet; create them to start")
                         .arg(fileName(path), layer)};
    }
    QStringList missing;
    for (const FieldSpec& spec : kFields)
        if (store->m_layer->GetLayerDefn()->GetFieldIndex(spec.name) < 0)
            missing << QString::fromLatin1(spec.name);
    if (!missing.isEmpty()) {
        why = WorkspaceProblem::Other;
        return Error{QStringLiteral("%1: table \"%2\" is not a hazard layer; missing field(s): %3")
                         .arg(fileName(path), layer, missing.join(QStringLiteral(", ")))};
    }
    store->m_schemaVersion = workspaceSchemaVersion(*store->m_dataset, layer);
    if (store->m_schemaVersion == 0) // made by hand or by an older tool: judge by its columns
        store->m_schemaVersion = store->m_layer->GetLayerDefn()->GetFieldIndex("recorded_date") >= 0 ? 2 : 1;
    if (!readOnly && store->m_schemaVersion < kSchemaVersion) {
        if (auto migrated = migrateHazardSchema(*store->m_dataset, *store->m_layer, store->m_schemaVersion); !migrated)
            return Error{QStringLiteral("%1: %2").arg(fileName(path), migrated.error())};
        if (auto migrated = migrateConcurrencySchema(*store->m_dataset, *store->m_layer, store->m_schemaVersion, true);
            !migrated)
            return Error{QStringLiteral("%1: %2").arg(fileName(path), migrated.error())};
    }
    store->m_editor = store->databaseUser();
    if (!readOnly)
        if (auto ok = store->prepareGuids(); !ok)
            return Error{ok.error()};
    return store;
}

QByteArray HazardStore::quotedLayer() const
{
    QByteArray name = m_layerName.toUtf8();
    name.replace('"', "\"\"");
    return '"' + name + '"';
}

Result<bool> HazardStore::prepareGuids()
{
    data::GdalErrorCollector errors;
    // Several rows with one GUID: an edit could land on the wrong one. Refuse, and say which.
    const QByteArray duplicates = QByteArray(m_workspace ? "SELECT guid, string_agg(COALESCE(NULLIF(local_id, ''), 'fid ' || fid), ', ') FROM "
                                                         : "SELECT guid, group_concat(COALESCE(NULLIF(local_id, ''), 'fid ' || fid), ', ') FROM ") +
                                  quotedLayer() + " WHERE guid IS NOT NULL AND guid <> '' GROUP BY guid HAVING COUNT(*) > 1";
    if (OGRLayer* result = m_dataset->ExecuteSQL(duplicates.constData(), nullptr, nullptr)) {
        QStringList clashes;
        for (auto& f : *result)
            clashes << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(f->GetFieldAsString(0)),
                                                    QString::fromUtf8(f->GetFieldAsString(1)));
        m_dataset->ReleaseResultSet(result);
        if (!clashes.isEmpty())
            return Error{QCoreApplication::translate("HazardStore", "%1: %2 GUID(s) are used by more than one area, so edits could reach the "
                                        "wrong one: %3. Give each area its own GUID (or remove the copies) before "
                                        "editing.")
                             .arg(fileName(m_path))
                             .arg(clashes.size())
                             .arg(clashes.mid(0, 5).join(QStringLiteral("; ")))};
    }
    // Rows without a GUID (a partner's file): each gets one, in one transaction.
    m_layer->SetAttributeFilter("guid IS NULL OR guid = ''");
    m_layer->ResetReading();
    std::vector<qint64> missing;
    for (auto& f : *m_layer)
        missing.push_back(f->GetFID());
    m_layer->SetAttributeFilter(nullptr);
    if (!missing.empty()) {
        if (m_dataset->StartTransaction() != OGRERR_NONE)
            return failure(QCoreApplication::translate("HazardStore", "cannot give GUIDs to %1 areas").arg(missing.size()), errors);
        for (qint64 fid : missing) {
            OGRFeatureUniquePtr f(m_layer->GetFeature(fid));
            f->SetField("guid", QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8().constData());
            if (m_layer->SetFeature(f.get()) != OGRERR_NONE) {
                m_dataset->RollbackTransaction();
                return failure(QCoreApplication::translate("HazardStore", "cannot give GUIDs to %1 areas").arg(missing.size()), errors);
            }
        }
        if (m_dataset->CommitTransaction() != OGRERR_NONE)
            return failure(QCoreApplication::translate("HazardStore", "cannot give GUIDs to %1 areas").arg(missing.size()), errors);
        m_assignedGuids = static_cast<int>(missing.size());
    }
    const QByteArray index = "CREATE INDEX IF NOT EXISTS \"" + m_layerName.toUtf8() + "_guid_lookup\" ON " + quotedLayer() + " (guid)";
    m_dataset->ExecuteSQL(index.constData(), nullptr, nullptr); // speed only: a failure costs nothing else
    return true;
}

void HazardStore::reconnect()
{
    const char* gpkg[] = {"GPKG", nullptr};
    const char* pg[] = {"PostgreSQL", nullptr};
    const unsigned flags = GDAL_OF_VECTOR | (m_readOnly ? GDAL_OF_READONLY : GDAL_OF_UPDATE);
    m_layer = nullptr;
    m_dataset.reset(GDALDataset::Open(withPassword(m_path, m_password).toUtf8().constData(), flags,
                                      m_workspace ? pg : gpkg, nullptr, nullptr));
    if (m_dataset)
        m_layer = m_dataset->GetLayerByName(m_layerName.toUtf8().constData());
}

Result<bool> HazardStore::ensureConnected()
{
    if (!m_workspace)
        return true;
    data::GdalErrorCollector errors;
    if (m_layer) {
        OGRLayer* r = m_dataset->ExecuteSQL("SELECT 1", nullptr, nullptr);
        const bool alive = r && OGRFeatureUniquePtr(r->GetNextFeature()) != nullptr;
        if (r)
            m_dataset->ReleaseResultSet(r);
        if (alive && errors.failures().isEmpty())
            return true;
    }
    errors.clear();
    reconnect();
    if (m_layer)
        return true;
    return Error{describeConnectionFailure(
        m_path, errors.message(QCoreApplication::translate("HazardStore", "the server did not answer")))};
}

qint64 HazardStore::backendPid() const
{
    if (!m_workspace || !m_dataset)
        return 0;
    data::GdalErrorCollector quiet;
    qint64 pid = 0;
    if (OGRLayer* r = m_dataset->ExecuteSQL("SELECT pg_backend_pid()", nullptr, nullptr)) {
        if (OGRFeatureUniquePtr f{r->GetNextFeature()})
            pid = f->GetFieldAsInteger64(0);
        m_dataset->ReleaseResultSet(r);
    }
    return pid;
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
    // When the area was first recorded (schema 2): kept once set; a new area's is its date of
    // information, or the day it is saved.
    if (f.GetFieldIndex("recorded_date") >= 0)
        setDate(f, "recorded_date",
                a.recordedDate.isValid() ? a.recordedDate
                                         : (a.dateOfInformation.isValid() ? a.dateOfInformation : QDate::currentDate()));
    f.SetField("reported_by", a.reportedBy.toUtf8().constData());
    f.SetField("notes", a.notes.toUtf8().constData());
    f.SetField("entered_coords", a.enteredCoordinates.toUtf8().constData());
    if (f.GetFieldIndex("row_version") >= 0) {
        f.SetField("row_version", static_cast<GIntBig>(a.rowVersion));
        f.SetField("last_editor", a.lastEditor.toUtf8().constData());
        const QDateTime t = a.editedAt.toUTC();
        if (t.isValid())
            f.SetField("edited_at", t.date().year(), t.date().month(), t.date().day(), t.time().hour(),
                       t.time().minute(), static_cast<float>(t.time().second()), 100);
        else
            f.SetFieldNull(f.GetFieldIndex("edited_at"));
    }
    OGRGeometryUniquePtr multi = toGeometry(a);
    multi->assignSpatialReference(m_layer->GetSpatialRef());
    return f.SetGeometry(multi.get()) == OGRERR_NONE;
}

Result<std::vector<HazardArea>> HazardStore::readAll() const
{
    if (m_workspace)
        if (auto split = readAllOnTwoConnections())
            return std::move(*split);
    return readFiltered({});
}

Result<std::vector<HazardArea>> HazardStore::readFiltered(const QString& filter) const
{
    data::GdalErrorCollector errors;
    std::vector<HazardArea> out;
    if (!m_layer)
        return Error{QCoreApplication::translate("HazardStore", "%1: the connection was lost; it is tried again on the next save")
                         .arg(fileName(m_path))};
    m_layer->SetAttributeFilter(filter.isEmpty() ? nullptr : filter.toUtf8().constData());
    m_layer->ResetReading();
    for (auto& f : *m_layer)
        out.push_back(areaOf(*f));
    m_layer->SetAttributeFilter(nullptr);
    if (!errors.failures().isEmpty())
        return Error{QCoreApplication::translate("HazardStore", "%1: reading hazard areas failed: %2")
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
    if (found->size() > 1)
        return Error{QCoreApplication::translate("HazardStore", "%1: %2 areas have the GUID %3").arg(fileName(m_path)).arg(found->size()).arg(guid)};
    return std::optional<HazardArea>(std::move(found->front()));
}

Result<std::vector<HazardArea>> HazardStore::readInBox(double lonMin, double latMin, double lonMax,
                                                       double latMax, const QString& attributeFilter) const
{
    if (!m_layer)
        return readAll(); // says the connection was lost
    m_layer->SetSpatialFilterRect(lonMin, latMin, lonMax, latMax);
    auto areas = readFiltered(attributeFilter);
    m_layer->SetSpatialFilter(nullptr);
    return areas;
}

qint64 HazardStore::fidOf(const QString& guid) const
{
    m_layer->SetAttributeFilter((QByteArrayLiteral("guid = ") + quoted(guid)).constData());
    m_layer->ResetReading();
    OGRFeatureUniquePtr f(m_layer->GetNextFeature());
    qint64 fid = f ? f->GetFID() : -1;
    if (f && OGRFeatureUniquePtr(m_layer->GetNextFeature()))
        fid = -2;
    m_layer->SetAttributeFilter(nullptr);
    return fid;
}

bool HazardStore::isVersioned() const
{
    return m_layer && m_layer->GetLayerDefn()->GetFieldIndex("row_version") >= 0;
}

Result<std::vector<HazardArea>> HazardStore::lockAndRead(const QString& guid)
{
    if (isVersioned()) {
        data::GdalErrorCollector errors;
        const QByteArray lock = "UPDATE " + quotedLayer() + " SET row_version = row_version WHERE guid = " + quoted(guid);
        if (OGRLayer* r = m_dataset->ExecuteSQL(lock.constData(), nullptr, nullptr))
            m_dataset->ReleaseResultSet(r);
        if (!errors.failures().isEmpty())
            return failure(QCoreApplication::translate("HazardStore", "cannot lock the area for saving (another program may be writing)"), errors);
    }
    return readFiltered(QStringLiteral("guid = ") + QString::fromUtf8(quoted(guid)));
}

Result<bool> HazardStore::apply(ChangeSet& changes)
{
    data::GdalErrorCollector errors;
    m_conflicts.clear();
    if (changes.isEmpty())
        return true;
    if (auto connected = ensureConnected(); !connected) // a server that went away and came back
        return connected;
    if (!m_layer)
        return Error{QCoreApplication::translate("HazardStore", "%1: the connection was lost; open the layer again").arg(fileName(m_path))};
    CPLConfigOptionSetter noCopy("PG_USE_COPY", "NO", true); // plain INSERTs: fids known at once
    if (m_dataset->StartTransaction() != OGRERR_NONE) {
        const Error error = failure(QCoreApplication::translate("HazardStore", "cannot start a transaction"), errors);
        if (m_workspace)
            reconnect(); // the server went away: the next save tries a fresh connection
        return error;
    }
    auto abort = [&](const QString& what) {
        m_dataset->RollbackTransaction();
        return failure(what, errors);
    };
    auto refuse = [&](const QString& message) -> Result<bool> {
        m_dataset->RollbackTransaction();
        return Error{message};
    };
    const bool versioned = isVersioned();
    if (m_workspace) {
        // Who the history trigger names for this transaction's changes.
        const QByteArray who = "SET LOCAL mineatlas.editor = " + quoted(m_editor);
        if (OGRLayer* r = m_dataset->ExecuteSQL(who.constData(), nullptr, nullptr))
            m_dataset->ReleaseResultSet(r);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < changes.removals.size(); ++i) {
        const QString& guid = changes.removals[i];
        const qint64 readVersion = changes.removalVersions.value(i, 0);
        auto rows = lockAndRead(guid);
        if (!rows)
            return refuse(rows.error());
        if (rows->size() > 1)
            return refuse(QCoreApplication::translate("HazardStore", "%1: several areas have the GUID %2; nothing was changed").arg(fileName(m_path), guid));
        if (rows->empty()) {
            if (versioned && readVersion > 0) {
                m_conflicts.push_back({guid, std::nullopt, std::nullopt});
                continue;
            }
            return refuse(QCoreApplication::translate("HazardStore", "%1: the area %2 is no longer in the file").arg(fileName(m_path), guid));
        }
        if (versioned && readVersion > 0 && rows->front().rowVersion != readVersion) {
            m_conflicts.push_back({guid, std::nullopt, rows->front()});
            continue;
        }
        if (m_layer->DeleteFeature(rows->front().fid) != OGRERR_NONE)
            return abort(QCoreApplication::translate("HazardStore", "the area was not deleted"));
    }
    for (HazardArea& area : changes.updates) {
        auto rows = lockAndRead(area.guid);
        if (!rows)
            return refuse(rows.error());
        if (rows->size() > 1)
            return refuse(QCoreApplication::translate("HazardStore", "%1: several areas have the GUID %2; nothing was changed").arg(fileName(m_path), area.guid));
        if (rows->empty()) {
            if (versioned && area.rowVersion > 0) {
                m_conflicts.push_back({area.guid, area, std::nullopt});
                continue;
            }
            return refuse(QCoreApplication::translate("HazardStore", "%1: the area %2 is no longer in the file")
                              .arg(fileName(m_path), area.localId.isEmpty() ? area.guid : area.localId));
        }
        const HazardArea& stored = rows->front();
        if (versioned && area.rowVersion > 0 && stored.rowVersion != area.rowVersion) {
            m_conflicts.push_back({area.guid, area, stored});
            continue;
        }
        HazardArea row = area;
        row.rowVersion = versioned ? stored.rowVersion + 1 : 0;
        row.lastEditor = m_editor;
        row.editedAt = now;
        OGRFeature f(m_layer->GetLayerDefn());
        f.SetFID(stored.fid);
        if (!toFeature(row, f))
            return abort(QCoreApplication::translate("HazardStore", "the geometry cannot be stored"));
        if (m_layer->SetFeature(&f) != OGRERR_NONE)
            return abort(QCoreApplication::translate("HazardStore", "the change was not saved"));
    }
    if (!m_conflicts.empty()) {
        m_dataset->RollbackTransaction();
        QStringList names;
        for (const Conflict& c : m_conflicts) {
            const HazardArea* a = c.mine ? &*c.mine : (c.theirs ? &*c.theirs : nullptr);
            QString name = a && !a->localId.isEmpty() ? a->localId : c.guid.left(8);
            if (c.theirs)
                name += QCoreApplication::translate("HazardStore", " (now version %1 by %2)")
                            .arg(c.theirs->rowVersion)
                            .arg(c.theirs->lastEditor.isEmpty() ? QCoreApplication::translate("HazardStore", "someone else") : c.theirs->lastEditor);
            else
                name += QCoreApplication::translate("HazardStore", " (deleted by someone else)");
            names << name;
        }
        return Error{QCoreApplication::translate("HazardStore", "%1: not saved, %2 area(s) changed by someone else since you read them: %3. "
                                    "Nothing was overwritten; choose keep mine, take theirs or merge.")
                         .arg(fileName(m_path))
                         .arg(m_conflicts.size())
                         .arg(names.join(QStringLiteral("; ")))};
    }
    std::vector<std::pair<qint64, QString>> inserted;
    for (HazardArea& area : changes.inserts) {
        const QString guid =
            area.guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : area.guid;
        if (!area.guid.isEmpty() && fidOf(guid) != -1)
            return refuse(QCoreApplication::translate("HazardStore", "%1: an area with GUID %2 is already in the file").arg(fileName(m_path), guid));
        OGRFeature f(m_layer->GetLayerDefn());
        HazardArea row = area;
        row.guid = guid;
        // An area coming back (undo of a delete) goes on from the version it had.
        row.rowVersion = versioned ? std::max<qint64>(area.rowVersion, 0) + 1 : 0;
        row.lastEditor = m_editor;
        row.editedAt = now;
        if (!toFeature(row, f))
            return abort(QCoreApplication::translate("HazardStore", "the geometry cannot be stored"));
        if (m_layer->CreateFeature(&f) != OGRERR_NONE)
            return abort(QCoreApplication::translate("HazardStore", "the area was not saved"));
        inserted.emplace_back(f.GetFID(), guid);
    }
    if (m_dataset->CommitTransaction() != OGRERR_NONE) {
        // SQLite may keep the transaction open after a failed COMMIT while GDAL thinks it is over:
        // a fresh connection is the only state that is certainly clean.
        const Error error = failure(QCoreApplication::translate("HazardStore", "the change was not saved (commit failed)"), errors);
        m_dataset->RollbackTransaction();
        reconnect();
        return error;
    }
    for (std::size_t i = 0; i < inserted.size(); ++i) {
        HazardArea& a = changes.inserts[i];
        a.fid = inserted[i].first;
        a.guid = inserted[i].second;
        a.rowVersion = versioned ? std::max<qint64>(a.rowVersion, 0) + 1 : 0;
        a.lastEditor = m_editor;
        a.editedAt = now;
    }
    for (HazardArea& a : changes.updates) {
        // Checked above: the stored row was at the version read (or unchecked: read it back).
        if (versioned && a.rowVersion > 0)
            ++a.rowVersion;
        else if (auto stored = readByGuid(a.guid); stored && stored.value())
            a.rowVersion = stored.value()->rowVersion;
        a.lastEditor = m_editor;
        a.editedAt = now;
    }
    return true;
}

Result<std::vector<AreaVersion>> HazardStore::versions(const QString& guid) const
{
    std::vector<AreaVersion> out;
    if (m_workspace) {
        data::GdalErrorCollector errors;
        QByteArray history = (m_layerName + QStringLiteral("_history")).toUtf8();
        history.replace('"', "\"\"");
        const QByteArray sql = "SELECT * FROM \"" + history + "\" WHERE guid = " + quoted(guid) + " ORDER BY history_id";
        OGRLayer* r = m_dataset->ExecuteSQL(sql.constData(), nullptr, nullptr);
        if (!r)
            return Error{QCoreApplication::translate("HazardStore", "%1: cannot read the history of %2: %3")
                             .arg(fileName(m_path), guid, errors.message(QCoreApplication::translate("HazardStore", "no reason given")))};
        for (auto& f : *r) {
            AreaVersion v;
            v.area = areaOf(*f);
            v.area.fid = f->GetFieldAsInteger64("fid");
            v.operation = text(*f, "operation");
            v.replacedBy = text(*f, "changed_by");
            v.replacedAt = dateTimeOf(*f, "changed_at");
            v.changedFields = text(*f, "changed_fields").split(QLatin1Char(','), Qt::SkipEmptyParts);
            out.push_back(std::move(v));
        }
        m_dataset->ReleaseResultSet(r);
    }
    auto current = readByGuid(guid);
    if (!current)
        return Error{current.error()};
    if (current.value())
        out.push_back({*current.value(), QStringLiteral("CURRENT"), {}, {}, {}});
    return out;
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

Result<bool> HazardStore::remove(const QString& guid, qint64 readVersion)
{
    ChangeSet changes;
    changes.removals << guid;
    changes.removalVersions << readVersion;
    return apply(changes);
}

} // namespace mineatlas::hazard
