#pragma once

#include <optional>
#include <vector>

#include <QDateTime>
#include <QString>

#include "hazard/hazardarea.h"
#include "hazard/conflictresolution.h" // ConflictChoice: the sync offers Keep mine and Take theirs
#include "result.h"

namespace mineatlas {
class Feedback;
}

namespace mineatlas::hazard {

/// Which areas of a workspace go offline: those whose bounds meet a lon/lat box, optionally only
/// those an OGR attribute filter keeps (e.g. "status = 'open'").
struct OfflineRegion {
    double lonMin = -180, latMin = -90, lonMax = 180, latMax = 90;
    QString attributeFilter;
};

/// Where an offline copy came from, as its GeoPackage records it (table mineatlas_offline_source).
struct OfflineSource {
    QString workspace; ///< the workspace's dataset name, never with a password
    QString layer;
    QDateTime takenAt;
};

/// What a sync did with one area.
enum class SyncAction {
    Unchanged,      ///< the same on both sides: nothing done
    Uploaded,       ///< changed offline only: saved to the workspace as a new version
    Inserted,       ///< new offline: added to the workspace
    Deleted,        ///< deleted offline: deleted in the workspace
    Refreshed,      ///< changed in the workspace only: the offline copy now holds its version
    RemovedOffline, ///< deleted in the workspace, unchanged offline: removed from the offline copy
    Conflict,       ///< changed on both sides: nothing overwritten, both kept; the user chooses
    KeptMine,       ///< a conflict resolved with the offline version (saved as a new version)
    TookTheirs,     ///< a conflict resolved with the workspace version (the offline copy follows)
    Failed,         ///< could not be written (the message says why); nothing lost
};
QString toText(SyncAction action);

/// One line of the sync report.
struct SyncEntry {
    QString guid;
    QString localId;
    SyncAction action = SyncAction::Unchanged;
    QString detail;                   ///< versions, who changed it in the workspace, or the error
    std::optional<HazardArea> mine;   ///< the offline version (conflicts; nullopt: deleted offline)
    std::optional<HazardArea> theirs; ///< the workspace version (conflicts; nullopt: deleted there)
};

/// What a sync did, area by area, and where the CSV copy of it is.
struct SyncReport {
    std::vector<SyncEntry> entries;
    QString csvPath;
    bool canceled = false;
    int count(SyncAction action) const;
    /// "3 uploaded, 1 conflict, …" for a status line.
    QString summary() const;
};

/// Offline and back for a team workspace (issue 12), widget-free: copies the areas of a region to a
/// new GeoPackage that the normal hazard tools edit, and syncs that copy back under the workspace's
/// conflict rules: nothing changed on both sides is overwritten silently.
///
/// The GeoPackage keeps, beside the hazard layer, table mineatlas_offline (for each area copied: the
/// workspace row version it was copied at and the offline row version it had then) and
/// mineatlas_offline_source (the workspace and layer). An area whose offline version moved on was
/// changed offline; one whose workspace version moved on was changed there.
///
/// Every function opens its own connections (one dataset per thread) and may run on a worker;
/// `feedback` (may be null) reports progress and cancels between areas. Each area is one
/// transaction: a cancelled or failed sync leaves every area either synced or as it was.
class OfflineSync {
public:
    /// Copies the areas of `region` from `workspace` to a new GeoPackage at `gpkgPath` (refused when
    /// the file exists). Returns the number of areas copied.
    static Result<int> takeOffline(const QString& workspace, const QString& password, const QString& layer,
                                   const OfflineRegion& region, const QString& gpkgPath, Feedback* feedback = nullptr);
    /// The workspace an offline copy came from; an error when the GeoPackage is not one.
    static Result<OfflineSource> source(const QString& gpkgPath);
    /// Syncs the copy at `gpkgPath` with its workspace and writes the report as
    /// `<name>-sync-<UTC time>.csv` next to it.
    static Result<SyncReport> syncBack(const QString& gpkgPath, const QString& password, Feedback* feedback = nullptr);
    /// Settles a conflict a sync reported: keep mine saves the offline version to the workspace as a
    /// new version (or deletes it there when it was deleted offline); take theirs puts the workspace
    /// version into the offline copy (or removes it there). A workspace that moved on again since
    /// the sync makes it a conflict once more (returned as such).
    static Result<SyncEntry> resolve(const QString& gpkgPath, const QString& password, const QString& guid,
                                     ConflictChoice choice);
    /// Writes `report` as CSV (guid, local_id, action, detail).
    static Result<bool> writeCsv(const SyncReport& report, const QString& csvPath);
};

} // namespace mineatlas::hazard
