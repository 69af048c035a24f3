#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <optional>

#include <QImage>
#include <QPainter>
#include <QStringList>

#include "render/mapsettings.h"

namespace mineatlas::render {

/// Per-layer images of recent renders, keyed by layer id/version, extent, size and DPI, so that
/// toggling or re-ordering one layer does not redraw the others. Thread-safe; bounded in size.
class RenderCache {
public:
    explicit RenderCache(std::size_t capacity = 24) : m_capacity(capacity) {}
    std::optional<QImage> find(const MapSettings& settings, const LayerSnapshot& layer) const;
    void insert(const MapSettings& settings, const LayerSnapshot& layer, const QImage& image);
    /// For an accumulating layer: the image of the same layer and base version at the latest day
    /// not after the snapshot's (what it can be drawn on), with that day.
    std::optional<std::pair<QImage, qint64>> findEarlier(const MapSettings& settings, const LayerSnapshot& layer) const;
    void clear();

private:
    struct Entry {
        std::uint64_t id, version;
        std::uint64_t baseVersion;
        qint64 day; ///< accumulating layers (0 otherwise)
        bool accumulating;
        MapRect extent;
        QSize size;
        double dpi;
        QString crs;
        QImage image;
    };
    mutable std::mutex m_mutex;
    std::list<Entry> m_entries; // most recent first
    std::size_t m_capacity;
};

struct RenderResult {
    QImage image;
    QStringList errors; ///< one per layer that failed; the other layers are still drawn
    /// Layers drawn only in part (raster tiles or blocks GDAL could not decode), one line each.
    QStringList warnings;
    bool canceled = false;
};

/// Called on a render worker each time a stripe of the map is finished in every layer: the composed
/// rows [y, y + rows.height()) over the background (no labels or title yet, which are drawn on the
/// whole image at the end), and the fraction of the work done. Must be safe to call from any thread.
using StripeCallback = std::function<void(const QImage& rows, int y, double fraction)>;

/// Renders all layers of `settings` in parallel (one task per layer on the global thread pool) and
/// composes them bottom to top over the background. Call from a worker thread; `cache` may be null
/// (benchmarks bypass it). With `into` (an image of settings.size, RGB32 or premultiplied ARGB,
/// e.g. the map frame's rows of a page) the map is drawn there and the result's image is null.
/// With `onStripe` the map is cut into more, thinner stripes, handed out top to bottom as they
/// finish (progressive display).
RenderResult renderMap(const MapSettings& settings, const std::atomic<bool>& cancel,
                       RenderCache* cache = nullptr, QImage* into = nullptr, const StripeCallback& onStripe = {});

/// The boxed title in the top-left corner (the as-of date on treaty maps); the canvas uses it too.
void drawTitle(QPainter& painter, const QString& text, double dpi);

} // namespace mineatlas::render
