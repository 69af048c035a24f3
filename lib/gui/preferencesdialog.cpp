#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "data/tilecache.h"
#include "geo/crs.h"

namespace mineatlas::gui {

using project::AreaUnit;
using project::LengthUnits;
using project::Preferences;

PreferencesDialog::PreferencesDialog(const Preferences& p, QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_areaUnit(new QComboBox(this)),
      m_lengthUnits(new QComboBox(this)), m_format(new QComboBox(this)), m_crs(new QComboBox(this)),
      m_crsStatus(new QLabel(this)), m_snap(new QSpinBox(this)), m_cacheDir(new QLineEdit(this)),
      m_cacheLimit(new QSpinBox(this)), m_clear(new QPushButton(tr("&Clear now"), this)),
      m_cacheStatus(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    // Each language in its own name: someone who cannot read the current one still finds theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Українська"), QStringLiteral("uk"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    auto* languageNote = new QLabel(tr("Takes effect when MineAtlas restarts."), this);
    languageNote->setEnabled(false);

    m_areaUnit->addItem(tr("m² and ha, or ha and km² (by size)"), int(AreaUnit::Automatic));
    m_areaUnit->addItem(tr("Square metres (m²)"), int(AreaUnit::SquareMetres));
    m_areaUnit->addItem(tr("Hectares (ha)"), int(AreaUnit::Hectares));
    m_areaUnit->addItem(tr("Square kilometres (km²)"), int(AreaUnit::SquareKilometres));
    m_areaUnit->setCurrentIndex(m_areaUnit->findData(int(p.areaUnit)));
    m_lengthUnits->addItem(tr("Metric (m, km)"), int(LengthUnits::Metric));
    m_lengthUnits->addItem(tr("Imperial (ft, mi)"), int(LengthUnits::Imperial));
    m_lengthUnits->setCurrentIndex(m_lengthUnits->findData(int(p.lengthUnits)));

    for (auto f : {geo::CoordinateFormat::DecimalDegrees, geo::CoordinateFormat::Dms,
                   geo::CoordinateFormat::Utm, geo::CoordinateFormat::Mgrs})
        m_format->addItem(tr(qPrintable(geo::coordinateFormatName(f))), geo::coordinateFormatKey(f));
    m_format->setCurrentIndex(std::max(0, m_format->findData(geo::coordinateFormatKey(p.coordinateFormat))));

    // Editable: any EPSG code or PROJ string the map CRS menu takes.
    m_crs->setEditable(true);
    m_crs->addItem(tr("The one used last"), QString());
    m_crs->addItem(tr("EPSG:3857 (Web Mercator)"), QStringLiteral("EPSG:3857"));
    m_crs->addItem(tr("EPSG:4326 (WGS 84 plate carrée)"), QStringLiteral("EPSG:4326"));
    m_crs->addItem(tr("EPSG:3035 (LAEA Europe)"), QStringLiteral("EPSG:3035"));
    if (const int i = m_crs->findData(p.defaultCrs); i >= 0)
        m_crs->setCurrentIndex(i);
    else
        m_crs->setEditText(p.defaultCrs);
    m_crs->setToolTip(tr("The map CRS a new map starts in: pick one or type an EPSG code (e.g. EPSG:32636)"));
    m_crsStatus->setWordWrap(true);

    m_snap->setRange(Preferences::kMinSnapPx, Preferences::kMaxSnapPx);
    m_snap->setSuffix(tr(" px"));
    m_snap->setValue(p.snapTolerancePx);
    m_snap->setToolTip(
        tr("While drawing, a click this close to a vertex or an edge of a visible layer lands on it"));

    m_cacheDir->setText(p.effectiveTileCacheDir());
    m_cacheDir->setToolTip(tr("Where basemap tiles are kept for offline use"));
    m_cacheLimit->setRange(0, 100000);
    m_cacheLimit->setSingleStep(100);
    m_cacheLimit->setSuffix(tr(" MiB"));
    m_cacheLimit->setSpecialValueText(tr("No limit"));
    m_cacheLimit->setValue(p.tileCacheLimitMiB);
    m_cacheLimit->setToolTip(tr("The oldest tiles are removed when the cache grows past this"));
    m_clear->setObjectName(QStringLiteral("clearTileCache"));
    m_clear->setToolTip(tr("Remove every cached tile now (downloaded MBTiles areas are kept)"));
    m_cacheStatus->setWordWrap(true);

    auto* general = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageNote);
    generalForm->addRow(tr("&Areas:"), m_areaUnit);
    generalForm->addRow(tr("&Distances:"), m_lengthUnits);
    generalForm->addRow(tr("C&oordinates:"), m_format);

    auto* map = new QGroupBox(tr("Map and editing"), this);
    auto* mapForm = new QFormLayout(map);
    mapForm->addRow(tr("Default map &CRS:"), m_crs);
    mapForm->addRow(QString(), m_crsStatus);
    mapForm->addRow(tr("&Snapping tolerance:"), m_snap);

    auto* cache = new QGroupBox(tr("Basemap tile cache"), this);
    auto* cacheForm = new QFormLayout(cache);
    cacheForm->addRow(tr("&Folder:"), m_cacheDir);
    auto* limitRow = new QHBoxLayout;
    limitRow->addWidget(m_cacheLimit, 1);
    limitRow->addWidget(m_clear);
    auto* limitLabel = new QLabel(tr("Size &limit:"), this);
    limitLabel->setBuddy(m_cacheLimit); // a row holding a layout gets no buddy by itself
    cacheForm->addRow(limitLabel, limitRow);
    cacheForm->addRow(QString(), m_cacheStatus);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(map);
    layout->addWidget(cache);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_crs, &QComboBox::currentTextChanged, this, &PreferencesDialog::validateCrs);
    connect(m_cacheDir, &QLineEdit::textChanged, this, &PreferencesDialog::updateCacheStatus);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        const auto freed = data::tilecache::clear(cacheDir());
        updateCacheStatus();
        if (!freed)
            m_cacheStatus->setText(freed.error());
        else
            m_cacheStatus->setText(tr("Cleared: %1 freed.").arg(QLocale().formattedDataSize(freed.value())));
    });
    validateCrs();
    updateCacheStatus();
    setMinimumWidth(480);
}

