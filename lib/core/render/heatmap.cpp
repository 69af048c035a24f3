#include "render/heatmap.h"

#include <algorithm>
#include <cmath>

#include "data/featurestore.h"
#include "render/mapsettings.h"
#include "render/style.h"

namespace mineatlas::render {

std::vector<QColor> HeatmapStyle::defaultRamp()
{
    return {QColor(43, 131, 186, 0), QColor(43, 131, 186, 150), QColor(171, 221, 164, 190), QColor(253, 174, 97, 215),
            QColor(215, 25, 28, 235)};
}

Result<HeatmapStyle> HeatmapStyle::parse(const QString& text)
{
    HeatmapStyle s;
    const QString radius = text.section(QLatin1Char(':'), 0, 0).trimmed();
    s.weightField = text.section(QLatin1Char(':'), 1).trimmed();
    QString number = radius;
    if (number.endsWith(QLatin1String("px")))
        number.chop(2);
    else if (number.endsWith(QLatin1Char('m'))) {
        number.chop(1);
        s.radiusInMetres = true;
    }
    bool ok = false;
    s.radius = number.trimmed().toDouble(&ok);
    if (!ok || !(s.radius > 0) || s.radius > 100000)
        return Error{QStringLiteral("heatmap \"%1\": give a radius in pixels or metres and an optional weight field, "
                                    "e.g. 20:victims or 500m:victims")
                         .arg(text)};
    if (!s.radiusInMetres && s.radius > 500)
        return Error{QStringLiteral("heatmap \"%1\": a radius of more than 500 pixels; give metres (e.g. %2m)")
                         .arg(text)
                         .arg(s.radius)};
    return s;
}

std::shared_ptr<const HeatmapLayer> HeatmapLayer::build(const HeatmapStyle& style, const data::FeatureStore& store)
{
    auto layer = std::make_shared<HeatmapLayer>();
    layer->style = style;
    layer->weights.assign(store.size(), 1.0f);
    const int column = style.weightField.isEmpty() ? -1 : store.fieldNames().indexOf(style.weightField);
    if (!style.weightField.isEmpty())
        for (std::size_t f = 0; f < store.size(); ++f) {
            bool ok = false;
            const double w = column < 0 ? 0.0 : store.attribute(f, column).toDouble(&ok);
            layer->weights[f] = ok && std::isfinite(w) && w > 0 ? static_cast<float>(w) : 0.0f;
        }
    return layer;
}

double heatmapRadiusPixels(const HeatmapStyle& style, const MapSettings& settings)
{
    if (!style.radiusInMetres)
        return style.radius * settings.dpi / 96.0;
    const double metresPerPixel = settings.mapUnitsPerPixel() * (settings.metresPerMapUnit > 0 ? settings.metresPerMapUnit : 1.0);
    return metresPerPixel > 0 ? style.radius / metresPerPixel : 0.0;
}

namespace {

/// row[i] += weight × max(0, a − u[i])² — the inner loop of every kernel, kept free of branches
/// so that the compiler vectorises it.
void addRow(float* row, const float* u, int count, float a, float weight)
{
    for (int i = 0; i < count; ++i) {
        const float t = std::max(0.0f, a - u[i]);
        row[i] += weight * t * t;
    }
}

} // namespace

void accumulateHeatmap(const MapSettings& settings, const data::FeatureStore& store, const HeatmapLayer& heatmap,
                       const StyledFeatures* styled, int y0, int y1, std::vector<float>& grid,
                       const std::atomic<bool>& cancel)
{
    const double r = heatmapRadiusPixels(heatmap.style, settings);
    if (!(r > 0.5))
        return;
    const int w = settings.size.width();
    const MapRect view = settings.visibleExtent();
    const double mupp = settings.mapUnitsPerPixel();
    // The points whose disc reaches these rows.
    const MapRect reach{view.xMin - r * mupp, view.yMax - (y1 + r) * mupp, view.xMax + r * mupp, view.yMax - (y0 - r) * mupp};
    const std::vector<std::uint32_t> ids = store.query(reach);
    const double r2 = r * r, inverseR2 = 1.0 / r2;
    // The points in pixel coordinates (pixel (x, y) covers [x, x+1) × [y, y+1), its centre at
    // +0.5), sorted by band of rows and then by column: neighbours in the list touch the same
    // rows of the grid, which then stay in the cache (file order jumps across the map).
    struct Splat {
        double x, y;
        float weight;
        int band;
    };
    std::vector<Splat> splats;
    splats.reserve(ids.size());
    std::size_t counter = 0;
    for (std::uint32_t f : ids) {
        if ((++counter & 4095) == 0 && cancel.load(std::memory_order_relaxed))
            return;
        const float weight = f < heatmap.weights.size() ? heatmap.weights[f] : 0.0f;
        if (weight <= 0 || store.kind(f) != data::GeometryKind::Point)
            continue;
        if (styled && f < styled->symbolOf.size() && styled->symbolOf[f] == StyledFeatures::kHidden)
            continue;
        for (std::uint32_t ring = store.ringBegin(f); ring < store.ringEnd(f); ++ring) {
            const data::RingCoords c = store.ring(ring);
            const double px = (c.x(0) - view.xMin) / mupp, py = (view.yMax - c.y(0)) / mupp;
            splats.push_back({px, py, weight, static_cast<int>(std::floor(py / 16))});
        }
    }
    std::sort(splats.begin(), splats.end(),
              [](const Splat& a, const Splat& b) { return a.band != b.band ? a.band < b.band : a.x < b.x; });
    std::vector<float> u;
    counter = 0;
    for (const Splat& splat : splats) {
        if ((++counter & 1023) == 0 && cancel.load(std::memory_order_relaxed))
            return;
        const float weight = splat.weight;
        {
            const double px = splat.x, py = splat.y;
            const int rowFirst = std::max(y0, static_cast<int>(std::ceil(py - r - 0.5)));
            const int rowLast = std::min(y1 - 1, static_cast<int>(std::floor(py + r - 0.5)));
            if (rowFirst > rowLast)
                continue;
            // (1 − (dx² + dy²)/r²)² = (a − u)² with a = 1 − dy²/r² per row and u = dx²/r² per
            // column: the columns' part is the same on every row of this point.
            const int columnFirst = std::max(0, static_cast<int>(std::ceil(px - r - 0.5)));
            const int columnLast = std::min(w - 1, static_cast<int>(std::floor(px + r - 0.5)));
            if (columnFirst > columnLast)
                continue;
            u.resize(static_cast<std::size_t>(columnLast - columnFirst + 1));
            for (int x = columnFirst; x <= columnLast; ++x) {
                const double dx = x + 0.5 - px;
                u[static_cast<std::size_t>(x - columnFirst)] = static_cast<float>(dx * dx * inverseR2);
            }
            // Every row runs over the disc's whole width: max(0, ·) zeroes the corners, which is
            // cheaper than finding each row's ends.
            const int count = columnLast - columnFirst + 1;
            float* first = grid.data() + columnFirst;
            for (int y = rowFirst; y <= rowLast; ++y) {
                const double dy = y + 0.5 - py;
                addRow(first + static_cast<std::size_t>(y) * static_cast<std::size_t>(w), u.data(), count,
                       static_cast<float>(1.0 - dy * dy * inverseR2), weight);
            }
        }
    }
}

QImage colouriseHeatmap(const std::vector<float>& grid, QSize size, const HeatmapStyle& style, double* maximumUsed)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    double maximum = style.maximum;
    if (!(maximum > 0))
        for (float v : grid)
            maximum = std::max(maximum, static_cast<double>(v));
    if (maximumUsed)
        *maximumUsed = maximum;
    if (!(maximum > 0) || style.ramp.empty())
        return image;
    // 256 premultiplied colours along the ramp; level 0 stays transparent.
    std::vector<QRgb> table(256);
    const std::size_t stops = style.ramp.size();
    for (int i = 1; i < 256; ++i) {
        const double t = (i - 1) / 254.0 * static_cast<double>(stops - 1);
        const std::size_t a = std::min(stops - 1, static_cast<std::size_t>(t));
        const std::size_t b = std::min(stops - 1, a + 1);
        const double f = t - static_cast<double>(a);
        const QColor& ca = style.ramp[a];
        const QColor& cb = style.ramp[b];
        auto mix = [f](int u, int v) { return static_cast<int>(std::lround(u + (v - u) * f)); };
        table[static_cast<std::size_t>(i)] =
            qPremultiply(qRgba(mix(ca.red(), cb.red()), mix(ca.green(), cb.green()), mix(ca.blue(), cb.blue()),
                               mix(ca.alpha(), cb.alpha())));
    }
    table[0] = 0;
    const double scale = 255.0 / maximum;
    for (int y = 0; y < size.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        const float* row = grid.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(size.width());
        for (int x = 0; x < size.width(); ++x) {
            const float v = row[x];
            if (v <= 0)
                continue;
            const int level = std::clamp(static_cast<int>(std::ceil(v * scale)), 1, 255);
            line[x] = table[static_cast<std::size_t>(level)];
        }
    }
    return image;
}

} // namespace mineatlas::render
