#pragma once

#include <vector>

#include <QPointF>
#include <QWidget>

namespace mineatlas::gui {

class MapCanvas;

/// One outline drawn over the map (a dashed line, no fill): an earlier version of a hazard area
/// while the area's history is open. Rings are in map coordinates and follow a pan or zoom at once;
/// no render job. A child of the canvas that lets the mouse through. GUI thread only.
class OutlineOverlay : public QWidget {
    Q_OBJECT
public:
    explicit OutlineOverlay(MapCanvas* canvas);

    /// Replaces the outline; an empty list hides it.
    void setRings(std::vector<std::vector<QPointF>> mapRings);
    const std::vector<std::vector<QPointF>>& rings() const { return m_rings; }
    static QColor colour() { return {230, 40, 160}; }

protected:
    void paintEvent(QPaintEvent*) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    MapCanvas* m_canvas;
    std::vector<std::vector<QPointF>> m_rings;
};

} // namespace mineatlas::gui
