#include "vertextool.h"

#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "geo/planar.h"
#include "hazard/editsession.h"
#include "mapcanvas.h"
#include "project/identify.h"
#include "project/maplayer.h"
#include "project/project.h"

namespace mineatlas::gui {

namespace {

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}
} // namespace

VertexTool::VertexTool(MapCanvas* canvas, hazard::EditSession* session) : MapTool(canvas), m_session(session)
{
    connect(m_session, &hazard::EditSession::areasChanged, this, &VertexTool::refresh);
    connect(m_session, &hazard::EditSession::editingChanged, this, [this](bool editing) {
        if (!editing) {
            m_area.reset();
            m_selected.reset();
        }
    });
}

void VertexTool::refresh()
{
    if (!m_area)
        return;
    m_area = m_session->areaByGuid(m_area->guid); // gone after an undo of its creation: no handles
    if (!m_area)
        m_selected.reset();
    else if (m_selected && (m_selected->polygon >= m_area->polygons.size() ||
                            m_selected->ring >= m_area->polygons[m_selected->polygon].size() ||
                            2 * m_selected->vertex + 2 >= m_area->polygons[m_selected->polygon][m_selected->ring].size()))
        m_selected.reset();
    canvas()->update();
}

QPointF VertexTool::toPixel(double lon, double lat) const
{
    const auto map = canvas()->project().coordinates().toMap({lon, lat});
    return map ? canvas()->toPixel(*map) : QPointF(-1e9, -1e9);
}

QPointF VertexTool::toLonLat(QPointF pixel) const
{
    const auto lonLat = canvas()->project().coordinates().toLonLat(canvas()->toMap(pixel));
    return lonLat ? *lonLat : QPointF(std::nan(""), std::nan(""));
}

bool VertexTool::pickArea(QPointF map)
{
    if (!m_session->isEditing())
        return false;
    const auto results =
        project::identifyAt(canvas()->project(), map.x(), map.y(), m_grabPx * canvas()->mapUnitsPerPixel());
    for (const auto& r : results) {
        if (r.layerId != m_session->layer()->id())
            continue;
        for (const auto& [field, value] : r.attributes)
            if (field == QLatin1String("guid"))
                if (auto a = m_session->areaByGuid(value.toString())) {
                    m_area = a;
                    return true;
                }
    }
    return false;
}

std::optional<VertexTool::Hit> VertexTool::vertexNear(QPointF pixel) const
{
    if (!m_area)
        return std::nullopt;
    std::optional<Hit> best;
    double bestD = m_grabPx;
    for (std::size_t p = 0; p < m_area->polygons.size(); ++p)
        for (std::size_t r = 0; r < m_area->polygons[p].size(); ++r) {
            const auto& ring = m_area->polygons[p][r];
            for (std::size_t i = 0; i + 3 < ring.size(); i += 2) { // skip the closing vertex
                const double d = distance(toPixel(ring[i], ring[i + 1]), pixel);
                if (d < bestD) {
                    bestD = d;
                    best = Hit{p, r, i / 2};
                }
            }
        }
    return best;
}

std::optional<std::pair<VertexTool::Hit, QPointF>> VertexTool::edgeNear(QPointF pixel) const
{
    if (!m_area)
        return std::nullopt;
    std::optional<std::pair<Hit, QPointF>> best;
    double bestD = 0.75 * m_grabPx;
    for (std::size_t p = 0; p < m_area->polygons.size(); ++p)
        for (std::size_t r = 0; r < m_area->polygons[p].size(); ++r) {
            const auto& ring = m_area->polygons[p][r];
            for (std::size_t i = 0; i + 3 < ring.size(); i += 2) {
                const QPointF a = toPixel(ring[i], ring[i + 1]), b = toPixel(ring[i + 2], ring[i + 3]);
                const double t = geo::planar::projectOnSegment({pixel.x(), pixel.y()}, {a.x(), a.y()}, {b.x(), b.y()});
                const QPointF on = a + t * (b - a);
                const double d = distance(on, pixel);
                if (d < bestD && t > 0.05 && t < 0.95) {
                    bestD = d;
                    best = std::make_pair(Hit{p, r, i / 2 + 1}, on); // insert before vertex i/2+1
                }
            }
        }
    return best;
}

void VertexTool::setVertex(std::vector<double>& ring, std::size_t i, QPointF lonLat)
{
    ring[2 * i] = lonLat.x();
    ring[2 * i + 1] = lonLat.y();
    if (i == 0) { // keep the ring closed
        ring[ring.size() - 2] = lonLat.x();
        ring[ring.size() - 1] = lonLat.y();
    }
}

void VertexTool::save(const hazard::HazardArea& changed)
{
    for (const auto& polygon : changed.polygons)
        for (const auto& ring : polygon)
            for (double v : ring)
                if (!std::isfinite(v)) {
                    Q_EMIT message(tr("Not changed: the point is outside what the map CRS can convert to WGS 84"));
                    return;
                }
    auto ok = m_session->updateGeometry(changed);
    if (!ok) {
        Q_EMIT message(ok.error());
        return;
    }
    m_area = ok.value();
}

