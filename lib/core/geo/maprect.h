#pragma once

#include <algorithm>
#include <limits>

namespace mineatlas {

/// An axis-aligned rectangle in map units, y pointing up (north). x is always lon/easting.
struct MapRect {
    double xMin = std::numeric_limits<double>::max();
    double yMin = std::numeric_limits<double>::max();
    double xMax = std::numeric_limits<double>::lowest();
    double yMax = std::numeric_limits<double>::lowest();

    static MapRect fromCorners(double x0, double y0, double x1, double y1)
    {
        return {std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1)};
    }
    bool isEmpty() const { return !(xMax >= xMin && yMax >= yMin); }
    double width() const { return xMax - xMin; }
    double height() const { return yMax - yMin; }
    double centerX() const { return (xMin + xMax) / 2; }
    double centerY() const { return (yMin + yMax) / 2; }

    void include(double x, double y)
    {
        xMin = std::min(xMin, x);
        yMin = std::min(yMin, y);
        xMax = std::max(xMax, x);
        yMax = std::max(yMax, y);
    }
    void include(const MapRect& r)
    {
        if (r.isEmpty())
            return;
        include(r.xMin, r.yMin);
        include(r.xMax, r.yMax);
    }
    bool intersects(const MapRect& r) const
    {
        return xMin <= r.xMax && r.xMin <= xMax && yMin <= r.yMax && r.yMin <= yMax;
    }
    bool contains(double x, double y) const { return x >= xMin && x <= xMax && y >= yMin && y <= yMax; }
    bool contains(const MapRect& o) const
    {
        return o.xMin >= xMin && o.xMax <= xMax && o.yMin >= yMin && o.yMax <= yMax;
    }
    MapRect buffered(double d) const { return {xMin - d, yMin - d, xMax + d, yMax + d}; }

    /// Grows the shorter side so that width/height == aspect, keeping the centre (as other renderers do).
    MapRect expandedToAspect(double aspect) const
    {
        double w = width(), h = height();
        if (w <= 0 || h <= 0 || aspect <= 0)
            return *this;
        if (w / h > aspect)
            h = w / aspect;
        else
            w = h * aspect;
        return {centerX() - w / 2, centerY() - h / 2, centerX() + w / 2, centerY() + h / 2};
    }
    bool operator==(const MapRect&) const = default;
};

} // namespace mineatlas
