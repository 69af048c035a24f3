#include "project/project.h"

#include <algorithm>

namespace mineatlas::project {

Project::Project(QObject* parent)
    : QObject(parent), m_crs(geo::Crs::webMercator()),
      m_coordinates(geo::MapCoordinates::create(m_crs).value())
{
}

Result<bool> Project::setCrs(const geo::Crs& crs)
{
    if (crs == m_crs)
        return true;
    auto coordinates = geo::MapCoordinates::create(crs);
    if (!coordinates)
        return Error{coordinates.error()};
    m_crs = crs;
    m_coordinates = std::move(coordinates.value());
    Q_EMIT crsChanged();
    return true;
}

void Project::setDate(QDate date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    for (const auto& l : m_layers)
        l->setDate(date);
    Q_EMIT dateChanged(date);
}

MapLayer* Project::layerById(std::uint64_t id) const
{
    for (const auto& l : m_layers)
        if (l->id() == id)
            return l.get();
    return nullptr;
}

int Project::indexOf(const MapLayer* layer) const
{
    for (std::size_t i = 0; i < m_layers.size(); ++i)
        if (m_layers[i].get() == layer)
            return static_cast<int>(i);
    return -1;
}

MapLayer* Project::addLayer(std::unique_ptr<MapLayer> layer, int index)
{
    if (index < 0 || index > layerCount())
        index = 0;
    MapLayer* raw = layer.get();
    raw->setParent(nullptr);
    raw->setDate(m_date);
    connect(raw, &MapLayer::changed, this, [this, raw] { Q_EMIT layerChanged(raw); });
    Q_EMIT layersAboutToChange();
    m_layers.insert(m_layers.begin() + index, std::move(layer));
    Q_EMIT layersChanged();
    return raw;
}

void Project::removeLayer(int index)
{
    if (index < 0 || index >= layerCount())
        return;
    Q_EMIT layersAboutToChange();
    m_layers.erase(m_layers.begin() + index);
    Q_EMIT layersChanged();
}

void Project::moveLayer(int from, int to)
{
    if (from < 0 || from >= layerCount() || to < 0 || to >= layerCount() || from == to)
        return;
    Q_EMIT layersAboutToChange();
    auto layer = std::move(m_layers[static_cast<std::size_t>(from)]);
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, std::move(layer));
    Q_EMIT layersChanged();
}

MapRect Project::fullExtent() const
{
    MapRect r;
    for (const auto& l : m_layers)
        r.include(l->extent());
    return r;
}

std::vector<render::LayerSnapshot> Project::visibleSnapshots() const
{
    std::vector<render::LayerSnapshot> out;
    for (const auto& l : m_layers)
        if (l->isVisible() && (l->dataCrs().isEmpty() || l->dataCrs() == m_crs.definition()))
            out.push_back(l->snapshot());
    return out;
}

} // namespace mineatlas::project
