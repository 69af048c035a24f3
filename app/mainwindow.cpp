#include "mainwindow.h"

#include <QActionGroup>
#include <QClipboard>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoView>
#include <QVBoxLayout>

#include <gdal.h>
#include <proj.h>

#include "data/vectorloader.h"
#include "hazard/exchange.h"
#include "hazard/hazardstore.h"
#include "geo/surveypoint.h"
#include "identifypanel.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "messagebar.h"
#include "panzoomtool.h"
#include "project/identify.h"
#include "project/snap.h"
#include "project/layerlistmodel.h"
#include "project/project.h"
#include "styledialog.h"
#include "countrypanel.h"
#include "datecontrol.h"
#include "addpolygontool.h"
#include "hazardeditor.h"
#include "hazardform.h"
#include "surveydialog.h"
#include "vertextool.h"
#include "treaty/briefing.h"
#include "treaty/treatystyle.h"

namespace mineatlas {

namespace {
constexpr int kMaxRecent = 10;
constexpr int kIdentifyTolerancePx = 4;

QString formatLonLat(double lon, double lat)
{
    return QStringLiteral("%1° %2, %3° %4")
        .arg(std::abs(lat), 0, 'f', 5)
        .arg(lat >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
        .arg(std::abs(lon), 0, 'f', 5)
        .arg(lon >= 0 ? QLatin1Char('E') : QLatin1Char('W'));
}
} // namespace

MainWindow::MainWindow()
    : m_project(std::make_unique<project::Project>()), m_canvas(new gui::MapCanvas(*m_project, this)),
      m_loader(new gui::LayerLoader(*m_project, this)), m_layerPanel(new gui::LayerPanel(*m_project, this)),
      m_identify(new gui::IdentifyPanel(this)), m_messages(new gui::MessageBar(this)),
      m_panTool(new gui::PanZoomTool(m_canvas, gui::PanZoomTool::Mode::Pan)),
      m_boxTool(new gui::PanZoomTool(m_canvas, gui::PanZoomTool::Mode::BoxZoom)),
      m_dateControl(new gui::DateControl(this)), m_country(new gui::CountryPanel(this))
{
    setWindowTitle(QStringLiteral("MineAtlas"));
    setAcceptDrops(true);
    m_panTool->setParent(this);
    m_boxTool->setParent(this);
    m_editor = new gui::HazardEditor(*m_project, this);
    m_drawTool = new gui::AddPolygonTool(m_canvas);
    m_drawTool->setParent(this);
    m_drawTool->setConfirmDiscard([this] {
        return QMessageBox::question(this, tr("Discard the sketch?"),
                                     tr("Throw away the %n vertices drawn so far?", nullptr,
                                        static_cast<int>(m_drawTool->vertices().size())),
                                     QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Discard;
    });
    m_vertexTool = new gui::VertexTool(m_canvas, m_editor);
    m_vertexTool->setParent(this);
    connect(m_vertexTool, &gui::VertexTool::message, this,
            [this](const QString& m) { m_messages->push(gui::MessageBar::Level::Warning, m); });
    m_drawTool->setSnapper(
        [this](QPointF p, double tolerance) { return project::snapPoint(*m_project, p, tolerance); });
    m_drawTool->setSnapping(QSettings().value(QStringLiteral("edit/snapping"), true).toBool());
    connect(m_drawTool, &gui::AddPolygonTool::sketchChanged, m_editor, &gui::HazardEditor::journalSketch);
    connect(m_drawTool, &gui::AddPolygonTool::sketchChanged, this, [this](const std::vector<QPointF>& v) {
        std::vector<std::pair<QPointF, QString>> problems;
        for (const auto& issue : m_editor->checkSketch(v))
            problems.emplace_back(issue.where, issue.message);
        m_drawTool->setProblems(std::move(problems));
    });
    connect(m_drawTool, &gui::AddPolygonTool::finished, this, &MainWindow::sketchFinished);
    connect(m_editor, &gui::HazardEditor::areasChanged, this,
            [this](project::MapLayer* l) { m_loader->reload(l); });
    connect(m_form, &gui::HazardForm::applied, this, [this](const hazard::HazardArea& a) {
        auto ok = m_editor->updateArea(a);
        if (!ok)
            m_messages->push(gui::MessageBar::Level::Error,
                             ok.error() + tr(" — the form keeps your values."));
        else
            m_messages->push(gui::MessageBar::Level::Info, tr("Saved %1").arg(a.localId));
    });
    connect(m_form, &gui::HazardForm::deleteRequested, this, [this](const QString& guid) {
        if (QMessageBox::question(this, tr("Delete area?"),
                                  tr("Delete this hazard area? (Undo brings it back.)")) != QMessageBox::Yes)
            return;
        auto ok = m_editor->deleteArea(guid);
        if (!ok)
            m_messages->push(gui::MessageBar::Level::Error, ok.error());
        else
            m_form->clear();
    });
    connect(m_form, &gui::HazardForm::invalid, this,
            [this](const QString& why) { m_messages->push(gui::MessageBar::Level::Warning, why); });
    connect(m_project.get(), &project::Project::layersChanged, this, [this] {
        if (m_editor->isEditing() &&
            m_project->indexOf(m_editor->layer()) < 0) { // the edited layer was removed
            m_canvas->setMapTool(m_panTool);
            m_drawAction->setChecked(false);
            m_form->clear();
            m_editor->stopEditing();
        }
    });
    connect(m_editor, &gui::HazardEditor::error, this,
            [this](const QString& e) { m_messages->push(gui::MessageBar::Level::Error, e); });

    auto* central = new QWidget(this);
    auto* v = new QVBoxLayout(central);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    v->addWidget(m_messages);
    v->addWidget(m_canvas, 1);
    setCentralWidget(central);

    auto* layersDock = new QDockWidget(tr("Layers"), this);
    layersDock->setObjectName(QStringLiteral("layersDock"));
    layersDock->setWidget(m_layerPanel);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock);
    auto* identifyDock = new QDockWidget(tr("Identify"), this);
    identifyDock->setObjectName(QStringLiteral("identifyDock"));
    identifyDock->setWidget(m_identify);
    addDockWidget(Qt::RightDockWidgetArea, identifyDock);
    m_countryDock = new QDockWidget(tr("Country"), this);
    m_countryDock->setObjectName(QStringLiteral("countryDock"));
    m_countryDock->setWidget(m_country);
    addDockWidget(Qt::RightDockWidgetArea, m_countryDock);
    tabifyDockWidget(identifyDock, m_countryDock);
    m_form = new gui::HazardForm(this);
    m_formDock = new QDockWidget(tr("Hazard area"), this);
    m_formDock->setObjectName(QStringLiteral("hazardFormDock"));
    m_formDock->setWidget(m_form);
    addDockWidget(Qt::RightDockWidgetArea, m_formDock);
    tabifyDockWidget(m_countryDock, m_formDock);
    auto* historyDock = new QDockWidget(tr("Undo history"), this);
    historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    historyDock->setWidget(new QUndoView(m_editor->undoStack(), historyDock));
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(m_formDock, historyDock);
    identifyDock->raise();

    m_coords = new QLabel(this);
    m_coords->setMinimumWidth(260);
    m_scale = new QLabel(this);
    m_scale->setMinimumWidth(120);
    m_crsButton = new QToolButton(this);
    m_crsButton->setAutoRaise(true);
    m_crsButton->setToolTip(tr("Map coordinate reference system — click to change"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_coords);
    statusBar()->addWidget(m_scale);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_crsButton);

    buildActions();
    m_canvas->setMapTool(m_panTool);
    m_toLonLat.emplace(
        geo::CoordinateTransform::create(m_project->crs().definition(), QStringLiteral("EPSG:4326")).value());

    connect(m_panTool, &gui::PanZoomTool::clicked, this, &MainWindow::identify);
    connect(m_canvas, &gui::MapCanvas::cursorMoved, this, [this](QPointF p) {
        double x = p.x(), y = p.y();
        if (m_toLonLat && m_toLonLat->transform(x, y) && std::abs(y) <= 90)
            m_coords->setText(formatLonLat(x, y) + QStringLiteral("   ") + geo::formatMgrs(x, y, 4));
        else
            m_coords->setText(tr("outside the map"));
    });
    connect(m_canvas, &gui::MapCanvas::extentChanged, this, &MainWindow::updateStatus);
    connect(m_canvas, &gui::MapCanvas::renderErrors, this, [this](const QStringList& errors) {
        for (const QString& e : errors)
            m_messages->push(gui::MessageBar::Level::Error, e);
    });
    connect(m_loader, &gui::LayerLoader::error, this,
            [this](const QString& e) { m_messages->push(gui::MessageBar::Level::Error, e); });
    connect(m_loader, &gui::LayerLoader::warning, this,
            [this](const QString& w) { m_messages->push(gui::MessageBar::Level::Warning, w); });
    connect(m_loader, &gui::LayerLoader::info, this,
            [this](const QString& w) { m_messages->push(gui::MessageBar::Level::Info, w); });
    connect(m_dateControl, &gui::DateControl::dateChanged, m_project.get(), &project::Project::setDate);
    connect(m_project.get(), &project::Project::dateChanged, this, &MainWindow::updateTreatyViews);
    connect(m_project.get(), &project::Project::layersChanged, this, &MainWindow::updateTreatyViews);
    connect(m_project.get(), &project::Project::layerChanged, this, &MainWindow::updateTreatyViews);
    connect(m_loader, &gui::LayerLoader::busyChanged, this, [this](bool busy, const QString& what) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        m_progress->setFormat(what + QStringLiteral(" %p%"));
        m_progress->setToolTip(what);
    });
    connect(m_loader, &gui::LayerLoader::progressChanged, this, [this](int percent) {
        m_progress->setRange(0, percent < 0 ? 0 : 100);
        if (percent >= 0)
            m_progress->setValue(percent);
    });
    connect(m_loader, &gui::LayerLoader::idle, this, [this] {
        if (m_zoomFullAfterLoad) {
            m_zoomFullAfterLoad = false;
            m_canvas->zoomToFullExtent();
        }
    });
    connect(m_cancel, &QToolButton::clicked, m_loader, &gui::LayerLoader::cancel);
    connect(m_loader, &gui::LayerLoader::layerAdded, this, [this](project::MapLayer* l) {
        if (!m_startEditingPath.isEmpty() && l->sourcePath() == m_startEditingPath) {
            m_startEditingPath.clear();
            m_layerPanel->view()->setCurrentIndex(m_layerPanel->model()->index(m_project->indexOf(l)));
            m_drawAction->setChecked(true);
            setDrawing(true);
        }
    });
    connect(m_layerPanel, &gui::LayerPanel::zoomToLayerRequested, this,
            [this](project::MapLayer* l) { m_canvas->zoomToRect(l->extent()); });
    connect(m_layerPanel, &gui::LayerPanel::styleRequested, this, &MainWindow::editStyle);
    m_loader->setLayerChooser([this](const data::DatasetInfo& info) {
        QStringList names, details;
        for (const auto& l : info.layers) {
            names << l.name;
            details << QStringLiteral("%1 — %2%3")
                           .arg(l.name, l.geometryType,
                                l.featureCount >= 0 ? tr(", %1 features").arg(l.featureCount) : QString());
        }
        return chooseLayers(info.path, names, details);
    });

