#pragma once

#include <memory>

#include <QDate>
#include <QMainWindow>
#include <QPointF>
#include <QRectF>

#include "dialogs.h"
#include "windowcontext.h"

class QActionGroup;

namespace mineatlas::project {
class IdentifyController;
class MapLayer;
class Project;
} // namespace mineatlas::project
namespace mineatlas::hazard {
class EditSession;
}
namespace mineatlas::treaty {
class TreatyController;
}
namespace mineatlas::exporting {
class ExportController;
}
namespace mineatlas::gui {
class IdentifyPanel;
class LayerLoader;
class LayerPanel;
class MapCanvas;
class MessageBar;
} // namespace mineatlas::gui

namespace mineatlas {

class BasemapActions;
class ExportActions;
class FileActions;
class GeorefActions;
class HazardActions;
class PreferenceActions;
class ProgressWidgets;
class ProjectActions;
class DeskActions;
class SearchActions;
class SyncActions;
class TableActions;
class TeamActions;
class TimeActions;
class TreatyActions;
class ViewActions;

/// The main window: a shell that creates the widgets and docks, owns the project and the
/// workflow controllers (lib/), and wires actions to them (the action groups live in their own
/// files). Every question it asks goes through `dialogs`, so tests and scripted runs can answer.
/// GUI thread only.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<gui::Dialogs> dialogs = nullptr);
    ~MainWindow() override;

    void openPaths(const QStringList& paths);
    /// Sets the "as of" date of treaty maps.
    void setDate(QDate date);
    /// For docs and smoke tests: once every file has loaded and the map has rendered, optionally
    /// zoom to `viewLonLat` and identify at `identifyLonLat` (lon/lat degrees), save a grab of the
    /// window to `path` and quit: exit code 0 when saved and every file loaded, 1 otherwise (also
    /// when that does not happen within a minute). Construct the window with UnattendedDialogs
    /// for this: nobody is there to answer (a file with several layers loads all of them).
    void screenshotWhenReady(const QString& path, const QRectF& viewLonLat, const QPointF& identifyLonLat,
                             bool editTopLayer = false);
    /// Identifies at a map point as a click with the pan tool does.
    void identify(QPointF mapPoint);

    // The parts, for tests.
    project::Project& project() const { return *m_project; }
    gui::MapCanvas* canvas() const { return m_canvas; }
    gui::LayerLoader* loader() const { return m_loader; }
    gui::LayerPanel* layerPanel() const { return m_layerPanel; }
    gui::MessageBar* messages() const { return m_messages; }
    gui::IdentifyPanel* identifyPanel() const { return m_identify; }
    hazard::EditSession& session() const { return *m_session; }
    exporting::ExportController& exporter() const { return *m_exporter; }
    treaty::TreatyController& treaty() const { return *m_treaty; }
    HazardActions& hazardActions() const { return *m_hazardActions; }
    TreatyActions& treatyActions() const { return *m_treatyActions; }
    ViewActions& viewActions() const { return *m_viewActions; }
    TimeActions& timeActions() const { return *m_timeActions; }
    BasemapActions& basemapActions() const { return *m_basemapActions; }
    GeorefActions& georefActions() const { return *m_georefActions; }
    SearchActions& searchActions() const { return *m_searchActions; }
    TableActions& tableActions() const { return *m_tableActions; }
    PreferenceActions& preferenceActions() const { return *m_preferenceActions; }
    ProjectActions& projectActions() const { return *m_projectActions; }
    SyncActions& syncActions() const { return *m_syncActions; }
    TeamActions& teamActions() const { return *m_teamActions; }
    DeskActions& deskActions() const { return *m_deskActions; }
    gui::Dialogs& dialogs() const { return *m_dialogs; }

protected:
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    void closeEvent(QCloseEvent* e) override;

private:
    void buildDocks();
    void editStyle(project::MapLayer* layer);
    void connectLoader();

    std::unique_ptr<gui::Dialogs> m_dialogs;
    std::unique_ptr<project::Project> m_project;
    gui::MapCanvas* m_canvas;
    gui::LayerLoader* m_loader;
    gui::LayerPanel* m_layerPanel;
    gui::IdentifyPanel* m_identify;
    gui::MessageBar* m_messages;
    ProgressWidgets* m_progress;
    QActionGroup* m_tools;
    std::unique_ptr<WindowContext> m_context;
    treaty::TreatyController* m_treaty;
    hazard::EditSession* m_session;
    project::IdentifyController* m_identifier;
    exporting::ExportController* m_exporter;
    ViewActions* m_viewActions = nullptr;
    FileActions* m_fileActions = nullptr;
    TreatyActions* m_treatyActions = nullptr;
    HazardActions* m_hazardActions = nullptr;
    ExportActions* m_exportActions = nullptr;
    TimeActions* m_timeActions = nullptr;
    BasemapActions* m_basemapActions = nullptr;
    GeorefActions* m_georefActions = nullptr;
    SearchActions* m_searchActions = nullptr;
    TableActions* m_tableActions = nullptr;
    PreferenceActions* m_preferenceActions = nullptr;
    ProjectActions* m_projectActions = nullptr;
    SyncActions* m_syncActions = nullptr;
    TeamActions* m_teamActions = nullptr;
    DeskActions* m_deskActions = nullptr;
    int m_loadErrors = 0; ///< since start: screenshot mode fails when a file did not load
};

} // namespace mineatlas
