#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "dialogs.h"

namespace mineatlas::gui {

using exporting::LayoutSettings;

ExportDialog::ExportDialog(const LayoutSettings& settings, Dialogs& dialogs, QWidget* parent)
    : QDialog(parent), m_dialogs(dialogs), m_kind(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_subtitle(new QLineEdit(this)), m_page(new QComboBox(this)), m_orientation(new QComboBox(this)),
      m_dpi(new QSpinBox(this)), m_legend(new QCheckBox(tr("Legend"), this)), m_legendPlace(new QComboBox(this)),
      m_scaleBar(new QCheckBox(tr("Scale bar"), this)), m_northArrow(new QCheckBox(tr("North arrow"), this)),
      m_date(new QCheckBox(tr("As-of date"), this)), m_attribution(new QCheckBox(tr("Sources and licences"), this)),
      m_locator(new QCheckBox(tr("Locator map"), this)), m_preview(new QLabel(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Export map"));
    m_kind->addItem(tr("Map page"), static_cast<int>(LayoutSettings::Kind::Map));
    m_kind->addItem(tr("One-page brief (map, countries, hazard statistics)"), static_cast<int>(LayoutSettings::Kind::Brief));
    for (QPageSize::PageSizeId id : {QPageSize::A4, QPageSize::A3, QPageSize::Letter})
        m_page->addItem(LayoutSettings::pageName(id), static_cast<int>(id));
    m_orientation->addItem(tr("Landscape"), true);
    m_orientation->addItem(tr("Portrait"), false);
    m_dpi->setRange(36, 600);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("Resolution of PNG files (PDF and SVG are vector)"));
    m_legendPlace->addItem(tr("right of the map"), static_cast<int>(LayoutSettings::Place::Right));
    m_legendPlace->addItem(tr("below the map"), static_cast<int>(LayoutSettings::Place::Bottom));
    m_preview->setMinimumSize(420, 300);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setText(tr("Preparing the preview…"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Layout"), m_kind);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Subtitle"), m_subtitle);
    form->addRow(tr("Page"), m_page);
    form->addRow(tr("Orientation"), m_orientation);
    form->addRow(tr("PNG resolution"), m_dpi);
    auto* legendRow = new QHBoxLayout;
    legendRow->addWidget(m_legend);
    legendRow->addWidget(m_legendPlace);
    form->addRow(tr("Elements"), legendRow);
    for (QCheckBox* box : {m_scaleBar, m_northArrow, m_date, m_attribution, m_locator})
        form->addRow(QString(), box);
    auto* templates = new QHBoxLayout;
    auto* load = new QPushButton(tr("Load template…"), this);
    auto* save = new QPushButton(tr("Save template…"), this);
    templates->addWidget(load);
    templates->addWidget(save);
    form->addRow(tr("Template"), templates);
    form->addRow(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    auto* top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_preview, 1);
    auto* v = new QVBoxLayout(this);
    v->addLayout(top, 1);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path =
            m_dialogs.openFile(this, tr("Load layout template"), QString(), tr("Layout templates (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        auto loaded = LayoutSettings::load(path);
        if (!loaded) {
            m_status->setText(loaded.error());
            return;
        }
        setSettings(loaded.value());
        m_status->setText(tr("Loaded %1").arg(path));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        QString path = m_dialogs.saveFile(this, tr("Save layout template"), QString(), tr("Layout templates (*.json)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            path += QStringLiteral(".json");
        auto saved = this->settings().save(path);
        m_status->setText(saved ? tr("Saved %1").arg(path) : saved.error());
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT previewRequested(this->settings()); });
    for (QComboBox* c : {m_kind, m_page, m_orientation, m_legendPlace})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::changed);
    for (QLineEdit* e : {m_title, m_subtitle})
        connect(e, &QLineEdit::textChanged, this, &ExportDialog::changed);
    for (QCheckBox* b : {m_legend, m_scaleBar, m_northArrow, m_date, m_attribution, m_locator})
        connect(b, &QCheckBox::toggled, this, &ExportDialog::changed);
    setSettings(settings);
    resize(980, 560);
}

void ExportDialog::changed()
{
    if (!m_filling)
        m_debounce.start();
}

void ExportDialog::setSettings(const LayoutSettings& s)
{
    m_filling = true;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(s.kind)));
    m_title->setText(s.title);
    m_subtitle->setText(s.subtitle);
    m_page->setCurrentIndex(std::max(0, m_page->findData(static_cast<int>(s.page))));
    m_orientation->setCurrentIndex(s.landscape ? 0 : 1);
    m_dpi->setValue(s.dpi);
    m_legend->setChecked(s.legend);
    m_legendPlace->setCurrentIndex(m_legendPlace->findData(static_cast<int>(s.legendPlace)));
    m_scaleBar->setChecked(s.scaleBar);
    m_northArrow->setChecked(s.northArrow);
    m_date->setChecked(s.date);
    m_attribution->setChecked(s.attribution);
    m_locator->setChecked(s.locator);
    m_marginMm = s.marginMm;
    m_filling = false;
    m_debounce.start();
}

LayoutSettings ExportDialog::settings() const
{
    LayoutSettings s;
    s.kind = static_cast<LayoutSettings::Kind>(m_kind->currentData().toInt());
    s.title = m_title->text();
    s.subtitle = m_subtitle->text();
    s.page = static_cast<QPageSize::PageSizeId>(m_page->currentData().toInt());
    s.landscape = m_orientation->currentData().toBool();
    s.marginMm = m_marginMm;
    s.dpi = m_dpi->value();
    s.legend = m_legend->isChecked();
    s.legendPlace = static_cast<LayoutSettings::Place>(m_legendPlace->currentData().toInt());
    s.scaleBar = m_scaleBar->isChecked();
    s.northArrow = m_northArrow->isChecked();
    s.date = m_date->isChecked();
    s.attribution = m_attribution->isChecked();
    s.locator = m_locator->isChecked();
    return s;
}

void ExportDialog::setPreview(const QImage& page)
{
    if (page.isNull()) {
        m_preview->setText(tr("No preview: the map has nothing to show yet"));
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(page).scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace mineatlas::gui
