#include "hazard/offlinesync.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"
#include "feedback.h"
#include "hazard/conflictresolution.h"
#include "hazard/hazardstore.h"
#include "hazard/teamworkspace.h"

namespace mineatlas::hazard {

namespace {

const char* kAreasTable = "mineatlas_offline";
const char* kSourceTable = "mineatlas_offline_source";

/// The versions an area had when it was last in step on both sides.
struct Base {
    qint64 workspaceVersion = 0;
    qint64 offlineVersion = 0;
};

/// The bookkeeping tables of an offline copy, on the offline store's own connection.
class Bookkeeping {
public:
    explicit Bookkeeping(GDALDataset& ds) : m_ds(ds) {}

    Result<bool> create(const OfflineSource& source)
    {
        data::GdalErrorCollector errors;
        OGRLayer* areas = m_ds.CreateLayer(kAreasTable, nullptr, wkbNone, nullptr);
        OGRLayer* src = m_ds.CreateLayer(kSourceTable, nullptr, wkbNone, nullptr);
        if (!areas || !src)
            return Error{errors.message(QCoreApplication::translate("OfflineSync", "cannot create the offline bookkeeping tables"))};
        for (const auto& [name, type] : {std::pair{"guid", OFTString}, std::pair{"workspace_version", OFTInteger64},
                                         std::pair{"offline_version", OFTInteger64}}) {
            OGRFieldDefn field(name, type);
            if (areas->CreateField(&field) != OGRERR_NONE)
                return Error{errors.message(QCoreApplication::translate("OfflineSync", "cannot create the offline bookkeeping tables"))};
        }
        for (const char* name : {"workspace", "layer_name", "taken_at"}) {
            OGRFieldDefn field(name, OFTString);
            if (src->CreateField(&field) != OGRERR_NONE)
                return Error{errors.message(QCoreApplication::translate("OfflineSync", "cannot create the offline bookkeeping tables"))};
        }
        OGRFeature f(src->GetLayerDefn());
        f.SetField("workspace", source.workspace.toUtf8().constData());
        f.SetField("layer_name", source.layer.toUtf8().constData());
        f.SetField("taken_at", source.takenAt.toUTC().toString(Qt::ISODate).toUtf8().constData());
        if (src->CreateFeature(&f) != OGRERR_NONE)
            return Error{errors.message(QCoreApplication::translate("OfflineSync", "cannot record the workspace"))};
        const QByteArray index = QByteArrayLiteral("CREATE UNIQUE INDEX IF NOT EXISTS mineatlas_offline_guid ON ") +
                                 kAreasTable + " (guid)";
        if (OGRLayer* r = m_ds.ExecuteSQL(index.constData(), nullptr, nullptr))
            m_ds.ReleaseResultSet(r);
        return true;
    }

    static Result<OfflineSource> source(GDALDataset& ds)
    {
        OGRLayer* src = ds.GetLayerByName(kSourceTable);
        if (!src || !ds.GetLayerByName(kAreasTable))
            return Error{QCoreApplication::translate("OfflineSync", "it is not an offline copy of a team workspace (no %1 table)").arg(QLatin1String(kSourceTable))};
        src->ResetReading();
        OGRFeatureUniquePtr f(src->GetNextFeature());
        if (!f)
            return Error{QCoreApplication::translate("OfflineSync", "it does not say which workspace it came from")};
        OfflineSource s;
        s.workspace = QString::fromUtf8(f->GetFieldAsString("workspace"));
        s.layer = QString::fromUtf8(f->GetFieldAsString("layer_name"));
        s.takenAt = QDateTime::fromString(QString::fromUtf8(f->GetFieldAsString("taken_at")), Qt::ISODate);
        return s;
    }

    std::map<QString, Base> readAll() const
    {
        std::map<QString, Base> out;
        OGRLayer* l = m_ds.GetLayerByName(kAreasTable);
        l->ResetReading();
        for (auto& f : *l)
            out[QString::fromUtf8(f->GetFieldAsString("guid"))] = {f->GetFieldAsInteger64("workspace_version"),
                                                                   f->GetFieldAsInteger64("offline_version")};
        return out;
    }

