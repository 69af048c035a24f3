#include "geo/worldwrap.h"
#include "geo/planar.h"

#include <algorithm>
#include <cmath>

namespace mineatlas::geo {

namespace {

using Pt = planar::Point;

using planar::clipHalfPlane;

double signedArea(const std::vector<Pt>& r)
{
    return planar::ringArea2(r.data(), r.size()) / 2;
}

} // namespace

bool WorldWrap::keepsAsIs(const double* xy, std::size_t pointCount, bool polygon) const
{
    if (pointCount < (polygon ? 3u : 2u))
        return false;
    for (std::size_t i = 0; i < pointCount; ++i) {
        const double x = xy[2 * i], y = xy[2 * i + 1];
        if (!(x >= lonMin && x <= lonMax && y >= latMin && y <= latMax))
            return false;
        if (i > 0 && std::abs(x - xy[2 * i - 2]) > 180)
            return false;
    }
    return true;
}

void WorldWrap::polygonRing(const std::vector<double>& ring, std::vector<std::vector<double>>& out) const
{
    const std::size_t n = ring.size() / 2;
    if (n < 3)
        return;
    if (keepsAsIs(ring.data(), n, true)) {
        out.push_back(ring); // the common case: nothing to do
        return;
    }
    std::vector<Pt> pts;
    pts.reserve(n + 2);
    pts.push_back({ring[0], ring[1]});
    double latSum = ring[1];
    for (std::size_t i = 1; i < n; ++i) {
        double dx = ring[2 * i] - ring[2 * i - 2];
        if (dx > 180 || dx < -180)
            dx -= 360 * std::round(dx / 360);
        const Pt p{pts.back().x + dx, ring[2 * i + 1]};
        pts.push_back(p);
        latSum += p.y;
    }
    // A closed ring whose unwrapped longitude ends a full turn away from its start encircles a pole.
    const double turn = pts.back().x - pts.front().x;
    const bool closed =
        std::abs(ring[0] - ring[2 * n - 2]) < 1e-9 && std::abs(ring[1] - ring[2 * n - 1]) < 1e-9;
    if (closed && std::abs(turn) > 180) {
        const double pole = latSum / static_cast<double>(n) < 0 ? -90.0 : 90.0;
        pts.push_back({pts.back().x, pole});
        pts.push_back({pts.front().x, pole});
    }
    double minX = pts.front().x, maxX = minX;
    for (const Pt& p : pts) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
    }
    // Cut the unwrapped ring into the world copies it overlaps, shifting each back into -180..180.
    const int kMin = static_cast<int>(std::floor((minX + 180) / 360));
    const int kMax = static_cast<int>(std::floor((maxX + 180) / 360));
    for (int k = kMin; k <= kMax; ++k) {
        const double shift = -360.0 * k;
        std::vector<Pt> part(pts);
        for (Pt& p : part)
            p.x += shift;
        part = clipHalfPlane(part, 0, std::max(-180.0, lonMin), true);
        part = clipHalfPlane(part, 0, std::min(180.0, lonMax), false);
        part = clipHalfPlane(part, 1, latMin, true);
        part = clipHalfPlane(part, 1, latMax, false);
        if (part.size() < 3 || std::abs(signedArea(part)) < 1e-12)
            continue;
        // Edges the clip created run along a parallel or meridian; in a projection those are
        // curves, so give long edges intermediate vertices (one per degree).
        std::vector<double> flat;
        flat.reserve(part.size() * 2 + 2);
        for (std::size_t i = 0; i < part.size(); ++i) {
            const Pt& a = part[i];
            const Pt& b = part[(i + 1) % part.size()];
            flat.push_back(a.x);
            flat.push_back(a.y);
            const int steps = static_cast<int>(std::max(std::abs(b.x - a.x), std::abs(b.y - a.y)));
            for (int k = 1; k < steps; ++k) {
                const double t = static_cast<double>(k) / steps;
                flat.push_back(a.x + t * (b.x - a.x));
                flat.push_back(a.y + t * (b.y - a.y));
            }
        }
        flat.push_back(part.front().x);
        flat.push_back(part.front().y);
        out.push_back(std::move(flat));
    }
}

void WorldWrap::line(const std::vector<double>& line, std::vector<std::vector<double>>& out) const
{
    const std::size_t n = line.size() / 2;
    std::vector<double> cur;
    auto flush = [&] {
        if (cur.size() >= 4)
            out.push_back(std::move(cur));
        cur.clear();
    };
    auto add = [&](double x, double y) {
        if (contains(x, y)) {
            cur.push_back(x);
            cur.push_back(y);
        } else {
            flush(); // leaves the drawable box: the line continues as a new part when it returns
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        const double x1 = line[2 * i], y1 = line[2 * i + 1];
        if (i > 0) {
            const double x0 = line[2 * i - 2], y0 = line[2 * i - 1];
            const double dx = x1 - x0;
            if (dx > 180 || dx < -180) {
                // Cross the antimeridian: end at the edge we leave through, restart at the other.
                const double edge = dx < 0 ? 180.0 : -180.0;
                const double x1u = x1 + (dx < 0 ? 360.0 : -360.0);
                const double t = (edge - x0) / (x1u - x0);
                const double y = y0 + t * (y1 - y0);
                add(edge, y);
                flush();
                add(-edge, y);
            }
        }
        add(x1, y1);
    }
    flush();
}

} // namespace mineatlas::geo
