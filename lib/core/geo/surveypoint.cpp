#include "geo/surveypoint.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include <GeographicLib/DMS.hpp>
#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/Math.hpp>
#include <GeographicLib/UTMUPS.hpp>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include "geo/geodesy.h"
#include "geo/magnetic.h"

namespace mineatlas::geo {

namespace {

using GeographicLib::DMS;

/// UTM latitude bands, south to north, 8° each from 80°S; X is 12° (72°N–84°N).
const QString kBands = QStringLiteral("CDEFGHJKLMNPQRSTUVWX");
const int kBandS = 14;
/// A point this far past the edge of its band still counts as in it (about 5 km): the band of a
/// boundary point depends on rounding, a wrong band several kilometres off is a typo.
const double kBandSlackDeg = 0.05;

Error unreadable(const QString& entered, const QString& why = {})
{
    QString message =
        QCoreApplication::translate("SurveyPoint", "could not read \"%1\" as lat/lon, DMS, UTM, MGRS or bearing/distance").arg(entered);
    if (!why.isEmpty())
        message += QStringLiteral(" (%1)").arg(why);
    return Error{message};
}

QString degrees(double v)
{
    return QString::number(v, 'g', 10);
}

bool isHemisphere(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    return u == u'N' || u == u'S' || u == u'E' || u == u'W';
}

/// A hemisphere letter that stands on its own ("50.45N", "N 50"), not one inside a word.
bool isHemisphereAt(const QString& s, qsizetype i)
{
    return isHemisphere(s[i]) && !(i > 0 && s[i - 1].isLetter()) &&
           !(i + 1 < s.size() && s[i + 1].isLetter());
}

// --- bearing / distance -------------------------------------------------------------------------

const QRegularExpression& bearingKeyword()
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:b|brg|bearing|az|azimuth)(?=[\s:=\d+\-.]))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

Result<SurveyPoint> parseBearing(const QString& entered, const QString& simple,
                                 const std::optional<QPointF>& previous, const MagneticContext* magnetic)
{
    static const QString number = QStringLiteral(R"(([+-]?(?:\d+(?:\.\d*)?|\.\d+)))");
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:b|brg|bearing|az|azimuth)\s*[:=]?\s*%1\s*(?:°|deg|degrees?)?\s*)"
                       R"((?:(t|true|m|mag|magnetic)\b)?\s*[,;/]?\s*)"
                       R"((?:d|dist|distance)\s*[:=]?\s*%1\s*(?:m|metres?|meters?)?$)")
            .arg(number),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(simple);
    if (!m.hasMatch())
        return Error{
            QCoreApplication::translate("SurveyPoint", "could not read \"%1\" as bearing/distance (write e.g. \"B 045.5 D 120\": "
                           "degrees from true north, metres; \"B 045.5 M D 120\" from magnetic north)")
                .arg(entered)};
    const double bearing = m.captured(1).toDouble();
    const bool fromMagnetic = m.captured(2).startsWith(QLatin1Char('m'), Qt::CaseInsensitive);
    const double distance = m.captured(3).toDouble();
    if (!(bearing >= 0 && bearing <= 360))
        return Error{
            QCoreApplication::translate("SurveyPoint", "bearing %1° in \"%2\" is outside 0 to 360°").arg(degrees(bearing), entered)};
    if (!(distance >= 0))
        return Error{QCoreApplication::translate("SurveyPoint", "distance %1 m in \"%2\" is negative").arg(degrees(distance), entered)};
    if (!previous)
        return Error{
            QCoreApplication::translate("SurveyPoint", "\"%1\" is a bearing and distance but there is no previous point to measure "
                           "from")
                .arg(entered)};
    SurveyPoint point{0, 0, entered, QStringLiteral("bearing"), {}};
    double trueBearing = bearing;
    if (fromMagnetic) {
        if (!magnetic || !magnetic->model)
            return Error{QCoreApplication::translate("SurveyPoint", "\"%1\" is a magnetic bearing but no magnetic model is loaded to "
                                        "turn it into a true one").arg(entered)};
        if (const QString problem = magnetic->model->dateProblem(magnetic->date); !problem.isEmpty())
            return Error{QCoreApplication::translate("SurveyPoint", "\"%1\" is a magnetic bearing, but %2; give the date the bearings were "
                                        "taken, or true bearings").arg(entered, problem)};
        const auto declination = magnetic->model->declination(previous->x(), previous->y(), magnetic->date);
        if (!declination)
            return Error{QCoreApplication::translate("SurveyPoint", "\"%1\" is a magnetic bearing, but there is no magnetic north at %2")
                             .arg(entered, formatDecimalDegrees(previous->x(), previous->y()))};
        trueBearing = trueFromMagnetic(bearing, *declination);
        point.system = QCoreApplication::translate("SurveyPoint", "magnetic bearing");
        point.note = QCoreApplication::translate("SurveyPoint", "magnetic %1° + declination %2 (%3, %4) = true %5°")
                         .arg(bearing, 5, 'f', 1, QLatin1Char('0'))
                         .arg(formatDeclination(*declination), magnetic->model->nameOn(magnetic->date),
                              magnetic->date.toString(Qt::ISODate))
                         .arg(trueBearing, 5, 'f', 1, QLatin1Char('0'));
    }
    direct(previous->x(), previous->y(), trueBearing, distance, point.lon, point.lat);
    return point;
}

