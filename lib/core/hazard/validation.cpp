#include "hazard/validation.h"

#include <QCoreApplication>

#include "hazard/hazardstore.h"
#include "geo/planar.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <GeographicLib/Geodesic.hpp>
#include <ogr_api.h>
#include <ogr_geometry.h>

namespace mineatlas::hazard {

using P = geo::planar::Point;
using geo::planar::segmentsIntersect;

std::vector<ValidationIssue> validateRing(const std::vector<double>& ring)
{
    std::vector<ValidationIssue> out;
    std::vector<P> pts;
    for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
        pts.push_back({ring[i], ring[i + 1]});
    if (pts.size() > 1 && pts.front() == pts.back())
        pts.pop_back(); // closing vertex
    using S = ValidationIssue::Severity;
    auto where = [](P p) { return QPointF(p.x, p.y); };
    // Duplicates.
    for (std::size_t i = 0; i < pts.size(); ++i)
        for (std::size_t j = i + 1; j < pts.size(); ++j)
            if (pts[i] == pts[j])
                out.push_back({S::Error, QStringLiteral("duplicate-vertex"),
                               QCoreApplication::translate("Validation", "Vertices %1 and %2 are the same point").arg(i + 1).arg(j + 1),
                               where(pts[i])});
    std::vector<P> distinct;
    for (const P& p : pts)
        if (std::find(distinct.begin(), distinct.end(), p) == distinct.end())
            distinct.push_back(p);
    if (distinct.size() < 3) {
        out.push_back(
            {S::Error, QStringLiteral("too-few-vertices"),
             QCoreApplication::translate("Validation", "An area needs at least 3 distinct vertices (it has %1)").arg(distinct.size()),
             pts.empty() ? QPointF() : where(pts.front())});
        return out;
    }
    // Self-intersection on the ring without repeated consecutive points (already reported above),
    // every pair of non-adjacent edges.
    std::vector<P> clean;
    for (const P& p : pts)
        if (clean.empty() || !(clean.back() == p))
            clean.push_back(p);
    if (clean.size() > 1 && clean.front() == clean.back())
        clean.pop_back();
    pts = clean;
    const std::size_t n = pts.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            if (j == i + 1 || (i == 0 && j == n - 1))
                continue; // neighbours share a vertex
            P at{};
            if (segmentsIntersect(pts[i], pts[(i + 1) % n], pts[j], pts[(j + 1) % n], at))
                out.push_back({S::Error, QStringLiteral("self-intersection"),
                               QCoreApplication::translate("Validation", "Edges %1–%2 and %3–%4 cross")
                                   .arg(i + 1)
                                   .arg((i + 1) % n + 1)
                                   .arg(j + 1)
                                   .arg((j + 1) % n + 1),
                               where(at)});
        }
    // Long edges, measured on the WGS 84 ellipsoid.
    const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
    for (std::size_t i = 0; i < n; ++i) {
        const P a = pts[i], b = pts[(i + 1) % n];
        double metres = 0;
        wgs84.Inverse(a.y, a.x, b.y, b.x, metres);
        if (metres > kLongEdgeMetres)
            out.push_back(
                {S::Warning, QStringLiteral("long-edge"),
                 QCoreApplication::translate("Validation", "Vertices %1 and %2 are %3 km apart (more than %4 km): check for a typing "
                                "error, or add intermediate points")
                     .arg(i + 1)
                     .arg((i + 1) % n + 1)
                     .arg(metres / 1000, 0, 'f', 1)
                     .arg(kLongEdgeMetres / 1000, 0, 'f', 0),
                 QPointF((a.x + b.x) / 2, (a.y + b.y) / 2)});
    }
    return out;
}

std::vector<ValidationIssue> validateArea(const HazardArea& area, const std::vector<HazardArea>& others)
{
    std::vector<ValidationIssue> out;
    if (area.polygons.empty())
        out.push_back({ValidationIssue::Severity::Error,
                       QStringLiteral("too-few-vertices"),
                       QCoreApplication::translate("Validation", "The area has no geometry"),
                       {}});
    for (const auto& polygon : area.polygons)
        for (const auto& ring : polygon) {
            auto issues = validateRing(ring);
            out.insert(out.end(), issues.begin(), issues.end());
        }
    if (hasErrors(out))
        return out; // overlap tests need valid geometry
    const auto mine = HazardStore::toGeometry(area);
    for (const HazardArea& other : others) {
        if (other.status != Status::Open || (other.fid >= 0 && other.fid == area.fid))
            continue;
        const auto theirs = HazardStore::toGeometry(other);
        if (!mine->Intersects(theirs.get()))
            continue;
        std::unique_ptr<OGRGeometry> common(mine->Intersection(theirs.get()));
        if (!common || common->IsEmpty())
            continue;
        OGRPoint centre;
        if (common->Centroid(&centre) != OGRERR_NONE)
            continue;
        // Touching along an edge is fine; sharing area is worth a second look. A vertex snapped to
        // a neighbour's is not bit-for-bit the same: the canvas keeps a ring as float offsets from
        // its centre (off by up to 2^-24 of the ring's size: 0.03 mm on a 1 km area) and PROJ's
        // round trip is not exact either. That leaves a sliver of a few hundred-millionths of the
        // areas; below a millionth of the smaller one, the two only touch.
        const double shared = OGR_G_Area(OGRGeometry::ToHandle(common.get()));
        const double smaller = std::min(OGR_G_Area(OGRGeometry::ToHandle(mine.get())),
                                        OGR_G_Area(OGRGeometry::ToHandle(theirs.get())));
        if (!(shared > 1e-6 * smaller))
            continue;
        out.push_back({ValidationIssue::Severity::Warning, QStringLiteral("overlap"),
                       QCoreApplication::translate("Validation", "Overlaps open area %1")
                           .arg(other.localId.isEmpty() ? other.guid : other.localId),
                       QPointF(centre.getX(), centre.getY())});
    }
    return out;
}

bool hasErrors(const std::vector<ValidationIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& i) {
        return i.severity == ValidationIssue::Severity::Error;
    });
}

} // namespace mineatlas::hazard
