#include "viewactions.h"

#include <cmath>

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

#include "dialogs.h"
#include "geo/surveypoint.h"
#include "layerloader.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "measuretool.h"
#include "panzoomtool.h"
#include "project/project.h"
#include "windowcontext.h"

namespace mineatlas {

ViewActions::ViewActions(WindowContext& c, QMenu* view, QToolBar* toolbar)
    : QObject(&c.window), m_context(c), m_panTool(new gui::PanZoomTool(&c.canvas, gui::PanZoomTool::Mode::Pan)),
      m_boxTool(new gui::PanZoomTool(&c.canvas, gui::PanZoomTool::Mode::BoxZoom)), m_coords(new QLabel(&c.window)),
      m_scale(new QLabel(&c.window)), m_crsButton(new QToolButton(&c.window)), m_formatButton(new QToolButton(&c.window))
{
    m_panTool->setParent(this);
    m_boxTool->setParent(this);
    c.panTool = m_panTool;

    QAction* pan = view->addAction(tr("&Pan / identify"));
    pan->setObjectName(QStringLiteral("actionPan"));
    pan->setCheckable(true);
    pan->setChecked(true);
    pan->setToolTip(tr("Drag to pan, click to identify, Shift+drag to zoom to a box (Esc comes back here)"));
    QAction* box = view->addAction(tr("Zoom to &box"));
    box->setObjectName(QStringLiteral("actionZoomBox"));
    box->setCheckable(true);
    box->setToolTip(tr("Drag a box to zoom to it"));
    c.tools.addAction(pan);
    c.tools.addAction(box);
    c.panAction = pan;
    QList<QAction*> measureActions;
    connect(pan, &QAction::triggered, this, [&c] { c.usePanTool(); });
    connect(box, &QAction::triggered, this, [this] { m_context.canvas.setMapTool(m_boxTool); });
    for (const auto& [mode, name, text, tip] :
         {std::tuple{gui::MeasureTool::Mode::Distance, "actionMeasureDistance", tr("&Measure distance"),
                     tr("Click points to measure the distance along them on the ellipsoid, with each leg's bearing from true "
                        "and magnetic north; "
                        "double-click or Enter to finish, Esc to clear")},
          std::tuple{gui::MeasureTool::Mode::Area, "actionMeasureArea", tr("Measure &area"),
                     tr("Click the corners of an area to measure it on the ellipsoid; double-click or Enter to finish")}}) {
        auto* tool = new gui::MeasureTool(&c.canvas, mode);
        tool->setParent(this);
        tool->setMagneticModel(c.magnetic);
        QAction* a = view->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        a->setCheckable(true);
        a->setToolTip(tip);
        c.tools.addAction(a);
        connect(a, &QAction::triggered, this, [this, tool] {
            tool->clear();
            m_context.canvas.setMapTool(tool);
        });
        connect(tool, &gui::MeasureTool::measured, this, [this](const QString& s) { m_context.info(s, QStringLiteral("measure")); });
        (mode == gui::MeasureTool::Mode::Distance ? m_measureDistance : m_measureArea) = tool;
        measureActions << a;
    }
    view->addSeparator();
    QAction* zoomIn = view->addAction(tr("Zoom &in"), &c.canvas, &gui::MapCanvas::zoomIn);
    zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setToolTip(tr("Zoom in (+)"));
    QAction* zoomOut = view->addAction(tr("Zoom &out"), &c.canvas, &gui::MapCanvas::zoomOut);
    zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Zoom out (−)"));
    QAction* full = view->addAction(tr("Zoom to &full extent"), &c.canvas, &gui::MapCanvas::zoomToFullExtent);
    full->setObjectName(QStringLiteral("actionZoomFull"));
    full->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    full->setToolTip(tr("Show every layer"));
    m_zoomLayer = view->addAction(tr("Zoom to &layer"), this, [&c] {
        if (auto* l = c.layers.currentLayer(); l && !l->extent().isEmpty())
            c.canvas.zoomToRect(l->extent());
        else
            c.warn(l ? tr("%1 has nothing to show").arg(l->name()) : tr("Select a layer in the Layers panel first"),
                   QStringLiteral("zoom-layer"));
    });
    m_zoomLayer->setObjectName(QStringLiteral("actionZoomLayer"));
    m_zoomLayer->setToolTip(tr("Show the selected layer"));
    view->addSeparator();
    m_crsMenu = view->addMenu(tr("Map &CRS"));
    auto* crsGroup = new QActionGroup(this);
    const QList<QPair<QString, QString>> choices = {{QStringLiteral("EPSG:3857"), tr("Web Mercator (EPSG:3857)")},
                                                    {QStringLiteral("EPSG:4326"), tr("WGS 84 plate carrée (EPSG:4326)")},
                                                    {QStringLiteral("EPSG:3035"), tr("LAEA Europe (EPSG:3035)")}};
    for (const auto& [code, label] : choices) {
        QAction* a = m_crsMenu->addAction(label, this, [this, code = code] { setMapCrs(code); });
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == c.project.crs().authId());
        crsGroup->addAction(a);
    }
    m_crsMenu->addAction(tr("Other EPSG code…"), this, [this] {
        if (auto text = m_context.dialogs.text(&m_context.window, tr("Map CRS"),
                                                tr("EPSG code (e.g. 32636 for UTM 36N):"));
            text && !text->trimmed().isEmpty())
            setMapCrs(*text);
    });
    QMenu* coordinates = view->addMenu(tr("C&oordinates"));
    m_formatMenu = coordinates->addMenu(tr("&Format"));
    auto* formats = new QActionGroup(this);
    m_format = geo::coordinateFormatFromKey(QSettings().value(QStringLiteral("view/coordinateFormat")).toString());
    for (auto f : {geo::CoordinateFormat::DecimalDegrees, geo::CoordinateFormat::Dms, geo::CoordinateFormat::Utm,
                   geo::CoordinateFormat::Mgrs}) {
        QAction* a = m_formatMenu->addAction(tr(qPrintable(geo::coordinateFormatName(f))), this,
                                             [this, f] { setCoordinateFormat(f); });
        a->setObjectName(QStringLiteral("actionCoordinates_") + geo::coordinateFormatKey(f));
        a->setCheckable(true);
        a->setChecked(f == m_format);
        formats->addAction(a);
    }
    QAction* goTo = coordinates->addAction(tr("&Go to coordinate…"), this, &ViewActions::goToCoordinate);
    goTo->setObjectName(QStringLiteral("actionGoTo"));
    goTo->setShortcut(Qt::CTRL | Qt::Key_G);
    goTo->setToolTip(tr("Centre the map on a point typed in any form (decimal degrees, DMS, UTM, MGRS) and mark it"));
    QAction* copy = coordinates->addAction(tr("&Copy coordinate under the cursor"), this, &ViewActions::copyCoordinate);
    copy->setObjectName(QStringLiteral("actionCopyCoordinate"));
    copy->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    copy->setToolTip(tr("Copy where the mouse is on the map, in the coordinate format chosen"));
    QAction* scaleBar = view->addAction(tr("&Scale bar"));
    scaleBar->setObjectName(QStringLiteral("actionScaleBar"));
    scaleBar->setCheckable(true);
    scaleBar->setToolTip(tr("A scale bar measured on the ellipsoid at the centre of the view"));
    scaleBar->setChecked(QSettings().value(QStringLiteral("view/scaleBar"), true).toBool());
    c.canvas.setScaleBarVisible(scaleBar->isChecked());
    connect(scaleBar, &QAction::toggled, this, [this](bool on) {
        m_context.canvas.setScaleBarVisible(on);
        QSettings().setValue(QStringLiteral("view/scaleBar"), on);
    });
    m_panels = view->addMenu(tr("P&anels"));

