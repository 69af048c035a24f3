#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QPointF>
#include <QString>

#include "result.h"

namespace mineatlas::geo {

class MagneticModel;

/// One point of a survey as IMSMA records it: WGS 84 lon/lat plus the text as it was entered.
struct SurveyPoint {
    double lon = 0;
    double lat = 0;
    /// The text the surveyor typed (trimmed), kept alongside the WGS 84 value.
    QString entered;
    /// How `entered` was read: "latlon", "dms", "utm", "mgrs", "bearing" (from true north) or
    /// "magnetic bearing".
    QString system;
    /// Magnetic bearings: how it became a true one, "magnetic 045.5° + declination 7.2° E
    /// (WMM2025, 3 December 2026) = true 052.7°", kept with the survey. Empty otherwise.
    QString note;
};

/// What magnetic bearings are read against: the field model and the day they were taken.
struct MagneticContext {
    std::shared_ptr<const MagneticModel> model;
    QDate date;
};

/// Reads a point the way surveyors type it (all on WGS 84; GeographicLib does the maths):
///
/// - Decimal degrees, **latitude first** as people write them: "50.4501, 30.5234",
///   "-33.92 18.42". Hemisphere letters before or after each value ("N50.4501 E30.5234",
///   "30.5234E 50.4501N") decide which is which whatever the order. Decimal point, not comma.
/// - Degrees, minutes, seconds: `50°27'00.4"N 30°31'24.2"E`, `50d27'0.4''N, 30d31'24.2"E`,
///   "50 27 0.4 N 30 31 24.2 E", "N 50 27.5 E 30 31.4" (GeographicLib::DMS).
/// - UTM: zone, then a latitude band letter or hemisphere, easting, northing in metres:
///   "36U 322345 5590123", "36N 322345 5590123", "36 south 300000 9020000", "42S 0500000 3800000".
///   "N" is the northern hemisphere. "S" is both latitude band S (32°N–40°N) and the southern
///   hemisphere: when the northing puts the point in band S it is read as band S (as GPS units in
///   Afghanistan, Iraq or Syria show it), otherwise as the southern hemisphere; if
///   `previousLonLat` is given, the reading nearer to it wins. Other band letters must match the
///   northing.
/// - MGRS: "36UUA2234590123" or "36U UA 22345 90123", any even number of digits, UPS too. The
///   point is the **centre** of the square the reference names (MGRS truncates, so a 1 m
///   reference is a 1 m square and its centre is 0.5 m from the south-west corner).
/// - Relative: "B 045.5 D 120" or "bearing 45.5 distance 120 m": degrees clockwise from true
///   north and metres along the geodesic from `previousLonLat` (x = lon, y = lat). An error
///   without a previous point. "B 045.5 T D 120" says true north outright; "B 045.5 M D 120" (or
///   "mag", "magnetic") is from magnetic north: the declination at the previous point on
///   `magnetic->date` (GeographicLib's MagneticModel with the World Magnetic Model) is added, and
///   the reading kept in `note`. A magnetic bearing is an error without `magnetic` or on a date
///   the model does not cover, never read as a true one.
///
/// Anything else, latitudes beyond ±90°, longitudes beyond ±180° and bad zones or bands are
/// errors that quote the text. Thread-safe.
Result<SurveyPoint> parseSurveyPoint(const QString& text, const std::optional<QPointF>& previousLonLat = {},
                                     const MagneticContext* magnetic = nullptr);

/// MGRS reference for display, spaced: "36U UA 22345 90123". `precision` is the digits per
/// coordinate (5 = 1 m; 0..11); digits are truncated, as MGRS requires. Empty if the point is
/// not on the Earth.
QString formatMgrs(double lon, double lat, int precision = 5);

/// UTM in the standard zone with its latitude band, to the nearest metre: "36U 322345 5590123".
/// Empty outside UTM (south of 80°S, north of 84°N: use formatMgrs there, which covers UPS).
QString formatUtm(double lon, double lat);

/// Degrees, minutes and seconds to 0.01" (about 0.3 m): `50°27'00.36"N 030°31'24.24"E`.
QString formatDms(double lon, double lat);

/// Decimal degrees to 1e-5° (about 1 m), latitude first with hemisphere letters, as the status
/// bar shows them and parseSurveyPoint reads them back: "50.45010°N, 30.52340°E".
QString formatDecimalDegrees(double lon, double lat);

/// How coordinates are shown and copied: the status bar readout, Edit ▸ Copy coordinate.
enum class CoordinateFormat { DecimalDegrees, Dms, Utm, Mgrs };

/// The point in that form; UTM falls back to MGRS (UPS) beyond 84°N and 80°S, where UTM has no
/// zone. Every form parses back with parseSurveyPoint. Empty if the point is not on the Earth.
QString formatCoordinate(double lon, double lat, CoordinateFormat format);
/// "Decimal degrees", "Degrees, minutes, seconds", "UTM", "MGRS".
QString coordinateFormatName(CoordinateFormat format);
/// The setting's value for a format ("dd", "dms", "utm", "mgrs") and back (DecimalDegrees for
/// anything else).
QString coordinateFormatKey(CoordinateFormat format);
CoordinateFormat coordinateFormatFromKey(const QString& key);

} // namespace mineatlas::geo
