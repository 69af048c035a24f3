#pragma once

#include <vector>

#include <QPointF>
#include <QString>

#include "hazard/hazardarea.h"

namespace mineatlas::hazard {

/// One finding of the checks GICHD had to ship as SQL after the fact (mine-action.md), run while
/// the user draws: where (lon/lat) and why.
struct ValidationIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString rule;    ///< "too-few-vertices", "duplicate-vertex", "self-intersection", "long-edge", "overlap"
    QString message; ///< for the user
    QPointF where;   ///< lon/lat of the problem
};

/// Longest edge before a warning (IMSMA practice: turning points more than 5 km apart).
constexpr double kLongEdgeMetres = 5000.0;

/// Checks one ring (interleaved lon/lat, closed or not).
std::vector<ValidationIssue> validateRing(const std::vector<double>& ringLonLat);
/// Checks every ring of `area`, and warns when it overlaps an *open* area among `others`
/// (same fid is skipped). Errors mean the area must not be saved as it is.
std::vector<ValidationIssue> validateArea(const HazardArea& area, const std::vector<HazardArea>& others = {});
bool hasErrors(const std::vector<ValidationIssue>& issues);

} // namespace mineatlas::hazard
