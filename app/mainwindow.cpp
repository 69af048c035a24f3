#include "mainwindow.h"

#include <cstdio>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <QTreeView>

#include "countrypanel.h"
#include "datecontrol.h"
#include "deskactions.h"
#include "dialogs.h"
#include "export/exportcontroller.h"
#include "basemapactions.h"
#include "geo/magnetic.h"
#include "exportactions.h"
#include "project/layerlistmodel.h"
#include "fileactions.h"
#include "georefactions.h"
#include "hazard/editsession.h"
#include "hazardactions.h"
#include "hazardform.h"
#include "historyview.h"
#include "identifypanel.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "messagebar.h"
#include "icons.h"
#include "panzoomtool.h"
#include "preferenceactions.h"
#include "progresswidgets.h"
#include "projectactions.h"
#include "styledialog.h"
#include "syncactions.h"
#include "tableactions.h"
#include "teamactions.h"
#include "project/identifycontroller.h"
#include "project/project.h"
#include "treaty/treatycontroller.h"
#include "searchactions.h"
#include "timeactions.h"
#include "toolicons.h"
#include "treatyactions.h"
#include "viewactions.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
constexpr int kIdentifyTolerancePx = 4;
const QString kLoadJob = QStringLiteral("load");
} // namespace

void WindowContext::usePanTool()
{
    canvas.setMapTool(panTool);
    if (panAction)
        panAction->setChecked(true);
}

