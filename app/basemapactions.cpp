#include "basemapactions.h"

#include <cmath>

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>

#include <cpl_conv.h>

#include "basemapdialog.h"
#include "data/tilecache.h"
#include "dialogs.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "progresswidgets.h"
#include "project/maplayer.h"
#include "project/project.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
const QString kCreateJob = QStringLiteral("basemap");
const QString kDownloadJob = QStringLiteral("basemap-download");
const QString kCacheKey = QStringLiteral("basemap/cacheDir");

QString userAgent()
{
    return QStringLiteral("MineAtlas/%1").arg(QCoreApplication::applicationVersion());
}
} // namespace

BasemapActions::BasemapActions(WindowContext& c, QMenu* layer)
    : QObject(&c.window), m_context(c), m_credits(new QLabel(&c.canvas)), m_create(this), m_downloadJob(this)
{
    // Every request GDAL makes (WMTS capabilities, tiles) names us, as tile servers ask.
    CPLSetConfigOption("GDAL_HTTP_USERAGENT", userAgent().toUtf8().constData());
    m_add = layer->addAction(tr("Add &basemap…"), this, &BasemapActions::addBasemap);
    m_add->setObjectName(QStringLiteral("actionAddBasemap"));
    m_add->setToolTip(tr("A tile basemap under the layers: OpenStreetMap, an XYZ address or a WMTS service"));
    m_download =
        layer->addAction(tr("&Download basemap area for offline use…"), this, &BasemapActions::downloadArea);
    m_download->setObjectName(QStringLiteral("actionDownloadBasemap"));
    m_download->setToolTip(
        tr("The basemap's tiles of the area in view, to an MBTiles file that opens as a layer"));

    m_credits->setObjectName(QStringLiteral("basemapCredits"));
    m_credits->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(255,255,255,200); color: #222; padding: 1px 4px; }"));
    m_credits->hide();
    c.canvas.installEventFilter(this);

    connect(&c.loader, &gui::LayerLoader::layerAdded, this, [this](project::MapLayer* l) {
        if (auto source = data::readBasemapSource(l->sourcePath())) {
            l->setAttribution(source->attribution.isEmpty() ? source->name : source->attribution);
            l->setName(source->name);
            m_basemaps.insert(l->id());
        }
        updateCredits();
    });
    connect(&c.project, &project::Project::layersChanged, this, &BasemapActions::updateCredits);
    connect(&c.project, &project::Project::layerChanged, this, &BasemapActions::updateCredits);
    connect(&m_create, &JobBase::finished, this, &BasemapActions::created);
    connect(&m_downloadJob, &JobBase::finished, this, &BasemapActions::downloaded);
}

BasemapActions::~BasemapActions()
{
    if (m_feedback)
        m_feedback->cancel();
}

QString BasemapActions::basemapDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/basemaps");
}

QString BasemapActions::cacheDir()
{
    const QString chosen = QSettings().value(kCacheKey).toString();
    return chosen.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles")
               : chosen;
}

data::BasemapOptions BasemapActions::options() const
{
    data::BasemapOptions o;
    o.cacheDir = cacheDir();
    data::tilecache::prepare(o.cacheDir); // tagged: Edit ▸ Preferences may clear and prune it
    o.userAgent = userAgent();
    return o;
}

void BasemapActions::addBasemap()
{
    if (m_create.isRunning()) {
        m_context.warn(tr("A basemap is already being added"), kCreateJob);
        return;
    }
    gui::AddBasemapDialog dialog(cacheDir(), &m_context.window);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    if (dialog.cacheDir() != cacheDir())
        QSettings().setValue(kCacheKey, dialog.cacheDir());
    const data::BasemapSource source = dialog.source();
    const data::BasemapOptions opts = options();
    const QString dir = basemapDir();
    m_createCanceled = false;
    m_context.progress.begin(kCreateJob, tr("Connecting to %1").arg(source.name), [this] {
        // The request stops at its timeout; its answer is then ignored.
        m_createCanceled = true;
        m_context.progress.end(kCreateJob);
    });
    m_create.start([source, dir, opts]() -> Result<QString> {
        try {
            return data::createBasemap(source, dir, opts);
        } catch (const std::exception& e) {
            return Error{
                QStringLiteral("%1: unexpected error: %2").arg(source.name, QString::fromUtf8(e.what()))};
        } catch (...) {
            return Error{QStringLiteral("%1: unexpected error").arg(source.name)};
        }
    });
}

void BasemapActions::created()
{
    m_context.progress.end(kCreateJob);
    if (m_createCanceled)
        return;
    const Result<QString>& path = m_create.result();
    if (!path) {
        m_context.error(path.error(), kCreateJob);
        return;
    }
    m_context.messages.clear(kCreateJob);
    m_context.loader.open(path.value());
}

