#pragma once

#include <vector>

#include <QString>

#include "hazard/hazardstore.h"
#include "result.h"

namespace mineatlas::hazard {

/// The versions of one hazard area and restoring one of them (issue 12, history view), widget-free.
/// Reads through a HazardStore it does not own; GUI thread or any thread that owns the store.
class AreaHistory {
public:
    /// Every version of the area with this GUID, oldest first, the current one last; numbered by
    /// row version. A workspace keeps the earlier ones; a GeoPackage only the current.
    static Result<std::vector<AreaVersion>> versions(const HazardStore& store, const QString& guid);
    /// What `version` would be when restored over `current`: its attributes and outline, under the
    /// current row version (so the save is checked against it and becomes a new version, keeping
    /// every earlier one). Without `current` (the area was deleted) it comes back as a new row.
    static HazardArea restored(const AreaVersion& version, const std::optional<HazardArea>& current);
    /// The fields (readable labels) the save that made `version` changed, from the history row of
    /// `previous` (the version before it; null for the first).
    static QStringList changedFields(const AreaVersion& version, const AreaVersion* previous);
    /// The version before `versions[i]` that was applied (DISCARDED ones never were); null for the first.
    static const AreaVersion* previousApplied(const std::vector<AreaVersion>& versions, std::size_t i);
    /// "Version 3 by anna, 2026-12-03 15:02 UTC: changed notes, status" for a list row; a
    /// discarded one: "Not applied: anna's version (from version 3), discarded 2026-12-03 15:04 UTC
    /// when taking theirs; differed in notes".
    static QString describe(const AreaVersion& version, const AreaVersion* previous);
    /// Saves `version` as the newest version of its area directly through `store` (no undo step;
    /// the window goes through EditSession::restoreVersion instead). Returns the row as written.
    static Result<HazardArea> restore(HazardStore& store, const AreaVersion& version);
};

} // namespace mineatlas::hazard
