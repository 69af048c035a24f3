#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QPointF>

#include "maptool.h"

namespace mineatlas::gui {

/// Draws a polygon: click to add a vertex, Backspace removes the last one, Enter or a double-click
/// finishes. Escape (which, once the sketch is discarded, leaves the tool) or a right-click never
/// throws the sketch away without asking (the question
/// is a callback the app supplies; without one the sketch is kept). Vertices are map coordinates.
/// Does not own the canvas.
class AddPolygonTool : public MapTool {
    Q_OBJECT
public:
    explicit AddPolygonTool(MapCanvas* canvas);

    /// Snapping: `snap` returns where a map point should land (or nullopt), given a tolerance in
    /// map units; the tool asks with `pixels` converted at the current scale.
    void setSnapper(std::function<std::optional<QPointF>(QPointF, double)> snap) { m_snap = std::move(snap); }
    void setSnapping(bool on) { m_snapping = on; }
    bool isSnapping() const { return m_snapping; }
    /// How close (screen pixels) a click must be to a vertex or edge to land on it (Preferences).
    void setSnapTolerance(int pixels) { m_snapPixels = pixels; }
    int snapTolerance() const { return m_snapPixels; }
    /// Asked before discarding a sketch; returns true to discard.
    void setConfirmDiscard(std::function<bool()> ask) { m_confirmDiscard = std::move(ask); }
    const std::vector<QPointF>& vertices() const { return m_vertices; }
    /// Puts back a sketch (e.g. recovered from the journal).
    void setVertices(std::vector<QPointF> vertices);
    void clear();
    /// Problems to mark on the sketch while drawing (map coordinates and a short reason each).
    void setProblems(std::vector<std::pair<QPointF, QString>> problems);
    const std::vector<std::pair<QPointF, QString>>& problems() const { return m_problems; }

    void mousePress(QMouseEvent* e) override;
    void mouseMove(QMouseEvent* e) override;
    void mouseDoubleClick(QMouseEvent* e) override;
    bool keyPress(QKeyEvent* e) override;
    void paint(QPainter& p) override;
    QCursor cursor() const override { return Qt::CrossCursor; }

Q_SIGNALS:
    /// After every added or removed vertex: the journal listens.
    void sketchChanged(const std::vector<QPointF>& mapVertices);
    /// The user finished the polygon.
    void finished(const std::vector<QPointF>& mapVertices);

private:
    void finish();
    void askToDiscard();

    std::vector<QPointF> m_vertices;
    std::vector<std::pair<QPointF, QString>> m_problems;
    QPointF m_hover;
    bool m_hasHover = false;
    std::function<bool()> m_confirmDiscard;
    std::function<std::optional<QPointF>(QPointF, double)> m_snap;
    bool m_snapping = false;
    int m_snapPixels = 10;
    bool m_hoverSnapped = false;
    QPointF snapped(QPointF map, bool* didSnap = nullptr) const;
};

} // namespace mineatlas::gui
