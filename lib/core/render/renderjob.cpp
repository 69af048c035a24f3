#include "render/renderjob.h"

#include <QPainter>
#include <cmath>
#include <QtConcurrent/QtConcurrentMap>

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
    m_entries.push_front({layer.id, layer.version, s.extent, s.size, s.dpi, s.crs.definition(), image});
    while (m_entries.size() > m_capacity)
        m_entries.pop_back();
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
    painter.setFont(font);
    const double pad = 6 * dpi / 96.0;
    QRectF box = QFontMetricsF(font).boundingRect(text).adjusted(-pad, -pad, pad, pad);
    box.moveTopLeft(QPointF(pad * 1.5, pad * 1.5));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(QColor(0x11, 0x11, 0x11));
    painter.drawText(box, Qt::AlignCenter, text);
}

RenderResult renderMap(const MapSettings& settings, const std::atomic<bool>& cancel, RenderCache* cache)
{
    struct LayerImage {
        QImage image;
        QString error;
    };
    auto renderOne = [&](const LayerSnapshot& layer) -> LayerImage {
        try {
            if (cache)
                if (auto hit = cache->find(settings, layer))
                    return {*hit, {}};
            auto image = renderLayer(settings, layer, cancel);
            if (!image)
                return {{}, image.error()};
            if (cache && !cancel.load())
                cache->insert(settings, layer, image.value());
            return {image.value(), {}};
        } catch (const std::exception& e) {
            return {{}, QStringLiteral("Rendering failed: %1").arg(QString::fromUtf8(e.what()))};
        } catch (...) {
            return {{}, QStringLiteral("Rendering failed (unknown error)")};
        }
    };
    const QList<LayerImage> images = QtConcurrent::blockingMapped<QList<LayerImage>>(
        settings.layers.begin(), settings.layers.end(),
        std::function<LayerImage(const LayerSnapshot&)>(renderOne));

    RenderResult result;
    result.canceled = cancel.load();
    result.image = QImage(settings.size, QImage::Format_ARGB32_Premultiplied);
    result.image.fill(settings.background);
    QPainter painter(&result.image);
    for (qsizetype i = images.size() - 1; i >= 0; --i) {
        if (!images[i].error.isEmpty()) {
            result.errors << images[i].error;
            continue;
        }
        painter.setOpacity(settings.layers[static_cast<std::size_t>(i)].opacity);
        painter.drawImage(0, 0, images[i].image);
    }
    painter.setOpacity(1.0);
    if (!settings.title.isEmpty())
        drawTitle(painter, settings.title, settings.dpi);
    return result;
}

} // namespace mineatlas::render
