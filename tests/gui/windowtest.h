#pragma once

#include <memory>
#include <vector>

#include <QAction>
#include <QSettings>
#include <QTemporaryDir>
#include <QMouseEvent>
#include <QtTest>

#include <gdal.h>
#include <ogr_spatialref.h>

#include "data/vectorloader.h"
#include "hazard/hazardstore.h"
#include "mainwindow.h"
#include "scripteddialogs.h"
#include "layerloader.h"
#include "mapcanvas.h"
#include "project/project.h"

/// Small helpers the real-window tests share.
namespace windowtest {

/// A new user's machine for this process: settings and caches under `home`, GDAL set up as
/// main() does. Call once, before the first window.
inline void useNewUserHome(const QTemporaryDir& home)
{
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    GDALAllRegister();
    mineatlas::data::configureGdal();
}

/// The real main window at 1280×800 with no saved settings, shown and exposed; its questions are
/// answered by the ScriptedDialogs returned through `dialogs`.
inline std::unique_ptr<mineatlas::MainWindow> showNewWindow(ScriptedDialogs*& dialogs)
{
    QSettings().clear();
    auto scripted = std::make_unique<ScriptedDialogs>();
    dialogs = scripted.get();
    auto window = std::make_unique<mineatlas::MainWindow>(std::move(scripted));
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the main window was not exposed");
    return window;
}

/// lon/lat of a map point in `crs`, through OGR (not MineAtlas's own transforms).
inline QPointF lonLatByOgr(QPointF map, const char* crs)
{
    OGRSpatialReference src, dst;
    src.SetFromUserInput(crs);
    dst.importFromEPSG(4326);
    src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    dst.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&src, &dst));
    double x = map.x(), y = map.y();
    t->Transform(1, &x, &y);
    return {x, y};
}

/// A window's action by object name; the test stops if there is none.
inline QAction* action(QWidget& window, const char* name)
{
    auto* a = window.findChild<QAction*>(QString::fromLatin1(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

/// A left-button drag in four moves, as a hand makes it.
inline void dragOnCanvas(mineatlas::gui::MapCanvas* canvas, QPoint from, QPoint to, Qt::KeyboardModifiers mods = {})
{
    QTest::mousePress(canvas, Qt::LeftButton, mods, from);
    for (int i = 1; i <= 4; ++i) {
        const QPointF p = QPointF(from) + (QPointF(to - from) * i / 4.0);
        QMouseEvent move(QEvent::MouseMove, p, canvas->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, mods);
        QCoreApplication::sendEvent(canvas, &move);
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, mods, to);
}

/// The hazard areas in a GeoPackage, read back through the store (GDAL), read-only.
inline std::vector<mineatlas::hazard::HazardArea> storedAreas(const QString& path)
{
    auto store = mineatlas::hazard::HazardStore::open(path, mineatlas::hazard::HazardStore::kDefaultLayer, true);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return store.value()->readAll().value();
}

/// Opens files through the window's loader and waits until it is idle again.
inline void openAndWait(mineatlas::MainWindow& window, const QStringList& paths)
{
    QSignalSpy idle(window.loader(), &mineatlas::gui::LayerLoader::idle);
    window.openPaths(paths);
    QVERIFY(idle.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(!window.loader()->isBusy(), 30000);
}

/// Waits until the canvas has finished rendering.
inline void waitForRender(mineatlas::MainWindow& window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window.canvas()->isRendering(), 30000);
}

/// Shows a square of 2 × `halfMetres` (map units) around lon/lat and waits for the render.
inline void showAround(mineatlas::MainWindow& window, double lon, double lat, double halfMetres)
{
    const auto c = window.project().coordinates().toMap({lon, lat});
    QVERIFY(c);
    window.canvas()->setExtent({c->x() - halfMetres, c->y() - halfMetres, c->x() + halfMetres, c->y() + halfMetres});
    waitForRender(window);
}

/// The canvas pixel of lon/lat.
inline QPoint pixelOf(mineatlas::MainWindow& window, double lon, double lat)
{
    const auto c = window.project().coordinates().toMap({lon, lat});
    return window.canvas()->toPixel(*c).toPoint();
}

} // namespace windowtest
