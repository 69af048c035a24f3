#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QPointF>

#include <QMainWindow>

#include "geo/coordinatetransform.h"
#include "treaty/treatytable.h"

class QLabel;
class QProgressBar;
class QToolButton;
class QMenu;
class QComboBox;
class QActionGroup;
class QDockWidget;

namespace mineatlas::project {
class Project;
class MapLayer;
} // namespace mineatlas::project

namespace mineatlas::gui {
class MapCanvas;
class LayerLoader;
class LayerPanel;
class IdentifyPanel;
class MessageBar;
class PanZoomTool;
class DateControl;
class CountryPanel;
class HazardEditor;
class HazardForm;
class AddPolygonTool;
class VertexTool;
} // namespace mineatlas::gui

namespace mineatlas {

/// Wires actions, docks and the status bar to the controllers in lib/. Owns the process-wide
/// objects of the app (the project, the loader). GUI thread only.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow();
    ~MainWindow() override;

    void openPaths(const QStringList& paths);
    /// For docs and smoke tests: once every file has loaded and the map has rendered, optionally
    /// zoom to `viewLonLat` and identify at `identifyLonLat` (lon/lat degrees), save a grab of the
    /// window to `path` and quit (exit code 1 if that does not happen within a minute).
    void screenshotWhenReady(const QString& path, const QRectF& viewLonLat, const QPointF& identifyLonLat,
                             bool editTopLayer = false);
    gui::MapCanvas* canvas() const { return m_canvas; }
    /// Sets the "as of" date of treaty maps.
    void setDate(QDate date);

protected:
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    void closeEvent(QCloseEvent* e) override;

private:
    void buildActions();
    void openDialog();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void setMapCrs(const QString& definition);
    void chooseOtherCrs();
    void updateStatus();
    void identify(QPointF mapPoint);
    void editStyle(project::MapLayer* layer);
    QStringList chooseLayers(const QString& path, const QStringList& names, const QStringList& details);
    void setTreatyTable(std::shared_ptr<const treaty::TreatyTable> table);
    void loadTreatyTableDialog();
    void joinToTreatyTable();
    void copyStatusTable(bool markdown);
    void updateTreatyViews();
    void chooseHighlighted();
    void newHazardLayer();
    void setDrawing(bool on);
    void sketchFinished(const std::vector<QPointF>& mapVertices);
    void enterSurveyPoints();
    void importHazards();
    void exportHazards();
    QStringList highlighted() const;

    std::unique_ptr<project::Project> m_project;
    gui::MapCanvas* m_canvas;
    gui::LayerLoader* m_loader;
    gui::LayerPanel* m_layerPanel;
    gui::IdentifyPanel* m_identify;
    gui::MessageBar* m_messages;
    gui::PanZoomTool* m_panTool;
    gui::PanZoomTool* m_boxTool;
    QLabel* m_coords;
    QLabel* m_scale;
    QToolButton* m_crsButton;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QMenu* m_recentMenu;
    QMenu* m_crsMenu;
    QComboBox* m_crsCombo;
    std::optional<geo::CoordinateTransform> m_toLonLat;
    std::shared_ptr<const treaty::TreatyTable> m_table;
    gui::DateControl* m_dateControl;
    gui::CountryPanel* m_country;
    QDockWidget* m_countryDock = nullptr;
    QAction* m_treatyToggle = nullptr;
    QAction* m_drawAction = nullptr;
    gui::HazardEditor* m_editor = nullptr;
    gui::AddPolygonTool* m_drawTool = nullptr;
    gui::VertexTool* m_vertexTool = nullptr;
    enum class DrawMode { NewArea, Hole, Split } m_drawMode = DrawMode::NewArea;
    gui::HazardForm* m_form = nullptr;
    QDockWidget* m_formDock = nullptr;
    QString m_startEditingPath; ///< a new hazard layer to start drawing on once it has loaded
    /// The country last shown in the country panel (layer id, feature), refreshed on date changes.
    std::pair<std::uint64_t, std::uint32_t> m_countryShown{0, 0};
    bool m_zoomFullAfterLoad = false;
    bool m_recordRecent = true; ///< off in screenshot mode: a scripted run is not the user's history
};

} // namespace mineatlas
