#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "backgroundjob.h"
#include <QObject>
#include <QPointF>

#include "feedback.h"
#include "hazard/exchange.h"
#include "hazard/hazardstore.h"
#include "hazard/sketchjournal.h"
#include "hazard/validation.h"
#include "result.h"

namespace mineatlas::project {
class Project;
class MapLayer;
} // namespace mineatlas::project

namespace mineatlas::hazard {

/// One step of the edit history: the rows it touched as they were before and after, keyed by GUID
/// (feature ids change when a deleted area is put back). A GUID only in `after` was added, one
/// only in `before` was deleted.
struct Edit {
    QString text;
    std::vector<HazardArea> before;
    std::vector<HazardArea> after;
};

/// What an import did, area by area.
struct ImportReport {
    int imported = 0;
    int incomplete = 0;   ///< imported with required fields empty
    QStringList skipped;  ///< one line per source feature that was not imported, with the reason
    QStringList notes;    ///< values kept outside the vocabularies, and similar
    bool canceled = false;
};

/// The hazard editing workflow, widget-free: turns drawn shapes (map coordinates, converted with
/// the project's current map-coordinate service, never a copy made earlier) into validated,
/// measured areas; edits, splits, holes, deletes, imports and exports them through one
/// HazardStore; keeps an undo history keyed by GUID in which every step is one committed
/// transaction (the history moves only when the file changed); and journals the sketch in
/// progress so that a crash or a stray key loses nothing.
///
/// GUI thread only. Does not own the project or the layer; stops by itself when the edited layer
/// is removed. Imports run on a worker with their own connection to the file.
class EditSession : public QObject {
    Q_OBJECT
public:
    explicit EditSession(project::Project& project, QObject* parent = nullptr);
    ~EditSession() override;

    /// Starts editing `layer`, whose file must be a hazard GeoPackage or whose source is a team
    /// workspace ("PG:…", teamworkspace.h). `readOnly` is for tests and for files the user may
    /// only view. `password` (a workspace's) is kept in memory only.
    Result<bool> start(project::MapLayer* layer, bool readOnly = false, const QString& password = {});
    void stop();
    bool isEditing() const { return m_store != nullptr; }
    /// An import is writing to the file: other edits wait for it.
    bool isBusy() const { return m_importRunning; }
    project::MapLayer* layer() const { return m_layer; }
    HazardStore* store() const { return m_store.get(); }

    /// The areas whose save (or undo/redo) was refused because someone else changed them since they
    /// were read: both versions of each. Cleared by the next save that goes through.
    const std::vector<Conflict>& conflicts() const { return m_conflicts; }
    /// A team workspace's session password by dataset name (memory only), for start() without one.
    void setPasswordSource(std::function<QString(const QString& datasetName)> source) { m_passwords = std::move(source); }
    /// Writes `area` (attributes and geometry) over the stored row with its GUID, checked against
    /// `area.rowVersion` like any save; puts it back when someone deleted it. One history step. What
    /// a conflict's "keep mine" or "merge" saves, knowingly, as a new version.
    Result<HazardArea> replaceArea(const HazardArea& area, const QString& text);

    // ---- the history ----
    int historySize() const { return static_cast<int>(m_history.size()); }
    /// Steps done: 0 = nothing (everything undone), historySize() = all.
    int historyIndex() const { return m_index; }
    const Edit& historyEntry(int i) const { return m_history[static_cast<std::size_t>(i)]; }
    bool canUndo() const { return isEditing() && m_index > 0 && !m_importRunning; }
    bool canRedo() const { return isEditing() && m_index < historySize() && !m_importRunning; }
    /// Undoes the last step; when the file cannot be written the history stays where it was.
    Result<bool> undo();
    Result<bool> redo();
    /// Undoes or redoes one step at a time up to `index`, stopping at the first that fails.
    Result<bool> setHistoryIndex(int index);

    // ---- edits (map coordinates in, through the project's map-coordinate service) ----
    /// Saves a drawn polygon as a new open SHA area, measured on the ellipsoid, under the GUID its
    /// sketch was journaled with. Validation errors or a failed write are returned and nothing
    /// changes (the sketch and its journal stay). Warnings come back in `warnings`.
    Result<HazardArea> addArea(const std::vector<QPointF>& mapVertices,
                               std::vector<ValidationIssue>* warnings = nullptr,
                               const QString& enteredCoordinates = {});
    /// The same from lon/lat points (survey entry).
    Result<HazardArea> addAreaLonLat(const std::vector<QPointF>& lonLat,
                                     std::vector<ValidationIssue>* warnings = nullptr,
                                     const QString& enteredCoordinates = {});
    /// The stored area with this GUID, or nullopt.
    std::optional<HazardArea> areaByGuid(const QString& guid) const;
    /// Replaces the attributes of the area with `area.guid` (the form's Apply).
    Result<HazardArea> updateAttributes(const HazardArea& area);
    /// Replaces the geometry of `area` (same GUID, lon/lat) after validation, re-measuring its
    /// estimated area (and the remaining area while it still equals the old estimate).
    Result<HazardArea> updateGeometry(const HazardArea& area);
    /// Cuts the drawn polygon (map coordinates) out of the area it lies in, as a hole.
    Result<HazardArea> addHole(const std::vector<QPointF>& mapVertices);
    /// Splits the area under the drawn polygon: the part inside becomes a new area with the same
    /// attributes (new id and GUID), the rest stays. One transaction, one step of the history.
    /// Returns the new part.
    Result<HazardArea> splitOff(const std::vector<QPointF>& mapVertices);
    Result<bool> deleteArea(const QString& guid);
    /// Saves an earlier version of an area (areahistory.h) as its newest version: one undo step;
    /// the history in the store grows, nothing in it is removed.
    Result<HazardArea> restoreVersion(const AreaVersion& version);

