#pragma once

#include <optional>
#include <vector>

#include <QPointF>

#include "hazard/hazardarea.h"
#include "maptool.h"

namespace mineatlas::hazard {
class EditSession;
}

namespace mineatlas::gui {

/// Edits the vertices of hazard areas on the layer being edited: drag a vertex to move it, click
/// an edge to insert one there, click a vertex then Delete to remove it, Shift+drag inside the
/// area to move all of it. Each change is validated
/// and saved as one undoable edit through the edit session (a refused change leaves the area as it
/// was and says why). The handles follow the file: after an undo or redo they show the area as
/// stored. Does not own the canvas or the session.
class VertexTool : public MapTool {
    Q_OBJECT
public:
    VertexTool(MapCanvas* canvas, hazard::EditSession* session);

    void mousePress(QMouseEvent* e) override;
    void mouseMove(QMouseEvent* e) override;
    void mouseRelease(QMouseEvent* e) override;
    bool keyPress(QKeyEvent* e) override;
    void paint(QPainter& p) override;
    QCursor cursor() const override { return Qt::PointingHandCursor; }

    /// How close (screen pixels) a press must be to a vertex to grab it (Edit ▸ Preferences'
    /// snapping tolerance); an edge's midpoint handle takes three quarters of it.
    void setGrabTolerance(int pixels) { m_grabPx = pixels > 0 ? pixels : 1; }
    int grabTolerance() const { return m_grabPx; }

    /// The area being edited, as last saved.
    const std::optional<hazard::HazardArea>& area() const { return m_area; }

Q_SIGNALS:
    void message(const QString& text);

private:
    struct Hit {
        std::size_t polygon = 0, ring = 0,
                    vertex = 0; ///< vertex index within the ring (not counting closure)
    };
    bool pickArea(QPointF map);
    std::optional<Hit> vertexNear(QPointF pixel) const;
    std::optional<std::pair<Hit, QPointF>> edgeNear(QPointF pixel) const;
    QPointF toPixel(double lon, double lat) const;
    QPointF toLonLat(QPointF pixel) const;
    void save(const hazard::HazardArea& changed);
    static void setVertex(std::vector<double>& ring, std::size_t i, QPointF lonLat);

    /// Re-reads the area from the file (after any change: undo, redo, another tool).
    void refresh();

    hazard::EditSession* m_session;
    std::optional<hazard::HazardArea> m_area;
    std::optional<Hit> m_selected;
    bool m_dragging = false;
    int m_grabPx = 8;
    bool m_movingArea = false;
    QPointF m_moveStart;
    QPointF m_dragPixel;
};

} // namespace mineatlas::gui
