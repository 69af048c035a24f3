#include "panzoomtool.h"

#include <QMouseEvent>
#include <QPainter>

#include "mapcanvas.h"

namespace mineatlas::gui {

namespace {
constexpr int kDragThreshold = 3; // pixels before a press becomes a drag rather than a click
}

PanZoomTool::PanZoomTool(MapCanvas* canvas, Mode mode) : MapTool(canvas), m_mode(mode) {}

void PanZoomTool::mousePress(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    m_dragging = false;
    m_boxing = m_mode == Mode::BoxZoom || (e->modifiers() & Qt::ShiftModifier);
    m_pressPos = m_lastPos = e->position().toPoint();
}

void PanZoomTool::mouseMove(QMouseEvent* e)
{
    if (!m_pressed)
        return;
    const QPoint pos = e->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < kDragThreshold)
        return;
    m_dragging = true;
    if (m_boxing) {
        m_lastPos = pos;
        canvas()->update();
        return;
    }
    canvas()->panByPixels(QPointF(pos - m_lastPos));
    m_lastPos = pos;
}

void PanZoomTool::mouseRelease(QMouseEvent* e)
{
    if (!m_pressed || e->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    const QPoint pos = e->position().toPoint();
    if (!m_dragging) {
        Q_EMIT clicked(canvas()->toMap(e->position()));
        return;
    }
    if (m_boxing) {
        const QRect box = QRect(m_pressPos, pos).normalized();
        if (box.width() > kDragThreshold && box.height() > kDragThreshold) {
            const QPointF a = canvas()->toMap(box.topLeft()), b = canvas()->toMap(box.bottomRight());
            canvas()->setExtent(MapRect::fromCorners(a.x(), a.y(), b.x(), b.y()));
        }
        m_boxing = false;
        canvas()->update();
        return;
    }
    canvas()->panByPixels(QPointF(pos - m_lastPos));
}

void PanZoomTool::paint(QPainter& p)
{
    if (!m_pressed || !m_dragging || !m_boxing)
        return;
    p.setPen(QPen(QColor(0x1f, 0x4e, 0x99), 1.5, Qt::DashLine));
    p.setBrush(QColor(0x1f, 0x4e, 0x99, 40));
    p.drawRect(QRect(m_pressPos, m_lastPos).normalized());
}

QCursor PanZoomTool::cursor() const
{
    if (m_mode == Mode::BoxZoom)
        return Qt::CrossCursor;
    return m_pressed && m_dragging && !m_boxing ? Qt::ClosedHandCursor : Qt::OpenHandCursor;
}

} // namespace mineatlas::gui
