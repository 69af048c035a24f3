#include "render_project.h"

#include <atomic>
#include <cstdio>

#include <QFileInfo>

#include "data/storecache.h"
#include "data/vectorloader.h"
#include "project/layerfactory.h"
#include "project/project.h"
#include "project/projectcontroller.h"
#include "project/projectfile.h"
#include "render/renderjob.h"
#include "treaty/contamination.h"
#include "treaty/treatycontroller.h"
#include "treaty/treatytable.h"

namespace mineatlas {

namespace {
int fail(const QString& message)
{
    std::fprintf(stderr, "mineatlas-render: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int renderProject(const QString& projectPath, const QString& out, std::optional<QSize> size,
                  std::shared_ptr<const treaty::TreatyTable> table, const data::StoreCache* cache)
{
    auto document = project::loadProjectFile(projectPath);
    if (!document)
        return fail(document.error());
    const project::ProjectDocument& d = document.value();
    auto crs = geo::Crs::fromUserString(d.crs);
    if (!crs)
        return fail(QStringLiteral("%1: map CRS: %2").arg(projectPath, crs.error()));
    project::Project project;
    if (auto ok = project.setCrs(crs.value()); !ok)
        return fail(ok.error());
    if (d.date.isValid())
        project.setDate(d.date);
    treaty::TreatyController treaty(project);
    treaty.setTable(table);
    if (!d.highlighted.isEmpty())
        treaty.setHighlighted(d.highlighted);
    std::shared_ptr<const treaty::ContaminationTable> contamination;
    // Bottom first, as the window's loader adds them (the layer number picks default colours).
    for (auto it = d.layers.crbegin(); it != d.layers.crend(); ++it) {
        const project::ProjectLayer& saved = *it;
        if (!QFileInfo::exists(saved.path))
            return fail(QStringLiteral("%1: layer %2: %3 does not exist").arg(projectPath, saved.name, saved.path));
        std::unique_ptr<project::MapLayer> layer;
        if (saved.raster) {
            layer = std::make_unique<project::MapLayer>(project::MapLayer::Kind::Raster, saved.name, saved.path);
        } else {
            auto data = data::loadVectorLayer(saved.path, saved.sourceLayer, crs.value(), nullptr, cache);
            if (!data)
                return fail(data.error());
            for (const QString& w : data->warnings)
                std::fprintf(stderr, "warning: %s\n", qPrintable(w));
            const auto countries = table ? project::detectCountries(*data->store, *table) : std::nullopt;
            layer = project::makeVectorLayer(saved.path, data.value(), project.layerCount(),
                                             {table, treaty.highlighted()}, countries);
        }
        if (saved.contamination && !contamination)
            if (auto c = treaty::ContaminationTable::loadBuiltIn())
                contamination = c.value();
        project::MapLayer* added = project.addLayer(std::move(layer), 0);
        for (const QString& w : project::applyLayer(saved, *added, &treaty, contamination.get()))
            std::fprintf(stderr, "warning: %s\n", qPrintable(w));
    }

    // What the canvas asks the renderer for (MapCanvas::mapSettings), at 96 DPI.
    render::MapSettings settings;
    settings.crs = crs.value();
    settings.size = size ? *size : (d.viewSize.isEmpty() ? QSize(1920, 1080) : d.viewSize);
    if (!d.view.isEmpty()) {
        settings.extent = d.view;
    } else {
        const MapRect all = project.fullExtent();
        if (all.isEmpty())
            return fail(QStringLiteral("%1: the project has no view and its layers are empty").arg(projectPath));
        settings.extent = all.buffered(std::max(all.width(), all.height()) * 0.03);
    }
    settings.layers = project.visibleSnapshots();
    const MapRect view = settings.visibleExtent();
    settings.metresPerMapUnit =
        project.coordinates().groundMetresPerMapUnit({view.centerX(), view.centerY()}, settings.mapUnitsPerPixel());
    settings.title = treaty.mapTitle();
    std::atomic<bool> cancel{false};
    const render::RenderResult result = render::renderMap(settings, cancel);
    for (const QString& e : result.errors)
        std::fprintf(stderr, "error: %s\n", qPrintable(e));
    for (const QString& w : result.warnings)
        std::fprintf(stderr, "warning: %s\n", qPrintable(w));
    if (!result.image.save(out))
        return fail(QStringLiteral("cannot write %1").arg(out));
    return result.errors.isEmpty() ? 0 : 1;
}

} // namespace mineatlas
