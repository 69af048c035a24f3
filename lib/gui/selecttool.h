#pragma once

#include <QPoint>

#include "geo/maprect.h"
#include "maptool.h"

namespace mineatlas::gui {

/// Selects features on the map: a click picks the feature under it, a drag picks those in the
/// box; with Ctrl held the picked features are toggled in and out of the selection instead of
/// replacing it. The tool only reports what was picked; which layer it applies to is the
/// window's choice. GUI thread only.
class SelectTool : public MapTool {
    Q_OBJECT
public:
    explicit SelectTool(MapCanvas* canvas);

    void mousePress(QMouseEvent* e) override;
    void mouseMove(QMouseEvent* e) override;
    void mouseRelease(QMouseEvent* e) override;
    bool keyPress(QKeyEvent* e) override;
    void paint(QPainter& p) override;
    QCursor cursor() const override { return Qt::CrossCursor; }

Q_SIGNALS:
    /// A click at a map point; `tolerance` in map units (a few pixels at the current scale).
    void clickedAt(QPointF mapPoint, double tolerance, bool toggle);
    /// A box dragged over the map.
    void boxed(const mineatlas::MapRect& rect, bool toggle);

private:
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
};

} // namespace mineatlas::gui
