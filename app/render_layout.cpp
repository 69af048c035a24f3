#include "render_layout.h"

#include <algorithm>
#include <atomic>
#include <cstdio>

#include <QElapsedTimer>

#include "export/layoutcontent.h"
#include "export/pagewriter.h"
#include "project/project.h"

namespace mineatlas {

int writeLayout(LayoutRequest request)
{
    project::Project project;
    if (auto ok = project.setCrs(request.crs); !ok) {
        std::fprintf(stderr, "mineatlas-render: %s\n", qPrintable(ok.error()));
        return 2;
    }
    project.setDate(request.date);
    // Added bottom first: the first LAYER named ends up on top, as on the canvas.
    for (auto it = request.layers.rbegin(); it != request.layers.rend(); ++it)
        project.addLayer(std::move(*it));
    auto content = exporting::buildLayoutContent(project, request.extent, request.settings);
    if (!content) {
        std::fprintf(stderr, "mineatlas-render: %s\n", qPrintable(content.error()));
        return 1;
    }
    std::atomic<bool> cancel{false};
    auto written = exporting::writePage(request.out, request.settings, content.value(), cancel);
    if (!written) {
        std::fprintf(stderr, "mineatlas-render: %s\n", qPrintable(written.error()));
        return 1;
    }
    if (request.benchRuns > 0) {
        std::vector<double> times;
        QElapsedTimer timer;
        for (int i = 0; i < request.benchRuns; ++i) {
            timer.restart();
            auto again = exporting::buildLayoutContent(project, request.extent, request.settings);
            if (!again || !exporting::writePage(request.out, request.settings, again.value(), cancel))
                return 1;
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        const double median = times.size() % 2 ? times[times.size() / 2]
                                               : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2;
        std::printf("export_ms min %.1f median %.1f\n", times.front(), median);
    }
    return 0;
}

} // namespace mineatlas
