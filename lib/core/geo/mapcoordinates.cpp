#include "geo/mapcoordinates.h"

#include <QCoreApplication>

#include <cmath>

#include "geo/geodesy.h"

namespace mineatlas::geo {

MapCoordinates::MapCoordinates(Crs crs, CoordinateTransform toLonLat, CoordinateTransform toMap)
    : m_crs(std::move(crs)), m_toLonLat(std::move(toLonLat)), m_toMap(std::move(toMap))
{
}

Result<std::shared_ptr<const MapCoordinates>> MapCoordinates::create(const Crs& crs)
{
    if (!crs.isValid())
        return Error{QCoreApplication::translate("Crs", "No map CRS")};
    const QString lonLat = QStringLiteral("EPSG:4326");
    auto toLonLat = CoordinateTransform::create(crs.definition(), lonLat);
    if (!toLonLat)
        return Error{toLonLat.error()};
    auto toMap = CoordinateTransform::create(lonLat, crs.definition());
    if (!toMap)
        return Error{toMap.error()};
    return std::shared_ptr<const MapCoordinates>(
        new MapCoordinates(crs, std::move(toLonLat.value()), std::move(toMap.value())));
}

std::optional<QPointF> MapCoordinates::toLonLat(QPointF map) const
{
    double x = m_crs.wrapX(map.x()), y = map.y();
    if (!m_toLonLat.transform(x, y))
        return std::nullopt;
    return QPointF(x, y);
}

std::optional<QPointF> MapCoordinates::toMap(QPointF lonLat) const
{
    double x = lonLat.x(), y = lonLat.y();
    if (!m_toMap.transform(x, y))
        return std::nullopt;
    return QPointF(x, y);
}

std::size_t MapCoordinates::toLonLat(std::vector<double>& xy) const
{
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        xy[i] = m_crs.wrapX(xy[i]);
    return m_toLonLat.transform(xy.data(), xy.size() / 2);
}

std::size_t MapCoordinates::toMap(std::vector<double>& xy) const
{
    return m_toMap.transform(xy.data(), xy.size() / 2);
}

namespace {
template <class F>
std::optional<std::vector<QPointF>> convertAll(const std::vector<QPointF>& in, F convert)
{
    std::vector<QPointF> out;
    out.reserve(in.size());
    for (const QPointF& p : in) {
        auto q = convert(p);
        if (!q)
            return std::nullopt;
        out.push_back(*q);
    }
    return out;
}
} // namespace

std::optional<std::vector<QPointF>> MapCoordinates::toLonLat(const std::vector<QPointF>& map) const
{
    return convertAll(map, [this](QPointF p) { return toLonLat(p); });
}

std::optional<std::vector<QPointF>> MapCoordinates::toMap(const std::vector<QPointF>& lonLat) const
{
    return convertAll(lonLat, [this](QPointF p) { return toMap(p); });
}

double MapCoordinates::groundMetresPerMapUnit(QPointF map, double mapUnitsPerPixel) const
{
    // One pixel either side: short enough that the geodesic is the local scale, long enough for
    // doubles (GeographicLib is accurate to nanometres).
    const double half = std::max(mapUnitsPerPixel, 1e-9);
    const auto a = toLonLat({map.x() - half, map.y()});
    const auto b = toLonLat({map.x() + half, map.y()});
    if (!a || !b)
        return 0;
    return inverse(a->x(), a->y(), b->x(), b->y()).distanceM / (2 * half);
}

double MapCoordinates::northAngleDegrees(QPointF map) const
{
    // A short step north along the meridian through the point, seen on the map.
    const auto lonLat = toLonLat(map);
    if (!lonLat)
        return std::nan("");
    const double step = lonLat->y() > 89.99 ? -1e-4 : 1e-4; // at the pole, look from just south of it
    const auto north = toMap({lonLat->x(), lonLat->y() + step});
    const auto here = toMap(*lonLat);
    if (!north || !here)
        return std::nan("");
    const double dx = (north->x() - here->x()) * (step > 0 ? 1 : -1);
    const double dy = (north->y() - here->y()) * (step > 0 ? 1 : -1);
    return std::atan2(dx, dy) * 180.0 / M_PI;
}

double MapCoordinates::scaleDenominator(const MapRect& view, QSize size, double dpi) const
{
    if (view.isEmpty() || size.width() <= 0 || dpi <= 0)
        return 0;
    const double mupp = view.width() / size.width();
    const double metresPerUnit = groundMetresPerMapUnit({view.centerX(), view.centerY()}, mupp);
    return mupp * metresPerUnit * dpi / 0.0254;
}

} // namespace mineatlas::geo
