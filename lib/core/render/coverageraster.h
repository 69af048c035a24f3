#pragma once

// Small polygons and markers drawn straight into the image, without a QPainter call each.
//
// A national view of a few million hazard areas holds about as many features as the image has
// pixels, most of them a few pixels across. Through QPainter each costs microseconds (path,
// stroker, scan converter, span blending): seconds per frame. Here a small ring is scan
// converted on its own few pixels with exact area coverage (the signed-area accumulation font
// rasterisers use), its outline's ink (pen width times the length of edge in each pixel) found in
// the same pass, and both blended into the image's pixels at once: the fill, then the outline over
// it, feature after feature in the same order QPainter would draw them, so overlaps look the same.
//
// What differs from QPainter: an outline's ink lies in the pixels its centre line crosses rather
// than half a pen to either side, and a feature below a pixel is shared between the pixels a
// pixel-sized square at its centre overlaps. Used only for features at most kMaxSidePixels
// across, on an antialiased raster image with no transform or clip (never on PDF or SVG).

#include <cstddef>
#include <vector>

#include <QColor>
#include <QPointF>

class QImage;
class QPainter;

namespace mineatlas::render {

class SmallFeatureRaster {
public:
    /// The largest feature (in pixels, either side) drawn here rather than through QPainter.
    static constexpr double kMaxSidePixels = 16;

    /// Whether `painter` draws on an image this can write to directly (premultiplied or opaque
    /// 32-bit, antialiased, no transform, clip or opacity, source-over).
    static bool canDrawOn(const QPainter& painter);

    /// `painter` must pass canDrawOn; it is not used to draw, only to reach its image.
    explicit SmallFeatureRaster(QPainter& painter);
    /// Draws into `image` itself (premultiplied or opaque 32-bit), e.g. one band of a larger one.
    explicit SmallFeatureRaster(QImage& image);

    /// The symbol of the features that follow: fill and outline colours and the pen width in
    /// pixels, at most 1 (0: no outline).
    void setSymbol(const QColor& fill, const QColor& stroke, double pen);

    /// A feature of `area` px² centred at (x, y) pixels, below a pixel in size.
    void addSubPixel(double x, double y, double area);

    /// A closed ring in pixel coordinates (pixel (i, j) spans [i, i+1) x [j, j+1)), at most
    /// kMaxSidePixels across; the closing edge is implied.
    void addRing(const QPointF* points, std::size_t count);

    /// A marker: a disc `diameter` px wide centred at (x, y).
    void addDisc(double x, double y, double diameter);

private:
    void blend(int x, int y, float fill, float ink);
    /// Blends the local coverage (scratch, placed at ox, oy) into the image.
    void apply(int ox, int oy, int localWidth, int localHeight, int fillStride, int inkStride);

    unsigned char* m_bits = nullptr;
    qsizetype m_bytesPerLine = 0;
    int m_width = 0, m_height = 0;
    float m_fill[4] = {}, m_stroke[4] = {}; ///< premultiplied, 0..255
    double m_pen = 0;
    std::vector<float> m_scratchFill, m_scratchInk;
};

} // namespace mineatlas::render
