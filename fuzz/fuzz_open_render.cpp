// bytes → GDAL open (the format chosen by the first byte) → feature store → render to 64×64.
// What must hold: no crash, no sanitizer report, no hang; errors come back as values.
#include <atomic>

#include <QCoreApplication>
#include <QGuiApplication>

#include <cpl_conv.h>
#include <gdal.h>

#include "data/rasterinfo.h"
#include "data/vectorloader.h"
#include "fuzzcommon.h"
#include "render/renderjob.h"

using namespace mineatlas;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // fonts for labels
    GDALAllRegister();
    data::configureGdal();
    CPLSetConfigOption("CPL_LOG", "/dev/null");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    static const char* const kSuffixes[] = {"geojson", "gpkg", "fgb", "kml", "gml", "csv", "topojson", "tif", "mbtiles", "shp"};
    const QString suffix = QString::fromLatin1(kSuffixes[data[0] % std::size(kSuffixes)]);
    const QString path = fuzz::writeInput(data + 1, size - 1, suffix);
    const geo::Crs crs = geo::Crs::webMercator();
    render::MapSettings settings;
    settings.crs = crs;
    settings.size = QSize(64, 64);
    auto info = data::inspectDataset(path);
    if (!info)
        return 0;
    render::LayerSnapshot snapshot;
    if (info->layers.empty() && info->isRaster) {
        auto extent = data::rasterExtent(path, crs);
        if (!extent)
            return 0;
        snapshot.type = render::LayerSnapshot::Type::Raster;
        snapshot.rasterPath = path;
        settings.extent = extent.value();
    } else {
        auto layer = data::loadVectorLayer(path, info->layers.empty() ? QString() : info->layers.front().name, crs);
        if (!layer)
            return 0;
        auto styled = std::make_shared<render::StyledFeatures>();
        render::Symbol symbol;
        symbol.fill = QColor(200, 80, 40);
        symbol.stroke = Qt::black;
        symbol.strokeWidth = 1;
        styled->symbols = {symbol};
        styled->symbolOf.assign(layer->store->size(), 0);
        if (layer->store->size() > 0)
            styled->labels.emplace_back(0, QStringLiteral("label"));
        snapshot.store = layer->store;
        snapshot.styled = styled;
        settings.extent = layer->store->extent();
    }
    if (settings.extent.isEmpty() || !(settings.extent.width() > 0) || !(settings.extent.height() > 0))
        settings.extent = MapRect{-2e7, -2e7, 2e7, 2e7};
    snapshot.id = 1;
    settings.layers.push_back(snapshot);
    std::atomic<bool> cancel{false};
    render::renderMap(settings, cancel);
    return 0;
}
