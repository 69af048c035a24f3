#pragma once

#include <optional>

#include <QPointF>

namespace mineatlas::project {

class Project;

/// Where a click snaps to: the nearest vertex of a visible vector layer within `tolerance` map
/// units, else (with `edges`) the nearest point on an edge, else nothing. Uses each layer's
/// spatial index, so it is cheap on large layers. GUI thread (reads the project).
std::optional<QPointF> snapPoint(const Project& project, QPointF map, double tolerance, bool edges = true);

} // namespace mineatlas::project
