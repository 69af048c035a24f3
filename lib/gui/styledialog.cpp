#include "styledialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>

#include "data/featurestore.h"

namespace mineatlas::gui {

StyleDialog::StyleDialog(const render::VectorStyle& style, const data::FeatureStore& store, QWidget* parent,
                         const std::optional<render::HeatmapStyle>& heatmap)
    : QDialog(parent), m_store(store), m_original(style), m_symbol(style.base), m_fill(new QPushButton(this)),
      m_stroke(new QPushButton(this)), m_width(new QDoubleSpinBox(this)), m_marker(new QDoubleSpinBox(this)),
      m_field(new QComboBox(this)), m_heatmap(heatmap)
{
    setWindowTitle(tr("Layer style"));
    paintButton(m_fill, m_symbol.fill);
    paintButton(m_stroke, m_symbol.stroke);
    m_width->setRange(0, 20);
    m_width->setSingleStep(0.2);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(m_symbol.strokeWidth);
    m_marker->setRange(1, 50);
    m_marker->setSuffix(tr(" px"));
    m_marker->setValue(m_symbol.markerSize);
    m_field->addItem(tr("Single symbol"), QString());
    for (const QString& f : store.fieldNames())
        m_field->addItem(tr("Categorized by %1").arg(f), f);
    m_field->setCurrentIndex(std::max(0, m_field->findData(style.categoryField)));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Fill"), m_fill);
    form->addRow(tr("Outline"), m_stroke);
    form->addRow(tr("Outline width"), m_width);
    form->addRow(tr("Point size"), m_marker);
    form->addRow(tr("Classes"), m_field);
    if (store.dominantKind() == data::GeometryKind::Point) {
        // Points can be drawn as a density surface: a quartic kernel per point, summed.
        m_drawAs = new QComboBox(this);
        m_drawAs->addItem(tr("Symbols"));
        m_drawAs->addItem(tr("Heatmap"));
        m_drawAs->setCurrentIndex(heatmap ? 1 : 0);
        const render::HeatmapStyle h = heatmap.value_or(render::HeatmapStyle{});
        m_radius = new QDoubleSpinBox(this);
        m_radius->setRange(1, 100000);
        m_radius->setValue(h.radius);
        m_radiusUnit = new QComboBox(this);
        m_radiusUnit->addItem(tr("pixels"));
        m_radiusUnit->addItem(tr("metres on the ground"));
        m_radiusUnit->setCurrentIndex(h.radiusInMetres ? 1 : 0);
        m_weight = new QComboBox(this);
        m_weight->addItem(tr("(none: every point counts 1)"), QString());
        for (const QString& f : store.fieldNames())
            m_weight->addItem(f, f);
        m_weight->setCurrentIndex(std::max(0, m_weight->findData(h.weightField)));
        auto* radiusRow = new QHBoxLayout;
        radiusRow->addWidget(m_radius);
        radiusRow->addWidget(m_radiusUnit);
        form->addRow(tr("Draw as"), m_drawAs);
        form->addRow(tr("Heatmap radius"), radiusRow);
        form->addRow(tr("Weight"), m_weight);
        auto enable = [this] {
            const bool on = m_drawAs->currentIndex() == 1;
            m_radius->setEnabled(on);
            m_radiusUnit->setEnabled(on);
            m_weight->setEnabled(on);
        };
        connect(m_drawAs, &QComboBox::currentIndexChanged, this, enable);
        enable();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fill, &QPushButton::clicked, this, [this] { pickColour(m_fill, m_symbol.fill); });
    connect(m_stroke, &QPushButton::clicked, this, [this] { pickColour(m_stroke, m_symbol.stroke); });
}

void StyleDialog::paintButton(QPushButton* button, const QColor& colour)
{
    QPixmap pm(40, 14);
    pm.fill(colour);
    button->setIcon(QIcon(pm));
    button->setText(colour.name(QColor::HexArgb));
}

void StyleDialog::pickColour(QPushButton* button, QColor& colour)
{
    const QColor c =
        QColorDialog::getColor(colour, this, tr("Choose colour"), QColorDialog::ShowAlphaChannel);
    if (c.isValid()) {
        colour = c;
        paintButton(button, colour);
    }
}

std::optional<render::HeatmapStyle> StyleDialog::heatmap() const
{
    if (!m_drawAs)
        return m_heatmap;
    if (m_drawAs->currentIndex() != 1)
        return std::nullopt;
    render::HeatmapStyle h = m_heatmap.value_or(render::HeatmapStyle{});
    h.radius = m_radius->value();
    h.radiusInMetres = m_radiusUnit->currentIndex() == 1;
    h.weightField = m_weight->currentData().toString();
    return h;
}

render::VectorStyle StyleDialog::style() const
{
    render::Symbol base = m_symbol;
    base.strokeWidth = m_width->value();
    base.markerSize = m_marker->value();
    const QString field = m_field->currentData().toString();
    // Labels and scale-dependent visibility (places by population) are not set here: kept.
    auto keepLabels = [this](render::VectorStyle s) {
        s.labelField = m_original.labelField;
        s.rankField = m_original.rankField;
        s.rankScales = m_original.rankScales;
        s.rankScaleFloor = m_original.rankScaleFloor;
        s.labelBesideMarker = m_original.labelBesideMarker;
        return s;
    };
    if (field.isEmpty()) {
        render::VectorStyle s;
        s.base = base;
        return keepLabels(s);
    }
    if (field == m_original.categoryField) {
        // Keep the existing classes, apply the new outline.
        render::VectorStyle s = m_original;
        s.base.stroke = base.stroke;
        s.base.strokeWidth = base.strokeWidth;
        s.base.markerSize = base.markerSize;
        for (auto& c : s.categories) {
            c.symbol.stroke = base.stroke;
            c.symbol.strokeWidth = base.strokeWidth;
            c.symbol.markerSize = base.markerSize;
        }
        return s;
    }
    return keepLabels(render::VectorStyle::categorized(m_store, field, base));
}

} // namespace mineatlas::gui
