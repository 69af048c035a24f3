#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QPointer>
#include <QWidget>

#include "backgroundjob.h"
#include "geo/maprect.h"

class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace mineatlas::data {
class FeatureStore;
}
namespace mineatlas::project {
class AttributeTableModel;
class MapLayer;
} // namespace mineatlas::project

namespace mineatlas::gui {

/// The attribute table of one vector layer: a filter box, a virtualised table of its features
/// (fixed row heights, cells read from the store when shown) sorted by a click on a column
/// header, and buttons to zoom to or clear the selection. Row selection and the layer's selection
/// (MapLayer::selection(), which the map highlights) follow each other both ways. Sorting a large
/// layer runs on a worker. GUI thread only; does not own the layer.
class AttributeTable : public QWidget {
    Q_OBJECT
public:
    explicit AttributeTable(QWidget* parent = nullptr);
    ~AttributeTable() override;

    /// Shows `layer` (nullptr: nothing); follows its data and selection until it goes away.
    void setLayer(project::MapLayer* layer);
    project::MapLayer* layer() const { return m_layer; }

    QTableView* view() const { return m_view; }
    project::AttributeTableModel* model() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }
    QToolButton* zoomButton() const { return m_zoom; }
    QToolButton* clearButton() const { return m_clear; }
    /// "18 features, 18 shown, 2 selected"
    QString statusText() const;
    /// Sorts as a click on the header does (on a worker for a large layer: see sorted()).
    void sortBy(int column, Qt::SortOrder order);
    /// Layers with at least this many features sort on a worker.
    static constexpr std::size_t kBackgroundSortRows = 20000;

Q_SIGNALS:
    /// Zoom the map to this rect (a double-clicked feature, or the selection).
    void zoomRequested(const mineatlas::MapRect& rect);
    /// A sort asked for by sortBy() is shown.
    void sorted();

private:
    struct SortResult {
        std::shared_ptr<const data::FeatureStore> store;
        int column = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
        std::vector<std::uint32_t> features;
    };
    void layerChanged();
    void viewSelectionChanged();
    /// The layer's selection as selected rows; scrolls to the first when `scroll`.
    void showSelection(bool scroll);
    void updateStatus();

    QPointer<project::MapLayer> m_layer;
    project::AttributeTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_filter;
    QToolButton* m_zoom;
    QToolButton* m_clear;
    QLabel* m_status;
    BackgroundJob<SortResult> m_sortJob;
    bool m_syncing = false; ///< while one side's selection is copied to the other
};

} // namespace mineatlas::gui