    // Large files are kept prepared in the user's cache dir (safe to delete) for a fast reopen.
    constexpr qint64 kCacheFilesFrom = 8 * 1024 * 1024;
    m_loader->setStoreCache(std::make_shared<data::StoreCache>(
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/layers"),
        kCacheFilesFrom));

    auto table = treaty::TreatyTable::loadBuiltIn();
    if (table)
        setTreatyTable(table.value());
    else
        m_messages->push(gui::MessageBar::Level::Error, table.error());

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    const QString crs = settings.value(QStringLiteral("map/crs"), QStringLiteral("EPSG:3857")).toString();
    if (crs != QLatin1String("EPSG:3857"))
        setMapCrs(crs);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(tr("New &hazard layer…"), this, &MainWindow::newHazardLayer);
    file->addAction(tr("Load &treaty table…"), this, &MainWindow::loadTreatyTableDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Copy treaty status of visible countries (&CSV)"), this,
                    [this] { copyStatusTable(false); });
    edit->addAction(tr("Copy treaty status of visible countries (&Markdown)"), this,
                    [this] { copyStatusTable(true); });

    auto* view = menuBar()->addMenu(tr("&View"));
    auto* tools = new QActionGroup(this);
    QAction* pan = view->addAction(tr("&Pan / identify"));
    pan->setCheckable(true);
    pan->setChecked(true);
    pan->setToolTip(tr("Drag to pan, click to identify, Shift+drag to zoom to a box"));
    QAction* box = view->addAction(tr("Zoom to &box"));
    box->setCheckable(true);
    tools->addAction(pan);
    tools->addAction(box);
    connect(pan, &QAction::triggered, this, [this] {
        m_canvas->setMapTool(m_panTool);
        if (m_drawAction)
            m_drawAction->setChecked(false);
    });
    connect(box, &QAction::triggered, this, [this] { m_canvas->setMapTool(m_boxTool); });
    view->addSeparator();
    QAction* zoomIn = view->addAction(tr("Zoom &in"), m_canvas, &gui::MapCanvas::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(tr("Zoom &out"), m_canvas, &gui::MapCanvas::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* full = view->addAction(tr("Zoom to &full extent"), m_canvas, &gui::MapCanvas::zoomToFullExtent);
    full->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    QAction* zoomLayer = view->addAction(tr("Zoom to &layer"), this, [this] {
        if (auto* l = m_layerPanel->currentLayer())
            m_canvas->zoomToRect(l->extent());
    });
    view->addSeparator();
    m_crsMenu = view->addMenu(tr("Map &CRS"));
    auto* crsGroup = new QActionGroup(this);
    const QList<QPair<QString, QString>> crsChoices = {
        {QStringLiteral("EPSG:3857"), tr("Web Mercator (EPSG:3857)")},
        {QStringLiteral("EPSG:4326"), tr("WGS 84 plate carrée (EPSG:4326)")},
        {QStringLiteral("EPSG:3035"), tr("LAEA Europe (EPSG:3035)")}};
    for (const auto& [code, label] : crsChoices) {
        QAction* a = m_crsMenu->addAction(label, this, [this, code] { setMapCrs(code); });
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == QLatin1String("EPSG:3857"));
        crsGroup->addAction(a);
    }
    m_crsMenu->addAction(tr("Other EPSG code…"), this, &MainWindow::chooseOtherCrs);
    connect(m_crsButton, &QToolButton::clicked, this, [this] {
        m_crsMenu->exec(m_crsButton->mapToGlobal(QPoint(0, -m_crsMenu->sizeHint().height())));
    });

    auto* layer = menuBar()->addMenu(tr("&Layer"));
    layer->addAction(tr("&Style…"), this, [this] { editStyle(m_layerPanel->currentLayer()); });
    m_treatyToggle = layer->addAction(tr("Colour by &treaty status"), this, [this](bool on) {
        if (auto* l = m_layerPanel->currentLayer())
            l->setTreatyStyled(on);
    });
    m_treatyToggle->setCheckable(true);
    connect(layer, &QMenu::aboutToShow, this, [this] {
        auto* l = m_layerPanel->currentLayer();
        m_treatyToggle->setEnabled(l && l->treatyStyle());
        m_treatyToggle->setChecked(l && l->isTreatyStyled());
    });
    layer->addAction(tr("&Join to treaty table by field…"), this, &MainWindow::joinToTreatyTable);
    layer->addSeparator();
    m_drawAction = layer->addAction(tr("&Draw hazard areas"), this, [this](bool on) {
        m_drawMode = DrawMode::NewArea;
        setDrawing(on);
    });
    m_drawAction->setCheckable(true);
    m_drawAction->setToolTip(
        tr("Click vertices, Backspace removes the last, Enter or double-click finishes"));
    QAction* vertices = layer->addAction(tr("Edit &vertices"), this, [this](bool on) {
        if (!on) {
            m_canvas->setMapTool(m_panTool);
            return;
        }
        if (!m_editor->isEditing()) { // start editing the selected hazard layer, as Draw does
            m_drawAction->setChecked(true);
            setDrawing(true);
            m_drawAction->setChecked(false);
            setDrawing(false);
        }
        if (m_editor->isEditing())
            m_canvas->setMapTool(m_vertexTool);
    });
    vertices->setCheckable(true);
    tools->addAction(vertices); // exclusive with pan / zoom box
    vertices->setToolTip(
        tr("Click an area, drag its vertices, click an edge to add one, Delete removes the selected one"));
    layer->addAction(tr("Draw a &hole in an area"), this, [this] {
        m_drawMode = DrawMode::Hole;
        m_drawAction->setChecked(true);
        setDrawing(true);
        m_messages->push(gui::MessageBar::Level::Info, tr("Draw the hole inside an area, then Enter"));
    });
    layer->addAction(tr("S&plit off part of an area"), this, [this] {
        m_drawMode = DrawMode::Split;
        m_drawAction->setChecked(true);
        setDrawing(true);
        m_messages->push(gui::MessageBar::Level::Info, tr("Draw around the part to split off, then Enter"));
    });
    layer->addAction(tr("Enter &survey points…"), this, &MainWindow::enterSurveyPoints);
    layer->addAction(tr("&Import hazard areas…"), this, &MainWindow::importHazards);
    layer->addAction(tr("E&xport hazard areas…"), this, &MainWindow::exportHazards);
    QAction* snapping = layer->addAction(tr("&Snap to vertices and edges"), this, [this](bool on) {
        m_drawTool->setSnapping(on);
        QSettings().setValue(QStringLiteral("edit/snapping"), on);
    });
    snapping->setCheckable(true);
    snapping->setChecked(m_drawTool->isSnapping());
    snapping->setToolTip(
        tr("While drawing, clicks within 10 px of a vertex or edge of a visible layer land on it"));
    layer->addAction(tr("&Highlighted states…"), this, &MainWindow::chooseHighlighted);
    layer->addAction(zoomLayer);
    layer->addAction(tr("&Remove"), this, [this] {
        if (auto* l = m_layerPanel->currentLayer())
            m_project->removeLayer(m_project->indexOf(l));
    });

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MineAtlas"), this, [this] {
        QMessageBox::about(
            this, tr("About MineAtlas"),
            tr("<b>MineAtlas</b> %1<br>A desktop viewer for landmine contamination, borders and the "
               "Ottawa Mine Ban Treaty.<br>GDAL %2, PROJ %3, Qt %4.")
                .arg(QCoreApplication::applicationVersion(),
                     QString::fromUtf8(GDALVersionInfo("RELEASE_NAME")),
                     QStringLiteral("%1.%2.%3")
                         .arg(PROJ_VERSION_MAJOR)
                         .arg(PROJ_VERSION_MINOR)
                         .arg(PROJ_VERSION_PATCH),
                     QString::fromUtf8(qVersion())));
    });

