#include "addpolygontool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "mapcanvas.h"

namespace mineatlas::gui {

AddPolygonTool::AddPolygonTool(MapCanvas* canvas) : MapTool(canvas) {}

void AddPolygonTool::setVertices(std::vector<QPointF> vertices)
{
    m_vertices = std::move(vertices);
    Q_EMIT sketchChanged(m_vertices);
    canvas()->update();
}

void AddPolygonTool::setProblems(std::vector<std::pair<QPointF, QString>> problems)
{
    m_problems = std::move(problems);
    canvas()->update();
}

void AddPolygonTool::clear()
{
    m_vertices.clear();
    m_problems.clear();
    m_hasHover = false;
    canvas()->update();
}

void AddPolygonTool::mousePress(QMouseEvent* e)
{
    if (e->button() == Qt::RightButton) {
        askToDiscard();
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    const QPointF p = snapped(canvas()->toMap(e->position()));
    // The second click of a double-click arrives as a press too: do not add it twice.
    if (!m_vertices.empty() && canvas()->toPixel(m_vertices.back()) == canvas()->toPixel(p))
        return;
    m_vertices.push_back(p);
    Q_EMIT sketchChanged(m_vertices);
    canvas()->update();
}

void AddPolygonTool::mouseMove(QMouseEvent* e)
{
    m_hover = snapped(canvas()->toMap(e->position()), &m_hoverSnapped);
    m_hasHover = true;
    canvas()->update();
}

QPointF AddPolygonTool::snapped(QPointF map, bool* didSnap) const
{
    if (didSnap)
        *didSnap = false;
    if (!m_snapping || !m_snap)
        return map;
    if (auto p = m_snap(map, m_snapPixels * canvas()->mapUnitsPerPixel())) {
        if (didSnap)
            *didSnap = true;
        return *p;
    }
    return map;
}

void AddPolygonTool::mouseDoubleClick(QMouseEvent* e)
{
    if (e->button() == Qt::LeftButton)
        finish();
}

bool AddPolygonTool::keyPress(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (m_vertices.empty())
            return false;
        m_vertices.pop_back();
        Q_EMIT sketchChanged(m_vertices);
        canvas()->update();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Escape:
        if (m_vertices.empty())
            return false; // nothing to cancel: the window goes back to panning
        askToDiscard();
        // Discarded: the same Esc also leaves the tool, as with no sketch; kept: drawing goes on.
        return !m_vertices.empty();
    default:
        return false;
    }
}

void AddPolygonTool::finish()
{
    if (m_vertices.empty())
        return;
    // The sketch stays until the caller has saved it and calls clear(): nothing is lost if saving fails.
    Q_EMIT finished(m_vertices);
}

void AddPolygonTool::askToDiscard()
{
    if (m_vertices.empty())
        return;
    if (m_confirmDiscard && m_confirmDiscard()) {
        m_vertices.clear();
        Q_EMIT sketchChanged(m_vertices);
        canvas()->update();
    }
}

void AddPolygonTool::paint(QPainter& p)
{
    if (m_hasHover && m_hoverSnapped) { // show where a click will land
        p.setPen(QPen(QColor(0xd0, 0x10, 0xd0), 2));
        p.setBrush(Qt::NoBrush);
        const QPointF h = canvas()->toPixel(m_hover);
        p.drawRect(QRectF(h - QPointF(5, 5), QSizeF(10, 10)));
    }
    if (m_vertices.empty())
        return;
    QPolygonF line;
    for (const QPointF& v : m_vertices)
        line << canvas()->toPixel(v);
    if (m_hasHover)
        line << canvas()->toPixel(m_hover);
    p.setPen(QPen(QColor(0xd0, 0x10, 0x10), 2));
    p.setBrush(QColor(255, 0, 0, 50));
    p.drawPolygon(line);
    p.setBrush(Qt::white);
    for (const QPointF& v : m_vertices)
        p.drawEllipse(canvas()->toPixel(v), 3.5, 3.5);
    // Where the sketch is wrong, and why, while it is drawn.
    for (const auto& [where, why] : m_problems) {
        const QPointF c = canvas()->toPixel(where);
        p.setPen(QPen(QColor(0xcc, 0x00, 0x00), 3));
        p.drawLine(c + QPointF(-6, -6), c + QPointF(6, 6));
        p.drawLine(c + QPointF(-6, 6), c + QPointF(6, -6));
        p.setPen(QColor(0x80, 0x00, 0x00));
        p.drawText(c + QPointF(9, -6), why);
    }
}

} // namespace mineatlas::gui