void VertexTool::mousePress(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const QPointF pixel = e->position();
    if (auto hit = vertexNear(pixel)) {
        m_selected = hit;
        m_dragging = true;
        m_dragPixel = pixel;
        canvas()->update();
        return;
    }
    if (auto edge = edgeNear(pixel)) {
        hazard::HazardArea changed = *m_area;
        auto& ring = changed.polygons[edge->first.polygon][edge->first.ring];
        const QPointF lonLat = toLonLat(edge->second);
        ring.insert(ring.begin() + static_cast<std::ptrdiff_t>(2 * edge->first.vertex),
                    {lonLat.x(), lonLat.y()});
        save(changed);
        m_selected = edge->first;
        canvas()->update();
        return;
    }
    m_selected.reset();
    if (!pickArea(canvas()->toMap(pixel)))
        m_area.reset();
    else if (e->modifiers() & Qt::ShiftModifier) { // Shift+drag moves the whole area
        m_movingArea = true;
        m_moveStart = pixel;
        m_dragPixel = pixel;
    }
    canvas()->update();
}

void VertexTool::mouseMove(QMouseEvent* e)
{
    if (m_dragging || m_movingArea) {
        m_dragPixel = e->position();
        canvas()->update();
    }
}

void VertexTool::mouseRelease(QMouseEvent* e)
{
    if (m_movingArea && e->button() == Qt::LeftButton) {
        m_movingArea = false;
        if (!m_area || distance(m_moveStart, e->position()) < 1)
            return;
        // Every vertex moves by the same distance on the map.
        hazard::HazardArea changed = *m_area;
        const QPointF delta = e->position() - m_moveStart;
        for (auto& polygon : changed.polygons)
            for (auto& ring : polygon)
                for (std::size_t i = 0; i + 1 < ring.size(); i += 2) {
                    const QPointF moved = toLonLat(toPixel(ring[i], ring[i + 1]) + delta);
                    ring[i] = moved.x();
                    ring[i + 1] = moved.y();
                }
        save(changed);
        canvas()->update();
        return;
    }
    if (!m_dragging || e->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    if (!m_selected || !m_area)
        return;
    hazard::HazardArea changed = *m_area;
    auto& ring = changed.polygons[m_selected->polygon][m_selected->ring];
    const QPointF old = toPixel(ring[2 * m_selected->vertex], ring[2 * m_selected->vertex + 1]);
    if (distance(old, e->position()) < 1) { // a click, not a drag: just select
        canvas()->update();
        return;
    }
    setVertex(ring, m_selected->vertex, toLonLat(e->position()));
    save(changed);
    canvas()->update();
}

bool VertexTool::keyPress(QKeyEvent* e)
{
    if ((e->key() != Qt::Key_Delete && e->key() != Qt::Key_Backspace) || !m_selected || !m_area)
        return false;
    hazard::HazardArea changed = *m_area;
    auto& ring = changed.polygons[m_selected->polygon][m_selected->ring];
    const std::size_t i = m_selected->vertex;
    ring.erase(ring.begin() + static_cast<std::ptrdiff_t>(2 * i),
               ring.begin() + static_cast<std::ptrdiff_t>(2 * i + 2));
    if (i == 0 && ring.size() >= 4) { // the closing vertex follows the new first one
        ring[ring.size() - 2] = ring[0];
        ring[ring.size() - 1] = ring[1];
    }
    save(changed);
    m_selected.reset();
    canvas()->update();
    return true;
}

void VertexTool::paint(QPainter& p)
{
    if (!m_area)
        return;
    p.setPen(QPen(QColor(0x11, 0x55, 0xcc), 1.5));
    for (std::size_t pi = 0; pi < m_area->polygons.size(); ++pi)
        for (std::size_t ri = 0; ri < m_area->polygons[pi].size(); ++ri) {
            const auto& ring = m_area->polygons[pi][ri];
            QPolygonF line;
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
                line << toPixel(ring[i], ring[i + 1]);
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(line);
            for (qsizetype i = 0; i + 1 < line.size(); ++i) {
                const bool selected = m_selected && m_selected->polygon == pi && m_selected->ring == ri &&
                                      m_selected->vertex == static_cast<std::size_t>(i);
                p.setBrush(selected ? QColor(0x11, 0x55, 0xcc) : QColor(Qt::white));
                p.drawRect(QRectF(line[i] - QPointF(4, 4), QSizeF(8, 8)));
            }
        }
    if (m_dragging && m_selected) {
        p.setBrush(QColor(0x11, 0x55, 0xcc));
        p.drawEllipse(m_dragPixel, 5, 5);
    }
}

} // namespace mineatlas::gui