    auto* bar = addToolBar(tr("Map"));
    bar->setObjectName(QStringLiteral("mapToolbar"));
    bar->addAction(open);
    bar->addSeparator();
    bar->addAction(pan);
    bar->addAction(box);
    bar->addAction(zoomIn);
    bar->addAction(zoomOut);
    bar->addAction(full);
    bar->addAction(zoomLayer);
    bar->addSeparator();
    bar->addAction(m_drawAction);

    auto* dateBar = addToolBar(tr("Date"));
    dateBar->setObjectName(QStringLiteral("dateToolbar"));
    dateBar->addWidget(m_dateControl);
}

void MainWindow::screenshotWhenReady(const QString& path, const QRectF& viewLonLat,
                                     const QPointF& identifyLonLat, bool editTopLayer)
{
    m_recordRecent = false;
    QTimer::singleShot(60000, qApp, [] { QCoreApplication::exit(1); });
    auto toMap = [this](QPointF lonLat) {
        auto t = geo::CoordinateTransform::create(QStringLiteral("EPSG:4326"), m_project->crs().definition());
        // Longitudes past 180° (a view across the antimeridian) land on the next copy of the world.
        const double turns = std::floor((lonLat.x() + 180) / 360);
        double x = lonLat.x() - 360 * turns, y = lonLat.y();
        if (t)
            t->transform(x, y);
        return QPointF(x + turns * m_project->crs().worldWidth(), y);
    };
    auto shoot = [this, path, identifyLonLat, toMap, editTopLayer] {
        if (editTopLayer && m_project->layerCount() > 0) {
            // As a user would: select the hazard layer, start drawing, go back to pan/identify.
            m_layerPanel->view()->setCurrentIndex(m_layerPanel->model()->index(0));
            m_drawAction->setChecked(true);
            setDrawing(true);
            m_drawAction->setChecked(false);
            setDrawing(false);
        }
        if (!identifyLonLat.isNull())
            identify(toMap(identifyLonLat));
        QTimer::singleShot(300, this, [this, path] {
            const bool saved = grab().save(path);
            QCoreApplication::exit(saved ? 0 : 1);
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

void MainWindow::openDialog()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open layers"), settings.value(QStringLiteral("files/lastDir")).toString(),
        data::supportedFileFilter());
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/lastDir"), QFileInfo(paths.first()).absolutePath());
    openPaths(paths);
}

void MainWindow::openPaths(const QStringList& paths)
{
    // Each opened layer goes on top: open the list from the end so that the first file named ends
    // up on top, as with mineatlas-render.
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        const QString path = QFileInfo(*it).absoluteFilePath();
        m_loader->open(path);
        if (m_recordRecent)
            addRecent(path);
    }
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("files/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("files/recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPaths({path}); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QStringList MainWindow::chooseLayers(const QString& path, const QStringList& names,
                                     const QStringList& details)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Choose layers — %1").arg(QFileInfo(path).fileName()));
    auto* list = new QListWidget(&dialog);
    for (int i = 0; i < names.size(); ++i) {
        auto* item = new QListWidgetItem(details[i], list);
        item->setData(Qt::UserRole, names[i]);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("This file holds several layers. Which ones should be added?"), &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->data(Qt::UserRole).toString();
    return chosen;
}

void MainWindow::setMapCrs(const QString& definition)
{
    auto crs = geo::Crs::fromUserString(definition);
    if (!crs) {
        m_messages->push(gui::MessageBar::Level::Error, crs.error());
        return;
    }
    auto toLonLat = geo::CoordinateTransform::create(crs->definition(), QStringLiteral("EPSG:4326"));
    if (!toLonLat) {
        m_messages->push(gui::MessageBar::Level::Error, toLonLat.error());
        return;
    }
    m_toLonLat.emplace(std::move(toLonLat.value()));
    m_project->setCrs(crs.value());
    for (QAction* a : m_crsMenu->actions())
        if (a->isCheckable())
            a->setChecked(a->data().toString() == crs->authId());
    QSettings().setValue(QStringLiteral("map/crs"), crs->definition());
    if (m_project->layerCount() > 0) {
        m_zoomFullAfterLoad = true;
        m_loader->reprojectAll();
    }
    updateStatus();
}

void MainWindow::chooseOtherCrs()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Map CRS"), tr("EPSG code (e.g. 32636 for UTM 36N):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        setMapCrs(text);
}

void MainWindow::updateStatus()
{
    const double scale = m_canvas->scaleDenominator();
    m_scale->setText(std::isfinite(scale) && scale > 0 ? QStringLiteral("1:%L1").arg(std::llround(scale))
                                                       : QString());
    const geo::Crs& crs = m_project->crs();
    m_crsButton->setText(crs.authId().isEmpty() ? crs.name() : crs.authId());
    m_crsButton->setToolTip(tr("Map CRS: %1 — click to change").arg(crs.name()));
}

void MainWindow::identify(QPointF mapPoint)
{
    mapPoint.setX(m_project->crs().wrapX(mapPoint.x())); // a click on a copy of the world east of 180°
    const auto results = project::identifyAt(*m_project, mapPoint.x(), mapPoint.y(),
                                             kIdentifyTolerancePx * m_canvas->mapUnitsPerPixel(),
                                             m_toLonLat ? &*m_toLonLat : nullptr);
    double x = mapPoint.x(), y = mapPoint.y();
    const QString where = m_toLonLat && m_toLonLat->transform(x, y) ? formatLonLat(x, y) : QString();
    m_identify->showResults(results, where);
    // A click on an area of the layer being edited opens it in the form.
    if (m_editor->isEditing())
        for (const auto& r : results)
            if (r.layerId == m_editor->layer()->id())
                for (const auto& [field, value] : r.attributes)
                    if (field == QLatin1String("guid"))
                        if (auto a = m_editor->areaByGuid(value.toString())) {
                            m_form->setArea(*a);
                            m_formDock->raise();
                            return;
                        }
    for (const auto& r : results) {
        const project::MapLayer* l = m_project->layerById(r.layerId);
        if (l && l->isTreatyStyled()) {
            m_countryShown = {r.layerId, r.feature};
            updateTreatyViews();
            m_countryDock->raise();
            break;
        }
    }
}

void MainWindow::newHazardLayer()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New hazard layer"), QString(), tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    auto store = hazard::HazardStore::create(path);
    if (!store) {
        m_messages->push(gui::MessageBar::Level::Error, store.error());
        return;
    }
    store.value().reset(); // the editor opens its own connection
    m_startEditingPath = QFileInfo(path).absoluteFilePath();
    m_loader->open(m_startEditingPath, QString::fromLatin1(hazard::HazardStore::kDefaultLayer));
}

void MainWindow::setDrawing(bool on)
{
    if (!on) {
        // Editing stays on (undo history, the form); only the drawing stops.
        if (m_canvas->mapTool() == m_drawTool)
            m_canvas->setMapTool(m_panTool);
        return;
    }
    project::MapLayer* layer = m_layerPanel->currentLayer();
    if (m_editor->isEditing() && m_editor->layer() == layer) {
        m_canvas->setMapTool(m_drawTool);
        m_canvas->setFocus();
        return;
    }
    auto started = m_editor->startEditing(layer);
    if (!started) {
        m_drawAction->setChecked(false);
        m_messages->push(gui::MessageBar::Level::Error,
                         started.error() +
                             tr("\nSelect a hazard layer (File ▸ New hazard layer… makes one)."));
        return;
    }
    m_drawTool->clear();
    if (auto sketch = m_editor->recoverSketch()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved sketch"),
            tr("A sketch with %n vertices was being drawn on %1 when MineAtlas last stopped. Restore it?",
               nullptr, static_cast<int>(sketch->size()))
                .arg(layer->name()),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            m_drawTool->setVertices(*sketch);
        else
            m_editor->discardSketch();
    }
    m_canvas->setMapTool(m_drawTool);
    m_canvas->setFocus();
}

void MainWindow::sketchFinished(const std::vector<QPointF>& mapVertices)
{
    if (m_drawMode != DrawMode::NewArea) {
        const DrawMode mode = m_drawMode;
        QString error;
        if (mode == DrawMode::Hole) {
            if (auto ok = m_editor->addHole(mapVertices); !ok)
                error = ok.error();
        } else if (auto fid = m_editor->splitOff(mapVertices); !fid) {
            error = fid.error();
        }
        if (!error.isEmpty()) {
            m_messages->push(gui::MessageBar::Level::Error, error + tr(" — the sketch is kept."));
            return;
        }
        m_drawTool->clear();
        m_editor->discardSketch();
        m_drawMode = DrawMode::NewArea;
        m_messages->push(gui::MessageBar::Level::Info,
                         mode == DrawMode::Hole ? tr("Hole cut out") : tr("Part split off"));
        return;
    }
    std::vector<hazard::ValidationIssue> warnings;
    auto fid = m_editor->addArea(mapVertices, &warnings);
    if (!fid) {
        m_messages->push(gui::MessageBar::Level::Error,
                         fid.error() + tr(" — the sketch is kept; fix it or undo vertices."));
        return;
    }
    m_drawTool->clear();
    // Straight to the form: the area is saved; its attributes come next.
    if (const auto stored = m_editor->store()->readByFid(fid.value()); stored && !stored->empty()) {
        m_form->setArea(stored->front());
        m_formDock->raise();
    }
    for (const auto& w : warnings)
        m_messages->push(gui::MessageBar::Level::Warning, w.message);
    m_messages->push(gui::MessageBar::Level::Info,
                     tr("Saved hazard area %1 to %2").arg(fid.value()).arg(m_editor->layer()->name()));
}

void MainWindow::enterSurveyPoints()
{
    if (!m_editor->isEditing() || m_editor->layer() != m_layerPanel->currentLayer()) {
        m_drawAction->setChecked(true);
        setDrawing(true);
        if (!m_editor->isEditing())
            return;
    }
    auto toMap = geo::CoordinateTransform::create(QStringLiteral("EPSG:4326"), m_project->crs().definition());
    if (!toMap)
        return;
    auto mapPoints = [&](const std::vector<QPointF>& lonLat) {
        std::vector<QPointF> out;
        for (const QPointF& p : lonLat) {
            double x = p.x(), y = p.y();
            if (toMap->transform(x, y))
                out.emplace_back(x, y);
        }
        return out;
    };
    gui::SurveyDialog dialog(this);
    // Live preview on the map, journaled like any sketch.
    connect(&dialog, &gui::SurveyDialog::previewChanged, this,
            [&](const std::vector<QPointF>& lonLat) { m_drawTool->setVertices(mapPoints(lonLat)); });
    if (dialog.exec() != QDialog::Accepted) {
        m_drawTool->clear();
        m_editor->discardSketch();
        return;
    }
    std::vector<QPointF> lonLat;
    for (const auto& p : dialog.points())
        lonLat.emplace_back(p.lon, p.lat);
    std::vector<hazard::ValidationIssue> warnings;
    auto fid = m_editor->addArea(mapPoints(lonLat), &warnings, dialog.enteredText());
    if (!fid) {
        m_messages->push(gui::MessageBar::Level::Error,
                         fid.error() + tr(" — the points stay on the map as a sketch."));
        return;
    }
    m_drawTool->clear();
    for (const auto& w : warnings)
        m_messages->push(gui::MessageBar::Level::Warning, w.message);
    m_messages->push(gui::MessageBar::Level::Info, tr("Saved the surveyed area (%n points)", nullptr,
                                                      static_cast<int>(dialog.points().size())));
}

void MainWindow::importHazards()
{
    if (!m_editor->isEditing()) {
        m_drawAction->setChecked(true);
        setDrawing(true);
        m_drawAction->setChecked(false);
        setDrawing(false);
        if (!m_editor->isEditing())
            return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import hazard areas"), QString(), data::supportedFileFilter());
    if (path.isEmpty())
        return;
    auto fields = hazard::sourceFields(path);
    if (!fields) {
        m_messages->push(gui::MessageBar::Level::Error, fields.error());
        return;
    }
    // Field mapping: one drop-down per hazard field, pre-filled with the best guess.
    hazard::FieldMapping mapping = hazard::suggestFieldMapping(fields.value());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import %1 — field mapping").arg(QFileInfo(path).fileName()));
    auto* form = new QFormLayout(&dialog);
    std::vector<std::pair<QString, QComboBox*>> combos;
    for (const char* target : {"local_id", "classification", "status", "contamination", "reported_by",
                               "date_of_information", "notes"}) {
        auto* combo = new QComboBox(&dialog);
        combo->addItem(tr("(none)"), QString());
        for (const QString& f : fields.value())
            combo->addItem(f, f);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.value(QString::fromLatin1(target)))));
        form->addRow(QString::fromLatin1(target), combo);
        combos.emplace_back(QString::fromLatin1(target), combo);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    mapping.clear();
    for (const auto& [target, combo] : combos)
        if (!combo->currentData().toString().isEmpty())
            mapping.insert(target, combo->currentData().toString());
    auto n = hazard::importAreas(path, *m_editor->store(), mapping);
    m_loader->reload(m_editor->layer());
    if (!n)
        m_messages->push(gui::MessageBar::Level::Error, n.error());
    else
        m_messages->push(
            gui::MessageBar::Level::Info,
            tr("Imported %n area(s) from %1", nullptr, n.value()).arg(QFileInfo(path).fileName()));
}

