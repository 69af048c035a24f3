#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QDate>
#include <QObject>
#include <QStringList>

#include "data/featurestore.h"
#include "geo/maprect.h"
#include "render/mapsettings.h"
#include "render/style.h"
#include "time/temporal.h"

namespace mineatlas::treaty {
class TreatyStyle;
}

namespace mineatlas::project {

/// One layer of the map as the user sees it: its source, name, visibility, opacity and style, and
/// the loaded data. GUI thread only; renderers get a LayerSnapshot copy instead.
class MapLayer : public QObject {
    Q_OBJECT
public:
    enum class Kind { Vector, Raster };

    MapLayer(Kind kind, QString name, QString sourcePath, QString sourceLayer = {},
             QObject* parent = nullptr);

    std::uint64_t id() const { return m_id; }
    Kind kind() const { return m_kind; }
    const QString& sourcePath() const { return m_sourcePath; }
    const QString& sourceLayer() const { return m_sourceLayer; }

    const QString& name() const { return m_name; }
    void setName(const QString& name);
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity);
    const QStringList& warnings() const { return m_warnings; }
    void setWarnings(const QStringList& warnings) { m_warnings = warnings; }
    const QString& crsDescription() const { return m_crsDescription; }
    /// The map CRS the loaded data is in (definition). While it differs from the project's, after
    /// a CRS change that has not finished, the layer is not drawn rather than drawn misplaced.
    const QString& dataCrs() const { return m_dataCrs; }
    void setDataCrs(const QString& definition) { m_dataCrs = definition; }
    void setCrsDescription(const QString& d) { m_crsDescription = d; }
    /// Source and licence for map credits: what the file says, else the file's name.
    QString attribution() const;
    void setAttribution(const QString& a) { m_attribution = a; }

    /// Vector layers: the features in map coordinates (replaced when the map CRS changes).
    const std::shared_ptr<const data::FeatureStore>& store() const { return m_store; }
    void setStore(std::shared_ptr<const data::FeatureStore> store);
    const render::VectorStyle& style() const { return m_style; }
    void setStyle(const render::VectorStyle& style);

    /// Country layers: the treaty style (joined to the treaty table), used while treatyStyled().
    const std::shared_ptr<const treaty::TreatyStyle>& treatyStyle() const { return m_treatyStyle; }
    void setTreatyStyle(std::shared_ptr<const treaty::TreatyStyle> style);
    bool isTreatyStyled() const { return m_treatyStyle && m_useTreatyStyle; }
    void setTreatyStyled(bool on);
    /// The as-of date treaty styles are evaluated at (set by the Project).
    void setDate(QDate date);
    QDate date() const { return m_date; }

    /// Vector layers that follow the date: which fields hold it and how (time/temporal.h). A
    /// disabled setting (the default) makes the layer ignore the date.
    const time::TemporalSettings& temporal() const { return m_temporal; }
    void setTemporal(const time::TemporalSettings& settings);
    /// The per-feature dates under the current settings (nullptr while not temporal).
    const std::shared_ptr<const time::TemporalIndex>& temporalIndex() const { return m_temporalIndex; }
    /// The styled features before the date filter (what an animation filters at each frame).
    const std::shared_ptr<const render::StyledFeatures>& baseStyled() const { return m_baseStyled; }

    /// Layers whose symbols change with the date (hazard areas with a status history): the styled
    /// features of `style` at a date, used instead of the stored attributes. Empty: none.
    using RestyleAt = std::function<std::shared_ptr<const render::StyledFeatures>(const render::VectorStyle&,
                                                                                 const data::FeatureStore&, QDate)>;
    void setRestyleAt(RestyleAt hook);
    const RestyleAt& restyleAt() const { return m_restyleAt; }
    /// A total the layer adds up over time (released area of a land-release layer), for the
    /// legend and the map's notes. nullptr: none.
    const std::shared_ptr<const time::RunningTotal>& runningTotal() const { return m_runningTotal; }
    void setRunningTotal(std::shared_ptr<const time::RunningTotal> total) { m_runningTotal = std::move(total); }
    /// "Land released by 1 March 2024: 12,345 m² (1.2 ha), ellipsoidal" (empty without a total).
    QString runningTotalText(QDate date) const;

    /// Point layers: drawn as a heatmap with this style (std::nullopt: as markers).
    const std::optional<render::HeatmapStyle>& heatmap() const { return m_heatmapStyle; }
    void setHeatmap(const std::optional<render::HeatmapStyle>& style);

    /// Raster layers: the extent in map coordinates (for zoom to layer).
    void setRasterExtent(const MapRect& extent);
    /// Raster layers without georeferencing (a scan): drawn in pixel space until georeferenced.
    bool isPixelSpace() const { return m_pixelSpace; }
    void setPixelSpace(bool on) { m_pixelSpace = on; }

    MapRect extent() const;
    render::LayerSnapshot snapshot() const;

    /// Vector layers: the selected features (indices into store(), ascending, no repeats), shared
    /// by the attribute table, the map's highlight and export. Kept when the store is replaced by
    /// one of the same size (a CRS change), dropped otherwise.
    const std::vector<std::uint32_t>& selection() const { return m_selection; }
    /// Sorts and de-duplicates `features`; indices past the store are dropped.
    void setSelection(std::vector<std::uint32_t> features);
    /// The source FIDs of the selection (features without one are left out).
    std::vector<std::int64_t> selectedFids() const;

Q_SIGNALS:
    /// Anything that changes what is drawn or listed changed.
    void changed();
    /// The selection changed (not part of changed(): nothing needs re-rendering).
    void selectionChanged();

private:
    void restyle();
    /// m_styled from m_baseStyled at the date (a per-feature copy; the geometry is not touched).
    void applyDate();

    std::uint64_t m_id;
    std::uint64_t m_version = 1;
    Kind m_kind;
    QString m_name;
    QString m_sourcePath;
    QString m_sourceLayer;
    QString m_crsDescription;
    QString m_attribution;
    QString m_dataCrs;
    QStringList m_warnings;
    bool m_visible = true;
    double m_opacity = 1.0;
    std::shared_ptr<const data::FeatureStore> m_store;
    render::VectorStyle m_style;
    std::shared_ptr<const render::StyledFeatures> m_styled;
    std::shared_ptr<const render::StyledFeatures> m_baseStyled; ///< before the date filter
    time::TemporalSettings m_temporal;
    std::optional<render::HeatmapStyle> m_heatmapStyle;
    std::shared_ptr<const render::HeatmapLayer> m_heatmap;
    std::shared_ptr<const time::TemporalIndex> m_temporalIndex;
    RestyleAt m_restyleAt;
    std::shared_ptr<const time::RunningTotal> m_runningTotal;
    std::shared_ptr<const treaty::TreatyStyle> m_treatyStyle;
    bool m_useTreatyStyle = true;
    QDate m_date = QDate::currentDate();
    MapRect m_rasterExtent;
    bool m_pixelSpace = false;
    std::vector<std::uint32_t> m_selection;
    std::uint64_t m_shownKey = 0; ///< temporal layers: a hash of which features are hidden (0: not temporal)
    bool m_dateOnly = false;      ///< applyDate() called for a date change alone
};

/// "Land released by 1 March 2024: 12,345 m² (1.2 ha), ellipsoidal".
QString runningTotalText(const time::RunningTotal& total, const QString& name, QDate date);

} // namespace mineatlas::project