// --- MGRS ---------------------------------------------------------------------------------------

std::optional<Result<SurveyPoint>> tryMgrs(const QString& entered, const QString& simple)
{
    QString compact = simple;
    compact.remove(QLatin1Char(' '));
    compact = compact.toUpper();
    // Zone + band + 100 km square + digits, or UPS (band A, B, Y, Z without a zone).
    static const QRegularExpression re(QStringLiteral(R"(^(?:(\d{1,2})[A-Z]|[ABYZ])[A-Z]{2}\d+$)"));
    const QRegularExpressionMatch m = re.match(compact);
    if (!m.hasMatch())
        return std::nullopt;
    if (!m.captured(1).isEmpty()) {
        const int zone = m.captured(1).toInt();
        if (zone < GeographicLib::UTMUPS::MINUTMZONE || zone > GeographicLib::UTMUPS::MAXUTMZONE)
            return Error{
                QCoreApplication::translate("SurveyPoint", "bad UTM zone %1 in \"%2\" (zones are 1 to 60)").arg(zone).arg(entered)};
    }
    try {
        int zone = 0;
        bool north = true;
        double x = 0, y = 0;
        int precision = 0;
        GeographicLib::MGRS::Reverse(compact.toStdString(), zone, north, x, y, precision, /*centerp=*/true);
        SurveyPoint point{0, 0, entered, QStringLiteral("mgrs"), {}};
        GeographicLib::UTMUPS::Reverse(zone, north, x, y, point.lat, point.lon);
        return point;
    } catch (const GeographicLib::GeographicErr& e) {
        return Error{
            QCoreApplication::translate("SurveyPoint", "could not read \"%1\" as MGRS: %2").arg(entered, QString::fromUtf8(e.what()))};
    }
}

// --- UTM ----------------------------------------------------------------------------------------

struct UtmReading {
    double lon = 0;
    double lat = 0;
};