void MainWindow::exportHazards()
{
    project::MapLayer* l = m_editor->isEditing() ? m_editor->layer() : m_layerPanel->currentLayer();
    if (!l)
        return;
    const QString out = QFileDialog::getSaveFileName(
        this, tr("Export hazard areas"), QString(),
        tr("GeoJSON (*.geojson);;KML for Google Earth (*.kml);;Shapefile (*.shp);;GeoPackage (*.gpkg)"));
    if (out.isEmpty())
        return;
    auto n = hazard::exportAreas(l->sourcePath(),
                                 l->sourceLayer().isEmpty()
                                     ? QString::fromLatin1(hazard::HazardStore::kDefaultLayer)
                                     : l->sourceLayer(),
                                 out);
    if (!n)
        m_messages->push(gui::MessageBar::Level::Error, n.error());
    else
        m_messages->push(gui::MessageBar::Level::Info,
                         tr("Exported %n area(s) to %1", nullptr, n.value()).arg(out));
}

void MainWindow::setDate(QDate date)
{
    m_dateControl->setDate(date);
}

void MainWindow::setTreatyTable(std::shared_ptr<const treaty::TreatyTable> table)
{
    m_table = std::move(table);
    m_loader->setTreatyTable(m_table);
    m_loader->setHighlighted(highlighted());
    m_dateControl->setEventDates(treaty::eventDates(*m_table));
    // Re-join every country layer to the new table.
    for (int i = 0; i < m_project->layerCount(); ++i) {
        project::MapLayer* l = m_project->layerAt(i);
        if (!l->treatyStyle() || !l->store())
            continue;
        auto match = treaty::matchCountries(*l->store(), *m_table, l->treatyStyle()->match().field);
        if (match)
            l->setTreatyStyle(
                std::make_shared<treaty::TreatyStyle>(m_table, std::move(match.value()), highlighted()));
    }
}

