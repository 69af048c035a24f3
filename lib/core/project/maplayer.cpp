#include "project/maplayer.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QLocale>

#include <atomic>

#include <QFileInfo>

#include "treaty/treatystyle.h"
#include "uilocale.h"

namespace mineatlas::project {

namespace {
std::uint64_t nextLayerId()
{
    static std::atomic<std::uint64_t> counter{1};
    return counter++;
}
} // namespace

MapLayer::MapLayer(Kind kind, QString name, QString sourcePath, QString sourceLayer, QObject* parent)
    : QObject(parent), m_id(nextLayerId()), m_kind(kind), m_name(std::move(name)),
      m_sourcePath(std::move(sourcePath)), m_sourceLayer(std::move(sourceLayer))
{
}

QString MapLayer::attribution() const
{
    return m_attribution.isEmpty() ? QCoreApplication::translate("MapLayer", "%1: source and licence not stated in the file")
                                         .arg(QFileInfo(m_sourcePath).fileName())
                                   : m_attribution;
}

void MapLayer::setName(const QString& name)
{
    if (name == m_name || name.trimmed().isEmpty())
        return;
    m_name = name;
    Q_EMIT changed();
}

void MapLayer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    Q_EMIT changed();
}

void MapLayer::setOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_opacity)
        return;
    m_opacity = opacity;
    Q_EMIT changed();
}

void MapLayer::setStore(std::shared_ptr<const data::FeatureStore> store)
{
    const bool sameFeatures = m_store && store && m_store->size() == store->size();
    m_store = std::move(store);
    if (!sameFeatures && !m_selection.empty()) {
        m_selection.clear();
        Q_EMIT selectionChanged();
    }
    m_heatmap = m_store && m_heatmapStyle ? render::HeatmapLayer::build(*m_heatmapStyle, *m_store) : nullptr;
    m_temporalIndex = m_store && m_temporal.isEnabled() ? time::TemporalIndex::build(*m_store, m_temporal) : nullptr;
    restyle();
}

void MapLayer::setSelection(std::vector<std::uint32_t> features)
{
    const std::size_t size = m_store ? m_store->size() : 0;
    std::sort(features.begin(), features.end());
    features.erase(std::unique(features.begin(), features.end()), features.end());
    features.erase(std::lower_bound(features.begin(), features.end(), size), features.end());
    if (features == m_selection)
        return;
    m_selection = std::move(features);
    Q_EMIT selectionChanged();
}

std::vector<std::int64_t> MapLayer::selectedFids() const
{
    std::vector<std::int64_t> fids;
    if (!m_store)
        return fids;
    fids.reserve(m_selection.size());
    for (const std::uint32_t f : m_selection)
        if (m_store->fid(f) >= 0)
            fids.push_back(m_store->fid(f));
    return fids;
}

void MapLayer::setHeatmap(const std::optional<render::HeatmapStyle>& style)
{
    m_heatmapStyle = style;
    m_heatmap = m_store && style ? render::HeatmapLayer::build(*style, *m_store) : nullptr;
    ++m_version;
    Q_EMIT changed();
}

void MapLayer::setTemporal(const time::TemporalSettings& settings)
{
    if (settings == m_temporal)
        return;
    m_temporal = settings;
    m_temporalIndex = m_store && m_temporal.isEnabled() ? time::TemporalIndex::build(*m_store, m_temporal) : nullptr;
    applyDate();
}

void MapLayer::setStyle(const render::VectorStyle& style)
{
    m_style = style;
    restyle();
}

void MapLayer::setTreatyStyle(std::shared_ptr<const treaty::TreatyStyle> style)
{
    m_treatyStyle = std::move(style);
    restyle();
}

void MapLayer::setTreatyStyled(bool on)
{
    if (on == m_useTreatyStyle)
        return;
    m_useTreatyStyle = on;
    restyle();
}

void MapLayer::setDate(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    if (isTreatyStyled() || m_restyleAt) {
        restyle();
    } else if (m_temporalIndex) {
        m_dateOnly = true;
        applyDate();
        m_dateOnly = false;
    }
}

void MapLayer::setRestyleAt(RestyleAt hook)
{
    m_restyleAt = std::move(hook);
    restyle();
}

QString runningTotalText(const time::RunningTotal& total, const QString& name, QDate date)
{
    const QLocale en = uiLocale();
    const double m2 = total.at(date);
    return QCoreApplication::translate("MapLayer", "%1 by %2: %3 m² (%4 ha), ellipsoidal")
        .arg(total.label().isEmpty() ? name : total.label(), localLongDate(date, en),
             en.toString(static_cast<qint64>(std::llround(m2))), en.toString(m2 / 10000.0, 'f', 1));
}

QString MapLayer::runningTotalText(QDate date) const
{
    return m_runningTotal ? project::runningTotalText(*m_runningTotal, m_name, date) : QString();
}

void MapLayer::restyle()
{
    if (!m_store)
        m_baseStyled = nullptr;
    else if (isTreatyStyled())
        m_baseStyled = m_treatyStyle->apply(*m_store, m_date);
    else if (m_restyleAt)
        m_baseStyled = m_restyleAt(m_style, *m_store, m_date);
    else
        m_baseStyled = render::applyStyle(m_style, *m_store);
    applyDate();
}

void MapLayer::applyDate()
{
    m_styled = m_baseStyled && m_temporalIndex ? time::shownAt(*m_baseStyled, *m_temporalIndex, m_date) : m_baseStyled;
    // The image of a temporal layer depends on which features are shown, not on the date itself:
    // the same features give the same version (and the cached image) on another day.
    m_shownKey = 0;
    if (m_styled && m_temporalIndex) {
        std::uint64_t h = 1469598103934665603ull;
        for (std::size_t f = 0; f < m_styled->symbolOf.size(); ++f)
            if (m_styled->symbolOf[f] == render::StyledFeatures::kHidden)
                h = (h ^ f) * 1099511628211ull;
        m_shownKey = h | 1;
    }
    if (!m_dateOnly)
        ++m_version;
    Q_EMIT changed();
}

void MapLayer::setRasterExtent(const MapRect& extent)
{
    m_rasterExtent = extent;
    ++m_version;
    Q_EMIT changed();
}

MapRect MapLayer::extent() const
{
    if (m_kind == Kind::Raster)
        return m_rasterExtent;
    return m_store ? m_store->extent() : MapRect();
}

render::LayerSnapshot MapLayer::snapshot() const
{
    render::LayerSnapshot s;
    s.id = m_id;
    s.version = m_version;
    s.opacity = m_opacity;
    if (m_kind == Kind::Raster) {
        s.type = render::LayerSnapshot::Type::Raster;
        s.rasterPath = m_sourcePath;
        s.pixelSpace = m_pixelSpace;
    } else {
        s.store = m_store;
        s.styled = m_styled;
        s.heatmap = m_heatmap;
        if (m_shownKey) {
            // Versions of date changes: the base version and which features are shown, hashed,
            // with the top bit set so they never meet a plain version.
            s.version = (std::uint64_t(1) << 63) | ((m_version * 0x9E3779B97F4A7C15ull) ^ m_shownKey) >> 1;
            s.baseVersion = m_version;
            if (m_temporalIndex->settings().mode == time::TemporalMode::Accumulate && !m_heatmap && !m_restyleAt) {
                s.accumulating = m_temporalIndex;
                s.day = m_date.toJulianDay();
            }
        }
    }
    return s;
}

} // namespace mineatlas::project