    /// Records (or forgets, for a null `base`) the versions of one area.
    bool set(const QString& guid, std::optional<Base> base)
    {
        OGRLayer* l = m_ds.GetLayerByName(kAreasTable);
        QString q = guid;
        q.replace(QLatin1Char('\''), QStringLiteral("''"));
        l->SetAttributeFilter(QStringLiteral("guid = '%1'").arg(q).toUtf8().constData());
        l->ResetReading();
        OGRFeatureUniquePtr f(l->GetNextFeature());
        l->SetAttributeFilter(nullptr);
        if (!base)
            return !f || l->DeleteFeature(f->GetFID()) == OGRERR_NONE;
        if (!f) {
            f.reset(new OGRFeature(l->GetLayerDefn()));
            f->SetField("guid", guid.toUtf8().constData());
        }
        f->SetField("workspace_version", static_cast<GIntBig>(base->workspaceVersion));
        f->SetField("offline_version", static_cast<GIntBig>(base->offlineVersion));
        return (f->GetFID() == OGRNullFID ? l->CreateFeature(f.get()) : l->SetFeature(f.get())) == OGRERR_NONE;
    }

private:
    GDALDataset& m_ds;
};

QString nameOf(const HazardArea& a)
{
    return a.localId.isEmpty() ? a.guid.left(8) : a.localId;
}

QString byWhom(const HazardArea& theirs)
{
    return theirs.lastEditor.isEmpty() ? QCoreApplication::translate("OfflineSync", "someone else") : theirs.lastEditor;
}

/// Both ends of a sync, opened for writing.
struct Ends {
    std::unique_ptr<HazardStore> offline;
    std::unique_ptr<HazardStore> workspace;
    OfflineSource source;
};

Result<Ends> openEnds(const QString& gpkgPath, const QString& password)
{
    const QString file = QFileInfo(gpkgPath).fileName();
    Ends ends;
    auto offline = HazardStore::open(gpkgPath);
    if (!offline)
        return Error{offline.error()};
    ends.offline = std::move(offline.value());
    auto source = Bookkeeping::source(ends.offline->dataset());
    if (!source)
        return Error{QStringLiteral("%1: %2").arg(file, source.error())};
    ends.source = source.value();
    auto workspace = HazardStore::open(ends.source.workspace, ends.source.layer, false, password);
    if (!workspace)
        return Error{QCoreApplication::translate("OfflineSync", "%1: cannot reach the workspace it came from: %2").arg(file, workspace.error())};
    ends.workspace = std::move(workspace.value());
    return ends;
}

/// Writes one change to a store; on a conflict (someone saved meanwhile) returns what is there now.
struct Written {
    bool ok = false;
    bool conflict = false;
    std::optional<HazardArea> current; ///< after a conflict: the stored row (nullopt: deleted)
    HazardArea area;                   ///< after success: the row as written (new version)
    QString error;
};

Written write(HazardStore& store, ChangeSet changes)
{
    Written w;
    auto ok = store.apply(changes);
    if (ok) {
        w.ok = true;
        if (!changes.inserts.empty())
            w.area = changes.inserts.front();
        else if (!changes.updates.empty())
            w.area = changes.updates.front();
        return w;
    }
    w.error = ok.error();
    if (!store.lastConflicts().empty()) {
        w.conflict = true;
        w.current = store.lastConflicts().front().theirs;
    }
    return w;
}

ChangeSet updateOf(HazardArea area, qint64 expectedVersion)
{
    ChangeSet c;
    area.rowVersion = expectedVersion;
    c.updates.push_back(std::move(area));
    return c;
}

ChangeSet insertOf(HazardArea area)
{
    ChangeSet c;
    area.fid = -1;
    area.rowVersion = 0;
    c.inserts.push_back(std::move(area));
    return c;
}

ChangeSet removalOf(const QString& guid, qint64 expectedVersion)
{
    ChangeSet c;
    c.removals << guid;
    c.removalVersions << expectedVersion;
    return c;
}

/// Puts `theirs` (or its absence) into the offline copy in place of `mine`, and records the pair in
/// step.
Result<bool> followWorkspace(Ends& ends, Bookkeeping& books, const QString& guid, const std::optional<HazardArea>& mine,
                             const std::optional<HazardArea>& theirs)
{
    Written w;
    if (theirs && mine)
        w = write(*ends.offline, updateOf(*theirs, mine->rowVersion));
    else if (theirs)
        w = write(*ends.offline, insertOf(*theirs));
    else if (mine)
        w = write(*ends.offline, removalOf(guid, mine->rowVersion));
    else
        w.ok = true;
    if (!w.ok)
        return Error{w.error};
    if (!books.set(guid, theirs ? std::optional<Base>(Base{theirs->rowVersion, w.area.rowVersion}) : std::nullopt))
        return Error{QCoreApplication::translate("OfflineSync", "%1: the area was updated but its versions were not recorded").arg(QFileInfo(ends.offline->path()).fileName())};
    return true;
}

} // namespace

QString toText(SyncAction action)
{
    switch (action) {
    case SyncAction::Unchanged: return QCoreApplication::translate("OfflineSync", "unchanged");
    case SyncAction::Uploaded: return QCoreApplication::translate("OfflineSync", "uploaded");
    case SyncAction::Inserted: return QCoreApplication::translate("OfflineSync", "added to the workspace");
    case SyncAction::Deleted: return QCoreApplication::translate("OfflineSync", "deleted in the workspace");
    case SyncAction::Refreshed: return QCoreApplication::translate("OfflineSync", "refreshed from the workspace");
    case SyncAction::RemovedOffline: return QCoreApplication::translate("OfflineSync", "removed offline");
    case SyncAction::Conflict: return QCoreApplication::translate("OfflineSync", "conflict");
    case SyncAction::KeptMine: return QCoreApplication::translate("OfflineSync", "kept mine");
    case SyncAction::TookTheirs: return QCoreApplication::translate("OfflineSync", "took theirs");
    case SyncAction::Failed: return QCoreApplication::translate("OfflineSync", "failed");
    }
    return {};
}

int SyncReport::count(SyncAction action) const
{
    return static_cast<int>(std::count_if(entries.begin(), entries.end(), [&](const SyncEntry& e) { return e.action == action; }));
}

QString SyncReport::summary() const
{
    QStringList parts;
    for (SyncAction a : {SyncAction::Uploaded, SyncAction::Inserted, SyncAction::Deleted, SyncAction::Refreshed,
                         SyncAction::RemovedOffline, SyncAction::Conflict, SyncAction::Failed, SyncAction::Unchanged})
        if (const int n = count(a))
            parts << QStringLiteral("%1 %2").arg(n).arg(toText(a));
    if (canceled)
        parts << QCoreApplication::translate("OfflineSync", "cancelled before the end");
    return parts.isEmpty() ? QCoreApplication::translate("OfflineSync", "no areas") : parts.join(QStringLiteral(", "));
}

Result<int> OfflineSync::takeOffline(const QString& workspace, const QString& password, const QString& layer,
                                     const OfflineRegion& region, const QString& gpkgPath, Feedback* feedback)
{
    const QString file = QFileInfo(gpkgPath).fileName();
    if (QFileInfo::exists(gpkgPath))
        return Error{QCoreApplication::translate("OfflineSync", "%1: the file already exists; choose a new name for the offline copy").arg(file)};
    auto source = HazardStore::open(workspace, layer, true, password);
    if (!source)
        return Error{source.error()};
    auto areas = source.value()->readInBox(region.lonMin, region.latMin, region.lonMax, region.latMax,
                                           region.attributeFilter);
    if (!areas)
        return Error{areas.error()};
    if (feedback)
        feedback->setProgress(0.3);
    auto created = HazardStore::create(gpkgPath);
    if (!created)
        return Error{created.error()};
    HazardStore& offline = *created.value();
    auto cleanUp = [&] {
        created.value().reset();
        QFile::remove(gpkgPath);
    };
    Bookkeeping books(offline.dataset());
    if (auto ok = books.create({workspace, layer, QDateTime::currentDateTimeUtc()}); !ok) {
        cleanUp();
        return Error{QStringLiteral("%1: %2").arg(file, ok.error())};
    }
    ChangeSet copy;
    for (const HazardArea& a : areas.value())
        copy.inserts.push_back(a);
    for (HazardArea& a : copy.inserts) {
        a.fid = -1;
        a.rowVersion = 0; // the copy counts its own versions from 1
    }
    if (feedback && feedback->isCanceled()) {
        cleanUp();
        return Error{QCoreApplication::translate("OfflineSync", "%1: cancelled; no offline copy was made").arg(file)};
    }
    if (auto ok = offline.apply(copy); !ok) {
        cleanUp();
        return Error{ok.error()};
    }
    if (feedback)
        feedback->setProgress(0.7);
    GDALDataset& ds = offline.dataset();
    ds.StartTransaction();
    for (std::size_t i = 0; i < copy.inserts.size(); ++i)
        if (!books.set(copy.inserts[i].guid, Base{areas.value()[i].rowVersion, copy.inserts[i].rowVersion})) {
            ds.RollbackTransaction();
            cleanUp();
            return Error{QCoreApplication::translate("OfflineSync", "%1: cannot record the workspace versions of the areas").arg(file)};
        }
    if (ds.CommitTransaction() != OGRERR_NONE) {
        cleanUp();
        return Error{QCoreApplication::translate("OfflineSync", "%1: cannot record the workspace versions of the areas (commit failed)").arg(file)};
    }
    if (feedback)
        feedback->setProgress(1);
    return static_cast<int>(copy.inserts.size());
}

Result<OfflineSource> OfflineSync::source(const QString& gpkgPath)
{
    auto store = HazardStore::open(gpkgPath, QString::fromLatin1(HazardStore::kDefaultLayer), true);
    if (!store)
        return Error{store.error()};
    auto s = Bookkeeping::source(store.value()->dataset());
    if (!s)
        return Error{QStringLiteral("%1: %2").arg(QFileInfo(gpkgPath).fileName(), s.error())};
    return s;
}

Result<SyncReport> OfflineSync::syncBack(const QString& gpkgPath, const QString& password, Feedback* feedback)
{
    auto opened = openEnds(gpkgPath, password);
    if (!opened)
        return Error{opened.error()};
    Ends& ends = opened.value();
    Bookkeeping books(ends.offline->dataset());
    const auto bases = books.readAll();
    auto offlineAreas = ends.offline->readAll();
    if (!offlineAreas)
        return Error{offlineAreas.error()};
    std::map<QString, HazardArea> offline;
    for (HazardArea& a : offlineAreas.value())
        offline[a.guid] = std::move(a);
    // Every GUID either side knows of: the copied ones (even if deleted offline) and the new ones.
    QStringList guids;
    for (const auto& [guid, base] : bases)
        guids << guid;
    for (const auto& [guid, area] : offline)
        if (!bases.count(guid))
            guids << guid;

    SyncReport report;
    for (qsizetype i = 0; i < guids.size(); ++i) {
        if (feedback) {
            if (feedback->isCanceled()) {
                report.canceled = true;
                break;
            }
            feedback->setProgress(static_cast<double>(i) / static_cast<double>(guids.size()));
        }
        const QString& guid = guids[i];
        SyncEntry e;
        e.guid = guid;
        const auto mineIt = offline.find(guid);
        const std::optional<HazardArea> mine =
            mineIt == offline.end() ? std::nullopt : std::optional<HazardArea>(mineIt->second);
        auto stored = ends.workspace->readByGuid(guid);
        if (!stored) {
            e.action = SyncAction::Failed;
            e.detail = stored.error();
            report.entries.push_back(std::move(e));
            continue;
        }
        const std::optional<HazardArea> theirs = stored.value();
        e.localId = mine ? mine->localId : (theirs ? theirs->localId : QString());
        const auto baseIt = bases.find(guid);
        auto conflict = [&](const QString& why) {
            e.action = SyncAction::Conflict;
            e.detail = why;
            e.mine = mine;
            e.theirs = theirs;
        };
        auto fail = [&](const Written& w, const std::optional<HazardArea>& nowTheirs) {
            if (w.conflict) {
                e.action = SyncAction::Conflict;
                e.detail = QCoreApplication::translate("OfflineSync", "changed in the workspace during the sync; both versions kept");
                e.mine = mine;
                e.theirs = nowTheirs;
            } else {
                e.action = SyncAction::Failed;
                e.detail = w.error;
            }
        };

        if (baseIt == bases.end()) {
            // New offline (never copied from the workspace).
            if (theirs) {
                conflict(QCoreApplication::translate("OfflineSync", "added offline, but the workspace already has an area with this GUID"));
            } else if (Written w = write(*ends.workspace, insertOf(*mine)); w.ok) {
                e.action = SyncAction::Inserted;
                e.detail = QCoreApplication::translate("OfflineSync", "version %1 in the workspace").arg(w.area.rowVersion);
                if (!books.set(guid, Base{w.area.rowVersion, mine->rowVersion}))
                    e.detail += QCoreApplication::translate("OfflineSync", "; its versions were not recorded offline (the next sync will ask)");
            } else {
                fail(w, std::nullopt);
            }
            report.entries.push_back(std::move(e));
            continue;
        }
        const Base base = baseIt->second;
        const bool changedOffline = !mine || mine->rowVersion != base.offlineVersion;
        const bool changedThere = !theirs || theirs->rowVersion != base.workspaceVersion;
        if (!changedOffline && !changedThere) {
            e.action = SyncAction::Unchanged;
            e.detail = QCoreApplication::translate("OfflineSync", "version %1").arg(base.workspaceVersion);
        } else if (changedOffline && changedThere) {
            if (!mine && !theirs) { // deleted on both sides: they agree
                books.set(guid, std::nullopt);
                e.action = SyncAction::Deleted;
                e.detail = QCoreApplication::translate("OfflineSync", "deleted offline and in the workspace");
            } else if (!mine) {
                conflict(QCoreApplication::translate("OfflineSync", "deleted offline, but changed in the workspace by %1 (now version %2)")
                             .arg(byWhom(*theirs))
                             .arg(theirs->rowVersion));
            } else if (!theirs) {
                conflict(QCoreApplication::translate("OfflineSync", "changed offline, but deleted in the workspace"));
            } else {
                conflict(QCoreApplication::translate("OfflineSync", "changed offline and in the workspace by %1 (version %2 → %3); both versions kept")
                             .arg(byWhom(*theirs))
                             .arg(base.workspaceVersion)
                             .arg(theirs->rowVersion));
            }
        } else if (changedOffline) {
            if (!mine) {
                if (Written w = write(*ends.workspace, removalOf(guid, base.workspaceVersion)); w.ok) {
                    e.action = SyncAction::Deleted;
                    e.detail = QCoreApplication::translate("OfflineSync", "was version %1").arg(base.workspaceVersion);
                    books.set(guid, std::nullopt);
                } else {
                    fail(w, w.current);
                }
            } else if (Written w = write(*ends.workspace, updateOf(*mine, base.workspaceVersion)); w.ok) {
                e.action = SyncAction::Uploaded;
                e.detail = QCoreApplication::translate("OfflineSync", "version %1 → %2").arg(base.workspaceVersion).arg(w.area.rowVersion);
                if (!books.set(guid, Base{w.area.rowVersion, mine->rowVersion}))
                    e.detail += QCoreApplication::translate("OfflineSync", "; its versions were not recorded offline (the next sync will ask)");
            } else {
                fail(w, w.current);
            }
        } else { // changed in the workspace only: the offline copy follows
            if (auto ok = followWorkspace(ends, books, guid, mine, theirs); ok) {
                e.action = theirs ? SyncAction::Refreshed : SyncAction::RemovedOffline;
                e.detail = theirs ? QCoreApplication::translate("OfflineSync", "version %1 → %2 by %3").arg(base.workspaceVersion).arg(theirs->rowVersion).arg(byWhom(*theirs))
                                  : QCoreApplication::translate("OfflineSync", "deleted in the workspace");
            } else {
                e.action = SyncAction::Failed;
                e.detail = ok.error();
            }
        }
        report.entries.push_back(std::move(e));
    }
    if (feedback)
        feedback->setProgress(1);
    const QFileInfo info(gpkgPath);
    report.csvPath = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-sync-") +
                     QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".csv");
    if (auto ok = writeCsv(report, report.csvPath); !ok)
        return Error{ok.error()};
    return report;
}

