#include "render/renderjob.h"

#include <QCoreApplication>
#include <QPainter>
#include <QThreadPool>
#include <cmath>

#include "parallel.h"
#include "render/heatmap.h"
#include "render/layerrenderer.h"

namespace mineatlas::render {

std::optional<QImage> RenderCache::find(const MapSettings& s, const LayerSnapshot& layer) const
{
    std::lock_guard lock(m_mutex);
    for (const Entry& e : m_entries)
        if (e.id == layer.id && e.version == layer.version && e.extent == s.extent && e.size == s.size &&
            e.dpi == s.dpi && e.crs == s.crs.definition())
            return e.image;
    return std::nullopt;
}

void RenderCache::insert(const MapSettings& s, const LayerSnapshot& layer, const QImage& image)
{
    std::lock_guard lock(m_mutex);
    m_entries.push_front({layer.id, layer.version, layer.baseVersion, layer.day, layer.accumulating != nullptr, s.extent, s.size,
                          s.dpi, s.crs.definition(), image});
    while (m_entries.size() > m_capacity)
        m_entries.pop_back();
}

std::optional<std::pair<QImage, qint64>> RenderCache::findEarlier(const MapSettings& s, const LayerSnapshot& layer) const
{
    std::lock_guard lock(m_mutex);
    const Entry* best = nullptr;
    for (const Entry& e : m_entries)
        if (e.accumulating && e.id == layer.id && e.baseVersion == layer.baseVersion && e.day <= layer.day &&
            e.extent == s.extent && e.size == s.size && e.dpi == s.dpi && e.crs == s.crs.definition() &&
            (!best || e.day > best->day))
            best = &e;
    if (!best)
        return std::nullopt;
    return std::pair{best->image, best->day};
}

void RenderCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

void drawTitle(QPainter& painter, const QString& text, double dpi)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(static_cast<int>(std::lround(14 * dpi / 96.0)));
    font.setBold(true);
    QFont small = font;
    small.setBold(false);
    small.setPixelSize(static_cast<int>(std::lround(12 * dpi / 96.0)));
    // The first line is the title; lines after it (notes such as a running total) are smaller.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const double pad = 6 * dpi / 96.0;
    double w = 0, h = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetricsF fm(i == 0 ? font : small);
        w = std::max(w, fm.horizontalAdvance(lines[i]));
        h += fm.height();
    }
    const QRectF box(pad * 1.5, pad * 1.5, w + 2 * pad, h + 2 * pad);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 3, 3);
    double y = box.top() + pad;
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetricsF fm(i == 0 ? font : small);
        painter.setFont(i == 0 ? font : small);
        painter.setPen(QColor(0x11, 0x11, 0x11));
        painter.drawText(QRectF(box.left() + pad, y, w, fm.height()), lines.size() == 1 ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter,
                         lines[i]);
        y += fm.height();
    }
}

