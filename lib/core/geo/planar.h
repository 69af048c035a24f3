#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace mineatlas::geo::planar {

/// Small planar geometry on interleaved x,y coordinates (map units, pixels or degrees: whatever
/// the caller works in). One copy for the renderer, identify, snapping, the vertex tool, world
/// wrapping and validation. Nothing here knows about the ellipsoid: areas shown to users come from
/// geo/geodesy.h.

struct Point {
    double x = 0, y = 0;
    bool operator==(const Point&) const = default;
};

/// Whether the horizontal ray from (x, y) crosses the edge (xi, yi)–(xj, yj): the step of the
/// even-odd rule, so that several rings (holes, parts) can be tested by toggling one flag.
inline bool crossesRay(double x, double y, double xi, double yi, double xj, double yj)
{
    return (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi;
}

/// Even-odd test of (x, y) against one ring of `n` points (closed or open).
inline bool pointInRing(const double* xy, std::size_t n, double x, double y)
{
    bool inside = false;
    if (n < 3)
        return false;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        if (crossesRay(x, y, xy[2 * i], xy[2 * i + 1], xy[2 * j], xy[2 * j + 1]))
            inside = !inside;
    return inside;
}

/// Where on segment a–b the point p projects, clamped to [0, 1] (0 when a and b coincide).
inline double projectOnSegment(Point p, Point a, Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    return len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
}

/// The point of segment a–b closest to p.
inline Point closestOnSegment(Point p, Point a, Point b)
{
    const double t = projectOnSegment(p, a, b);
    return {a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
}

/// Squared distance from p to segment a–b.
inline double segmentDistanceSquared(Point p, Point a, Point b)
{
    const Point c = closestOnSegment(p, a, b);
    return (c.x - p.x) * (c.x - p.x) + (c.y - p.y) * (c.y - p.y);
}

/// Twice the signed area of a ring of `n` points (shoelace; positive when counter-clockwise with
/// y up). Closed or open rings give the same result.
inline double ringArea2(const double* xy, std::size_t n)
{
    double a = 0;
    if (n < 3)
        return 0;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        a += xy[2 * j] * xy[2 * i + 1] - xy[2 * i] * xy[2 * j + 1];
    return a;
}

/// The same for x,y pairs in floats (a store's ring offsets: the area does not depend on the origin).
inline double ringArea2(const float* xy, std::size_t n)
{
    double a = 0;
    if (n < 3)
        return 0;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        a += double(xy[2 * j]) * xy[2 * i + 1] - double(xy[2 * i]) * xy[2 * j + 1];
    return a;
}

/// The same for a ring of points.
inline double ringArea2(const Point* p, std::size_t n)
{
    double a = 0;
    if (n < 3)
        return 0;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        a += p[j].x * p[i].y - p[i].x * p[j].y;
    return a;
}

/// Centroid of a ring (area-weighted); the first point when the ring has no area.
inline Point ringCentroid(const double* xy, std::size_t n)
{
    double cx = 0, cy = 0, a2 = 0;
    for (std::size_t i = 0, j = n - 1; n >= 3 && i < n; j = i++) {
        const double cross = xy[2 * j] * xy[2 * i + 1] - xy[2 * i] * xy[2 * j + 1];
        a2 += cross;
        cx += (xy[2 * j] + xy[2 * i]) * cross;
        cy += (xy[2 * j + 1] + xy[2 * i + 1]) * cross;
    }
    if (a2 == 0)
        return n > 0 ? Point{xy[0], xy[1]} : Point{};
    return {cx / (3 * a2), cy / (3 * a2)};
}

/// Cross product of (a − o) and (b − o): > 0 when o→a→b turns left.
inline double cross(Point o, Point a, Point b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/// Whether segments a–b and c–d meet (properly or touching); `at` gets a meeting point.
inline bool segmentsIntersect(Point a, Point b, Point c, Point d, Point& at)
{
    const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
        const double t = d1 / (d1 - d2);
        at = {a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
        return true;
    }
    auto onSegment = [](Point p, Point q, Point r) {
        return std::min(p.x, q.x) <= r.x && r.x <= std::max(p.x, q.x) && std::min(p.y, q.y) <= r.y &&
               r.y <= std::max(p.y, q.y);
    };
    const struct {
        double d;
        Point p, q, r;
    } touches[] = {{d1, c, d, a}, {d2, c, d, b}, {d3, a, b, c}, {d4, a, b, d}};
    for (const auto& t : touches)
        if (t.d == 0 && onSegment(t.p, t.q, t.r)) {
            at = t.r;
            return true;
        }
    return false;
}

/// Sutherland–Hodgman against one axis-aligned half plane: `axis` 0 = x, 1 = y; keeps the side
/// v >= bound when `keepGreater`, else v <= bound. Points on the cut land exactly on `bound`.
inline std::vector<Point> clipHalfPlane(const std::vector<Point>& in, int axis, double bound, bool keepGreater)
{
    std::vector<Point> out;
    if (in.empty())
        return out;
    out.reserve(in.size() + 4);
    auto val = [axis](const Point& p) { return axis == 0 ? p.x : p.y; };
    auto inside = [&](const Point& p) { return keepGreater ? val(p) >= bound : val(p) <= bound; };
    Point prev = in.back();
    bool prevIn = inside(prev);
    for (const Point& cur : in) {
        const bool curIn = inside(cur);
        if (curIn != prevIn) {
            const double t = (bound - val(prev)) / (val(cur) - val(prev));
            Point p{prev.x + t * (cur.x - prev.x), prev.y + t * (cur.y - prev.y)};
            (axis == 0 ? p.x : p.y) = bound;
            out.push_back(p);
        }
        if (curIn)
            out.push_back(cur);
        prev = cur;
        prevIn = curIn;
    }
    return out;
}

/// A polygon ring cut to the rectangle (what of the area lies inside it, as one ring whose new
/// edges run along the rectangle's sides).
inline std::vector<Point> clipRingToRect(std::vector<Point> ring, double xMin, double yMin, double xMax, double yMax)
{
    ring = clipHalfPlane(ring, 0, xMin, true);
    ring = clipHalfPlane(ring, 0, xMax, false);
    ring = clipHalfPlane(ring, 1, yMin, true);
    return clipHalfPlane(ring, 1, yMax, false);
}

} // namespace mineatlas::geo::planar