void BasemapActions::downloadArea()
{
    if (m_downloadJob.isRunning()) {
        m_context.warn(tr("A basemap download is already running"), kDownloadJob);
        return;
    }
    // The basemap selected in the Layers panel, else the top visible one.
    project::MapLayer* layer = m_context.layers.currentLayer();
    std::optional<data::BasemapSource> source =
        layer ? data::readBasemapSource(layer->sourcePath()) : std::nullopt;
    for (int i = 0; !source && i < m_context.project.layerCount(); ++i) {
        layer = m_context.project.layerAt(i);
        if (layer->isVisible())
            source = data::readBasemapSource(layer->sourcePath());
    }
    if (!source) {
        m_context.warn(tr("Add a basemap first (Layer ▸ Add basemap…): there is nothing to download"),
                       kDownloadJob);
        return;
    }
    // The view in lon/lat, from its corners and edge midpoints.
    const MapRect view = m_context.canvas.extent();
    MapRect lonLat;
    for (double fx : {0.0, 0.5, 1.0})
        for (double fy : {0.0, 0.5, 1.0})
            if (auto p = m_context.project.coordinates().toLonLat(
                    QPointF(view.xMin + fx * view.width(), view.yMin + fy * view.height())))
                lonLat.include(p->x(), p->y());
    if (lonLat.isEmpty() || lonLat.width() <= 0) {
        m_context.warn(tr("The view cannot be placed in longitude and latitude"), kDownloadJob);
        return;
    }
    const int viewZoom = static_cast<int>(
        std::lround(std::log2(360.0 * m_context.canvas.width() / (256.0 * std::min(360.0, lonLat.width())))));
    gui::DownloadAreaDialog dialog(*source, lonLat, viewZoom, &m_context.window);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted || !dialog.canAccept())
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("basemap/downloadDir")).toString();
    QString output =
        m_context.dialogs.saveFile(&m_context.window, tr("Save offline basemap"),
                                   (folder.isEmpty() ? QDir::homePath() : folder) + QLatin1Char('/') +
                                       source->name + QStringLiteral(".mbtiles"),
                                   tr("MBTiles (*.mbtiles)"));
    if (output.isEmpty())
        return;
    if (!output.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive))
        output += QStringLiteral(".mbtiles");
    settings.setValue(QStringLiteral("basemap/downloadDir"), QFileInfo(output).absolutePath());
    const data::AreaDownload request{layer->sourcePath(), lonLat, dialog.minZoom(), dialog.maxZoom(), output};
    m_downloadOutput = output;
    m_feedback =
        queuedFeedback(this, [this](int percent) { m_context.progress.setPercent(kDownloadJob, percent); });
    m_context.progress.begin(kDownloadJob, tr("Downloading %1").arg(QFileInfo(output).fileName()),
                             [feedback = m_feedback] { feedback->cancel(); });
    auto feedback = m_feedback;
    m_downloadJob.start([request, feedback]() -> Result<qint64> {
        try {
            return data::downloadArea(request, feedback.get());
        } catch (...) {
            return Error{QStringLiteral("%1: unexpected error").arg(QFileInfo(request.output).fileName())};
        }
    });
}

void BasemapActions::downloaded()
{
    m_context.progress.end(kDownloadJob);
    m_feedback.reset();
    const Result<qint64>& tiles = m_downloadJob.result();
    if (!tiles) {
        m_context.error(tiles.error(), kDownloadJob);
        return;
    }
    m_context.info(tr("Saved %1 tiles to %2 for offline use").arg(tiles.value()).arg(m_downloadOutput),
                   kDownloadJob);
    m_context.loader.open(m_downloadOutput);
}

void BasemapActions::updateCredits()
{
    QStringList lines;
    for (int i = m_context.project.layerCount() - 1; i >= 0; --i) {
        const project::MapLayer* l = m_context.project.layerAt(i);
        if (m_basemaps.contains(l->id()) && l->isVisible() && !lines.contains(l->attribution()))
            lines << l->attribution();
    }
    m_credits->setText(lines.join(QStringLiteral(" · ")));
    m_credits->setVisible(!lines.isEmpty());
    m_credits->adjustSize();
    m_credits->move(m_context.canvas.width() - m_credits->width(),
                    m_context.canvas.height() - m_credits->height());
    m_credits->raise();
}

bool BasemapActions::eventFilter(QObject* watched, QEvent* e)
{
    // Only the watched canvas is used here, never m_context: while the main window is destroyed
    // its canvas still sends events after the WindowContext is gone (AddressSanitizer caught it).
    if (e->type() == QEvent::Resize && m_credits)
        if (auto* canvas = qobject_cast<QWidget*>(watched))
            m_credits->move(canvas->width() - m_credits->width(), canvas->height() - m_credits->height());
    return QObject::eventFilter(watched, e);
}

} // namespace mineatlas
