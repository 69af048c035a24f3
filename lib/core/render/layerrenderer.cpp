#include "render/layerrenderer.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <vector>

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPainterPath>

#include <gdal_utils.h>

#include "data/basemap.h"
#include "data/gdalhandles.h"
#include "data/rasterinfo.h"
#include "geo/planar.h"
#include "render/aggregatelevel.h"
#include "render/coverageraster.h"

namespace mineatlas::render {

namespace {

/// GDAL progress callback that stops a warp or a read when the render is canceled.
int CPL_STDCALL continueUnlessCanceled(double, const char*, void* cancel)
{
    return static_cast<const std::atomic<bool>*>(cancel)->load(std::memory_order_relaxed) ? FALSE : TRUE;
}

Result<QImage> renderRaster(const MapSettings& settings, const LayerSnapshot& layer,
                            const std::atomic<bool>& cancel, QStringList* warnings)
{
    using namespace data;
    GdalErrorCollector errors;
    const QString name = QFileInfo(layer.rasterPath).fileName();
    // A GeoTIFF block that cannot be decoded is read as zeros (and reported below) instead of
    // failing the whole layer; MBTiles and GeoPackage tiles are left out, with a GDAL warning.
    CPLSetThreadLocalConfigOption("GTIFF_IGNORE_READ_ERRORS", "YES");
    struct ResetOption {
        ~ResetOption() { CPLSetThreadLocalConfigOption("GTIFF_IGNORE_READ_ERRORS", nullptr); }
    } resetOption;
    GDALDatasetUniquePtr scanFile; // under a pixel-space copy: outlives it (declared first)
    GDALDatasetUniquePtr src(GDALDataset::Open(layer.rasterPath.toUtf8().constData(),
                                               GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    bool offline = false;
    if (!src)
        return Error{
            QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Render", "GDAL cannot open it")))};
    if (layer.pixelSpace) {
        // A scan without georeferencing: a VRT copy placed in pixel space (see rasterFootprint).
        GDALDatasetUniquePtr vrt(GetGDALDriverManager()->GetDriverByName("VRT")->CreateCopy(
            "", src.get(), FALSE, nullptr, nullptr, nullptr));
        if (!vrt)
            return Error{QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Render", "cannot copy it")))};
        auto gt = data::pixelSpaceGeoTransform(settings.crs);
        vrt->SetGeoTransform(gt.data());
        scanFile = std::move(src);
        src = std::move(vrt);
    }
    const int bands = src->GetRasterCount();
    if (bands == 0)
        return Error{QCoreApplication::translate("Render", "%1: no raster bands").arg(name)};
    const bool hasAlpha = src->GetRasterBand(bands)->GetColorInterpretation() == GCI_AlphaBand;
    const bool paletted = src->GetRasterBand(1)->GetColorTable() != nullptr;
    const MapRect v = settings.visibleExtent();
    const QSize size = settings.size;
    QStringList args = {QStringLiteral("-of"),
                        QStringLiteral("MEM"),
                        QStringLiteral("-t_srs"),
                        settings.crs.definition(),
                        QStringLiteral("-te"),
                        QString::number(v.xMin, 'g', 17),
                        QString::number(v.yMin, 'g', 17),
                        QString::number(v.xMax, 'g', 17),
                        QString::number(v.yMax, 'g', 17),
                        QStringLiteral("-ts"),
                        QString::number(size.width()),
                        QString::number(size.height()),
                        QStringLiteral("-r"),
                        paletted ? QStringLiteral("near") : QStringLiteral("bilinear"),
                        QStringLiteral("-ovr"),
                        QStringLiteral("AUTO"),
                        QStringLiteral("-wo"),
                        QStringLiteral("SAMPLE_GRID=YES")};
    if (!hasAlpha)
        args << QStringLiteral("-dstalpha");
    if (layer.pixelSpace)
        args << QStringLiteral("-s_srs") << settings.crs.definition();
    else if (!src->GetSpatialRef() && src->GetGCPCount() == 0)
        args << QStringLiteral("-s_srs") << QStringLiteral("EPSG:4326");
    std::vector<QByteArray> argBytes;
    std::vector<char*> argv;
    for (const QString& a : args)
        argBytes.push_back(a.toUtf8());
    for (QByteArray& b : argBytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    data::WarpOptionsPtr options(GDALWarpAppOptionsNew(argv.data(), nullptr));
    GDALWarpAppOptionsSetProgress(options.get(), continueUnlessCanceled,
                                  const_cast<std::atomic<bool>*>(&cancel));
    GDALDatasetH srcHandle = GDALDataset::ToHandle(src.get());
    int usageError = 0;
    GDALDatasetUniquePtr out(
        GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &srcHandle, options.get(), &usageError)));
    if (cancel.load())
        return QImage(); // the caller throws canceled renders away
    if (!out && isConnectionFailure(errors.message(QString()))) {
        // A basemap whose server cannot be reached: the tiles cached on this computer instead,
        // and one calm word about it rather than an error per tile.
        const QByteArray offlineXml = offlineDescription(layer.rasterPath);
        if (!offlineXml.isEmpty()) {
            src.reset(GDALDataset::Open(offlineXml.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
            if (src) {
                errors.clear();
                srcHandle = GDALDataset::ToHandle(src.get());
                out.reset(GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &srcHandle, options.get(), &usageError)));
                offline = out != nullptr;
                if (cancel.load())
                    return QImage();
            }
        }
    }
    if (!out)
        return Error{
            QStringLiteral("%1: %2").arg(name, errors.message(QCoreApplication::translate("Render", "cannot warp the raster")))};

    const int outBands = out->GetRasterCount();
    const int w = size.width(), h = size.height();
    std::vector<std::vector<GByte>> planes(static_cast<std::size_t>(outBands),
                                           std::vector<GByte>(static_cast<std::size_t>(w) * h));
    for (int b = 1; b <= outBands; ++b) {
        GDALRasterBand* band = out->GetRasterBand(b);
        const bool isAlpha = b == outBands;
        double scaleMin = 0, scaleMax = 255;
        if (!isAlpha && !paletted && band->GetRasterDataType() != GDT_Byte) {
            double mm[2] = {0, 255};
            GDALComputeRasterMinMax(GDALRasterBand::ToHandle(band), TRUE, mm);
            scaleMin = mm[0];
            scaleMax = mm[1] > mm[0] ? mm[1] : mm[0] + 1;
        }
        std::vector<double> values(static_cast<std::size_t>(w) * h);
        GDALRasterIOExtraArg extra;
        INIT_RASTERIO_EXTRA_ARG(extra);
        extra.pfnProgress = continueUnlessCanceled;
        extra.pProgressData = const_cast<std::atomic<bool>*>(&cancel);
        if (band->RasterIO(GF_Read, 0, 0, w, h, values.data(), w, h, GDT_Float64, 0, 0, &extra) != CE_None) {
            if (cancel.load())
                return QImage();
            return Error{QCoreApplication::translate("Render", "%1: reading band %2 failed: %3")
                             .arg(name)
                             .arg(b)
                             .arg(errors.message(QString()))};
        }
        auto& plane = planes[static_cast<std::size_t>(b - 1)];
        for (std::size_t i = 0; i < values.size(); ++i)
            plane[i] = static_cast<GByte>(
                std::clamp(std::lround((values[i] - scaleMin) * 255.0 / (scaleMax - scaleMin)), 0L, 255L));
    }
    // What GDAL complained about while reading: blocks or tiles it could not decode.
    if (warnings && offline)
        *warnings << QCoreApplication::translate("Render", "%1: the tile server cannot be reached, so the basemap is offline: it shows the "
                                    "tiles kept on this computer (places not visited before stay blank)")
                         .arg(QFileInfo(layer.rasterPath).completeBaseName());
    else if (warnings && (!errors.failures().isEmpty() || !errors.warnings().isEmpty()))
        *warnings << QCoreApplication::translate("Render", "%1: part of the raster could not be decoded (GDAL: %2); what is drawn there "
                                        "(empty or black) is not the data")
                         .arg(name, errors.message(QString()));
    QImage image(size, QImage::Format_ARGB32);
    const GDALColorTable* table = paletted ? src->GetRasterBand(1)->GetColorTable() : nullptr;
    const int colourBands = outBands - 1; // the last band is alpha
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * w + x;
            const int a = planes.back()[i];
            int r, g, b;
            if (table) {
                const GDALColorEntry* e = table->GetColorEntry(planes[0][i]);
                r = e ? e->c1 : 0;
                g = e ? e->c2 : 0;
                b = e ? e->c3 : 0;
            } else if (colourBands >= 3) {
                r = planes[0][i];
                g = planes[1][i];
                b = planes[2][i];
            } else {
                r = g = b = planes[0][i];
            }
            line[x] = qRgba(r, g, b, a);
        }
    }
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

/// A point inside the feature's largest ring: its centroid when that lies inside, otherwise the
/// middle of the widest inside span on the horizontal line through the centroid.
QPointF labelPoint(const data::FeatureStore& store, std::uint32_t f)
{
    const auto& rs = store.ringStart();
    std::vector<double> scratch;
    double bestArea = 0;
    std::uint32_t best = store.ringBegin(f);
    for (auto r = store.ringBegin(f); r < store.ringEnd(f); ++r) {
        const double a = std::abs(store.ringArea2(r));
        if (a > bestArea) {
            bestArea = a;
            best = r;
        }
    }
    const double* c = store.ringXY(best, scratch);
    const std::uint32_t v0 = 0, v1 = rs[best + 1] - rs[best];
    if (bestArea == 0)
        return {c[2 * v0], c[2 * v0 + 1]};
    const geo::planar::Point centroid = geo::planar::ringCentroid(c + 2 * v0, v1 - v0);
    const double cx = centroid.x, cy = centroid.y;
    // Crossings of the line y = cy with the ring, sorted: inside spans are [x0,x1], [x2,x3], ...
    std::vector<double> xs;
    for (auto i = v0, j = v1 - 1; i < v1; j = i++) {
        const double yi = c[2 * i + 1], yj = c[2 * j + 1];
        if ((yi > cy) != (yj > cy))
            xs.push_back(c[2 * i] + (cy - yi) / (yj - yi) * (c[2 * j] - c[2 * i]));
    }
    std::sort(xs.begin(), xs.end());
    double bestWidth = -1, bestX = cx;
    for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
        if (cx >= xs[k] && cx <= xs[k + 1])
            return {cx, cy};
        if (xs[k + 1] - xs[k] > bestWidth) {
            bestWidth = xs[k + 1] - xs[k];
            bestX = (xs[k] + xs[k + 1]) / 2;
        }
    }
    return {bestX, cy};
}

void drawLabels(QPainter& painter, const MapSettings& settings, const data::FeatureStore& store,
                const StyledFeatures& styled, bool asText)
{
    if (styled.labels.empty())
        return;
    const MapRect view = settings.visibleExtent();
    const double k = 1.0 / settings.mapUnitsPerPixel();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(static_cast<int>(std::lround((styled.labelBesideMarker ? 11 : 12) * settings.dpi / 96.0)));
    font.setBold(!styled.labelBesideMarker);
    const double scaleDenominator = settings.scaleDenominator();
    const QFontMetricsF metrics(font);
    std::vector<QRectF> placed;
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double worldWidth = settings.crs.worldWidth();
    for (const auto& [f, text] : styled.labels) {
        // The copy of the world the feature shows in (labels are drawn once, in the first one).
        double shift = 0;
        if (worldWidth > 0)
            for (double s = std::floor((view.xMin + worldWidth / 2) / worldWidth) * worldWidth;
                 s <= view.xMax + worldWidth; s += worldWidth) {
                const MapRect& b = store.bounds(f);
                if (b.xMax + s >= view.xMin && b.xMin + s <= view.xMax) {
                    shift = s;
                    break;
                }
            }
        const MapRect copyView{view.xMin - shift, view.yMin, view.xMax - shift, view.yMax};
        if (f >= store.size() || !store.bounds(f).intersects(copyView) || !styled.showsAtScale(f, scaleDenominator))
            continue;
        if (styled.labelMinPixels > 0 && store.bounds(f).width() * k < styled.labelMinPixels)
            continue;
        // An area that spans the whole view (a country at field scale) is not named on it: the
        // name would land anywhere, on top of the places and areas the view is about.
        if (!styled.labelBesideMarker && store.bounds(f).xMin <= copyView.xMin && store.bounds(f).xMax >= copyView.xMax &&
            store.bounds(f).yMin <= copyView.yMin && store.bounds(f).yMax >= copyView.yMax) {
            const std::uint32_t feature = f; // clang 14 cannot capture a structured binding
            auto covers = [&store, feature](double x, double y) {
                const auto hits = store.identify(x, y, 0);
                return std::find(hits.begin(), hits.end(), feature) != hits.end();
            };
            if (covers(copyView.xMin, copyView.yMin) && covers(copyView.xMax, copyView.yMin) &&
                covers(copyView.xMin, copyView.yMax) && covers(copyView.xMax, copyView.yMax) &&
                covers(copyView.centerX(), copyView.centerY()))
                continue;
        }
        QPointF m = labelPoint(store, f);
        if (!copyView.contains(m.x(), m.y())) {
            // The feature is partly in view: label the visible part, if its middle is inside.
            const MapRect& b = store.bounds(f);
            const MapRect part{std::max(b.xMin, copyView.xMin), std::max(b.yMin, copyView.yMin),
                               std::min(b.xMax, copyView.xMax), std::min(b.yMax, copyView.yMax)};
            const auto hits = store.identify(part.centerX(), part.centerY(), 0);
            if (std::find(hits.begin(), hits.end(), f) == hits.end())
                continue;
            m = QPointF(part.centerX(), part.centerY());
        }
        const QPointF p((m.x() - copyView.xMin) * k, (view.yMax - m.y()) * k);
        QRectF box = metrics.boundingRect(text);
        box.moveCenter(p);
        QRectF marker;
        if (styled.labelBesideMarker && f < styled.symbolOf.size() &&
            styled.symbolOf[f] < styled.symbols.size()) {
            // Beside the marker, which is kept free too: a later label may not cover the place.
            const double r = styled.symbols[styled.symbolOf[f]].markerSize * settings.dpi / 96.0 / 2;
            marker = QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r);
            box.moveLeft(p.x() + r + 2 * settings.dpi / 96.0);
        }
        const QRectF frame(QPointF(0, 0), QSizeF(settings.size));
        auto blocked = [&](const QRectF& b) {
            return !frame.contains(b) || std::any_of(placed.begin(), placed.end(), [&](const QRectF& r) {
                       return r.intersects(b) || (!marker.isNull() && r.intersects(marker));
                   });
        };
        if (blocked(box)) {
            if (marker.isNull())
                continue;
            // Left of the marker instead (a place near the right edge or right of a bigger one).
            box.moveRight(marker.left() - 2 * settings.dpi / 96.0);
            if (blocked(box))
                continue;
        }
        placed.push_back(box.adjusted(-3, -2, 3, 2));
        if (!marker.isNull())
            placed.push_back(marker);
        QPainterPath path;
        path.addText(box.left(), box.top() + metrics.ascent(), font, text);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(255, 255, 255, 230), 3.0 * settings.dpi / 96.0, Qt::SolidLine,
                            Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        if (asText) {
            painter.setFont(font);
            painter.setPen(QColor(0x11, 0x11, 0x11));
            painter.drawText(QPointF(box.left(), box.top() + metrics.ascent()), text);
            continue;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x11, 0x11, 0x11));
        painter.drawPath(path);
    }
}

} // namespace

