#include "georefactions.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>

#include "data/georefcontroller.h"
#include "dialogs.h"
#include "geo/surveypoint.h"
#include "georefpicktool.h"
#include "georefwindow.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "project/project.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
const QString kGeorefKey = QStringLiteral("georef");
}

GeorefActions::GeorefActions(WindowContext& c, QMenu* layer)
    : QObject(&c.window), m_context(c), m_controller(new data::GeorefController(this)),
      m_pickTool(new gui::GeorefPickTool(&c.canvas)), m_action(layer->addAction(tr("&Georeference…"))),
      m_pickAction(new QAction(tr("Pick control points on the map"), this))
{
    m_pickTool->setParent(this);
    m_action->setObjectName(QStringLiteral("actionGeoreference"));
    m_action->setToolTip(
        tr("Place a scanned map or sketch on the map from control points and write it as a GeoTIFF"));
    connect(m_action, &QAction::triggered, this, [this] { georeference(); });
    // One of the window's exclusive map tools: choosing pan or measure stops picking.
    m_pickAction->setObjectName(QStringLiteral("actionGeorefPick"));
    m_pickAction->setCheckable(true);
    c.tools.addAction(m_pickAction);
    connect(m_pickAction, &QAction::toggled, this, [this](bool on) {
        if (m_window && m_window->isPickingOnMap() != on)
            m_window->setPickingOnMap(on);
    });
    connect(m_pickTool, &gui::PanZoomTool::clicked, this, [this](QPointF map) {
        if (!m_window)
            return;
        const auto lonLat = m_context.project.coordinates().toLonLat(map);
        if (!lonLat)
            return;
        m_window->placeOnMap(*lonLat, geo::formatDecimalDegrees(lonLat->x(), lonLat->y()));
    });
    connect(m_controller, &data::GeorefController::pointsChanged, this, &GeorefActions::updateMarks);
    connect(m_controller, &data::GeorefController::finished, this, &GeorefActions::finished);
    connect(&c.project, &project::Project::crsChanged, this, [this] {
        if (m_window)
            m_window->setMapCrs(m_context.project.crs());
        updateMarks();
    });
    connect(&c.loader, &gui::LayerLoader::layerAdded, this, [this](project::MapLayer* l) {
        // A scan opened in pixel space: said until it is georeferenced.
        if (l->isPixelSpace())
            m_context.warn(
                tr("%1 has no georeferencing; it is shown in pixel space — Layer ▸ Georeference… to "
                   "place it")
                    .arg(QFileInfo(l->sourcePath()).fileName()),
                QStringLiteral("pixel-space:") + l->sourcePath());
        if (!m_pending.isEmpty() && l->sourcePath() == m_pending) {
            m_pending.clear();
            placeLayer(l);
        }
    });
}

GeorefActions::~GeorefActions()
{
    delete m_window;
}

gui::GeorefWindow* GeorefActions::window() const
{
    return m_window;
}

void GeorefActions::georeference()
{
    const project::Project& p = m_context.project;
    QString scan;
    if (auto* l = m_context.layers.currentLayer(); l && l->isPixelSpace())
        scan = l->sourcePath();
    for (int i = 0; scan.isEmpty() && i < p.layerCount(); ++i)
        if (p.layerAt(i)->isPixelSpace())
            scan = p.layerAt(i)->sourcePath();
    if (scan.isEmpty())
        scan = m_context.dialogs.openFile(
            &m_context.window, tr("Georeference a scan"), {},
            tr("Scans and images (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp);;All files (*)"));
    if (!scan.isEmpty())
        georeference(scan);
}

void GeorefActions::georeference(const QString& scan)
{
    if (m_controller->isRunning()) {
        m_context.warn(tr("A georeferenced copy is still being written"), kGeorefKey);
        if (m_window)
            m_window->raise();
        return;
    }
    delete m_window;
    m_controller->openScan(scan);
    m_window = new gui::GeorefWindow(*m_controller, m_context.dialogs, &m_context.window);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_window->setMapCrs(m_context.project.crs());
    connect(m_window, &gui::GeorefWindow::pickingOnMapChanged, this, &GeorefActions::setPicking);
    connect(m_window, &gui::GeorefWindow::closed, this, [this] {
        setPicking(false);
        m_pickTool->setPoints({});
    });
    m_window->show();
    m_window->raise();
    setPicking(m_window->isPickingOnMap());
    updateMarks();
}

void GeorefActions::setPicking(bool on)
{
    if (on) {
        m_pickAction->setChecked(true);
        m_context.canvas.setMapTool(m_pickTool);
    } else if (m_context.canvas.mapTool() == m_pickTool) {
        m_context.usePanTool();
    }
}

void GeorefActions::updateMarks()
{
    std::vector<std::optional<QPointF>> marks;
    for (const auto& p : m_controller->points())
        marks.push_back(p.lonLat ? m_context.project.coordinates().toMap(*p.lonLat) : std::nullopt);
    m_pickTool->setPoints(marks);
}

void GeorefActions::finished(const QString& path, const QString& error)
{
    if (!error.isEmpty()) {
        m_context.error(error, kGeorefKey);
        return;
    }
    if (path.isEmpty())
        return; // canceled
    // A run before wrote the same file: that layer goes, the new one comes in its place.
    project::Project& p = m_context.project;
    for (int i = p.layerCount() - 1; i >= 0; --i)
        if (QFileInfo(p.layerAt(i)->sourcePath()) == QFileInfo(path))
            p.removeLayer(i);
    m_pending = path;
    m_context.loader.open(path);
}

void GeorefActions::placeLayer(project::MapLayer* layer)
{
    project::Project& p = m_context.project;
    // Under the hazard areas and the other vector layers but above country borders, whose fill
    // would hide it (a user found it invisible under the countries); with no borders, right under
    // the vector layers, above the basemaps.
    int target = -1;
    for (int i = 0; i < p.layerCount() && target < 0; ++i)
        if (p.layerAt(i) != layer && p.layerAt(i)->kind() == project::MapLayer::Kind::Vector && p.layerAt(i)->treatyStyle())
            target = i;
    const int from = p.indexOf(layer);
    if (target < 0) {
        int lastVector = -1;
        for (int i = 0; i < p.layerCount(); ++i)
            if (p.layerAt(i) != layer && p.layerAt(i)->kind() == project::MapLayer::Kind::Vector)
                lastVector = i;
        target = from > lastVector ? lastVector + 1 : lastVector;
    } else if (from < target) {
        --target; // moving down past its own old place
    }
    p.moveLayer(from, target);
    for (int i = 0; i < p.layerCount(); ++i)
        if (p.layerAt(i)->isPixelSpace() &&
            QFileInfo(p.layerAt(i)->sourcePath()) == QFileInfo(m_controller->scanPath()))
            p.layerAt(i)->setVisible(false);
    m_context.messages.clear(QStringLiteral("pixel-space:") + m_controller->scanPath());
    QString fit;
    if (const auto& f = m_controller->fit())
        fit = tr("%1, %n point(s), RMS %2 m", nullptr, f->used)
                  .arg(data::georefMethodName(m_controller->method()))
                  .arg(f->rmsMetres, 0, 'f', 2);
    m_context.info(tr("%1 placed on the map as %2 (%3)")
                       .arg(QFileInfo(m_controller->scanPath()).fileName(),
                            QFileInfo(layer->sourcePath()).fileName(), fit),
                   kGeorefKey);
    if (!layer->extent().intersects(m_context.canvas.extent()))
        m_context.canvas.zoomToRect(layer->extent());
}

} // namespace mineatlas
