#pragma once

#include <optional>

#include <QObject>
#include <QString>

#include "hazard/conflictresolution.h"
#include "hazard/workspacecontroller.h"

class QMenu;

namespace mineatlas::gui {
class AreaOutlineOverlay;
class PanZoomTool;
} // namespace mineatlas::gui
namespace mineatlas::hazard {
class EditSession;
class WorkspaceController;
struct RemoteChanges;
} // namespace mineatlas::hazard
namespace mineatlas::project {
class MapLayer;
}

namespace mineatlas {

class HazardActions;
struct WindowContext;

/// The team workspace in the window: File ▸ Open hazard workspace… and Layer ▸ Add PostGIS
/// layer… (the connection dialog, the offer to create the tables), the conflict choice when a save
/// finds the area changed by someone else (both versions on the map and side by side), and others'
/// saves appearing live, outlined until looked at. The work is the WorkspaceController's and the
/// EditSession's; this wires them to actions and widgets. GUI thread only.
class TeamActions : public QObject {
    Q_OBJECT
public:
    TeamActions(WindowContext& context, hazard::EditSession& session, HazardActions& hazard,
                gui::PanZoomTool* panTool, QMenu* fileMenu, QMenu* layerMenu);

    hazard::WorkspaceController& workspace() const { return *m_workspace; }
    gui::AreaOutlineOverlay* outlines() const { return m_outlines; }
    /// The dialog, the checks, and the layer loaded and opened for editing.
    void openWorkspace();
    /// A saved project's workspace layer, before it loads: checks the connection, asks the
    /// password when ~/.pgpass and the service file give none (kept in memory only), and marks the
    /// layer to be edited with live updates once it is on the map, as after openWorkspace().
    /// False when it cannot be reached or the user cancelled (said on the map).
    bool reconnect(const QString& datasetName, const QString& layer);
    /// The password for a workspace saved by name (a project, an offline copy): the session's,
    /// none when ~/.pgpass or the service file has it, or asked (again after a wrong one).
    /// nullopt when the user cancelled; `problem` then gets the server's last refusal, if any.
    /// `outcome` (optional) gets how the last connection try went.
    std::optional<QString> passwordFor(const QString& datasetName, const QString& layer, QString* problem = nullptr,
                                       hazard::WorkspaceOutcome* outcome = nullptr);

Q_SIGNALS:
    /// A conflict was settled (for tests and the status line): the choice and the area's guid.
    void conflictResolved(mineatlas::hazard::ConflictChoice choice, const QString& guid);
    /// Others' changes were shown (after the layer reload was queued).
    void remoteChangesShown(const QStringList& guids);

private:
    void layerLoaded(project::MapLayer* layer);
    void showConflicts();
    void showRemoteChanges(const hazard::RemoteChanges& changes);
    QString areaName(const QString& guid) const;

    WindowContext& m_context;
    hazard::EditSession& m_session;
    HazardActions& m_hazard;
    hazard::WorkspaceController* m_workspace;
    gui::AreaOutlineOverlay* m_outlines;
    /// Workspaces being loaded (dataset name, table), to open for editing once on the map.
    QList<std::pair<QString, QString>> m_pending;
    bool m_resolving = false;
    bool m_liveWarned = false; ///< a warning that live updates stopped is on the map
};

} // namespace mineatlas