    toolbar->addAction(pan);
    toolbar->addAction(box);
    toolbar->addActions(measureActions);
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(full);
    toolbar->addAction(m_zoomLayer);

    // Status bar: where the cursor is, the scale, the map CRS (a button to change it).
    m_coords->setObjectName(QStringLiteral("cursorCoordinates"));
    m_coords->setMinimumWidth(260);
    m_scale->setMinimumWidth(110);
    QStatusBar* status = c.window.statusBar();
    status->addWidget(m_coords, 1);
    m_formatButton->setToolTip(tr("Coordinate format — click to change"));
    status->addPermanentWidget(m_formatButton);
    connect(m_formatButton, &QToolButton::clicked, this, [this] {
        m_formatMenu->exec(m_formatButton->mapToGlobal(QPoint(0, -m_formatMenu->sizeHint().height())));
    });
    status->addPermanentWidget(m_scale);
    status->addPermanentWidget(m_crsButton);
    connect(m_crsButton, &QToolButton::clicked, this, [this] {
        m_crsMenu->exec(m_crsButton->mapToGlobal(QPoint(0, -m_crsMenu->sizeHint().height())));
    });
    connect(&c.canvas, &gui::MapCanvas::cursorMoved, this, [this](QPointF p) {
        const auto lonLat = m_context.project.coordinates().toLonLat(p);
        if (!lonLat || std::abs(lonLat->y()) > 90) {
            m_cursor.reset();
            m_coords->setText(tr("outside the map"));
            return;
        }
        m_cursor = *lonLat;
        showCursor();
    });
    connect(&c.canvas, &gui::MapCanvas::escapePressed, this, [this] { m_context.canvas.setMarker(std::nullopt); });
    connect(&c.canvas, &gui::MapCanvas::extentChanged, this, &ViewActions::updateStatus);
    connect(&c.loader, &gui::LayerLoader::idle, this, [this] {
        if (m_zoomFullAfterLoad) {
            m_zoomFullAfterLoad = false;
            m_context.canvas.zoomToFullExtent();
        }
    });
    const QString saved = QSettings().value(QStringLiteral("map/crs"), QStringLiteral("EPSG:3857")).toString();
    if (saved != c.project.crs().definition())
        setMapCrs(saved);
    updateStatus();
}

