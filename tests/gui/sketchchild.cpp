// Helper process for tst_sketchcrash: draws on a hazard layer with real events, saves one area,
// starts a second sketch, says READY and waits to be killed. usage: sketchchild FILE.gpkg
// With --loop: says READY n (the areas already in the file), then draws and commits areas without
// end, saying SKETCH after the first two clicks of each and COMMITTED n after each commit, until
// killed at a moment the test picks.

#include <cstdio>

#include <QApplication>
#include <QTest>
#include <QThread>

#include <gdal.h>

#include "addpolygontool.h"
#include "hazard/editsession.h"
#include "layerloader.h"
#include "mapcanvas.h"
#include "project/project.h"

using namespace mineatlas;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    GDALAllRegister();
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    project::Project project;
    gui::LayerLoader loader(project);
    loader.open(path, QString::fromLatin1(hazard::HazardStore::kDefaultLayer));
    while (loader.isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (project.layerCount() != 1)
        return 3;
    gui::MapCanvas canvas(project);
    canvas.resize(400, 300);
    canvas.show();
    const double x = 6378137.0 * 32.6 * M_PI / 180,
                 y = 6378137.0 * std::log(std::tan(M_PI / 4 + 46.6 * M_PI / 360));
    canvas.setExtent({x - 4000, y - 3000, x + 4000, y + 3000});
    hazard::EditSession editor(project);
    if (!editor.start(project.layerAt(0)))
        return 4;
    gui::AddPolygonTool tool(&canvas);
    canvas.setMapTool(&tool);
    QObject::connect(&tool, &gui::AddPolygonTool::sketchChanged, &editor, [&](const std::vector<QPointF>& v) { editor.journalSketch(v); });
    std::size_t commits = 0;
    QObject::connect(&tool, &gui::AddPolygonTool::finished, [&](const std::vector<QPointF>& v) {
        if (editor.addArea(v)) {
            ++commits;
            tool.clear();
        }
    });
    if (argc >= 3 && QByteArray(argv[2]) == "--loop") {
        const std::size_t before = project.layerAt(0)->store()->size();
        std::printf("READY %zu\n", before);
        std::fflush(stdout);
        for (int i = 0;; ++i) {
            const int x0 = 20 + (i * 37) % 300, y0 = 20 + (i * 53) % 200;
            QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(x0, y0));
            QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(x0 + 40, y0));
            std::printf("SKETCH %zu\n", tool.vertices().size());
            std::fflush(stdout);
            QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(x0 + 40, y0 + 40));
            QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(x0, y0 + 40));
            QTest::keyClick(&canvas, Qt::Key_Return);
            std::printf("COMMITTED %zu\n", before + commits);
            std::fflush(stdout);
        }
    }
    for (const QPoint p : {QPoint(50, 50), QPoint(150, 50), QPoint(150, 150), QPoint(50, 150)})
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, p);
    QTest::keyClick(&canvas, Qt::Key_Return); // committed area
    for (const QPoint p : {QPoint(250, 50), QPoint(350, 60), QPoint(340, 200)})
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, p); // the sketch in progress
    std::printf("READY %zu\n", tool.vertices().size());
    std::fflush(stdout);
    for (;;)
        QThread::msleep(100); // wait for SIGKILL
}
