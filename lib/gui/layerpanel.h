#pragma once

#include <QWidget>

class QTreeView;
class QSlider;
class QToolButton;
class QTreeWidget;

namespace mineatlas::project {
class Project;
class LayerListModel;
class MapLayer;
} // namespace mineatlas::project

namespace mineatlas::gui {

/// The layer stack: visibility check boxes, drag to reorder, rename in place, an opacity slider,
/// buttons for style, zoom to layer and remove, and a legend of the visible layers below.
/// GUI thread only; does not own the project.
class LayerPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayerPanel(project::Project& project, QWidget* parent = nullptr);

    project::MapLayer* currentLayer() const;
    QTreeView* view() const { return m_view; }
    project::LayerListModel* model() const { return m_model; }
    QTreeWidget* legend() const { return m_legend; }

Q_SIGNALS:
    void zoomToLayerRequested(mineatlas::project::MapLayer* layer);
    void styleRequested(mineatlas::project::MapLayer* layer);
    void attributeTableRequested(mineatlas::project::MapLayer* layer);

private:
    void updateControls();
    void rebuildLegend();

    project::Project& m_project;
    project::LayerListModel* m_model;
    QTreeView* m_view;
    QSlider* m_opacity;
    QToolButton* m_style;
    QToolButton* m_zoom;
    QToolButton* m_remove;
    QTreeWidget* m_legend;
};

} // namespace mineatlas::gui
