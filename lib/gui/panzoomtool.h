#pragma once

#include <QPoint>
#include <QPointF>
#include <QRect>

#include "maptool.h"

namespace mineatlas::gui {

/// The default tool. Drag pans; Shift+drag (or any drag in BoxZoom mode) zooms to the box;
/// a click without dragging emits clicked() with the map point (used for identify).
class PanZoomTool : public MapTool {
    Q_OBJECT
public:
    enum class Mode { Pan, BoxZoom };
    PanZoomTool(MapCanvas* canvas, Mode mode);

    void mousePress(QMouseEvent* e) override;
    void mouseMove(QMouseEvent* e) override;
    void mouseRelease(QMouseEvent* e) override;
    void paint(QPainter& p) override;
    QCursor cursor() const override;

Q_SIGNALS:
    void clicked(QPointF mapPoint);

private:
    Mode m_mode;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_boxing = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
};

} // namespace mineatlas::gui