void drawVectorLayer(QPainter& painter, const MapSettings& settings, const LayerSnapshot& layer,
                     const std::atomic<bool>& cancel)
{
    const data::FeatureStore& store = *layer.store;
    const StyledFeatures& styled = *layer.styled;
    const MapRect view = settings.visibleExtent();
    const double mupp = settings.mapUnitsPerPixel();
    const double k = 1.0 / mupp;
    const double scale = settings.dpi / 96.0;
    const double scaleDenominator = settings.scaleDenominator();

    std::vector<QPen> pens;
    std::vector<QBrush> brushes;
    std::vector<QBrush> hatches;
    for (const Symbol& s : styled.symbols) {
        pens.push_back(penFor(s, scale));
        brushes.push_back(s.fill.alpha() ? QBrush(s.fill) : QBrush(Qt::NoBrush));
        // Patterns are in device pixels: at print resolution they keep their size on paper.
        QBrush hatch(s.hatchColor, s.hatch);
        if (scale > 1.01)
            hatch.setTransform(QTransform::fromScale(scale, scale));
        hatches.push_back(hatch);
    }
    // Hatched polygons are drawn twice: fill and outline, then the pattern without outline.
    auto drawHatch = [&](int sym, auto&& draw) {
        if (styled.symbols[static_cast<std::size_t>(sym)].hatch == Qt::NoBrush)
            return;
        painter.setPen(Qt::NoPen);
        painter.setBrush(hatches[static_cast<std::size_t>(sym)]);
        draw();
        painter.setPen(pens[static_cast<std::size_t>(sym)]);
        painter.setBrush(brushes[static_cast<std::size_t>(sym)]);
    };
    // Maps that repeat east-west draw every copy of the world the view reaches (Fiji, Tonga and
    // Samoa side by side across 180°); x0 below moves with each copy.
    const double worldWidth = settings.crs.worldWidth();
    int firstCopy = 0, lastCopy = 0;
    if (worldWidth > 0) {
        firstCopy = static_cast<int>(std::floor((view.xMin + worldWidth / 2) / worldWidth));
        lastCopy = static_cast<int>(std::floor((view.xMax + worldWidth / 2) / worldWidth));
        if (lastCopy - firstCopy > 8) // zoomed far out: a few copies are plenty
            lastCopy = firstCopy + 8;
    }
    // A layer of many small features seen whole: its small features come from an image drawn once
    // at this scale (render/aggregatelevel.h), and only the others are drawn here.
    const bool smallRaster = settings.useLevelOfDetail && settings.aggregateSubPixel && SmallFeatureRaster::canDrawOn(painter);
    std::shared_ptr<const AggregateLevel> aggregate;
    if (smallRaster && settings.aggregateLevels && firstCopy == lastCopy)
        aggregate = aggregateLevel(settings, layer, firstCopy * worldWidth, cancel);
    // The features of each copy of the world in view. Symbols may reach a few pixels beyond a
    // feature's bounds (outline, marker).
    std::vector<std::vector<std::uint32_t>> idsOfCopy;
    std::size_t visibleVertices = 0;
    for (int copy = firstCopy; copy <= lastCopy; ++copy) {
        const double shift = copy * worldWidth;
        const MapRect reach = MapRect{view.xMin - shift, view.yMin, view.xMax - shift, view.yMax}.buffered(mupp * 16 * scale);
        if (aggregate) {
            idsOfCopy.emplace_back();
            for (std::uint32_t f : aggregate->others)
                if (store.bounds(f).intersects(reach))
                    idsOfCopy.back().push_back(f);
        } else {
            idsOfCopy.push_back(store.query(reach));
        }
        for (std::uint32_t f : idsOfCopy.back())
            visibleVertices += store.ringStart()[store.ringEnd(f)] - store.ringStart()[store.ringBegin(f)];
    }
    // A level of detail is built over the whole layer: worth it when the view holds much of the
    // layer (and later views reuse it), not to draw a small part of a big layer once. With an
    // aggregate level only its few larger features are drawn here: rarely worth a copy.
    std::shared_ptr<const data::LodGeometry> lod;
    if (settings.useLevelOfDetail)
        lod = store.levelOfDetail(mupp, /*build=*/visibleVertices * 4 >= store.vertexCount());
    const std::uint32_t* ringStart = lod ? lod->ringStart.data() : store.ringStart().data();
    // Ring r's vertices as x,y doubles, from the level of detail or the store (decoded when it
    // keeps the ring as float offsets): valid until the next call.
    std::vector<double> ringScratch;
    auto ringAt = [&](std::uint32_t r) -> const double* {
        return lod ? lod->coords.data() + 2 * std::size_t(ringStart[r]) : store.ringXY(r, ringScratch);
    };
    const data::RingIndex& rings = store.ringIndex();
    const data::RingChunks& chunks = lod ? lod->chunks : rings.chunks();
    std::vector<std::uint32_t> ringIds;
    for (int copy = firstCopy; copy <= lastCopy; ++copy) {
        const double shift = copy * worldWidth;
        const MapRect copyView{view.xMin - shift, view.yMin, view.xMax - shift, view.yMax};
        const std::vector<std::uint32_t>& ids = idsOfCopy[static_cast<std::size_t>(copy - firstCopy)];
        int current = -1;
        std::vector<QPointF> points;
        std::vector<geo::planar::Point> clipIn;
        const double x0 = copyView.xMin, y1 = view.yMax;
        const MapRect clipRect = copyView.buffered(mupp * settings.clipMarginPixels * scale);
        std::size_t counter = 0;
        if (aggregate) {
            // The image of the small features, built at this scale on this pixel grid: a copy.
            const QPoint at(static_cast<int>(std::lround((aggregate->x0 - x0) * k)),
                            static_cast<int>(std::lround((y1 - aggregate->y1) * k)));
            painter.drawImage(at, aggregate->image);
        }
        // Single rings and markers a few pixels across, and features below a pixel, are drawn
        // straight into the image (render/coverageraster.h), not through QPainter one call each:
        // in every view and every stripe alike, so no stripe or zoom switches how they look.
        std::optional<SmallFeatureRaster> small;
        if (smallRaster)
            small.emplace(painter);
        const SmallFrame frame{k, x0, y1, scale};
        int smallSymbol = -1;
        for (std::uint32_t f : ids) {
            if ((++counter & 511) == 0 && cancel.load(std::memory_order_relaxed))
                return;
            const int sym = styled.symbolOf[f];
            const data::GeometryKind kind = store.kind(f);
            if (kind == data::GeometryKind::None || sym == render::StyledFeatures::kHidden ||
                !styled.showsAtScale(f, scaleDenominator))
                continue;
            // Pen and brush change with the symbol and with the kind: lines have no fill, and a
            // polygon after a line of the same symbol must get its fill back.
            const int state = 2 * sym + (kind == data::GeometryKind::Line ? 1 : 0);
            if (state != current) {
                painter.setPen(pens[sym]);
                painter.setBrush(kind == data::GeometryKind::Line ? QBrush(Qt::NoBrush) : brushes[sym]);
                current = state;
            }
            const std::uint32_t r0 = store.ringBegin(f), r1 = store.ringEnd(f);
            const Symbol& symbol = styled.symbols[static_cast<std::size_t>(sym)];
            // Straight into the image when the raster takes the symbol and the feature is small.
            if (small && kind == data::GeometryKind::Polygon && smallRasterTakes(symbol, pens[sym])) {
                if (sym != smallSymbol) {
                    small->setSymbol(symbol.fill, symbol.stroke, pens[sym].style() == Qt::NoPen ? 0 : pens[sym].widthF());
                    smallSymbol = sym;
                }
                if (addSmallPolygon(&*small, store, f, symbol, frame, points))
                    continue;
            }
            const MapRect& bounds = store.bounds(f);
            if (kind == data::GeometryKind::Polygon && symbol.markerBelowPx > 0 &&
                std::max(bounds.width(), bounds.height()) * k < symbol.markerBelowPx * scale) {
                // Too small to read as an area at this scale: a marker at its centre instead.
                const double d = symbol.markerSize * scale;
                painter.drawEllipse(QPointF((bounds.centerX() - x0) * k, (y1 - bounds.centerY()) * k), d / 2, d / 2);
                continue;
            }
            if (kind == data::GeometryKind::Point) {
                const double d = styled.symbols[sym].markerSize * scale;
                for (auto r = r0; r < r1; ++r) {
                    const double* p = ringAt(r);
                    painter.drawEllipse(QPointF((p[0] - x0) * k, (y1 - p[1]) * k), d / 2, d / 2);
                }
                continue;
            }
            if (kind == data::GeometryKind::Line) {
                for (auto r = r0; r < r1; ++r) {
                    points.clear();
                    const double* p = ringAt(r);
                    for (std::uint32_t v = 0; v < ringStart[r + 1] - ringStart[r]; ++v)
                        points.emplace_back((p[2 * v] - x0) * k, (y1 - p[2 * v + 1]) * k);
                    painter.drawPolyline(points.data(), static_cast<int>(points.size()));
                }
                continue;
            }
            // A polygon reaching far out of the view (a country seen up close, a continent-size
            // ring) is cut to the view plus a margin first: the stroker and a vector device
            // (PDF, SVG) then handle only what can show, and the new edges lie off-screen.
            // Below the feature, rings whose bounds miss the clip rectangle are left out (they
            // wind around no point of it), and so are the chunks of large rings that miss it
            // (see data::RingChunks: each becomes the chord between its ends).
            const bool clip = !clipRect.contains(store.bounds(f));
            if (clip && settings.useLevelOfDetail)
                rings.ringsIn(store, f, clipRect, ringIds);
            else {
                ringIds.clear();
                for (auto r = r0; r < r1; ++r)
                    ringIds.push_back(r);
            }
            const std::span<const MapRect> ringBoxes =
                r1 - r0 > 1 && settings.useLevelOfDetail ? rings.ringBoundsOf(store, f) : std::span<const MapRect>();
            auto ringPixels = [&](std::uint32_t r, std::vector<QPointF>& out) {
                out.clear();
                const std::uint32_t v0 = 0, v1 = ringStart[r + 1] - ringStart[r];
                const MapRect rb = ringBoxes.empty() ? store.bounds(f) : ringBoxes[r - r0];
                if (settings.useLevelOfDetail && rb.width() < mupp && rb.height() < mupp) {
                    // Smaller than a pixel: drawn as the square of its area at its centre, the
                    // pixel(s) it covers; left out below 1/64 of a pixel, which no colour shows.
                    const double area =
                        rb.width() * rb.height() < mupp * mupp / 64
                            ? 0
                            : std::abs(store.ringArea2(r)) / 2;
                    if (area < mupp * mupp / 64)
                        return;
                    const double half = std::sqrt(area) * k / 2;
                    const QPointF c((rb.centerX() - x0) * k, (y1 - rb.centerY()) * k);
                    out = {c + QPointF(-half, -half), c + QPointF(half, -half), c + QPointF(half, half),
                           c + QPointF(-half, half)};
                    return;
                }
                const double* coords = ringAt(r);
                if (!clip || (settings.useLevelOfDetail && clipRect.contains(rb.xMin, rb.yMin) &&
                              clipRect.contains(rb.xMax, rb.yMax))) {
                    for (auto v = v0; v < v1; ++v)
                        out.emplace_back((coords[2 * v] - x0) * k, (y1 - coords[2 * v + 1]) * k);
                    return;
                }
                clipIn.clear();
                const std::span<const MapRect> ringChunks =
                    settings.useLevelOfDetail ? chunks.of(r) : std::span<const MapRect>();
                if (ringChunks.empty()) {
                    for (auto v = v0; v < v1; ++v)
                        clipIn.push_back({coords[2 * v], coords[2 * v + 1]});
                } else {
                    clipIn.push_back({coords[2 * v0], coords[2 * v0 + 1]});
                    for (std::size_t j = 0; j < ringChunks.size(); ++j) {
                        const std::uint32_t a = v0 + static_cast<std::uint32_t>(j) * data::RingChunks::kChunkVertices;
                        const std::uint32_t b = std::min(v1 - 1, a + data::RingChunks::kChunkVertices);
                        for (auto v = ringChunks[j].intersects(clipRect) ? a + 1 : b; v <= b; ++v)
                            clipIn.push_back({coords[2 * v], coords[2 * v + 1]});
                    }
                }
                for (const geo::planar::Point& p :
                     geo::planar::clipRingToRect(clipIn, clipRect.xMin, clipRect.yMin, clipRect.xMax, clipRect.yMax))
                    out.emplace_back((p.x - x0) * k, (y1 - p.y) * k);
            };
            if (ringIds.size() == 1) {
                ringPixels(ringIds[0], points);
                if (points.size() < 3)
                    continue;
                painter.drawPolygon(points.data(), static_cast<int>(points.size()), Qt::OddEvenFill);
                drawHatch(sym, [&] {
                    painter.drawPolygon(points.data(), static_cast<int>(points.size()), Qt::OddEvenFill);
                });
                continue;
            }
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (std::uint32_t r : ringIds) {
                if (ringStart[r + 1] - ringStart[r] < 3)
                    continue;
                ringPixels(r, points);
                if (points.size() < 3)
                    continue;
                path.moveTo(points[0]);
                for (std::size_t i = 1; i < points.size(); ++i)
                    path.lineTo(points[i]);
                path.closeSubpath();
            }
            if (path.isEmpty())
                continue;
            painter.drawPath(path);
            drawHatch(sym, [&] { painter.drawPath(path); });
        }
    }
}

void drawVectorLabels(QPainter& painter, const MapSettings& settings, const LayerSnapshot& layer, bool asText)
{
    if (layer.store && layer.styled)
        drawLabels(painter, settings, *layer.store, *layer.styled, asText);
}

Result<QImage> renderLayer(const MapSettings& settings, const LayerSnapshot& layer,
                           const std::atomic<bool>& cancel, QStringList* warnings)
{
    if (layer.type == LayerSnapshot::Type::Raster)
        return renderRaster(settings, layer, cancel, warnings);
    QImage image(settings.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (!layer.store || !layer.styled)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, settings.antialiasing);
    drawVectorLayer(painter, settings, layer, cancel);
    drawVectorLabels(painter, settings, layer);
    return image;
}

} // namespace mineatlas::render
