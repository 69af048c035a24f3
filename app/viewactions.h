#pragma once

#include <optional>

#include <QObject>
#include <QPointF>

#include "geo/surveypoint.h"

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QToolButton;

namespace mineatlas::gui {
class MeasureTool;
class PanZoomTool;
}

namespace mineatlas {

struct WindowContext;

/// The View menu and the status bar: pan and zoom-box tools, zooms, the map CRS (a setting kept
/// between sessions), the list of panels, and the cursor position, scale and CRS readouts.
/// GUI thread only.
class ViewActions : public QObject {
    Q_OBJECT
public:
    ViewActions(WindowContext& context, QMenu* viewMenu, QToolBar* toolbar);

    /// Changes the map CRS ("EPSG:3035", digits, WKT); layers are re-read in it.
    void setMapCrs(const QString& definition);
    /// View ▸ Panels: one entry per dock, added once the docks exist.
    void addPanel(QAction* toggleViewAction);
    QAction* zoomLayerAction() const { return m_zoomLayer; }
    gui::PanZoomTool* panTool() const { return m_panTool; }
    gui::MeasureTool* measureDistanceTool() const { return m_measureDistance; }
    gui::MeasureTool* measureAreaTool() const { return m_measureArea; }

    /// View ▸ Coordinates: the format of the status readout and of copies (kept between sessions).
    void setCoordinateFormat(geo::CoordinateFormat format);
    geo::CoordinateFormat coordinateFormat() const { return m_format; }
    /// Asks for a point in any form parseSurveyPoint reads, centres the map on it and marks it.
    void goToCoordinate();
    /// Copies the point under the cursor (the map's centre before the mouse has been over it).
    void copyCoordinate();

private:
    void updateStatus();
    void showCursor();
    std::optional<QPointF> cursorOrCentre() const;

    WindowContext& m_context;
    gui::PanZoomTool* m_panTool;
    gui::PanZoomTool* m_boxTool;
    gui::MeasureTool* m_measureDistance = nullptr;
    gui::MeasureTool* m_measureArea = nullptr;
    QMenu* m_crsMenu = nullptr;
    QMenu* m_panels = nullptr;
    QAction* m_zoomLayer = nullptr;
    QLabel* m_coords;
    QLabel* m_scale;
    QToolButton* m_crsButton;
    QToolButton* m_formatButton;
    QMenu* m_formatMenu = nullptr;
    geo::CoordinateFormat m_format = geo::CoordinateFormat::DecimalDegrees;
    std::optional<QPointF> m_cursor; ///< lon/lat under the mouse, when it is over the map
    bool m_zoomFullAfterLoad = false;
};

} // namespace mineatlas