std::optional<UtmReading> utmReverse(int zone, bool north, double easting, double northing, QString& why)
{
    try {
        UtmReading r;
        GeographicLib::UTMUPS::Reverse(zone, north, easting, northing, r.lat, r.lon);
        return r;
    } catch (const GeographicLib::GeographicErr& e) {
        why = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

bool inBand(int band, double lat)
{
    const double south = -80.0 + 8.0 * band;
    const double north = band == kBands.size() - 1 ? 84.0 : south + 8.0;
    return lat >= south - kBandSlackDeg && lat <= north + kBandSlackDeg;
}

QString bandOf(double lat)
{
    if (lat < -80 || lat > 84)
        return QCoreApplication::translate("SurveyPoint", "none (outside UTM)");
    const auto band = std::clamp(qsizetype(std::floor((lat + 80.0) / 8.0)), qsizetype(0), kBands.size() - 1);
    return kBands.mid(band, 1);
}

std::optional<Result<SurveyPoint>> tryUtm(const QString& entered, const QString& simple,
                                          const std::optional<QPointF>& previous)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{1,2})\s*(north|south|[a-z])(?:\s*[,;]\s*|\s*)(\d{4,7}(?:\.\d+)?)\s*(?:m?e)?)"
                       R"((?:\s*[,;]\s*|\s+)(\d{1,8}(?:\.\d+)?)\s*(?:m?n)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(simple);
    if (!m.hasMatch())
        return std::nullopt;
    const int zone = m.captured(1).toInt();
    if (zone < GeographicLib::UTMUPS::MINUTMZONE || zone > GeographicLib::UTMUPS::MAXUTMZONE)
        return Error{QCoreApplication::translate("SurveyPoint", "bad UTM zone %1 in \"%2\" (zones are 1 to 60)").arg(zone).arg(entered)};
    const QString letter = m.captured(2).toUpper();
    const double easting = m.captured(3).toDouble();
    const double northing = m.captured(4).toDouble();

    auto done = [&](const UtmReading& r) -> Result<SurveyPoint> {
        return SurveyPoint{r.lon, r.lat, entered, QStringLiteral("utm"), {}};
    };
    auto failed = [&](const QString& why) -> Result<SurveyPoint> {
        return Error{QCoreApplication::translate("SurveyPoint", "could not read \"%1\" as UTM: %2").arg(entered, why)};
    };

    QString why;
    if (letter == QLatin1String("N") || letter == QLatin1String("NORTH") ||
        letter == QLatin1String("SOUTH")) {
        // N is the northern hemisphere or band N (equator to 8°N): north either way.
        const auto r = utmReverse(zone, letter != QLatin1String("SOUTH"), easting, northing, why);
        return r ? done(*r) : failed(why);
    }
    if (letter == QLatin1String("S")) {
        QString whyNorth, whySouth;
        auto asBand = utmReverse(zone, true, easting, northing, whyNorth);
        if (asBand && !inBand(kBandS, asBand->lat))
            asBand.reset();
        const auto asSouth = utmReverse(zone, false, easting, northing, whySouth);
        if (asBand && asSouth && previous) {
            const double toBand = inverse(previous->x(), previous->y(), asBand->lon, asBand->lat).distanceM;
            const double toSouth =
                inverse(previous->x(), previous->y(), asSouth->lon, asSouth->lat).distanceM;
            return done(toBand <= toSouth ? *asBand : *asSouth);
        }
        if (asBand)
            return done(*asBand);
        return asSouth ? done(*asSouth) : failed(whySouth);
    }
    const qsizetype band = kBands.indexOf(letter);
    if (letter.size() != 1 || band < 0)
        return Error{
            QCoreApplication::translate("SurveyPoint", "\"%1\" in \"%2\" is neither a UTM latitude band (C to X, without I and O) "
                           "nor a hemisphere (N or S)")
                .arg(letter, entered)};
    const auto r = utmReverse(zone, band >= kBands.indexOf(QLatin1Char('N')), easting, northing, why);
    if (!r)
        return failed(why);
    if (!inBand(int(band), r->lat))
        return Error{
            QCoreApplication::translate("SurveyPoint", "band %1 in \"%2\" does not match the northing: that point lies at %3°, in "
                           "band %4")
                .arg(letter, entered, QString::number(r->lat, 'f', 3), bandOf(r->lat))};
    return done(*r);
}

// --- lat/lon and DMS ----------------------------------------------------------------------------

/// Splits "lat lon" into its two halves: at a comma or semicolon, at the hemisphere letters, or
/// into two equal runs of whitespace-separated numbers ("50 27 0.4 30 31 24.2").
std::optional<std::pair<QString, QString>> splitPair(const QString& s)
{
    static const QRegularExpression separator(QStringLiteral("[,;]"));
    const QStringList halves = s.split(separator);
    if (halves.size() == 2)
        return std::pair{halves[0].trimmed(), halves[1].trimmed()};
    if (halves.size() > 2)
        return std::nullopt;

    QList<qsizetype> letters;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (isHemisphereAt(s, i))
            letters << i;
    if (letters.size() == 2) {
        // "N50 E30" (letters lead) or "50N 30E" (letters trail).
        const qsizetype cut = letters[0] == 0 ? letters[1] : letters[0] + 1;
        return std::pair{s.left(cut).trimmed(), s.mid(cut).trimmed()};
    }
    if (letters.size() > 2)
        return std::nullopt;

    // Glue a lone hemisphere letter to its number ("N 50 27" -> "N50 27", "24.2 E" -> "24.2E").
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList tokens = s.split(space, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].size() != 1 || !isHemisphere(tokens[i][0]) || tokens.size() < 2)
            continue;
        if (i == 0) {
            tokens[1].prepend(tokens[0]);
        } else {
            tokens[i - 1].append(tokens[i]);
        }
        tokens.removeAt(i);
        --i;
    }
    if (tokens.size() < 2 || tokens.size() % 2 != 0)
        return std::nullopt;
    const qsizetype half = tokens.size() / 2;
    return std::pair{tokens.mid(0, half).join(QLatin1Char(' ')), tokens.mid(half).join(QLatin1Char(' '))};
}

