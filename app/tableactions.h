#pragma once

#include <QObject>
#include <QPointF>

#include "geo/maprect.h"

class QAction;
class QDockWidget;
class QMenu;
class QToolBar;

namespace mineatlas::project {
class MapLayer;
}
namespace mineatlas::gui {
class AttributeTable;
class SelectTool;
class SelectionOverlay;
} // namespace mineatlas::gui

namespace mineatlas {

struct WindowContext;

/// Layer ▸ Open attribute table (F6, also in the Layers panel's context menu): the table of the
/// current vector layer in a dock under the map; Layer ▸ Select features, a map tool (click, Ctrl+
/// click to toggle, drag a box); Layer ▸ Zoom to selection (Ctrl+J) and Clear selection. The
/// selection lives on the layer (MapLayer::selection()), so the table, the map's highlight and
/// Export hazard areas all see the same one. GUI thread only.
class TableActions : public QObject {
    Q_OBJECT
public:
    TableActions(WindowContext& context, QMenu* layerMenu, QToolBar* toolbar);

    /// Shows `layer` in the table dock (nullptr: the Layers panel's current layer).
    void openTable(project::MapLayer* layer = nullptr);
    gui::AttributeTable* table() const { return m_table; }
    QDockWidget* dock() const { return m_dock; }
    QAction* selectAction() const { return m_select; }
    /// The layer a pick on the map applies to: the Layers panel's current vector layer, else the
    /// table's, else the topmost visible vector layer.
    project::MapLayer* selectionTarget() const;

private:
    void pickAt(QPointF mapPoint, double tolerance, bool toggle);
    void pickIn(const MapRect& rect, bool toggle);
    /// Zooms to `rect`; a point (or a feature smaller than a few pixels) is centred at the
    /// current scale instead.
    void zoomTo(const MapRect& rect);

    WindowContext& m_context;
    gui::AttributeTable* m_table;
    QDockWidget* m_dock;
    gui::SelectTool* m_tool;
    gui::SelectionOverlay* m_overlay;
    QAction* m_select;
    bool m_sized = false; ///< the dock was given its first height
};

} // namespace mineatlas