QStringList MainWindow::highlighted() const
{
    return QSettings()
        .value(QStringLiteral("treaty/highlighted"), treaty::TreatyStyle::defaultHighlighted())
        .toStringList();
}

void MainWindow::chooseHighlighted()
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Highlighted states"),
                              tr("ISO 3166 alpha-3 codes to outline and label, separated by commas:"),
                              QLineEdit::Normal, highlighted().join(QStringLiteral(", ")), &ok);
    if (!ok)
        return;
    QStringList codes;
    QStringList unknown;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toUpper();
        if (m_table && !m_table->byIso3(code))
            unknown << code;
        else if (!codes.contains(code))
            codes << code;
    }
    if (!unknown.isEmpty())
        m_messages->push(gui::MessageBar::Level::Warning,
                         tr("Not in the treaty table, left out: %1").arg(unknown.join(QStringLiteral(", "))));
    QSettings().setValue(QStringLiteral("treaty/highlighted"), codes);
    m_loader->setHighlighted(codes);
    for (int i = 0; i < m_project->layerCount(); ++i) {
        project::MapLayer* l = m_project->layerAt(i);
        if (l->treatyStyle())
            l->setTreatyStyle(std::make_shared<treaty::TreatyStyle>(l->treatyStyle()->tablePtr(),
                                                                    l->treatyStyle()->match(), codes));
    }
}

