#include "geo/geodesy.h"
#include "uilocale.h"

#include <algorithm>
#include <cmath>

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>

#include <QCoreApplication>
#include <QLocale>

namespace mineatlas::geo {

namespace {

const GeographicLib::Geodesic& wgs84()
{
    return GeographicLib::Geodesic::WGS84();
}

/// Three significant figures, but never fewer than the whole units: 1.23, 0.0123, 123, 12,308.
QString threeFigures(const QLocale& locale, double v)
{
    const double a = std::abs(v);
    if (!std::isfinite(v) || a >= 100 || a == 0)
        return locale.toString(std::round(v), 'f', 0);
    int decimals = std::max(0, 2 - int(std::floor(std::log10(a))));
    // 0.09996 rounds to 0.100, which has one figure too many.
    const double scale = std::pow(10.0, decimals);
    if (decimals > 0 && std::round(a * scale) >= 1000)
        --decimals;
    return locale.toString(v, 'f', decimals);
}

} // namespace

GeodesicMeasure polygonArea(const std::vector<std::vector<double>>& ringsLonLat)
{
    GeodesicMeasure measure;
    double area = 0;
    for (std::size_t r = 0; r < ringsLonLat.size(); ++r) {
        const std::vector<double>& ring = ringsLonLat[r];
        std::size_t n = ring.size() / 2;
        // PolygonArea closes the ring itself; a repeated first vertex would only add a zero edge.
        if (n > 1 && ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1])
            --n;
        if (n < 3)
            continue;
        GeographicLib::PolygonArea polygon(wgs84());
        for (std::size_t i = 0; i < n; ++i)
            polygon.AddPoint(ring[2 * i + 1], ring[2 * i]);
        double perimeter = 0;
        double signedArea = 0;
        // sign = true: a clockwise ring gives a small negative area instead of the rest of the
        // Earth, so orientation does not matter once the absolute value is taken.
        polygon.Compute(false, true, perimeter, signedArea);
        measure.perimeterM += perimeter;
        area += (r == 0 ? 1 : -1) * std::abs(signedArea);
    }
    measure.areaM2 = std::max(0.0, area);
    return measure;
}

GeodesicMeasure polygonsArea(const std::vector<std::vector<std::vector<double>>>& polygons)
{
    GeodesicMeasure total;
    for (const auto& polygon : polygons) {
        const GeodesicMeasure m = polygonArea(polygon);
        total.areaM2 += m.areaM2;
        total.perimeterM += m.perimeterM;
    }
    return total;
}

GeodesicLine inverse(double lon1, double lat1, double lon2, double lat2)
{
    GeodesicLine line;
    double azi2 = 0;
    wgs84().Inverse(lat1, lon1, lat2, lon2, line.distanceM, line.azimuthDeg, azi2);
    if (line.azimuthDeg < 0)
        line.azimuthDeg += 360;
    if (line.azimuthDeg >= 360)
        line.azimuthDeg -= 360;
    line.azimuthDeg += 0.0; // no "-0"
    return line;
}

void direct(double lon1, double lat1, double azimuthDeg, double distanceM, double& lon2, double& lat2)
{
    wgs84().Direct(lat1, lon1, azimuthDeg, distanceM, lat2, lon2);
}

QString formatArea(double m2)
{
    const QLocale english = uiLocale();
    return QCoreApplication::translate("Geodesy", "%1 m² · %2 ha · %3 km² (ellipsoidal, WGS 84)")
        .arg(english.toString(std::round(m2), 'f', 0), threeFigures(english, m2 / 1e4),
             threeFigures(english, m2 / 1e6));
}

PathMeasure measurePath(const std::vector<QPointF>& lonLat, bool closed)
{
    PathMeasure m;
    m.closed = closed;
    const std::size_t n = lonLat.size();
    if (n < 2)
        return m;
    const std::size_t legs = closed && n >= 3 ? n : n - 1;
    for (std::size_t i = 0; i < legs; ++i) {
        const QPointF& a = lonLat[i];
        const QPointF& b = lonLat[(i + 1) % n];
        m.legs.push_back(inverse(a.x(), a.y(), b.x(), b.y()));
        m.lengthM += m.legs.back().distanceM;
    }
    if (closed && n >= 3) {
        std::vector<double> ring;
        for (const QPointF& p : lonLat)
            ring.insert(ring.end(), {p.x(), p.y()});
        m.areaM2 = polygonArea({ring}).areaM2;
    }
    return m;
}

QString formatDistance(double metres)
{
    const QLocale english = uiLocale();
    if (metres < 10000)
        return english.toString(metres, 'f', metres < 1000 ? 0 : 1) + QStringLiteral(" m");
    if (metres < 1000000)
        return english.toString(metres / 1000, 'f', 2) + QStringLiteral(" km");
    return english.toString(metres / 1000, 'f', 0) + QStringLiteral(" km");
}

} // namespace mineatlas::geo