void ViewActions::addPanel(QAction* toggle)
{
    m_panels->addAction(toggle);
}

void ViewActions::setMapCrs(const QString& definition)
{
    auto crs = geo::Crs::fromUserString(definition);
    if (!crs) {
        m_context.error(crs.error(), QStringLiteral("crs"));
        return;
    }
    if (auto ok = m_context.project.setCrs(crs.value()); !ok) {
        m_context.error(ok.error(), QStringLiteral("crs"));
        return;
    }
    m_context.messages.clear(QStringLiteral("crs"));
    m_context.canvas.setMarker(std::nullopt); // its map point was in the old CRS
    for (QAction* a : m_crsMenu->actions())
        if (a->isCheckable())
            a->setChecked(a->data().toString() == crs->authId());
    QSettings().setValue(QStringLiteral("map/crs"), crs->definition());
    if (m_context.project.layerCount() > 0) {
        m_zoomFullAfterLoad = true;
        m_context.loader.reprojectAll();
    }
    updateStatus();
}

void ViewActions::setCoordinateFormat(geo::CoordinateFormat format)
{
    m_format = format;
    QSettings().setValue(QStringLiteral("view/coordinateFormat"), geo::coordinateFormatKey(format));
    for (QAction* a : m_formatMenu->actions())
        a->setChecked(a->objectName() == QStringLiteral("actionCoordinates_") + geo::coordinateFormatKey(format));
    updateStatus();
    showCursor();
}

void ViewActions::showCursor()
{
    if (m_cursor)
        m_coords->setText(geo::formatCoordinate(m_cursor->x(), m_cursor->y(), m_format));
}

std::optional<QPointF> ViewActions::cursorOrCentre() const
{
    if (m_cursor)
        return m_cursor;
    const MapRect view = m_context.canvas.extent();
    return m_context.project.coordinates().toLonLat({view.centerX(), view.centerY()});
}

void ViewActions::copyCoordinate()
{
    const auto lonLat = cursorOrCentre();
    const QString text = lonLat ? geo::formatCoordinate(lonLat->x(), lonLat->y(), m_format) : QString();
    if (text.isEmpty()) {
        m_context.warn(tr("Move the mouse over the map to copy a coordinate"), QStringLiteral("coordinate"));
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    m_context.info(tr("Copied %1").arg(text), QStringLiteral("coordinate"));
}

void ViewActions::goToCoordinate()
{
    const auto text = m_context.dialogs.text(
        &m_context.window, tr("Go to coordinate"),
        tr("A point in any form (WGS 84): 50.4501, 30.5234 · 50°27'00\"N 30°31'24\"E · 36U 322345 5590123 · "
           "36U UA 22345 90123"));
    if (!text || text->trimmed().isEmpty())
        return;
    const auto point = geo::parseSurveyPoint(*text);
    if (!point) {
        m_context.error(point.error(), QStringLiteral("coordinate"));
        return;
    }
    const auto map = m_context.project.coordinates().toMap({point->lon, point->lat});
    if (!map) {
        m_context.error(tr("%1 is outside what the map CRS (%2) can show").arg(text->trimmed(), m_context.project.crs().name()),
                        QStringLiteral("coordinate"));
        return;
    }
    // Centred at the same scale, or at 1:50,000 when the view is wider than field scale.
    MapRect view = m_context.canvas.extent();
    double halfW = view.width() / 2, halfH = view.height() / 2;
    if (const double scale = m_context.canvas.scaleDenominator(); std::isfinite(scale) && scale > 250000) {
        halfW *= 50000 / scale;
        halfH *= 50000 / scale;
    }
    m_context.canvas.setExtent({map->x() - halfW, map->y() - halfH, map->x() + halfW, map->y() + halfH});
    m_context.canvas.setMarker(*map);
    m_context.info(tr("Centred on %1 (%2); Esc clears the mark")
                       .arg(geo::formatCoordinate(point->lon, point->lat, m_format),
                            geo::formatCoordinate(point->lon, point->lat, m_format == geo::CoordinateFormat::Mgrs
                                                                              ? geo::CoordinateFormat::DecimalDegrees
                                                                              : geo::CoordinateFormat::Mgrs)),
                   QStringLiteral("coordinate"));
}

void ViewActions::updateStatus()
{
    m_formatButton->setText(geo::coordinateFormatKey(m_format).toUpper());
    const double scale = m_context.canvas.scaleDenominator();
    m_scale->setText(std::isfinite(scale) && scale > 0 ? QStringLiteral("1:%L1").arg(std::llround(scale)) : QString());
    const geo::Crs& crs = m_context.project.crs();
    m_crsButton->setText(crs.authId().isEmpty() ? crs.name() : crs.authId());
    m_crsButton->setToolTip(tr("Map CRS: %1 — click to change").arg(crs.name()));
}

} // namespace mineatlas
