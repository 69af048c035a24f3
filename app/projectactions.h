#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include <QObject>
#include <QString>

#include "project/projectcontroller.h"

class QMenu;

namespace mineatlas::treaty {
class TreatyController;
}

namespace mineatlas {

struct WindowContext;
class TreatyActions;
class ViewActions;

/// File ▸ New project, Open project…, Save project, Save project as…: what a project means in the
/// window. Opening clears the map, sets the CRS, date and time settings, loads each layer through
/// the window's loader and gives it its saved style and join; files not found are offered for
/// repair first (MissingFilesDialog), and those left missing are reported and kept in the project.
/// The title shows the project's name with a modified marker; closing with unsaved changes asks
/// Save / Discard / Cancel; a recovery copy is written a few seconds after each change and offered
/// back on the next start when the app did not close cleanly. The state is the
/// ProjectController's (lib/core). GUI thread only.
class ProjectActions : public QObject {
    Q_OBJECT
public:
    ProjectActions(WindowContext& context, treaty::TreatyController& treaty, TreatyActions& treatyActions,
                   ViewActions& viewActions, QMenu* fileMenu);

    project::ProjectController& controller() { return m_controller; }
    void newProject();
    /// Opens a project (after asking about unsaved changes); false when nothing was opened.
    bool openProject(const QString& path);
    /// Saves to the project's file (asks for one when it has none); false when not saved.
    bool save();
    bool saveAs();
    /// Before the window closes: asks about unsaved changes; false: the user cancelled.
    bool confirmClose();
    /// The window closed cleanly: the recovery copy goes.
    void closed();
    /// Recovery copies a killed session left: offered back (the newest), if someone can answer.
    void offerRecovery();
    /// On a first start: a small non-modal box offers the sample project.
    void offerSampleProject();
    /// Copies the sample data (and its project) to the user's data folder and opens it there.
    void openSampleProject();
    bool isOpening() const { return m_opening; }
    /// A team workspace layer ("PG:…") of a project being opened, before it loads: connect (asking
    /// a password if needed) and make it editable once loaded. False: leave it out (kept in the
    /// project, reported with the files not found).
    void setWorkspaceReconnect(std::function<bool(const QString& datasetName, const QString& layer)> reconnect)
    {
        m_reconnect = std::move(reconnect);
    }

Q_SIGNALS:
    /// A project finished opening: its layers are loaded and styled and the view is set.
    void projectOpened(const QString& path);

private:
    struct Pending {
        project::ProjectLayer layer;
        int index = 0;           ///< position in the file's layer list
        std::uint64_t id = 0;    ///< the loaded layer (0: not loaded)
    };
    bool maybeSave();
    bool openFile(const QString& path);
    bool saveTo(const QString& path);
    void openDocument(const project::ProjectDocument& document, const QString& path, const QString& recoveredFrom);
    void layerLoaded(project::MapLayer* layer);
    void finishOpening();
    void clearMap();
    project::ProjectDocument capture() const;
    void updateTitle();

    WindowContext& m_context;
    treaty::TreatyController& m_treaty;
    TreatyActions& m_treatyActions;
    ViewActions& m_viewActions;
    project::ProjectController m_controller;
    bool m_opening = false;
    project::ProjectDocument m_document; ///< the one being opened
    QString m_openingPath;
    QString m_recoveredFrom; ///< the recovery copy being restored (empty: a project file)
    int m_repaired = 0;
    std::vector<Pending> m_pending;
    std::vector<std::pair<int, project::ProjectLayer>> m_skipped;
    std::function<bool(const QString&, const QString&)> m_reconnect;
};

} // namespace mineatlas
