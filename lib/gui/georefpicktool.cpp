#include "georefpicktool.h"

#include <QPainter>

#include "mapcanvas.h"

namespace mineatlas::gui {

GeorefPickTool::GeorefPickTool(MapCanvas* canvas) : PanZoomTool(canvas, PanZoomTool::Mode::Pan) {}

void GeorefPickTool::setPoints(const std::vector<std::optional<QPointF>>& mapPoints)
{
    m_points = mapPoints;
    canvas()->update();
}

void GeorefPickTool::paint(QPainter& p)
{
    PanZoomTool::paint(p);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    const QColor colour(0xe0, 0x10, 0x60);
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        if (!m_points[i])
            continue;
        const QPointF c = canvas()->toPixel(*m_points[i]);
        for (const auto& [pen, width] : {std::pair{QColor(Qt::white), 4.0}, std::pair{colour, 2.0}}) {
            p.setPen(QPen(pen, width));
            p.drawLine(c - QPointF(9, 0), c + QPointF(9, 0));
            p.drawLine(c - QPointF(0, 9), c + QPointF(0, 9));
        }
        const QString label = QString::number(i + 1);
        const QRectF box(c + QPointF(8, -21), QSizeF(p.fontMetrics().horizontalAdvance(label) + 8, 16));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 220));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(colour.darker(130));
        p.drawText(box, Qt::AlignCenter, label);
    }
    p.restore();
}

} // namespace mineatlas::gui
