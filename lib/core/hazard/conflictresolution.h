#pragma once

#include <optional>

#include <QSet>
#include <QString>
#include <QStringList>

#include "hazard/hazardstore.h"
#include "result.h"

namespace mineatlas::hazard {

class EditSession;

/// What the user chose for a save that found the area changed by someone else (Conflict).
enum class ConflictChoice {
    KeepMine,   ///< save mine over theirs, knowingly, as a new version (theirs stays in the history)
    TakeTheirs, ///< the stored version stays as it is; mine is kept in a workspace's history as not applied
    Merge,      ///< mine, with the fields picked from theirs; saved as a new version
};

/// The fields a conflict compares, as stored ("geometry" for the shape); in form order.
QStringList conflictFields();
/// One field of an area as text for the side-by-side form ("" for an area that is not there).
QString conflictFieldText(const std::optional<HazardArea>& area, const QString& field);
/// The fields where the two versions differ.
QStringList differingFields(const Conflict& conflict);
/// Mine with each field in `fromTheirs` taken from theirs (the GUID and fid are theirs; the row
/// version is theirs', so that the save is checked against what the user saw).
HazardArea mergeAreas(const HazardArea& mine, const HazardArea& theirs, const QSet<QString>& fromTheirs);

/// Carries out the choice through the edit session (one history step; when taking theirs, mine is
/// written to a workspace's history as a DISCARDED version, nothing else).
/// Returns the area as it is stored afterwards (nullopt: it is deleted). A third writer in between
/// is a new conflict, reported the same way.
Result<std::optional<HazardArea>> resolveConflict(EditSession& session, const Conflict& conflict, ConflictChoice choice,
                                                  const QSet<QString>& fromTheirs = {});

} // namespace mineatlas::hazard