/// One half in a form DMS::Decode reads: "50 27 0.4 N" -> "50:27:0.4N", "50° 27' 0.4\"" -> "50°27'0.4\"".
std::string dmsString(QString part)
{
    part = part.trimmed();
    QString lead, trail;
    if (!part.isEmpty() && isHemisphereAt(part, 0)) {
        lead = part.left(1);
        part = part.mid(1).trimmed();
    }
    if (!part.isEmpty() && isHemisphereAt(part, part.size() - 1)) {
        trail = part.right(1);
        part.chop(1);
        part = part.trimmed();
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$)"));
    const QStringList tokens = part.split(space, Qt::SkipEmptyParts);
    const bool bareNumbers = std::all_of(tokens.begin(), tokens.end(),
                                         [](const QString& t) { return number.match(t).hasMatch(); });
    // Bare numbers are degrees, minutes, seconds: DMS reads them colon-separated.
    part = tokens.join(bareNumbers ? QStringLiteral(":") : QString());
    return (lead + part + trail).toStdString();
}

Result<SurveyPoint> parseLatLon(const QString& entered, const QString& simple)
{
    const auto pair = splitPair(simple);
    if (!pair) {
        static const QRegularExpression decimalCommas(QStringLiteral(R"(^-?\d+,\d+ -?\d+,\d+$)"));
        return unreadable(entered, decimalCommas.match(simple).hasMatch()
                                       ? QCoreApplication::translate("SurveyPoint", "write decimals with a point: 50.4501, 30.5234")
                                       : QString());
    }
    const std::string a = dmsString(pair->first);
    const std::string b = dmsString(pair->second);

    DMS::flag flagA = DMS::NONE, flagB = DMS::NONE;
    double valueA = 0, valueB = 0;
    try {
        valueA = DMS::Decode(a, flagA);
        valueB = DMS::Decode(b, flagB);
    } catch (const GeographicLib::GeographicErr& e) {
        static const QRegularExpression digit(QStringLiteral("\\d"));
        // Only explain when both halves look like numbers; "abc def" gets the plain message.
        const bool numeric = pair->first.contains(digit) && pair->second.contains(digit);
        return unreadable(entered, numeric ? QString::fromUtf8(e.what()) : QString());
    }

    // DecodeLatLon reduces longitudes silently and reports latitudes in its own words: check first.
    const bool conflict = flagA != DMS::NONE && flagA == flagB;
    if (!conflict) {
        const bool latFirst = !(flagA == DMS::LONGITUDE || flagB == DMS::LATITUDE);
        const double lat = latFirst ? valueA : valueB;
        const double lon = latFirst ? valueB : valueA;
        if (!(std::abs(lat) <= 90))
            return Error{
                QCoreApplication::translate("SurveyPoint", "latitude %1° in \"%2\" is outside -90 to 90 (write latitude first, then "
                               "longitude)")
                    .arg(degrees(lat), entered)};
        if (!(std::abs(lon) <= 180))
            return Error{
                QCoreApplication::translate("SurveyPoint", "longitude %1° in \"%2\" is outside -180 to 180").arg(degrees(lon), entered)};
    }

    SurveyPoint point{0, 0, entered, QStringLiteral("latlon"), {}};
    try {
        DMS::DecodeLatLon(a, b, point.lat, point.lon, /*longfirst=*/false);
    } catch (const GeographicLib::GeographicErr& e) {
        return Error{
            QCoreApplication::translate("SurveyPoint", "could not read \"%1\" as lat/lon: %2").arg(entered, QString::fromUtf8(e.what()))};
    }
    // Minutes or seconds make it DMS; "50.45°N 30.52°E" is still decimal degrees.
    static const QRegularExpression numberRun(QStringLiteral(R"(\d+(?:\.\d+)?|\.\d+)"));
    int numbers = 0;
    for (auto it = numberRun.globalMatch(simple); it.hasNext(); it.next())
        ++numbers;
    if (numbers > 2)
        point.system = QStringLiteral("dms");
    return point;
}

} // namespace

Result<SurveyPoint> parseSurveyPoint(const QString& text, const std::optional<QPointF>& previousLonLat,
                                     const MagneticContext* magnetic)
{
    const QString entered = text.trimmed();
    const QString simple = text.simplified();
    if (simple.isEmpty())
        return Error{QCoreApplication::translate("SurveyPoint", "No point given: the text is empty")};
    if (bearingKeyword().match(simple).hasMatch())
        return parseBearing(entered, simple, previousLonLat, magnetic);
    if (auto mgrs = tryMgrs(entered, simple))
        return std::move(*mgrs);
    if (auto utm = tryUtm(entered, simple, previousLonLat))
        return std::move(*utm);
    return parseLatLon(entered, simple);
}