MainWindow::MainWindow(std::unique_ptr<gui::Dialogs> dialogs)
    : m_dialogs(dialogs ? std::move(dialogs) : std::make_unique<gui::WidgetDialogs>()),
      m_project(std::make_unique<project::Project>()), m_canvas(new gui::MapCanvas(*m_project, this)),
      m_loader(new gui::LayerLoader(*m_project, this)), m_layerPanel(new gui::LayerPanel(*m_project, this)),
      m_identify(new gui::IdentifyPanel(this)), m_messages(new gui::MessageBar(this)),
      m_progress(new ProgressWidgets(statusBar())), m_tools(new QActionGroup(this)),
      m_context(std::make_unique<WindowContext>(WindowContext{*this, *m_project, *m_canvas, *m_loader, *m_layerPanel,
                                                              *m_messages, *m_dialogs, *m_progress, *m_tools})),
      m_treaty(new treaty::TreatyController(*m_project, this)), m_session(new hazard::EditSession(*m_project, this)),
      m_identifier(new project::IdentifyController(*m_project, this)),
      m_exporter(new exporting::ExportController(*m_project, this))
{
    setWindowTitle(QStringLiteral("MineAtlas"));
    setAcceptDrops(true);
    m_tools->setExclusive(true);
    setCentralWidget(m_canvas);
    m_messages->overlay(m_canvas);
    connect(m_messages, &gui::MessageBar::heightChanged, m_canvas, &gui::MapCanvas::setTitleOffset);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* layer = menuBar()->addMenu(tr("&Layer"));
    QMenu* hazards = menuBar()->addMenu(tr("Ha&zards"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QToolBar* bar = addToolBar(tr("Map"));
    bar->setObjectName(QStringLiteral("mapToolbar"));
    QToolBar* searchBar = addToolBar(tr("Search"));
    searchBar->setObjectName(QStringLiteral("searchToolbar"));
    // The date bar on a row of its own: at 1280 px the map tools, the search field and the date
    // controls do not fit on one, and Qt would hide the map tools behind an overflow button.
    addToolBarBreak();
    QToolBar* dateBar = addToolBar(tr("Date"));
    dateBar->setObjectName(QStringLiteral("dateToolbar"));

    if (auto magnetic = geo::MagneticModel::loadBuiltIn())
        m_context->magnetic = magnetic.value();
    else
        m_context->warn(tr("Magnetic bearings are not available: %1").arg(magnetic.error()), QStringLiteral("magnetic"));

    m_fileActions = new FileActions(*m_context, file, bar);
    bar->addSeparator();
    m_viewActions = new ViewActions(*m_context, view, bar);
    bar->addSeparator();
    m_treatyActions = new TreatyActions(*m_context, *m_treaty, file, edit, layer, dateBar);
    m_hazardActions = new HazardActions(*m_context, *m_session, file, edit, layer, bar);
    m_syncActions = new SyncActions(*m_context, *m_session, *m_hazardActions, hazards);
    m_teamActions = new TeamActions(*m_context, *m_session, *m_hazardActions, m_viewActions->panTool(), file, layer);
    m_syncActions->setPasswordSource([this](const QString& ds, const QString& l, QString* problem) {
        return m_teamActions->passwordFor(ds, l, problem);
    });
    file->addSeparator();
    m_exportActions = new ExportActions(*m_context, *m_exporter, file);
    m_timeActions = new TimeActions(*m_context, *m_treatyActions->dateControl()->controller(), file, view, layer);
    m_projectActions = new ProjectActions(*m_context, *m_treaty, *m_treatyActions, *m_viewActions, file);
    m_projectActions->setWorkspaceReconnect([this](const QString& ds, const QString& l) { return m_teamActions->reconnect(ds, l); });
    m_deskActions = new DeskActions(*m_context, *m_projectActions, file);
    m_fileActions->addQuit(file);
    edit->addSeparator();
    m_searchActions = new SearchActions(*m_context, edit, searchBar);
    layer->addSeparator();
    m_basemapActions = new BasemapActions(*m_context, layer);
    m_georefActions = new GeorefActions(*m_context, layer);
    layer->addSeparator();
    layer->addAction(tr("&Style…"), this, [this] { editStyle(m_layerPanel->currentLayer()); })
        ->setObjectName(QStringLiteral("actionStyle"));
    layer->addAction(m_viewActions->zoomLayerAction());
    m_tableActions = new TableActions(*m_context, layer, bar);
    m_viewActions->addPanel(m_tableActions->dock()->toggleViewAction());
    layer->addAction(tr("&Remove"), this, [this] {
        if (auto* l = m_layerPanel->currentLayer())
            m_project->removeLayer(m_project->indexOf(l));
        else
            m_context->warn(tr("Select a layer in the Layers panel first"), QStringLiteral("remove"));
    })->setObjectName(QStringLiteral("actionRemoveLayer"));
    edit->addSeparator();
    m_preferenceActions = new PreferenceActions(*m_context, *m_viewActions, *m_hazardActions, edit, help);

    buildDocks();
    assignToolIcons(*new gui::IconTheme(this), *this);
    connectLoader();
    m_context->usePanTool();
    connect(m_viewActions->panTool(), &gui::PanZoomTool::clicked, this, &MainWindow::identify);
    connect(m_canvas, &gui::MapCanvas::escapePressed, this, [this] { m_context->usePanTool(); });
    connect(m_canvas, &gui::MapCanvas::renderErrors, this, [this](const QStringList& errors) {
        for (const QString& e : errors)
            m_context->error(e, QStringLiteral("render:") + e.section(QLatin1Char(':'), 0, 0));
    });
    // Said once per layer (same key: a redraw replaces, never stacks).
    connect(m_canvas, &gui::MapCanvas::renderWarnings, this, [this](const QStringList& warnings) {
        for (const QString& w : warnings)
            m_context->warn(w, QStringLiteral("render-partial:") + w.section(QLatin1Char(':'), 0, 0));
    });
    connect(m_identifier, &project::IdentifyController::measured, m_identify, &gui::IdentifyPanel::setMeasure);
    connect(m_layerPanel, &gui::LayerPanel::styleRequested, this, &MainWindow::editStyle);
    connect(m_layerPanel, &gui::LayerPanel::zoomToLayerRequested, this,
            [this](project::MapLayer* l) { m_canvas->zoomToRect(l->extent()); });

    // Large files are kept prepared in the user's cache dir (safe to delete) for a fast reopen.
    m_loader->setStoreCache(std::make_shared<data::StoreCache>(data::StoreCache::userCache()));

    QSettings settings;
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks()
{
    auto dock = [this](const QString& title, const char* name, QWidget* widget, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QString::fromLatin1(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        m_viewActions->addPanel(d->toggleViewAction());
        return d;
    };
    QDockWidget* layers = dock(tr("Layers"), "layersDock", m_layerPanel, Qt::LeftDockWidgetArea);
    QDockWidget* identify = dock(tr("Identify"), "identifyDock", m_identify, Qt::RightDockWidgetArea);
    QDockWidget* country = dock(tr("Country"), "countryDock", m_treatyActions->countryPanel(), Qt::RightDockWidgetArea);
    QDockWidget* form = dock(tr("Hazard area"), "hazardFormDock", m_hazardActions->form(), Qt::RightDockWidgetArea);
    QDockWidget* history = dock(tr("Undo history"), "undoHistoryDock", m_hazardActions->history(), Qt::RightDockWidgetArea);
    tabifyDockWidget(identify, country);
    tabifyDockWidget(country, form);
    tabifyDockWidget(form, history);
    identify->raise();
    // At 1280 px: room for layer names and legend lines on the left, the map the widest part; the
    // right-hand tabs as wide as their titles need in this language (none cut to "Ідентифі…").
    resizeDocks({layers, identify}, {320, tabbedDockWidth({identify, country, form, history}, 350)}, Qt::Horizontal);
    m_treatyActions->setCountryDock(country);
    m_hazardActions->setFormDock(form);
}

void MainWindow::connectLoader()
{
    connect(m_loader, &gui::LayerLoader::error, this, [this](const QString& e) {
        ++m_loadErrors;
        m_context->error(e, QStringLiteral("load:") + e.section(QLatin1Char(':'), 0, 0));
    });
    connect(m_loader, &gui::LayerLoader::warning, this, [this](const QString& w) { m_context->warn(w); });
    // "No features" is said once per layer, and goes away when the layer has some.
    connect(m_loader, &gui::LayerLoader::layerEmpty, this, [this](project::MapLayer* l) {
        m_context->warn(tr("%1: the layer has no features yet").arg(l->name()), QStringLiteral("empty:%1").arg(l->id()));
    });
    connect(m_project.get(), &project::Project::layerChanged, this, [this](project::MapLayer* l) {
        if (l->store() && l->store()->size() > 0)
            m_messages->clear(QStringLiteral("empty:%1").arg(l->id()));
    });
    connect(m_project.get(), &project::Project::layersChanged, this, [this] {
        for (int i = 0; i < m_project->layerCount(); ++i)
            if (m_project->layerAt(i)->store() && m_project->layerAt(i)->store()->size() > 0)
                m_messages->clear(QStringLiteral("empty:%1").arg(m_project->layerAt(i)->id()));
    });
    connect(m_loader, &gui::LayerLoader::info, this, [this](const QString& i) { m_context->info(i); });
    connect(m_loader, &gui::LayerLoader::busyChanged, this, [this](bool busy, const QString& what) {
        if (busy)
            m_progress->begin(kLoadJob, what, [this] { m_loader->cancel(); });
        else
            m_progress->end(kLoadJob);
    });
    connect(m_loader, &gui::LayerLoader::progressChanged, this,
            [this](int percent) { m_progress->setPercent(kLoadJob, percent); });
}

void MainWindow::editStyle(project::MapLayer* layer)
{
    if (!layer || !layer->store()) {
        m_context->warn(tr("Select a vector layer in the Layers panel first"), QStringLiteral("style"));
        return;
    }
    gui::StyleDialog dialog(layer->style(), *layer->store(), this, layer->heatmap());
    if (m_dialogs->exec(dialog) == QDialog::Accepted) {
        layer->setStyle(dialog.style());
        layer->setHeatmap(dialog.heatmap());
    }
}

void MainWindow::identify(QPointF mapPoint)
{
    const auto results = m_identifier->identify(mapPoint, kIdentifyTolerancePx * m_canvas->mapUnitsPerPixel());
    m_identify->showResults(results, m_identifier->whereText(mapPoint));
    // A click on an area of the layer being edited opens it in the form; on a country, its timeline.
    if (!m_hazardActions->showAreaOf(results))
        m_treatyActions->showCountryOf(results);
}

void MainWindow::openPaths(const QStringList& paths)
{
    m_fileActions->openPaths(paths);
}

void MainWindow::setDate(QDate date)
{
    m_treatyActions->dateControl()->setDate(date);
}

void MainWindow::screenshotWhenReady(const QString& path, const QRectF& viewLonLat, const QPointF& identifyLonLat,
                                     bool editTopLayer)
{
    m_fileActions->setRecordRecent(false);
    QTimer::singleShot(60000, qApp, [] { QCoreApplication::exit(1); });
    auto toMap = [this](QPointF lonLat) {
        // Longitudes past 180° (a view across the antimeridian) land on the next copy of the world.
        const double turns = std::floor((lonLat.x() + 180) / 360);
        const auto map = m_project->coordinates().toMap({lonLat.x() - 360 * turns, lonLat.y()});
        return map ? QPointF(map->x() + turns * m_project->crs().worldWidth(), map->y()) : QPointF();
    };
    auto shoot = [this, path, identifyLonLat, toMap, editTopLayer] {
        if (editTopLayer && m_project->layerCount() > 0) {
            // As a user would: select the hazard layer and start editing it.
            m_layerPanel->view()->setCurrentIndex(m_layerPanel->model()->index(0));
            m_hazardActions->ensureEditing();
        }
        if (!identifyLonLat.isNull())
            identify(toMap(identifyLonLat));
        QTimer::singleShot(300, this, [this, path] {
            const bool saved = grab().save(path);
            // A script sees why it failed.
            for (const QString& m : m_messages->texts())
                if (m.startsWith(QLatin1String("Error: ")))
                    std::fprintf(stderr, "mineatlas: %s\n", qPrintable(m.mid(7)));
            if (!saved)
                std::fprintf(stderr, "mineatlas: cannot write %s\n", qPrintable(path));
            QCoreApplication::exit(saved && m_loadErrors == 0 ? 0 : 1);
        });
    };
    connect(
        m_loader, &gui::LayerLoader::idle, this,
        [this, viewLonLat, toMap, shoot] {
            if (m_project->fullExtent().isEmpty()) { // nothing loaded (bad files): nothing will render
                shoot();
                return;
            }
            connect(m_canvas, &gui::MapCanvas::renderFinished, this, shoot, Qt::SingleShotConnection);
            if (!viewLonLat.isNull()) {
                const QPointF a = toMap(viewLonLat.topLeft()), b = toMap(viewLonLat.bottomRight());
                m_canvas->setExtent(MapRect::fromCorners(a.x(), a.y(), b.x(), b.y()));
            } else {
                m_canvas->refresh();
            }
        },
        Qt::SingleShotConnection);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e)
{
    if (e->mimeData()->hasUrls())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* e)
{
    QStringList paths;
    for (const QUrl& url : e->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    openPaths(paths);
    e->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    if (!m_projectActions->confirmClose()) {
        e->ignore();
        return;
    }
    m_projectActions->closed();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_loader->cancel();
    e->accept();
}

} // namespace mineatlas
