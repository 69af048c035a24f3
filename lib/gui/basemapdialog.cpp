#include "basemapdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mineatlas::gui {

AddBasemapDialog::AddBasemapDialog(const QString& cacheDir, QWidget* parent)
    : QDialog(parent), m_preset(new QComboBox(this)), m_name(new QLineEdit(this)), m_url(new QLineEdit(this)),
      m_attribution(new QLineEdit(this)), m_maxZoom(new QSpinBox(this)),
      m_cache(new QLineEdit(cacheDir, this)), m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add basemap"));
    setObjectName(QStringLiteral("addBasemapDialog"));
    m_preset->addItems({tr("OpenStreetMap standard tiles"), tr("XYZ tiles (URL template)"),
                        tr("WMTS service (GetCapabilities URL)")});
    m_preset->setObjectName(QStringLiteral("basemapPreset"));
    m_url->setObjectName(QStringLiteral("basemapUrl"));
    m_name->setObjectName(QStringLiteral("basemapName"));
    m_attribution->setObjectName(QStringLiteral("basemapAttribution"));
    m_cache->setObjectName(QStringLiteral("basemapCache"));
    m_maxZoom->setRange(0, 24);
    m_maxZoom->setValue(19);
    m_note->setWordWrap(true);
    m_note->setOpenExternalLinks(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setMinimumWidth(540);

    auto* form = new QFormLayout;
    form->addRow(tr("Service"), m_preset);
    form->addRow(tr("Address"), m_url);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Attribution"), m_attribution);
    form->addRow(tr("Deepest zoom"), m_maxZoom);
    form->addRow(tr("Tile cache folder"), m_cache);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &AddBasemapDialog::presetChanged);
    for (QLineEdit* e : {m_url, m_name, m_cache})
        connect(e, &QLineEdit::textChanged, this, &AddBasemapDialog::validate);
    presetChanged();
}

void AddBasemapDialog::presetChanged()
{
    const int preset = m_preset->currentIndex();
    const bool osm = preset == OpenStreetMap;
    for (QWidget* w : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_attribution)})
        w->setEnabled(!osm);
    m_maxZoom->setEnabled(preset == XyzTemplate);
    if (osm) {
        const data::BasemapSource s = data::openStreetMap();
        m_url->setText(s.url);
        m_name->setText(s.name);
        m_attribution->setText(s.attribution);
        m_maxZoom->setValue(s.maxZoom);
        for (QLineEdit* e : {m_url, m_attribution})
            e->setCursorPosition(0);
        m_note->setText(
            tr("OpenStreetMap's tiles are run by volunteers on donated servers, under a <a href=\"%1\">tile "
               "usage "
               "policy</a>. MineAtlas identifies itself to the server, keeps every tile it gets in the cache "
               "folder (so places you have seen stay available offline), shows “%2” on the map, and does "
               "<b>not</b> bulk-download: an area download from OpenStreetMap is limited to %3 tiles, zoom "
               "%4 at "
               "most. For larger offline areas use a provider that allows it, or your own tiles.")
                .arg(QLatin1String(data::kOsmTilePolicyUrl), s.attribution.toHtmlEscaped())
                .arg(data::kLimitedDownloadMaxTiles)
                .arg(data::kLimitedDownloadMaxZoom));
    } else {
        if (m_url->text() == data::openStreetMap().url) {
            m_url->clear();
            m_name->clear();
            m_attribution->clear();
        }
        m_url->setPlaceholderText(preset == XyzTemplate
                                      ? QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png")
                                      : QStringLiteral("https://example.org/wmts/WMTSCapabilities.xml"));
        m_note->setText(
            preset == XyzTemplate
                ? tr("A Web Mercator tile service: the address holds {z}, {x} and {y}. Respect the "
                     "provider's terms, and give its attribution: it is shown on the map and in exports.")
                : tr("The first layer of the service is used, in its first tile matrix set. The "
                     "capabilities are kept beside the basemap, so it opens from the cache offline."));
    }
    validate();
}

