#pragma once

// A synthetic minefield sketch map for the georeferencing tests: drawn once as a reference
// GeoTIFF with a known geotransform and CRS (written through GDAL), and once more as a "scan" of
// the same sheet (turned, enlarged and shifted, as a sheet lies on a scanner) with no
// georeferencing at all. Every mark is a coloured disc whose centre is known exactly in both.

#include <cmath>
#include <vector>

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

namespace sketch {

/// The reference: 600 × 400 pixels of 2 m in UTM 36N, top-left corner at (320000 E, 5590000 N)
/// (south-west of Kyiv, 30.5°E 50.4°N).
inline constexpr int kWidth = 600, kHeight = 400;
inline constexpr double kX0 = 320000, kY0 = 5590000, kPixel = 2;
inline constexpr const char* kCrs = "EPSG:32636";

struct Mark {
    QPointF pixel; ///< centre on the reference, GDAL pixel/line (corner of the first pixel at 0, 0)
    QColor colour;
};

/// Four control marks near the corners, then five check marks.
inline const std::vector<Mark>& marks()
{
    static const std::vector<Mark> m = {
        {{60.5, 50.5}, QColor(220, 0, 0)},     {{540.5, 60.5}, QColor(0, 160, 0)},
        {{550.5, 340.5}, QColor(0, 0, 220)},   {{70.5, 350.5}, QColor(200, 0, 200)},
        {{300.5, 200.5}, QColor(0, 170, 190)}, {{180.5, 120.5}, QColor(240, 130, 0)},
        {{420.5, 110.5}, QColor(110, 40, 0)},  {{430.5, 290.5}, QColor(90, 0, 160)},
        {{200.5, 300.5}, QColor(0, 0, 0)},
    };
    return m;
}

/// Easting, northing of a reference pixel position.
inline QPointF utmOf(QPointF pixel)
{
    return {kX0 + pixel.x() * kPixel, kY0 - pixel.y() * kPixel};
}

/// lon/lat (x = lon) of a UTM 36N point, through OGR.
inline QPointF lonLatOf(QPointF utm)
{
    OGRSpatialReference src, dst;
    src.SetFromUserInput(kCrs);
    dst.importFromEPSG(4326);
    src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    dst.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&src, &dst));
    double x = utm.x(), y = utm.y();
    t->Transform(1, &x, &y);
    return {x, y};
}

/// The sheet: paper, a road, a stream, a hatched minefield and the marks, drawn through `view`
/// (reference pixels → image pixels).
inline QImage draw(QSize size, const QTransform& view)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(250, 250, 250));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(view);
    p.fillRect(QRectF(0, 0, kWidth, kHeight), QColor(236, 226, 200));
    p.setPen(QPen(QColor(150, 150, 150), 6));
    p.drawLine(QPointF(0, 250), QPointF(600, 170)); // road
    QPainterPath stream(QPointF(120, 0));
    stream.cubicTo(QPointF(160, 150), QPointF(90, 250), QPointF(140, 400));
    p.setPen(QPen(QColor(120, 160, 210), 4));
    p.setBrush(Qt::NoBrush);
    p.drawPath(stream);
    p.setPen(QPen(QColor(170, 60, 60), 2));
    p.setBrush(QBrush(QColor(200, 80, 80), Qt::BDiagPattern));
    p.drawPolygon(QPolygonF({QPointF(250, 70), QPointF(380, 90), QPointF(360, 160), QPointF(240, 150)}));
    p.setPen(Qt::NoPen);
    for (const Mark& m : marks()) {
        p.setBrush(m.colour);
        p.drawEllipse(m.pixel, 6, 6);
    }
    return image;
}

/// The scan's pixels from the reference's: 1.4 × the resolution, turned 3.5°, with a margin.
inline QTransform scanTransform()
{
    QTransform t;
    t.translate(60, 40);
    t.rotate(3.5);
    t.scale(1.4, 1.4);
    return t;
}
inline QSize scanSize()
{
    return {900, 640};
}

/// Writes a GDAL dataset of `image` (RGB) to `path` with `driver`; a geotransform and CRS when
/// `georeferenced`.
inline bool write(const QImage& image, const QString& path, const char* driver, bool georeferenced)
{
    GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr ds(mem->Create("", image.width(), image.height(), 3, GDT_Byte, nullptr));
    for (int b = 0; b < 3; ++b) {
        std::vector<GByte> plane(static_cast<std::size_t>(image.width()) * image.height());
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb c = image.pixel(x, y);
                plane[static_cast<std::size_t>(y) * image.width() + x] =
                    static_cast<GByte>(b == 0   ? qRed(c)
                                       : b == 1 ? qGreen(c)
                                                : qBlue(c));
            }
        if (ds->GetRasterBand(b + 1)->RasterIO(GF_Write, 0, 0, image.width(), image.height(), plane.data(),
                                               image.width(), image.height(), GDT_Byte, 0, 0,
                                               nullptr) != CE_None)
            return false;
    }
    if (georeferenced) {
        double gt[6] = {kX0, kPixel, 0, kY0, 0, -kPixel};
        ds->SetGeoTransform(gt);
        OGRSpatialReference srs;
        srs.SetFromUserInput(kCrs);
        ds->SetSpatialRef(&srs);
    }
    GDALDatasetUniquePtr out(GetGDALDriverManager()->GetDriverByName(driver)->CreateCopy(
        path.toUtf8().constData(), ds.get(), FALSE, nullptr, nullptr, nullptr));
    return out != nullptr;
}

/// The centre of the disc of `colour` in an RGBA image (pixel centres at +0.5), weighting pixels
/// by how close they are to the colour; (-1, -1) when it is not there. Pixels with alpha below
/// 255 (outside the warped scan) are skipped.
inline QPointF find(const QImage& image, QColor colour)
{
    double sx = 0, sy = 0, sw = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            if (qAlpha(c) < 255)
                continue;
            const double d =
                std::sqrt(std::pow(qRed(c) - colour.red(), 2) + std::pow(qGreen(c) - colour.green(), 2) +
                          std::pow(qBlue(c) - colour.blue(), 2));
            if (d > 40)
                continue;
            sx += x + 0.5;
            sy += y + 0.5;
            sw += 1;
        }
    return sw > 0 ? QPointF(sx / sw, sy / sw) : QPointF(-1, -1);
}

} // namespace sketch