void MainWindow::loadTreatyTableDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load treaty table"), QString(),
                                                      tr("Treaty table (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto table = treaty::TreatyTable::load(path);
    if (!table) {
        m_messages->push(gui::MessageBar::Level::Error,
                         table.error() + tr("\nThe previous table stays in use."));
        return;
    }
    setTreatyTable(table.value());
    m_messages->push(gui::MessageBar::Level::Info,
                     tr("Loaded treaty table %1 (%2 states)").arg(path).arg(m_table->records().size()));
}

void MainWindow::joinToTreatyTable()
{
    project::MapLayer* l = m_layerPanel->currentLayer();
    if (!l || !l->store() || !m_table)
        return;
    bool ok = false;
    const QString field = QInputDialog::getItem(this, tr("Join to treaty table"),
                                                tr("Field holding ISO codes or country names:"),
                                                l->store()->fieldNames(), 0, false, &ok);
    if (!ok)
        return;
    auto match = treaty::matchCountries(*l->store(), *m_table, field);
    if (!match) {
        m_messages->push(gui::MessageBar::Level::Error, match.error());
        return;
    }
    const QString unmatched = match->unmatchedNames.join(QStringLiteral(", "));
    const auto matched = match->matchedCount();
    l->setTreatyStyle(
        std::make_shared<treaty::TreatyStyle>(m_table, std::move(match.value()), highlighted()));
    l->setTreatyStyled(true);
    m_messages->push(gui::MessageBar::Level::Info,
                     tr("%1 joined on %2: %3 feature(s) matched; no treaty status: %4")
                         .arg(l->name(), field)
                         .arg(matched)
                         .arg(unmatched.isEmpty() ? tr("none") : unmatched));
}

