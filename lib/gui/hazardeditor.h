#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QPointF>
#include <QUndoStack>

#include "geo/coordinatetransform.h"
#include "hazard/hazardstore.h"
#include "hazard/sketchjournal.h"
#include "hazard/validation.h"
#include "result.h"

namespace mineatlas::project {
class MapLayer;
class Project;
} // namespace mineatlas::project

namespace mineatlas::gui {

/// Edits the hazard areas of one layer: turns drawn polygons into validated, measured areas saved
/// through the HazardStore (each change an undoable command, committed to the GeoPackage before it
/// counts), and journals the sketch in progress so nothing drawn is lost. GUI thread only; does
/// not own the project or the layer.
class HazardEditor : public QObject {
    Q_OBJECT
public:
    explicit HazardEditor(project::Project& project, QObject* parent = nullptr);
    ~HazardEditor() override;

    /// Starts editing `layer`, whose file must be a hazard GeoPackage. `readOnly` is for tests and
    /// for files the user may only view.
    Result<bool> startEditing(project::MapLayer* layer, bool readOnly = false);
    void stopEditing();
    bool isEditing() const { return m_store != nullptr; }
    project::MapLayer* layer() const { return m_layer; }
    QUndoStack* undoStack() { return &m_undo; }

    /// Saves a drawn polygon (map coordinates) as a new open SHA area with its ellipsoidal area.
    /// Validation errors or a failed write are returned and nothing changes (the sketch and its
    /// journal stay). Warnings come back in `warnings`.
    Result<qint64> addArea(const std::vector<QPointF>& mapVertices,
                           std::vector<hazard::ValidationIssue>* warnings = nullptr,
                           const QString& enteredCoordinates = {});

    /// The stored area with this GUID (the display layer carries the GUID), or nullopt.
    std::optional<hazard::HazardArea> areaByGuid(const QString& guid) const;
    /// Replaces the geometry of `area` (same GUID) after validation, re-measuring its estimated area
    /// (and the remaining area while it still equals the old estimate); one undoable change.
    Result<bool> updateGeometry(const hazard::HazardArea& area);
    /// Cuts the drawn polygon (map coordinates) out of the area it lies in, as a hole.
    Result<bool> addHole(const std::vector<QPointF>& mapVertices);
    /// Splits the area under the drawn polygon: the part inside becomes a new area with the same
    /// attributes (new id and GUID), the rest stays. Two undoable steps.
    Result<qint64> splitOff(const std::vector<QPointF>& mapVertices);
    /// Deletes the area with this GUID as one undoable change.
    Result<bool> deleteArea(const QString& guid);
    /// Replaces the stored attributes of `area` (same fid) as one undoable change.
    Result<bool> updateArea(const hazard::HazardArea& area);

    /// The checks on a sketch in progress (map coordinates), with locations back in map coordinates:
    /// shown while drawing, before anything is saved.
    std::vector<hazard::ValidationIssue> checkSketch(const std::vector<QPointF>& mapVertices) const;
    /// Records the sketch in progress (map coordinates) in the journal.
    void journalSketch(const std::vector<QPointF>& mapVertices);
    /// A sketch an earlier session left behind, in map coordinates.
    std::optional<std::vector<QPointF>> recoverSketch() const;
    void discardSketch();

    hazard::HazardStore* store() const { return m_store.get(); }

Q_SIGNALS:
    /// The stored areas changed (add, undo, redo): the layer's display must be re-read.
    void areasChanged(mineatlas::project::MapLayer* layer);
    void error(const QString& message);

private:
    friend class AddAreaCommand;
    friend class UpdateAreaCommand;
    friend class DeleteAreaCommand;
    Result<qint64> insertArea(hazard::HazardArea& area);
    Result<bool> removeArea(qint64 fid);

    project::Project& m_project;
    project::MapLayer* m_layer = nullptr;
    std::unique_ptr<hazard::HazardStore> m_store;
    std::optional<hazard::SketchJournal> m_journal;
    std::optional<geo::CoordinateTransform> m_toLonLat;
    std::optional<geo::CoordinateTransform> m_toMap;
    QUndoStack m_undo;
};

} // namespace mineatlas::gui
