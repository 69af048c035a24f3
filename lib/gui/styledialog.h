#pragma once

#include <QDialog>

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
    StyleDialog(const render::VectorStyle& style, const data::FeatureStore& store, QWidget* parent = nullptr);
    render::VectorStyle style() const;

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
};

} // namespace mineatlas::gui