QString PreferencesDialog::cacheDir() const
{
    return m_cacheDir->text().trimmed();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.areaUnit = static_cast<AreaUnit>(m_areaUnit->currentData().toInt());
    p.lengthUnits = static_cast<LengthUnits>(m_lengthUnits->currentData().toInt());
    p.coordinateFormat = geo::coordinateFormatFromKey(m_format->currentData().toString());
    const int i = m_crs->findText(m_crs->currentText());
    p.defaultCrs = i >= 0 ? m_crs->itemData(i).toString() : m_crs->currentText().trimmed();
    p.snapTolerancePx = m_snap->value();
    // The default location is stored as "default", so it follows the user's cache folder.
    p.tileCacheDir = cacheDir() == Preferences::defaultTileCacheDir() ? QString() : cacheDir();
    p.tileCacheLimitMiB = m_cacheLimit->value();
    return p;
}

void PreferencesDialog::validateCrs()
{
    const int i = m_crs->findText(m_crs->currentText());
    const QString code = i >= 0 ? m_crs->itemData(i).toString() : m_crs->currentText().trimmed();
    bool ok = true;
    if (code.isEmpty()) {
        m_crsStatus->setText(tr("New maps start in the CRS used last."));
    } else if (auto crs = geo::Crs::fromUserString(code)) {
        m_crsStatus->setText(crs->name());
    } else {
        m_crsStatus->setText(crs.error());
        ok = false;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void PreferencesDialog::updateCacheStatus()
{
    const QString dir = cacheDir();
    if (!data::tilecache::isTagged(dir)) {
        m_clear->setEnabled(false);
        m_cacheStatus->setText(tr("No tiles cached there yet."));
        return;
    }
    m_clear->setEnabled(true);
    m_cacheStatus->setText(
        tr("In use: %1.").arg(QLocale().formattedDataSize(data::tilecache::sizeBytes(dir))));
}

} // namespace mineatlas::gui
