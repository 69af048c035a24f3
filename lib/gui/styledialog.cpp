#include "styledialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>

#include "data/featurestore.h"

namespace mineatlas::gui {

StyleDialog::StyleDialog(const render::VectorStyle& style, const data::FeatureStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_original(style), m_symbol(style.base), m_fill(new QPushButton(this)),
      m_stroke(new QPushButton(this)), m_width(new QDoubleSpinBox(this)), m_marker(new QDoubleSpinBox(this)),
      m_field(new QComboBox(this))
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

render::VectorStyle StyleDialog::style() const
{
    render::Symbol base = m_symbol;
    base.strokeWidth = m_width->value();
    base.markerSize = m_marker->value();
    const QString field = m_field->currentData().toString();
    if (field.isEmpty()) {
        render::VectorStyle s;
        s.base = base;
        return s;
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
    return render::VectorStyle::categorized(m_store, field, base);
}

} // namespace mineatlas::gui