QString formatMgrs(double lon, double lat, int precision)
{
    try {
        int zone = 0;
        bool north = true;
        double x = 0, y = 0;
        GeographicLib::UTMUPS::Forward(lat, lon, zone, north, x, y);
        if (zone < GeographicLib::UTMUPS::MINZONE)
            return {};
        std::string mgrs;
        GeographicLib::MGRS::Forward(zone, north, x, y, lat, std::clamp(precision, 0, 11), mgrs);
        const QString s = QString::fromStdString(mgrs);
        // GeographicLib writes the zone with two digits ("04Q"); UPS has only the band letter.
        const qsizetype head = zone == GeographicLib::UTMUPS::UPS ? 1 : 3;
        const QString digits = s.mid(head + 2);
        QStringList parts{s.left(head), s.mid(head, 2)};
        if (!digits.isEmpty())
            parts << digits.left(digits.size() / 2) << digits.mid(digits.size() / 2);
        return parts.join(QLatin1Char(' '));
    } catch (const GeographicLib::GeographicErr&) {
        return {};
    }
}

QString formatUtm(double lon, double lat)
{
    try {
        int zone = 0;
        bool north = true;
        double x = 0, y = 0;
        GeographicLib::UTMUPS::Forward(lat, lon, zone, north, x, y);
        if (zone < GeographicLib::UTMUPS::MINUTMZONE)
            return {};
        // The band letter is the third character of the MGRS grid zone ("36U").
        std::string mgrs;
        GeographicLib::MGRS::Forward(zone, north, x, y, lat, 0, mgrs);
        return QStringLiteral("%1%2 %3 %4")
            .arg(zone)
            .arg(QLatin1Char(mgrs.at(2)))
            .arg(qint64(std::llround(x)))
            .arg(qint64(std::llround(y)));
    } catch (const GeographicLib::GeographicErr&) {
        return {};
    }
}

QString formatDms(double lon, double lat)
{
    if (!(std::abs(lat) <= 90) || !std::isfinite(lon))
        return {};
    auto encode = [](double angle, DMS::flag hemisphere) {
        QString s = QString::fromStdString(DMS::Encode(angle, DMS::SECOND, 2, hemisphere));
        return s.replace(QLatin1Char('d'), QChar(0x00B0));
    };
    return encode(lat, DMS::LATITUDE) + QLatin1Char(' ') +
           encode(GeographicLib::Math::AngNormalize(lon), DMS::LONGITUDE);
}

QString formatDecimalDegrees(double lon, double lat)
{
    if (!(std::abs(lat) <= 90) || !std::isfinite(lon))
        return {};
    lon = GeographicLib::Math::AngNormalize(lon);
    return QStringLiteral("%1°%2, %3°%4")
        .arg(std::abs(lat), 0, 'f', 5)
        .arg(lat >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
        .arg(std::abs(lon), 0, 'f', 5)
        .arg(lon >= 0 ? QLatin1Char('E') : QLatin1Char('W'));
}

QString formatCoordinate(double lon, double lat, CoordinateFormat format)
{
    switch (format) {
    case CoordinateFormat::DecimalDegrees:
        return formatDecimalDegrees(lon, lat);
    case CoordinateFormat::Dms:
        return formatDms(lon, lat);
    case CoordinateFormat::Utm:
        if (QString utm = formatUtm(lon, lat); !utm.isEmpty())
            return utm;
        return formatMgrs(lon, lat); // polar: UPS, which only MGRS covers here
    case CoordinateFormat::Mgrs:
        return formatMgrs(lon, lat);
    }
    return {};
}

namespace {
struct FormatInfo {
    CoordinateFormat format;
    const char* key;
    const char* name;
};
constexpr FormatInfo kFormats[] = {{CoordinateFormat::DecimalDegrees, "dd", "Decimal degrees"},
                                   {CoordinateFormat::Dms, "dms", "Degrees, minutes, seconds"},
                                   {CoordinateFormat::Utm, "utm", "UTM"},
                                   {CoordinateFormat::Mgrs, "mgrs", "MGRS"}};
const FormatInfo& infoOf(CoordinateFormat format)
{
    for (const FormatInfo& f : kFormats)
        if (f.format == format)
            return f;
    return kFormats[0];
}
} // namespace

QString coordinateFormatName(CoordinateFormat format)
{
    return QString::fromLatin1(infoOf(format).name);
}

QString coordinateFormatKey(CoordinateFormat format)
{
    return QString::fromLatin1(infoOf(format).key);
}

CoordinateFormat coordinateFormatFromKey(const QString& key)
{
    for (const FormatInfo& f : kFormats)
        if (key == QLatin1String(f.key))
            return f.format;
    return CoordinateFormat::DecimalDegrees;
}

} // namespace mineatlas::geo