namespace {

RenderResult renderAllLayers(const MapSettings& settings, const std::atomic<bool>& cancel, RenderCache* cache,
                             QImage* into, const StripeCallback& onStripe)
{
    // One task per (layer, stripe): vector layers are cut into horizontal stripes so that a single
    // heavy layer still keeps every core busy. Stripes write to disjoint rows of one image.
    constexpr int kMinStripeHeight = 64;
    const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    // Shown as they finish, stripes are thinner: a slow map fills in over several steps.
    const int stripes = std::clamp(settings.size.height() / kMinStripeHeight, 1, onStripe ? std::max(8, 2 * threads) : 2 * threads);
    struct LayerImage {
        QImage image;
        uchar* bits = nullptr; ///< taken once here: QImage::bits() is not safe to call from several threads
        qsizetype bytesPerLine = 0;
        QImage::Format format = QImage::Format_ARGB32_Premultiplied;
        QString error;
        QStringList warnings;
        bool cached = false;
        std::vector<float> density; ///< heatmap layers: the kernel sums, coloured once all stripes are done
    };
    std::vector<LayerImage> images(settings.layers.size());
    struct Task {
        std::size_t layer;
        int y0, y1; // rows; raster layers are one task over the whole image
    };
    std::vector<Task> tasks;
    const std::size_t directLayer = !cache && !settings.layers.empty() &&
                                            settings.layers.back().type == LayerSnapshot::Type::Vector &&
                                            settings.layers.back().store && settings.layers.back().styled &&
                                            !settings.layers.back().heatmap && settings.layers.back().opacity >= 1.0
                                        ? settings.layers.size() - 1
                                        : settings.layers.size();
    for (std::size_t i = 0; i < settings.layers.size(); ++i) {
        const LayerSnapshot& layer = settings.layers[i];
        if (cache)
            if (auto hit = cache->find(settings, layer)) {
                images[i].image = *hit;
                images[i].cached = true;
                continue;
            }
        if (cache && layer.accumulating && layer.styled && layer.styled->labels.empty())
            if (auto earlier = cache->findEarlier(settings, layer)) {
                // Moving forward in time: the features added since that day, over its image. When
                // most of the layer is new, a full (parallel) render is faster.
                const time::TemporalIndex& index = *layer.accumulating;
                auto added = std::make_shared<StyledFeatures>(*layer.styled);
                std::size_t drawn = 0, kept = 0;
                for (std::size_t f = 0; f < added->symbolOf.size() && f < index.size(); ++f) {
                    if (added->symbolOf[f] == StyledFeatures::kHidden)
                        continue;
                    if (index.visibleAtDay(f, earlier->second)) {
                        added->symbolOf[f] = StyledFeatures::kHidden;
                        ++kept;
                    } else {
                        ++drawn;
                    }
                }
                if (drawn <= kept) {
                    LayerSnapshot delta = layer;
                    delta.styled = added;
                    QImage image = earlier->first.copy();
                    QPainter painter(&image);
                    painter.setRenderHint(QPainter::Antialiasing, settings.antialiasing);
                    // A style made for this one step: no image of its small features worth keeping.
                    MapSettings once = settings;
                    once.aggregateLevels = false;
                    drawVectorLayer(painter, once, delta, cancel);
                    painter.end();
                    images[i].image = std::move(image);
                    continue; // composed and cached below like any rendered layer
                }
            }
        if (layer.type == LayerSnapshot::Type::Raster || !layer.store || !layer.styled) {
            tasks.push_back({i, 0, settings.size.height()});
            continue;
        }
        if (layer.heatmap) { // stripes of one density grid; each stripe writes only its rows
            images[i].density.assign(static_cast<std::size_t>(settings.size.width()) *
                                         static_cast<std::size_t>(settings.size.height()),
                                     0.0f);
            for (int s = 0; s < stripes; ++s)
                tasks.push_back(
                    {i, settings.size.height() * s / stripes, settings.size.height() * (s + 1) / stripes});
            continue;
        }
        // Without a cache the bottom layer is drawn straight onto the background: one image
        // less to clear and to compose; with a target, straight into it. fill() also detaches,
        // so workers can share bits().
        QImage& target = i == directLayer && into ? *into : images[i].image;
        if (&target != into)
            target = QImage(settings.size, QImage::Format_ARGB32_Premultiplied);
        target.fill(i == directLayer ? settings.background : QColor(Qt::transparent));
        images[i].bits = target.bits();
        images[i].bytesPerLine = target.bytesPerLine();
        images[i].format = target.format();
        for (int s = 0; s < stripes; ++s)
            tasks.push_back(
                {i, settings.size.height() * s / stripes, settings.size.height() * (s + 1) / stripes});
    }
    const MapRect view = settings.visibleExtent();
    const double mupp = settings.mapUnitsPerPixel();
    std::mutex errorMutex;
    // Progressive display: top stripes first, every layer of a stripe before the next stripe
    // (whole-image tasks, rasters, sort first); a stripe is handed out when its last task ends.
    std::stable_sort(tasks.begin(), tasks.end(), [](const Task& a, const Task& b) { return a.y0 < b.y0; });
    const bool progressive = onStripe && std::none_of(settings.layers.begin(), settings.layers.end(),
                                                      [](const LayerSnapshot& l) { return l.heatmap != nullptr; });
    std::vector<int> stripeRows; // first row of each stripe
    for (int s = 0; s < stripes; ++s)
        stripeRows.push_back(settings.size.height() * s / stripes);
    std::unique_ptr<std::atomic<int>[]> pending(new std::atomic<int>[static_cast<std::size_t>(stripes)]);
    for (int s = 0; s < stripes; ++s) {
        int n = 0;
        const int y0 = stripeRows[static_cast<std::size_t>(s)];
        for (const Task& t : tasks)
            n += t.y0 <= y0 && y0 < t.y1;
        pending[static_cast<std::size_t>(s)] = n;
    }
    std::atomic<std::size_t> tasksDone{0};
    auto stripeFinished = [&](const Task& t) {
        const std::size_t done = tasksDone.fetch_add(1) + 1;
        if (!progressive || cancel.load(std::memory_order_relaxed))
            return;
        for (int s = 0; s < stripes; ++s) {
            const int y0 = stripeRows[static_cast<std::size_t>(s)];
            const int y1 = s + 1 < stripes ? stripeRows[static_cast<std::size_t>(s) + 1] : settings.size.height();
            if (!(t.y0 <= y0 && y0 < t.y1) || pending[static_cast<std::size_t>(s)].fetch_sub(1) != 1)
                continue;
            // Every layer has drawn these rows: compose them bottom to top over the background.
            QImage rows(settings.size.width(), y1 - y0, QImage::Format_ARGB32_Premultiplied);
            rows.fill(settings.background);
            QPainter p(&rows);
            for (std::size_t n = images.size(); n-- > 0;) {
                const LayerImage& li = images[n];
                QImage layerRows;
                {
                    std::lock_guard lock(errorMutex);
                    if (!li.error.isEmpty())
                        continue;
                    if (li.bits)
                        layerRows = QImage(li.bits + static_cast<qsizetype>(y0) * li.bytesPerLine, settings.size.width(),
                                           y1 - y0, li.bytesPerLine, li.format);
                    else if (!li.image.isNull())
                        layerRows = li.image.copy(0, y0, settings.size.width(), y1 - y0);
                }
                if (layerRows.isNull())
                    continue;
                if (li.bits && n == directLayer) { // drawn onto the background already
                    p.setOpacity(1.0);
                    p.setCompositionMode(QPainter::CompositionMode_Source);
                    p.drawImage(0, 0, layerRows);
                    p.setCompositionMode(QPainter::CompositionMode_SourceOver);
                    continue;
                }
                p.setOpacity(settings.layers[n].opacity);
                p.drawImage(0, 0, layerRows);
            }
            p.end();
            onStripe(rows, y0, static_cast<double>(done) / static_cast<double>(tasks.size()));
        }
    };
    parallelEach(tasks, [&](const Task& t) {
        struct Finished {
            const std::function<void()> done;
            ~Finished() { done(); }
        } finished{[&] { stripeFinished(t); }};
        const LayerSnapshot& layer = settings.layers[t.layer];
        try {
            if (layer.type == LayerSnapshot::Type::Raster || !layer.store || !layer.styled) {
                QStringList warnings;
                auto image = renderLayer(settings, layer, cancel, &warnings);
                std::lock_guard lock(errorMutex);
                images[t.layer].warnings = warnings;
                if (image)
                    images[t.layer].image = image.value();
                else
                    images[t.layer].error = image.error();
                return;
            }
            if (layer.heatmap) {
                accumulateHeatmap(settings, *layer.store, *layer.heatmap, layer.styled.get(), t.y0, t.y1,
                                  images[t.layer].density, cancel);
                return;
            }
            MapSettings stripe = settings;
            stripe.size = QSize(settings.size.width(), t.y1 - t.y0);
            stripe.extent = {view.xMin, view.yMax - t.y1 * mupp, view.xMax, view.yMax - t.y0 * mupp};
            stripe.wholeExtent = view;
            const LayerImage& full = images[t.layer];
            QImage rows(full.bits + static_cast<qsizetype>(t.y0) * full.bytesPerLine, settings.size.width(),
                        t.y1 - t.y0, full.bytesPerLine, full.format);
            QPainter painter(&rows);
            painter.setRenderHint(QPainter::Antialiasing, settings.antialiasing);
            painter.setBrushOrigin(0, -t.y0); // hatch patterns continue across stripes
            drawVectorLayer(painter, stripe, layer, cancel);
        } catch (const std::exception& e) {
            std::lock_guard lock(errorMutex);
            images[t.layer].error = QCoreApplication::translate("Render", "Rendering failed: %1").arg(QString::fromUtf8(e.what()));
        } catch (...) {
            std::lock_guard lock(errorMutex);
            images[t.layer].error = QCoreApplication::translate("Render", "Rendering failed (unknown error)");
        }
    });

    for (std::size_t i = 0; i < images.size(); ++i)
        if (settings.layers[i].heatmap && !images[i].cached && images[i].error.isEmpty() && !cancel.load())
            images[i].image = colouriseHeatmap(images[i].density, settings.size, settings.layers[i].heatmap->style);

    RenderResult result;
    result.canceled = cancel.load();
    const bool direct = directLayer < images.size() && images[directLayer].error.isEmpty();
    if (direct) {
        result.image = images[directLayer].image;
    } else {
        result.image = QImage(settings.size, QImage::Format_ARGB32_Premultiplied);
        result.image.fill(settings.background);
    }
    QPainter painter;
    if (into && !direct) // composed elsewhere: drawn into the target at the end
        result.image.fill(settings.background);
    painter.begin(direct && into ? into : &result.image);
    for (std::size_t n = images.size(); n-- > 0;) {
        LayerImage& li = images[n];
        const LayerSnapshot& layer = settings.layers[n];
        result.warnings << li.warnings;
        if (!li.error.isEmpty()) {
            result.errors << li.error;
            continue;
        }
        const bool hasLabels = !li.cached && layer.type == LayerSnapshot::Type::Vector && layer.styled &&
                               !layer.heatmap && !layer.styled->labels.empty();
        if (direct && n == directLayer) {
            if (hasLabels)
                drawVectorLabels(painter, settings, layer);
            continue;
        }
        if (hasLabels) {
            QPainter labels(&li.image);
            drawVectorLabels(labels, settings, layer);
        }
        if (cache && !li.cached && !result.canceled)
            cache->insert(settings, layer, li.image);
        painter.setOpacity(layer.opacity);
        painter.drawImage(0, 0, li.image);
    }
    painter.setOpacity(1.0);
    if (!settings.title.isEmpty())
        drawTitle(painter, settings.title, settings.dpi);
    painter.end();
    if (into && !direct) {
        QPainter copy(into);
        copy.drawImage(0, 0, result.image);
    }
    if (into)
        result.image = QImage(); // the pixels are in the target
    return result;
}

} // namespace

RenderResult renderMap(const MapSettings& settings, const std::atomic<bool>& cancel, RenderCache* cache, QImage* into,
                       const StripeCallback& onStripe)
{
    // Composing the layers allocates full-size images: a failure there (out of memory for a huge
    // --size) must come back as an error like any layer's, never as an exception in the caller's
    // thread (the canvas would receive it on the GUI thread).
    QString failure;
    try {
        return renderAllLayers(settings, cancel, cache, into, onStripe);
    } catch (const std::exception& e) {
        failure = QCoreApplication::translate("Render", "Rendering failed: %1").arg(QString::fromUtf8(e.what()));
    } catch (...) {
        failure = QCoreApplication::translate("Render", "Rendering failed (unknown error)");
    }
    RenderResult result;
    result.errors << failure;
    return result;
}

} // namespace mineatlas::render
