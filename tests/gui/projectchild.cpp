// Helper process for tst_projectwindow's crash test: the real MainWindow opens a layer, the user
// changes its opacity and the date, and the window's autosave writes its recovery copy; then it
// says READY and waits to be killed (SIGKILL: no clean close). usage: projectchild FILE.gpkg APPNAME
// (APPNAME: the test's, so that both use the same AppDataLocation for recovery copies).

#include <cstdio>

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>

#include <gdal.h>

#include "data/vectorloader.h"
#include "layerloader.h"
#include "mainwindow.h"
#include "project/maplayer.h"
#include "project/project.h"
#include "projectactions.h"
#include "scripteddialogs.h"

using namespace mineatlas;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    GDALAllRegister();
    data::configureGdal();
    if (argc < 3)
        return 2;
    QCoreApplication::setApplicationName(QString::fromLocal8Bit(argv[2]));
    MainWindow window(std::make_unique<ScriptedDialogs>());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 5;
    window.openPaths({QString::fromLocal8Bit(argv[1])});
    while (window.loader()->isBusy() || window.project().layerCount() == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    window.project().layerAt(0)->setOpacity(0.375);
    window.setDate(QDate(2019, 7, 14));
    const QString recovery = window.projectActions().controller().recoveryPath();
    // Written a few seconds after the last change (an earlier copy from the load may be there).
    auto written = [&recovery] {
        QFile f(recovery);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains("2019-07-14");
    };
    while (!written())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    std::printf("READY %s\n", qPrintable(recovery));
    std::fflush(stdout);
    for (;;)
        QThread::msleep(100); // wait for SIGKILL
}
