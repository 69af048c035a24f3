#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;

namespace mineatlas::data {
class GeorefController;
}
namespace mineatlas::project {
class MapLayer;
}
namespace mineatlas::gui {
class GeorefPickTool;
class GeorefWindow;
} // namespace mineatlas::gui

namespace mineatlas {

struct WindowContext;

/// Layer ▸ Georeference…: opens the georeferencer on the selected scan (or the scan shown in
/// pixel space, or a file asked for), lets clicks on the main map place its control points, and
/// opens the GeoTIFF it writes right under the vector layers (above any basemap), hiding the
/// scan's pixel-space layer. GUI thread only.
class GeorefActions : public QObject {
    Q_OBJECT
public:
    GeorefActions(WindowContext& context, QMenu* layerMenu);
    ~GeorefActions() override;

    /// The action: chooses the scan as described above.
    void georeference();
    /// Opens the georeferencer on `scanPath`.
    void georeference(const QString& scanPath);

    gui::GeorefWindow* window() const;
    data::GeorefController& controller() const { return *m_controller; }
    gui::GeorefPickTool* pickTool() const { return m_pickTool; }
    QAction* action() const { return m_action; }

private:
    void setPicking(bool on);
    void updateMarks();
    void finished(const QString& path, const QString& error);
    void placeLayer(project::MapLayer* layer);

    WindowContext& m_context;
    data::GeorefController* m_controller;
    gui::GeorefPickTool* m_pickTool;
    QAction* m_action;
    QAction* m_pickAction;
    QPointer<gui::GeorefWindow> m_window;
    QString m_pending; ///< the GeoTIFF being opened, to be put in place when it arrives
};

} // namespace mineatlas
