#pragma once

#include <optional>
#include <vector>

#include "panzoomtool.h"

namespace mineatlas::gui {

/// The main map while the georeferencer picks control points: drag pans as usual, a click
/// (clicked(), in map coordinates) gives the selected control point its place, and the points
/// already placed are drawn, numbered as in the georeferencer. GUI thread only.
class GeorefPickTool : public PanZoomTool {
    Q_OBJECT
public:
    explicit GeorefPickTool(MapCanvas* canvas);

    /// Map coordinates of the points, in the georeferencer's order (nullopt: not placed yet).
    void setPoints(const std::vector<std::optional<QPointF>>& mapPoints);
    void paint(QPainter& p) override;
    QCursor cursor() const override { return Qt::CrossCursor; }

private:
    std::vector<std::optional<QPointF>> m_points;
};

} // namespace mineatlas::gui