    /// The checks on a sketch in progress, with locations in map coordinates: shown while
    /// drawing, before anything is saved.
    std::vector<ValidationIssue> checkSketch(const std::vector<QPointF>& mapVertices) const;

    // ---- the sketch journal ----
    /// Records the sketch in progress (map coordinates) and what it is for; an empty sketch clears
    /// the journal. A vertex the map CRS cannot convert keeps the previous journal and says so.
    void journalSketch(const std::vector<QPointF>& mapVertices, SketchPurpose purpose = SketchPurpose::NewArea);
    /// The sketch in progress as last journaled, in lon/lat: what a map CRS change converts back.
    const std::vector<QPointF>& sketchLonLat() const { return m_sketchLonLat; }
    /// A sketch an earlier session left behind, in map coordinates, and what it was for. A journal
    /// whose area was saved before the crash (its GUID is in the file) is cleared, not offered.
    std::optional<std::pair<std::vector<QPointF>, SketchPurpose>> recoverSketch();
    void discardSketch();

    // ---- exchange ----
    /// Reads `path` (any GDAL vector format, any CRS) on a worker: every polygon validated like a
    /// drawn one and measured, then all of them written in one transaction and one history step.
    /// importProgress() and importFinished() report; cancelImport() stops it with nothing written.
    Result<bool> startImport(const QString& path, const FieldMapping& mapping);
    void cancelImport();

Q_SIGNALS:
    /// Editing started or stopped.
    void editingChanged(bool editing);
    /// The stored areas changed: the layer's display must be re-read.
    void areasChanged();
    void historyChanged();
    /// A step failed after the fact (e.g. the journal cannot be written).
    void error(const QString& message);
    /// A save, undo or redo was refused because someone else changed the area(s): conflicts() has
    /// both versions of each.
    void conflictsFound();
    void importProgress(int percent);
    void importFinished(const mineatlas::hazard::ImportReport& report, const QString& error);

private:
    /// Writes `edit.after` over `edit.before` (or the reverse) in one transaction, checking that
    /// the rows are still as the edit left them; on success the written side carries its new row
    /// versions (so that undo finds them).
    Result<bool> write(Edit& edit, bool forward);
    /// A save of `mine` that was read at an older version than `stored`: a conflict, not a write.
    Result<bool> staleRead(const HazardArea& mine, const HazardArea& stored);
    /// Applies a new edit and, once committed, records it as the next history step.
    Result<bool> commit(Edit edit);
    Result<HazardArea> saveNew(HazardArea area, std::vector<ValidationIssue>* warnings);
    /// The drawn ring of a hole or split, validated, in lon/lat.
    Result<HazardArea> cuttingShape(const std::vector<QPointF>& mapVertices, const QString& what) const;
    std::vector<double> closedLonLatRing(const std::vector<QPointF>& mapVertices, bool* ok) const;
    std::vector<HazardArea> neighbours(const HazardArea& area) const;
    /// The stored row for an edit: a workspace whose server came back is reconnected first, and a
    /// failed read says why instead of "no longer there".
    Result<std::optional<HazardArea>> storedArea(const QString& guid);
    void importDone();

    project::Project& m_project;
    project::MapLayer* m_layer = nullptr;
    std::unique_ptr<HazardStore> m_store;
    std::optional<SketchJournal> m_journal;
    QString m_sketchGuid; ///< the GUID the sketch in progress will be saved under
    std::vector<QPointF> m_sketchLonLat;
    std::vector<Edit> m_history;
    std::vector<Conflict> m_conflicts;
    std::function<QString(const QString&)> m_passwords;
    int m_index = 0;

    struct ImportOutcome {
        QString storePath; ///< the file it wrote to: editing may have moved on meanwhile
        ImportReport report;
        Edit edit;
        QString error;
    };
    BackgroundJob<ImportOutcome> m_import;
    std::shared_ptr<Feedback> m_importFeedback;
    bool m_importRunning = false;
};

} // namespace mineatlas::hazard