void AddBasemapDialog::validate()
{
    bool ok = !m_name->text().trimmed().isEmpty() && !m_url->text().trimmed().isEmpty() &&
              !m_cache->text().trimmed().isEmpty();
    if (ok && m_preset->currentIndex() == XyzTemplate)
        ok = data::gdalTileUrl(m_url->text()).ok();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

data::BasemapSource AddBasemapDialog::source() const
{
    if (m_preset->currentIndex() == OpenStreetMap)
        return data::openStreetMap();
    data::BasemapSource s;
    s.kind = m_preset->currentIndex() == WmtsCapabilities ? data::BasemapSource::Kind::Wmts
                                                          : data::BasemapSource::Kind::Xyz;
    s.name = m_name->text().trimmed();
    s.url = m_url->text().trimmed();
    s.attribution = m_attribution->text().trimmed();
    s.maxZoom = m_maxZoom->value();
    return s;
}

QString AddBasemapDialog::cacheDir() const
{
    return m_cache->text().trimmed();
}

DownloadAreaDialog::DownloadAreaDialog(const data::BasemapSource& source, const MapRect& lonLat,
                                       int suggestedZoom, QWidget* parent)
    : QDialog(parent), m_source(source), m_lonLat(lonLat), m_min(new QSpinBox(this)),
      m_max(new QSpinBox(this)), m_estimate(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Download basemap area"));
    setObjectName(QStringLiteral("downloadAreaDialog"));
    const int deepest = source.kind == data::BasemapSource::Kind::Xyz ? source.maxZoom : 24;
    for (QSpinBox* box : {m_min, m_max})
        box->setRange(0, deepest);
    m_min->setObjectName(QStringLiteral("downloadMinZoom"));
    m_max->setObjectName(QStringLiteral("downloadMaxZoom"));
    m_min->setValue(std::clamp(suggestedZoom - 2, 0, deepest));
    m_max->setValue(std::clamp(suggestedZoom, 0, deepest));
    m_estimate->setWordWrap(true);
    m_estimate->setMinimumWidth(420);
    m_estimate->setObjectName(QStringLiteral("downloadEstimate"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Download"));

    auto* form = new QFormLayout;
    form->addRow(tr("Basemap"), new QLabel(source.name, this));
    form->addRow(tr("Area"), new QLabel(tr("lon %1° to %2°, lat %3° to %4°")
                                            .arg(lonLat.xMin, 0, 'f', 3)
                                            .arg(lonLat.xMax, 0, 'f', 3)
                                            .arg(lonLat.yMin, 0, 'f', 3)
                                            .arg(lonLat.yMax, 0, 'f', 3),
                                        this));
    form->addRow(tr("From zoom"), m_min);
    form->addRow(tr("To zoom"), m_max);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_estimate);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_min, &QSpinBox::valueChanged, this, &DownloadAreaDialog::update);
    connect(m_max, &QSpinBox::valueChanged, this, &DownloadAreaDialog::update);
    update();
}

int DownloadAreaDialog::minZoom() const
{
    return m_min->value();
}

int DownloadAreaDialog::maxZoom() const
{
    return m_max->value();
}

bool DownloadAreaDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void DownloadAreaDialog::update()
{
    const data::AreaDownload request{{}, m_lonLat, m_min->value(), m_max->value(), {}};
    const QString refusal = data::downloadRefusal(m_source, request);
    if (!refusal.isEmpty()) {
        m_estimate->setText(refusal);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    const qint64 tiles = data::tileCount(m_lonLat, m_min->value(), m_max->value());
    const qint64 fetched = data::tileRange(m_lonLat, m_max->value()).count();
    const double kib = static_cast<double>(tiles) * data::kEstimatedKiBPerTile;
    const QString size = kib < 1024        ? tr("%1 kB").arg(qRound64(kib))
                         : kib < 10 * 1024 ? tr("%1 MB").arg(kib / 1024, 0, 'f', 1)
                                           : tr("%1 MB").arg(QLocale().toString(qRound64(kib / 1024)));
    m_estimate->setText(tr("%1 tiles, about %2 (%3 fetched at zoom %4; the lower zooms are built from them). "
                           "The file opens as a layer when done.")
                            .arg(QLocale().toString(tiles))
                            .arg(size)
                            .arg(QLocale().toString(fetched))
                            .arg(m_max->value()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

} // namespace mineatlas::gui
