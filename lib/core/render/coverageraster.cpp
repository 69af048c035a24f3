#include "render/coverageraster.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QImage>
#include <QPainter>

namespace mineatlas::render {

namespace {

/// QPainter's antialiased outlines of small polygons, a pen up to a pixel wide, come out lighter
/// than pen width times length: bevel joins cut each corner, and thin strokes lose a little more
/// in its scan converter (about 15 % at 0.8 px on 2-8 px rings; tests/core/tst_smallfeatures
/// measures both). Outlines here are laid with the same weight, so a layer looks the same
/// whether its areas are drawn here or, zoomed in, by QPainter.
constexpr double kOutlineInk = 0.85;
/// The same for rings below a pixel: about 72 % of pen width times perimeter (and nothing like
/// the area of the pen's sweep, which counts the pen's width all round a ring smaller than it).
constexpr double kSubPixelOutlineInk = 0.72;

/// Adds the signed area the edge (x0, y0) → (x1, y1) sweeps to its right, cell by cell, to `acc`
/// (rows of `stride` cells): summed along a row, the cells then give each pixel's coverage of the
/// ring the edges close (+1 inside for one winding, -1 for the other). With `pen` > 0, adds to
/// `ink` the pen's width times the length of the edge within each pixel: the outline's coverage,
/// each part of it in the pixel its centre line crosses. Coordinates are local, at least 0, and
/// below `rows` in y.
void accumulateEdge(float* acc, float* ink, int stride, int rows, double x0, double y0, double x1, double y1,
                    double pen)
{
    if (y0 == y1) {
        // Along a row: no area, only ink.
        const int y = std::min(rows - 1, static_cast<int>(std::floor(y0)));
        const double a = std::min(x0, x1), b = std::max(x0, x1);
        if (pen <= 0 || y < 0 || b <= a)
            return;
        float* line = ink + static_cast<std::ptrdiff_t>(y) * stride;
        for (int xi = static_cast<int>(std::floor(a)); xi < b; ++xi)
            line[xi] += static_cast<float>(pen * (std::min(xi + 1.0, b) - std::max(static_cast<double>(xi), a)));
        return;
    }
    double dir = 1;
    if (y0 > y1) {
        std::swap(x0, x1);
        std::swap(y0, y1);
        dir = -1;
    }
    const double dxdy = (x1 - x0) / (y1 - y0);
    const double inkPerDy = pen * std::sqrt(1 + dxdy * dxdy); // ink per unit of y along the edge
    double x = x0;
    const int yEnd = std::min(rows, static_cast<int>(std::ceil(y1)));
    for (int y = static_cast<int>(std::floor(y0)); y < yEnd; ++y) {
        float* line = acc + static_cast<std::ptrdiff_t>(y) * stride;
        float* inkLine = ink + static_cast<std::ptrdiff_t>(y) * stride;
        const double dy = std::min(y + 1.0, y1) - std::max(static_cast<double>(y), y0);
        const double xNext = x + dxdy * dy;
        const double d = dy * dir;
        const double rowInk = inkPerDy * dy;
        const double a = std::min(x, xNext), b = std::max(x, xNext);
        const double aFloor = std::floor(a), bCeil = std::ceil(b);
        const int ai = static_cast<int>(aFloor), bi = static_cast<int>(bCeil);
        if (bi <= ai + 1) {
            // Within one column: the part of the row right of the edge's mean x.
            const double right = 0.5 * (x + xNext) - aFloor;
            line[ai] += static_cast<float>(d - d * right);
            line[ai + 1] += static_cast<float>(d * right);
            inkLine[ai] += static_cast<float>(rowInk);
        } else {
            // Across columns: a triangle in the first, trapezoids in between, a triangle in the last.
            const double s = 1 / (b - a);
            const double af = a - aFloor;
            const double first = 0.5 * s * (1 - af) * (1 - af);
            const double bf = b - bCeil + 1;
            const double last = 0.5 * s * bf * bf;
            line[ai] += static_cast<float>(d * first);
            inkLine[ai] += static_cast<float>(rowInk * s * (1 - af));
            if (bi == ai + 2) {
                line[ai + 1] += static_cast<float>(d * (1 - first - last));
            } else {
                const double second = s * (1.5 - af);
                line[ai + 1] += static_cast<float>(d * (second - first));
                for (int xi = ai + 2; xi < bi - 1; ++xi)
                    line[xi] += static_cast<float>(d * s);
                for (int xi = ai + 1; xi < bi - 1; ++xi)
                    inkLine[xi] += static_cast<float>(rowInk * s);
                const double beforeLast = second + (bi - ai - 3) * s;
                line[bi - 1] += static_cast<float>(d * (1 - beforeLast - last));
            }
            inkLine[bi - 1] += static_cast<float>(rowInk * s * bf);
            line[bi] += static_cast<float>(d * last);
        }
        x = xNext;
    }
}

/// `colour` premultiplied by its alpha, channels 0..255, alpha last.
void premultiplied(const QColor& colour, float out[4])
{
    const float a = static_cast<float>(colour.alphaF());
    out[0] = 255 * a * static_cast<float>(colour.redF());
    out[1] = 255 * a * static_cast<float>(colour.greenF());
    out[2] = 255 * a * static_cast<float>(colour.blueF());
    out[3] = 255 * a;
}

/// Source-over of `colour` (premultiplied) at coverage `cover` onto the pixel `p`.
inline QRgb over(QRgb p, const float colour[4], float cover)
{
    const float keep = 1 - colour[3] * cover / 255;
    auto channel = [&](float source, int dest) { return static_cast<int>(source * cover + dest * keep + 0.5f); };
    return qRgba(channel(colour[0], qRed(p)), channel(colour[1], qGreen(p)), channel(colour[2], qBlue(p)),
                 channel(colour[3], qAlpha(p)));
}

} // namespace

bool SmallFeatureRaster::canDrawOn(const QPainter& painter)
{
    const QPaintDevice* device = painter.device();
    if (!device || device->devType() != QInternal::Image)
        return false;
    const auto* image = static_cast<const QImage*>(device);
    return (image->format() == QImage::Format_ARGB32_Premultiplied || image->format() == QImage::Format_RGB32) &&
           image->devicePixelRatio() == 1.0 && painter.testRenderHint(QPainter::Antialiasing) &&
           painter.transform().isIdentity() && painter.deviceTransform().isIdentity() &&
           !painter.hasClipping() && painter.opacity() >= 1.0 &&
           painter.compositionMode() == QPainter::CompositionMode_SourceOver;
}

SmallFeatureRaster::SmallFeatureRaster(QPainter& painter)
    : SmallFeatureRaster(*static_cast<QImage*>(painter.device()))
{
}

SmallFeatureRaster::SmallFeatureRaster(QImage& image)
{
    m_bits = image.bits();
    m_bytesPerLine = image.bytesPerLine();
    m_width = image.width();
    m_height = image.height();
}

void SmallFeatureRaster::setSymbol(const QColor& fill, const QColor& stroke, double pen)
{
    premultiplied(fill, m_fill);
    premultiplied(stroke, m_stroke);
    m_pen = m_stroke[3] > 0 ? pen : 0;
}

void SmallFeatureRaster::blend(int x, int y, float fill, float ink)
{
    auto* p = reinterpret_cast<QRgb*>(m_bits + y * m_bytesPerLine) + x;
    if (fill > 0)
        *p = over(*p, m_fill, std::min(1.0f, fill));
    if (ink > 0)
        *p = over(*p, m_stroke, std::min(1.0f, ink));
}

void SmallFeatureRaster::addSubPixel(double x, double y, double area)
{
    if (!(x > -2 && y > -2 && x < m_width + 2 && y < m_height + 2 && area >= 0))
        return;
    // What the outline covers: its ink along a blob's perimeter (about 3.7 sqrt(area)), at the
    // weight QPainter gives an outline this small (kSubPixelOutlineInk); shared, like the area,
    // between the pixels around the centre.
    const double outlined = m_pen > 0 ? kSubPixelOutlineInk * m_pen * 3.7 * std::sqrt(area) : 0;
    const double px = x - 0.5, py = y - 0.5;
    const double fx0 = std::floor(px), fy0 = std::floor(py);
    const int ix = static_cast<int>(fx0), iy = static_cast<int>(fy0);
    const double fx = px - fx0, fy = py - fy0;
    const double weights[4] = {(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy};
    for (int q = 0; q < 4; ++q) {
        const int cx = ix + (q & 1), cy = iy + (q >> 1);
        if (cx < 0 || cy < 0 || cx >= m_width || cy >= m_height || weights[q] <= 0)
            continue;
        blend(cx, cy, static_cast<float>(area * weights[q]), static_cast<float>(outlined * weights[q]));
    }
}

void SmallFeatureRaster::apply(int ox, int oy, int localWidth, int localHeight, int fillStride, int inkStride)
{
    const int x0 = std::max(0, ox), x1 = std::min(m_width, ox + localWidth);
    const int y0 = std::max(0, oy), y1 = std::min(m_height, oy + localHeight);
    for (int y = y0; y < y1; ++y) {
        // The fill coverage is the running sum along the row, from the ring's left edge on.
        const float* acc = m_scratchFill.data() + static_cast<std::size_t>(y - oy) * fillStride;
        const float* ink = m_scratchInk.data() + static_cast<std::size_t>(y - oy) * inkStride;
        auto* line = reinterpret_cast<QRgb*>(m_bits + y * m_bytesPerLine);
        float sum = 0;
        for (int x = ox; x < x0; ++x)
            sum += acc[x - ox];
        for (int x = x0; x < x1; ++x) {
            sum += acc[x - ox];
            const float cover = std::min(1.0f, std::abs(sum)), inked = std::min(1.0f, ink[x - ox]);
            if (cover > 1.0f / 512)
                line[x] = over(line[x], m_fill, cover);
            if (inked > 1.0f / 512)
                line[x] = over(line[x], m_stroke, inked);
        }
    }
}

void SmallFeatureRaster::addRing(const QPointF* points, std::size_t count)
{
    if (count < 3)
        return;
    double minX = points[0].x(), maxX = minX, minY = points[0].y(), maxY = minY;
    bool finite = true;
    for (std::size_t i = 0; i < count; ++i) {
        finite = finite && std::isfinite(points[i].x()) && std::isfinite(points[i].y());
        minX = std::min(minX, points[i].x());
        maxX = std::max(maxX, points[i].x());
        minY = std::min(minY, points[i].y());
        maxY = std::max(maxY, points[i].y());
    }
    // A vertex PROJ could not place (NaN), or a ring far bigger than asked: nothing drawn.
    if (!finite || maxX - minX > 2 * kMaxSidePixels || maxY - minY > 2 * kMaxSidePixels)
        return;
    if (maxX < 0 || maxY < 0 || minX > m_width || minY > m_height)
        return;
    const int ox = static_cast<int>(std::floor(minX)), oy = static_cast<int>(std::floor(minY));
    const int localWidth = static_cast<int>(std::ceil(maxX)) - ox + 1;
    const int localHeight = static_cast<int>(std::ceil(maxY)) - oy + 1;
    const int stride = localWidth + 1;
    m_scratchFill.assign(static_cast<std::size_t>(stride) * localHeight, 0.0f);
    m_scratchInk.assign(static_cast<std::size_t>(stride) * localHeight, 0.0f);
    for (std::size_t i = 0; i < count; ++i) {
        const QPointF& a = points[i];
        const QPointF& b = points[i + 1 < count ? i + 1 : 0];
        accumulateEdge(m_scratchFill.data(), m_scratchInk.data(), stride, localHeight, a.x() - ox, a.y() - oy,
                       b.x() - ox, b.y() - oy, m_pen * kOutlineInk);
    }
    apply(ox, oy, localWidth, localHeight, stride, stride);
}

void SmallFeatureRaster::addDisc(double x, double y, double diameter)
{
    const double r = diameter / 2, margin = r + m_pen / 2 + 1;
    if (!(x + margin >= 0 && y + margin >= 0 && x - margin <= m_width && y - margin <= m_height && r < 64))
        return;
    const int ox = static_cast<int>(std::floor(x - margin)), oy = static_cast<int>(std::floor(y - margin));
    const int side = static_cast<int>(std::ceil(x + margin)) - ox + 1;
    const int sideY = static_cast<int>(std::ceil(y + margin)) - oy + 1;
    // Coverage from each pixel centre's distance to the centre: a one-pixel ramp at the rim.
    m_scratchFill.assign(static_cast<std::size_t>(side) * sideY, 0.0f);
    m_scratchInk.assign(static_cast<std::size_t>(side) * sideY, 0.0f);
    for (int j = 0; j < sideY; ++j) {
        float* fill = m_scratchFill.data() + static_cast<std::size_t>(j) * side;
        float previous = 0;
        for (int i = 0; i < side; ++i) {
            const double dist = std::hypot(ox + i + 0.5 - x, oy + j + 0.5 - y);
            const auto cover = static_cast<float>(std::clamp(r - dist + 0.5, 0.0, 1.0));
            // apply() sums the fill along the row: stored as differences.
            fill[i] = cover - previous;
            previous = cover;
            if (m_pen > 0)
                m_scratchInk[static_cast<std::size_t>(j) * side + i] = static_cast<float>(
                    std::clamp(std::min(m_pen / 2 + 0.5 - std::abs(dist - r), m_pen), 0.0, 1.0));
        }
    }
    apply(ox, oy, side, sideY, side, side);
}

} // namespace mineatlas::render
