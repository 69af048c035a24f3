#pragma once

#include <cmath>

#include <QString>

#include "geo/maprect.h"
#include "result.h"

namespace mineatlas::geo {

/// A coordinate reference system as a value: its definition (e.g. "EPSG:3857" or WKT) plus facts
/// read once from PROJ. Cheap to copy and safe to pass between threads (it holds no PROJ handles).
class Crs {
public:
    Crs() = default;

    /// Parses a user string such as "EPSG:3035", "epsg:4326", "3857" or WKT/PROJJSON.
    static Result<Crs> fromUserString(const QString& text);
    static Crs webMercator();
    static Crs wgs84();

    bool isValid() const { return !m_definition.isEmpty(); }
    /// What PROJ accepts: "EPSG:3857" when known, otherwise WKT.
    const QString& definition() const { return m_definition; }
    /// "EPSG:3857" or empty when the CRS has no authority code.
    const QString& authId() const { return m_authId; }
    const QString& name() const { return m_name; }
    bool isGeographic() const { return m_geographic; }
    /// Mercator-family projections cannot show the poles: geometry is clipped to ±85.0511°.
    bool isMercator() const { return m_mercator; }
    /// Metres per map unit at the natural origin (1 for metric CRSs; ~111 km for degrees).
    double metresPerUnit() const { return m_geographic ? 111319.49079327357 : m_unitToMetre; }
    /// Area of use in lon/lat degrees (x = lon), from PROJ; the whole world when unknown.
    const MapRect& areaOfUseLonLat() const { return m_areaOfUse; }
    /// What of the world this CRS can draw without tearing, in lon/lat: all of it for world
    /// projections (Mercator stops at ±85.0511°), the area of use plus a margin for zone and polar
    /// projections (UTM, polar stereographic, conformal conics) whose maths break down far away.
    MapRect drawableLonLat() const { return m_drawable; }
    /// Width of one turn around the world in map units for maps that repeat east-west (plate
    /// carrée: 360; Mercator: 2πa), 0 for the others. Views past ±180° draw the next copy.
    double worldWidth() const { return m_worldWidth; }
    /// `x` moved by whole turns into the central copy of the world.
    double wrapX(double x) const
    {
        if (m_worldWidth <= 0)
            return x;
        return x - m_worldWidth * std::floor((x + m_worldWidth / 2) / m_worldWidth);
    }

    bool operator==(const Crs& o) const { return m_definition == o.m_definition; }

private:
    QString m_definition;
    QString m_authId;
    QString m_name;
    bool m_geographic = false;
    bool m_mercator = false;
    double m_unitToMetre = 1.0;
    MapRect m_areaOfUse{-180, -90, 180, 90};
    MapRect m_drawable{-180, -90, 180, 90};
    double m_worldWidth = 0;
};

} // namespace mineatlas::geo
