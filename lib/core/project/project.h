#pragma once

#include <memory>
#include <vector>

#include <QObject>

#include "geo/crs.h"
#include "geo/mapcoordinates.h"
#include "project/maplayer.h"
#include "render/mapsettings.h"

namespace mineatlas::project {

/// The open map: its layers (index 0 = top of the stack, drawn last) and the map CRS.
/// Owns its layers. GUI thread only. Not a singleton: whoever needs it gets a reference.
class Project : public QObject {
    Q_OBJECT
public:
    explicit Project(QObject* parent = nullptr);

    const geo::Crs& crs() const { return m_crs; }
    /// Changes the map CRS (and its coordinate service). Fails, changing nothing, when PROJ
    /// cannot convert between the CRS and WGS 84.
    Result<bool> setCrs(const geo::Crs& crs);
    /// Map ↔ lon/lat for the current map CRS; replaced when the CRS changes, so ask each time.
    const geo::MapCoordinates& coordinates() const { return *m_coordinates; }
    /// The "as of" date treaty statuses are shown for (today by default).
    QDate date() const { return m_date; }
    void setDate(QDate date);

    int layerCount() const { return static_cast<int>(m_layers.size()); }
    MapLayer* layerAt(int index) const { return m_layers.at(static_cast<std::size_t>(index)).get(); }
    MapLayer* layerById(std::uint64_t id) const;
    int indexOf(const MapLayer* layer) const;

    /// Takes ownership; `index` -1 or 0 puts it on top.
    MapLayer* addLayer(std::unique_ptr<MapLayer> layer, int index = 0);
    void removeLayer(int index);
    /// Moves the layer at `from` so that it ends up at position `to`.
    void moveLayer(int from, int to);

    /// Union of all layer extents in map coordinates.
    MapRect fullExtent() const;
    /// Snapshots of the visible layers, top first, for a render.
    std::vector<render::LayerSnapshot> visibleSnapshots() const;

Q_SIGNALS:
    void layersAboutToChange();
    /// Layers were added, removed or re-ordered.
    void layersChanged();
    /// A layer's name, visibility, opacity, style or data changed.
    void layerChanged(mineatlas::project::MapLayer* layer);
    void crsChanged();
    void dateChanged(QDate date);

private:
    std::vector<std::unique_ptr<MapLayer>> m_layers;
    geo::Crs m_crs;
    std::shared_ptr<const geo::MapCoordinates> m_coordinates;
    QDate m_date = QDate::currentDate();
};

} // namespace mineatlas::project
