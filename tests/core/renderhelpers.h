#pragma once

// Small helpers shared by the renderer tests: load a layer and render it with one flat colour.

#include <atomic>

#include <QImage>

#include "data/vectorloader.h"
#include "render/renderjob.h"

namespace testutil {

inline const QColor kLand(200, 30, 30);
inline const QColor kSea(255, 255, 255);

inline std::shared_ptr<const mineatlas::data::FeatureStore> load(const QString& path,
                                                                 const mineatlas::geo::Crs& crs)
{
    auto result = mineatlas::data::loadVectorLayer(path, {}, crs);
    if (!result)
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(result.error()));
    return result->store;
}

inline QImage render(std::shared_ptr<const mineatlas::data::FeatureStore> store,
                     const mineatlas::geo::Crs& crs, const mineatlas::MapRect& extent, QSize size,
                     bool lod = true, bool outline = false)
{
    using namespace mineatlas;
    render::MapSettings s;
    s.crs = crs;
    s.extent = extent;
    s.size = size;
    s.background = kSea;
    s.useLevelOfDetail = lod;
    render::VectorStyle style;
    style.base.fill = kLand;
    style.base.stroke = outline ? QColor(40, 40, 40) : QColor(Qt::transparent);
    style.base.strokeWidth = outline ? 0.8 : 0;
    render::LayerSnapshot layer;
    layer.id = 1;
    layer.store = store;
    layer.styled = render::applyStyle(style, *store);
    s.layers.push_back(layer);
    std::atomic<bool> cancel{false};
    return render::renderMap(s, cancel).image.convertToFormat(QImage::Format_RGB32);
}

/// Fraction of pixels whose colour differs by more than `threshold` in any channel.
inline double differingFraction(const QImage& a, const QImage& b, int threshold)
{
    qint64 differ = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (qAbs(qRed(p) - qRed(q)) > threshold || qAbs(qGreen(p) - qGreen(q)) > threshold ||
                qAbs(qBlue(p) - qBlue(q)) > threshold)
                ++differ;
        }
    return static_cast<double>(differ) / (static_cast<double>(a.width()) * a.height());
}

} // namespace testutil
