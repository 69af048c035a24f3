#pragma once

#include <optional>

#include <QDialog>

#include "render/heatmap.h"
#include "render/style.h"

class QComboBox;
class QDoubleSpinBox;
class QPushButton;

namespace mineatlas::data {
class FeatureStore;
}

namespace mineatlas::gui {

/// Edits a copy of a layer style: fill, outline colour and width, marker size, and single vs.
/// categorized by an attribute. GUI thread only.
class StyleDialog : public QDialog {
    Q_OBJECT
public:
    StyleDialog(const render::VectorStyle& style, const data::FeatureStore& store, QWidget* parent = nullptr,
                const std::optional<render::HeatmapStyle>& heatmap = std::nullopt);
    render::VectorStyle style() const;
    /// Point layers: the heatmap chosen under "Draw as" (std::nullopt: points as symbols).
    std::optional<render::HeatmapStyle> heatmap() const;
    QComboBox* drawAsBox() const { return m_drawAs; }
    QDoubleSpinBox* radiusBox() const { return m_radius; }
    QComboBox* weightBox() const { return m_weight; }

private:
    void pickColour(QPushButton* button, QColor& colour);
    static void paintButton(QPushButton* button, const QColor& colour);

    const data::FeatureStore& m_store;
    render::VectorStyle m_original;
    render::Symbol m_symbol;
    QPushButton* m_fill;
    QPushButton* m_stroke;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_marker;
    QComboBox* m_field;
    QComboBox* m_drawAs = nullptr;
    QDoubleSpinBox* m_radius = nullptr;
    QComboBox* m_radiusUnit = nullptr;
    QComboBox* m_weight = nullptr;
    std::optional<render::HeatmapStyle> m_heatmap;
};

} // namespace mineatlas::gui
