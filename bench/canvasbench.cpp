// mineatlas-canvas-bench: what a user feels on the map canvas, measured on the real widget.
//
//   mineatlas-canvas-bench [--size WxH] [--extent XMIN,YMIN,XMAX,YMAX] LAYER...
//
// interaction: drags and wheel steps sent as real events; for each, the time from the event to
//   the end of the next painted frame (the canvas shows the last image shifted/scaled at once).
// scrub: moving the as-of date through 24 treaty dates; for each, the time until the restyled map
//   has finished rendering.
// Prints medians and 95th percentiles. Not a test: nothing here asserts on time.

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QWheelEvent>

#include <gdal.h>

#include "data/vectorloader.h"
#include "layerloader.h"
#include "mapcanvas.h"
#include "project/project.h"
#include "treaty/treatytable.h"

using namespace mineatlas;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void waitForRender(gui::MapCanvas& canvas)
{
    QElapsedTimer t;
    t.start();
    while ((canvas.isRendering() || canvas.renderedExtent() != canvas.extent()) && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    GDALAllRegister();
    data::configureGdal();
    QCommandLineParser parser;
    QCommandLineOption sizeOpt("size", "Canvas size.", "WxH", "1920x1080");
    QCommandLineOption extentOpt("extent", "Start extent (EPSG:3857).", "XMIN,YMIN,XMAX,YMAX",
                                 "3339584,5621521,4675418,6800125");
    parser.addOptions({sizeOpt, extentOpt});
    parser.addHelpOption();
    parser.addPositionalArgument("LAYER", "Layers, top first.");
    parser.process(app);
    const QStringList size = parser.value(sizeOpt).split('x');
    const QStringList e = parser.value(extentOpt).split(',');
    if (size.size() != 2 || e.size() != 4 || parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }

    project::Project project;
    gui::LayerLoader loader(project);
    auto table = treaty::TreatyTable::loadBuiltIn();
    if (table)
        loader.setTreatyTable(table.value());
    QElapsedTimer load;
    load.start();
    bool failed = false;
    QObject::connect(&loader, &gui::LayerLoader::error, [&](const QString& m) {
        std::fprintf(stderr, "error: %s\n", qPrintable(m));
        failed = true;
    });
    // Files are added on top: open the bottom one first.
    const QStringList layers = parser.positionalArguments();
    for (auto it = layers.crbegin(); it != layers.crend(); ++it)
        loader.open(*it);
    while (loader.isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (failed)
        return 1;
    const double loadMs = static_cast<double>(load.nsecsElapsed()) / 1e6;

    gui::MapCanvas canvas(project);
    canvas.resize(size[0].toInt(), size[1].toInt());
    canvas.show();
    canvas.setExtent({e[0].toDouble(), e[1].toDouble(), e[2].toDouble(), e[3].toDouble()});
    QElapsedTimer first;
    first.start();
    waitForRender(canvas);
    std::printf("load_ms %.1f\nfirst_frame_ms %.1f (render %.1f)\n", loadMs,
                loadMs + static_cast<double>(first.nsecsElapsed()) / 1e6, canvas.lastRenderMs());

    // Interaction: a drag of 120 moves and 40 wheel steps, each followed by the next painted frame.
    std::vector<double> frames;
    const QPoint centre = canvas.rect().center();
    QElapsedTimer t;
    auto frameAfter = [&](QEvent* ev) {
        t.start();
        QCoreApplication::sendEvent(&canvas, ev);
        canvas.repaint();
        frames.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    };
    {
        QMouseEvent press(QEvent::MouseButtonPress, centre, canvas.mapToGlobal(centre), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&canvas, &press);
        for (int i = 1; i <= 120; ++i) {
            const QPoint p = centre + QPoint(3 * i % 400 - 200, (2 * i) % 160 - 80);
            QMouseEvent move(QEvent::MouseMove, p, canvas.mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            frameAfter(&move);
            if (i % 30 == 0) // pause now and then so background renders start and compete
                for (int k = 0; k < 20; ++k)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QMouseEvent release(QEvent::MouseButtonRelease, centre, canvas.mapToGlobal(centre), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&canvas, &release);
        for (int i = 0; i < 40; ++i) {
            QWheelEvent wheel(centre, canvas.mapToGlobal(centre), {}, QPoint(0, i < 20 ? 120 : -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            frameAfter(&wheel);
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
    }
    std::printf("interaction_frames %zu frame_ms median %.2f p95 %.2f max %.2f\n", frames.size(),
                percentile(frames, 0.5), percentile(frames, 0.95), percentile(frames, 1.0));
    QElapsedTimer settle;
    settle.start();
    waitForRender(canvas);
    std::printf("settle_after_gesture_ms %.1f\n", static_cast<double>(settle.nsecsElapsed()) / 1e6);

    // Time scrub: the as-of date through the treaty's 2025-26 events and back.
    const QDate dates[] = {{1998, 6, 1},  {2005, 1, 1},  {2013, 6, 1},  {2025, 1, 1},  {2025, 3, 18}, {2025, 4, 1},
                           {2025, 6, 27}, {2025, 7, 10}, {2025, 7, 18}, {2025, 8, 20}, {2025, 12, 1}, {2025, 12, 27},
                           {2026, 1, 10}, {2026, 2, 20}, {2026, 11, 23}, {2026, 2, 19}, {2026, 1, 9},  {2025, 12, 26},
                           {2025, 8, 19}, {2025, 3, 17}, {2024, 1, 1},  {2010, 1, 1},  {1999, 3, 1},  {2026, 6, 1}};
    std::vector<double> scrub;
    for (const QDate& d : dates) {
        t.start();
        project.setDate(d);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        waitForRender(canvas);
        scrub.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::printf("scrub_steps %zu scrub_ms median %.1f p95 %.1f max %.1f\n", scrub.size(), percentile(scrub, 0.5),
                percentile(scrub, 0.95), percentile(scrub, 1.0));
    return 0;
}