void MainWindow::copyStatusTable(bool markdown)
{
    std::vector<const treaty::TreatyRecord*> records;
    const MapRect view = m_canvas->extent();
    for (int i = 0; i < m_project->layerCount(); ++i) {
        const project::MapLayer* l = m_project->layerAt(i);
        if (!l->isVisible() || !l->isTreatyStyled())
            continue;
        for (std::uint32_t f : l->store()->query(view))
            if (const treaty::TreatyRecord* r = l->treatyStyle()->recordOf(f))
                records.push_back(r);
    }
    if (records.empty()) {
        m_messages->push(gui::MessageBar::Level::Warning, tr("No country of a treaty map is in view."));
        return;
    }
    const QDate date = m_project->date();
    QGuiApplication::clipboard()->setText(markdown ? treaty::statusTableMarkdown(records, date)
                                                   : treaty::statusTableCsv(records, date));
    m_messages->push(gui::MessageBar::Level::Info,
                     tr("Copied the status of the countries in view as of %1 (%2)")
                         .arg(date.toString(Qt::ISODate), markdown ? tr("Markdown") : tr("CSV")));
}

void MainWindow::updateTreatyViews()
{
    bool anyTreaty = false;
    for (int i = 0; i < m_project->layerCount(); ++i)
        anyTreaty =
            anyTreaty || (m_project->layerAt(i)->isVisible() && m_project->layerAt(i)->isTreatyStyled());
    const QDate date = m_project->date();
    m_canvas->setTitle(anyTreaty
                           ? tr("Ottawa Treaty status as of %1")
                                 .arg(QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy")))
                           : QString());
    const project::MapLayer* l = m_project->layerById(m_countryShown.first);
    if (l && l->isTreatyStyled() && m_countryShown.second < l->store()->size()) {
        const int nameColumn = l->store()->fieldNames().indexOf(QStringLiteral("name"));
        const QString featureName =
            nameColumn >= 0 ? l->store()->attribute(m_countryShown.second, nameColumn).toString() : QString();
        m_country->showCountry(l->treatyStyle()->recordOf(m_countryShown.second), date, featureName);
    }
}

void MainWindow::editStyle(project::MapLayer* layer)
{
    if (!layer || !layer->store())
        return;
    gui::StyleDialog dialog(layer->style(), *layer->store(), this);
    if (dialog.exec() == QDialog::Accepted)
        layer->setStyle(dialog.style());
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
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_loader->cancel();
    e->accept();
}

} // namespace mineatlas
