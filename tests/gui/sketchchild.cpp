// Helper process for tst_sketchcrash: the real MainWindow, a hazard layer opened in it, Layer ▸ Draw
// hazard areas, areas drawn with real mouse clicks and Enter on the canvas. usage: sketchchild FILE.gpkg
// Saves one area, starts a second sketch, says READY n (the sketch's vertices) and waits to be killed.
// With --loop: says READY n (the areas already in the file), then draws and commits areas without
// end, saying SKETCH after the first two clicks of each and COMMITTED n after each commit, until
// killed at a moment the test picks. Questions the window asks (restore a sketch left by the last
// kill?) get the scripted answer "no"; the test checks the recovery itself.

#include <cmath>
#include <cstdio>

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QThread>

#include <gdal.h>

#include "addpolygontool.h"
#include "data/vectorloader.h"
#include "hazard/editsession.h"
#include "hazardactions.h"
#include "layerloader.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "project/project.h"
#include "scripteddialogs.h"

using namespace mineatlas;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and cache: where the test points XDG_CONFIG_HOME and XDG_CACHE_HOME (its own folder).
    QApplication app(argc, argv);
    GDALAllRegister();
    data::configureGdal();
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    MainWindow window(std::make_unique<ScriptedDialogs>());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 5;
    window.openPaths({path});
    while (window.loader()->isBusy() || window.project().layerCount() == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (window.project().layerCount() != 1)
        return 3;
    gui::MapCanvas* canvas = window.canvas();
    const double x = 6378137.0 * 32.6 * M_PI / 180,
                 y = 6378137.0 * std::log(std::tan(M_PI / 4 + 46.6 * M_PI / 360));
    canvas->setExtent({x - 4000, y - 3000, x + 4000, y + 3000});
    auto* draw = window.findChild<QAction*>(QStringLiteral("actionDraw"));
    if (!draw)
        return 4;
    draw->trigger();
    if (!draw->isChecked() || !window.session().isEditing())
        return 4;
    std::size_t commits = 0;
    QObject::connect(&window.session(), &hazard::EditSession::areasChanged, [&] { ++commits; });
    gui::AddPolygonTool* tool = window.hazardActions().drawTool();
    if (argc >= 3 && QByteArray(argv[2]) == "--loop") {
        const std::size_t before = window.project().layerAt(0)->store()->size();
        std::printf("READY %zu\n", before);
        std::fflush(stdout);
        for (int i = 0;; ++i) {
            const int x0 = 100 + (i * 37) % 600, y0 = 100 + (i * 53) % 400;
            QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(x0, y0));
            QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(x0 + 40, y0));
            std::printf("SKETCH %zu\n", tool->vertices().size());
            std::fflush(stdout);
            QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(x0 + 40, y0 + 40));
            QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(x0, y0 + 40));
            QTest::keyClick(canvas, Qt::Key_Return);
            std::printf("COMMITTED %zu\n", before + commits);
            std::fflush(stdout);
        }
    }
    for (const QPoint p : {QPoint(300, 200), QPoint(400, 200), QPoint(400, 300), QPoint(300, 300)})
        QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
    QTest::keyClick(canvas, Qt::Key_Return); // a committed area
    if (commits != 1)
        return 6;
    for (const QPoint p : {QPoint(600, 200), QPoint(700, 210), QPoint(690, 350)})
        QTest::mouseClick(canvas, Qt::LeftButton, {}, p); // the sketch in progress
    std::printf("READY %zu\n", tool->vertices().size());
    std::fflush(stdout);
    for (;;)
        QThread::msleep(100); // wait for SIGKILL
}
