#include "outlineoverlay.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include "mapcanvas.h"

namespace mineatlas::gui {

OutlineOverlay::OutlineOverlay(MapCanvas* canvas) : QWidget(canvas), m_canvas(canvas)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    connect(canvas, &MapCanvas::extentChanged, this, qOverload<>(&QWidget::update));
    hide();
}

void OutlineOverlay::setRings(std::vector<std::vector<QPointF>> mapRings)
{
    m_rings = std::move(mapRings);
    setVisible(!m_rings.empty());
    raise();
    update();
}

bool OutlineOverlay::eventFilter(QObject* watched, QEvent* e)
{
    if (watched == m_canvas && e->type() == QEvent::Resize)
        setGeometry(m_canvas->rect());
    return QWidget::eventFilter(watched, e);
}

void OutlineOverlay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    for (const auto& ring : m_rings) {
        if (ring.size() < 2)
            continue;
        path.moveTo(m_canvas->toPixel(ring.front()));
        for (std::size_t i = 1; i < ring.size(); ++i)
            path.lineTo(m_canvas->toPixel(ring[i]));
        path.closeSubpath();
    }
    QPen pen(colour(), 3, Qt::DashLine);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

} // namespace mineatlas::gui
