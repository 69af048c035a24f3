#include "selecttool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "mapcanvas.h"

namespace mineatlas::gui {

namespace {
constexpr int kDragThreshold = 3; // pixels before a press becomes a box rather than a click
constexpr double kClickTolerancePx = 4;
} // namespace

SelectTool::SelectTool(MapCanvas* canvas) : MapTool(canvas) {}

void SelectTool::mousePress(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = e->position().toPoint();
}

void SelectTool::mouseMove(QMouseEvent* e)
{
    if (!m_pressed)
        return;
    m_lastPos = e->position().toPoint();
    if (!m_dragging && (m_lastPos - m_pressPos).manhattanLength() < kDragThreshold)
        return;
    m_dragging = true;
    canvas()->update();
}

void SelectTool::mouseRelease(QMouseEvent* e)
{
    if (!m_pressed || e->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    const bool toggle = e->modifiers() & Qt::ControlModifier;
    if (!m_dragging) {
        Q_EMIT clickedAt(canvas()->toMap(e->position()), kClickTolerancePx * canvas()->mapUnitsPerPixel(),
                         toggle);
        return;
    }
    m_dragging = false;
    canvas()->update();
    const QPointF a = canvas()->toMap(m_pressPos), b = canvas()->toMap(e->position());
    Q_EMIT boxed(MapRect::fromCorners(a.x(), a.y(), b.x(), b.y()), toggle);
}

bool SelectTool::keyPress(QKeyEvent* e)
{
    if (e->key() == Qt::Key_Escape && m_pressed) {
        m_pressed = m_dragging = false;
        canvas()->update();
        return true;
    }
    return false;
}

void SelectTool::paint(QPainter& p)
{
    if (!m_pressed || !m_dragging)
        return;
    p.setPen(QPen(QColor(0xb0, 0x90, 0x00), 1.5, Qt::DashLine));
    p.setBrush(QColor(255, 230, 0, 50));
    p.drawRect(QRect(m_pressPos, m_lastPos).normalized());
}

} // namespace mineatlas::gui
