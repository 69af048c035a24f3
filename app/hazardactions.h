#pragma once

#include <vector>

#include <QObject>
#include <QPointF>

#include "hazard/hazardarea.h"
#include "project/identify.h"

class QAction;
class QDockWidget;
class QMenu;
class QToolBar;

namespace mineatlas::gui {
class AddPolygonTool;
class HazardForm;
class HistoryView;
class VertexTool;
} // namespace mineatlas::gui
namespace mineatlas::hazard {
class EditSession;
struct ImportReport;
struct ValidationIssue;
} // namespace mineatlas::hazard
namespace mineatlas::project {
class MapLayer;
}

namespace mineatlas {

struct WindowContext;

/// The hazard editing workflow in the window: New hazard layer, draw / hole / split, edit
/// vertices, survey entry, import and export, snapping, undo and redo, the "Hazard area" form and
/// the history list. The work is the EditSession's; this wires actions, tools and widgets to it.
/// GUI thread only.
class HazardActions : public QObject {
    Q_OBJECT
public:
    HazardActions(WindowContext& context, hazard::EditSession& session, QMenu* fileMenu, QMenu* editMenu,
                  QMenu* layerMenu, QToolBar* toolbar);

    gui::HazardForm* form() const { return m_form; }
    gui::HistoryView* history() const { return m_history; }
    gui::AddPolygonTool* drawTool() const { return m_drawTool; }
    gui::VertexTool* vertexTool() const { return m_vertexTool; }
    void setFormDock(QDockWidget* dock) { m_formDock = dock; }
    /// After an identify: an area of the edited layer opens in the form.
    bool showAreaOf(const std::vector<project::IdentifyResult>& results);
    /// Starts editing the selected hazard layer (or the only one), recovering a journaled sketch.
    bool ensureEditing();

private:
    enum class DrawMode { NewArea, Hole, Split };
    void startDrawing(DrawMode mode);
    void sketchFinished(const std::vector<QPointF>& mapVertices);
    void newHazardLayer();
    void enterSurveyPoints();
    void importAreas();
    void importFinished(const hazard::ImportReport& report, const QString& error);
    void exportAreas();
    void showArea(const hazard::HazardArea& area);
    void warnAbout(const std::vector<hazard::ValidationIssue>& warnings);
    project::MapLayer* targetLayer() const;

    WindowContext& m_context;
    hazard::EditSession& m_session;
    gui::AddPolygonTool* m_drawTool;
    gui::VertexTool* m_vertexTool;
    gui::HazardForm* m_form;
    gui::HistoryView* m_history;
    QDockWidget* m_formDock = nullptr;
    QAction* m_draw = nullptr;
    QAction* m_vertices = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    DrawMode m_mode = DrawMode::NewArea;
    bool m_recovered = false; ///< the sketch just restored decides the draw mode
    QString m_startEditingPath; ///< a new hazard layer to start drawing on once it has loaded
};

} // namespace mineatlas