Result<SyncEntry> OfflineSync::resolve(const QString& gpkgPath, const QString& password, const QString& guid,
                                       ConflictChoice choice)
{
    auto opened = openEnds(gpkgPath, password);
    if (!opened)
        return Error{opened.error()};
    Ends& ends = opened.value();
    Bookkeeping books(ends.offline->dataset());
    auto mineRead = ends.offline->readByGuid(guid);
    if (!mineRead)
        return Error{mineRead.error()};
    auto theirsRead = ends.workspace->readByGuid(guid);
    if (!theirsRead)
        return Error{theirsRead.error()};
    if (choice == ConflictChoice::Merge)
        return Error{QCoreApplication::translate("OfflineSync", "A sync conflict is settled by keeping yours or taking theirs; "
                                                                "merge fields in the form after taking theirs.")};
    const std::optional<HazardArea> mine = mineRead.value();
    const std::optional<HazardArea> theirs = theirsRead.value();
    SyncEntry e;
    e.guid = guid;
    e.localId = mine ? mine->localId : (theirs ? theirs->localId : QString());
    if (choice == ConflictChoice::TakeTheirs) {
        // The offline version is not lost: the workspace's history keeps it as not applied.
        bool kept = false;
        if (mine) {
            auto discarded = ends.workspace->keepDiscarded(*mine, differingFields(Conflict{guid, mine, theirs}));
            if (!discarded)
                return Error{discarded.error()};
            kept = discarded.value();
        }
        if (auto ok = followWorkspace(ends, books, guid, mine, theirs); !ok)
            return Error{ok.error()};
        e.action = SyncAction::TookTheirs;
        e.detail = theirs ? QCoreApplication::translate("OfflineSync", "the offline copy now holds version %1").arg(theirs->rowVersion)
                          : QCoreApplication::translate("OfflineSync", "removed offline, as in the workspace");
        if (kept)
            e.detail += QCoreApplication::translate("OfflineSync", "; the offline version is kept in the area's history as not applied");
        return e;
    }
    // Keep mine: written over the version the workspace holds now (seen here, so not silent).
    Written w;
    if (mine && theirs)
        w = write(*ends.workspace, updateOf(*mine, theirs->rowVersion));
    else if (mine)
        w = write(*ends.workspace, insertOf(*mine));
    else if (theirs)
        w = write(*ends.workspace, removalOf(guid, theirs->rowVersion));
    else
        w.ok = true;
    if (!w.ok) {
        e.action = w.conflict ? SyncAction::Conflict : SyncAction::Failed;
        e.detail = w.error;
        e.mine = mine;
        e.theirs = w.current;
        return e;
    }
    books.set(guid, mine ? std::optional<Base>(Base{w.area.rowVersion, mine->rowVersion}) : std::nullopt);
    e.action = SyncAction::KeptMine;
    e.detail = mine ? QCoreApplication::translate("OfflineSync", "saved as version %1 over %2").arg(w.area.rowVersion).arg(theirs ? nameOf(*theirs) + QStringLiteral(" v") + QString::number(theirs->rowVersion) : QCoreApplication::translate("OfflineSync", "a deleted area"))
                    : QCoreApplication::translate("OfflineSync", "deleted in the workspace");
    return e;
}

Result<bool> OfflineSync::writeCsv(const SyncReport& report, const QString& csvPath)
{
    QSaveFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{QCoreApplication::translate("OfflineSync", "%1: cannot write the sync report: %2").arg(QFileInfo(csvPath).fileName(), out.errorString())};
    auto cell = [](QString v) {
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))) {
            v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            v = QLatin1Char('"') + v + QLatin1Char('"');
        }
        return v;
    };
    QByteArray text = "guid,local_id,action,detail\n";
    for (const SyncEntry& e : report.entries)
        text += QStringList{cell(e.guid), cell(e.localId), cell(toText(e.action)), cell(e.detail)}
                    .join(QLatin1Char(','))
                    .toUtf8() +
                '\n';
    out.write(text);
    if (!out.commit())
        return Error{QCoreApplication::translate("OfflineSync", "%1: cannot write the sync report: %2").arg(QFileInfo(csvPath).fileName(), out.errorString())};
    return true;
}

} // namespace mineatlas::hazard
