#include <cmath>
#include <optional>

#include <GeographicLib/DMS.hpp>
#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/MagneticModel.hpp>
#include <GeographicLib/UTMUPS.hpp>

#include <QtTest>

#include "geo/magnetic.h"
#include "geo/surveypoint.h"

using namespace mineatlas::geo;

namespace {

double metresBetween(double lon1, double lat1, double lon2, double lat2)
{
    double s12 = 0;
    GeographicLib::Geodesic::WGS84().Inverse(lat1, lon1, lat2, lon2, s12);
    return s12;
}

QPointF utm(int zone, bool north, double easting, double northing)
{
    double lat = 0, lon = 0;
    GeographicLib::UTMUPS::Reverse(zone, north, easting, northing, lat, lon);
    return {lon, lat};
}

/// What GeographicLib itself makes of an MGRS reference: the centre of the square.
QPointF mgrs(const char* reference)
{
    int zone = 0, precision = 0;
    bool north = true;
    double x = 0, y = 0;
    GeographicLib::MGRS::Reverse(reference, zone, north, x, y, precision, true);
    return utm(zone, north, x, y);
}

QPointF dms(double latD, double latM, double latS, double lonD, double lonM, double lonS)
{
    using GeographicLib::DMS;
    return {DMS::Decode(lonD, lonM, lonS), DMS::Decode(latD, latM, latS)};
}

QString describe(const QPointF& p)
{
    return QStringLiteral("%1, %2").arg(p.y(), 0, 'f', 9).arg(p.x(), 0, 'f', 9);
}

} // namespace

/// Everything a surveyor may type for a point, read the way GeographicLib reads it.
class TestSurveyPoint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void absoluteForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QPointF>("expected"); // x = lon, y = lat
        QTest::addColumn<QString>("system");

        const QPointF kyiv(30.5234, 50.4501);
        QTest::newRow("decimal, lat first") << "50.4501, 30.5234" << kyiv << "latlon";
        QTest::newRow("decimal, space only") << "50.4501 30.5234" << kyiv << "latlon";
        QTest::newRow("hemisphere prefixes") << "N50.4501 E30.5234" << kyiv << "latlon";
        QTest::newRow("hemisphere suffixes, lon first") << "30.5234E 50.4501N" << kyiv << "latlon";
        QTest::newRow("lower case with degree signs") << "50.4501°n, 30.5234°e" << kyiv << "latlon";
        QTest::newRow("south and west by sign")
            << "-8.8383, -13.2344" << QPointF(-13.2344, -8.8383) << "latlon";
        QTest::newRow("south and west by letter")
            << "S8.8383 W13.2344" << QPointF(-13.2344, -8.8383) << "latlon";

        const QPointF kyivDms = dms(50, 27, 0.4, 30, 31, 24.2);
        QTest::newRow("DMS with symbols") << "50°27'00.4\"N 30°31'24.2\"E" << kyivDms << "dms";
        QTest::newRow("DMS with spaces") << "50 27 0.4 N 30 31 24.2 E" << kyivDms << "dms";

        QTest::newRow("UTM band letter") << "36U 322345 5590123" << utm(36, true, 322345, 5590123) << "utm";
        QTest::newRow("UTM hemisphere N") << "36N 322345 5590123" << utm(36, true, 322345, 5590123) << "utm";
        QTest::newRow("UTM hemisphere word")
            << "36 north 322345, 5590123" << utm(36, true, 322345, 5590123) << "utm";
        QTest::newRow("UTM with mE mN")
            << "36U 322345mE 5590123mN" << utm(36, true, 322345, 5590123) << "utm";
        QTest::newRow("UTM southern band (Luanda)")
            << "33L 300000 9020000" << utm(33, false, 300000, 9020000) << "utm";
        // The northing puts a northern reading at 81°N, not in band S: southern hemisphere.
        QTest::newRow("UTM S as southern hemisphere")
            << "33S 300000 9020000" << utm(33, false, 300000, 9020000) << "utm";
        QTest::newRow("UTM south spelled out")
            << "33 south 300000 9020000" << utm(33, false, 300000, 9020000) << "utm";
        // 34.3°N is in band S: read as a GPS in Afghanistan shows it, zero-padded easting included.
        QTest::newRow("UTM band S (Kabul)")
            << "42S 0500000 3800000" << utm(42, true, 500000, 3800000) << "utm";

        QTest::newRow("MGRS compact") << "36UUA2234590123" << mgrs("36UUA2234590123") << "mgrs";
        QTest::newRow("MGRS spaced") << "36U UA 22345 90123" << mgrs("36UUA2234590123") << "mgrs";
        QTest::newRow("MGRS lower case") << "36uua2234590123" << mgrs("36UUA2234590123") << "mgrs";
        QTest::newRow("MGRS 1 km square") << "36U UA 22 90" << mgrs("36UUA2290") << "mgrs";
        QTest::newRow("MGRS one-digit zone") << "4QFJ1234567890" << mgrs("4QFJ1234567890") << "mgrs";
        QTest::newRow("MGRS UPS north") << "ZAB9645452981" << mgrs("ZAB9645452981") << "mgrs";
    }
    void absoluteForms()
    {
        QFETCH(QString, text);
        QFETCH(QPointF, expected);
        QFETCH(QString, system);
        const auto point = parseSurveyPoint(text);
        QVERIFY2(point.ok(), qPrintable(point.error()));
        const double off = metresBetween(point->lon, point->lat, expected.x(), expected.y());
        QVERIFY2(off < 0.01, qPrintable(QStringLiteral("%1 m off: %2 vs %3")
                                            .arg(off)
                                            .arg(describe({point->lon, point->lat}), describe(expected))));
        QCOMPARE(point->system, system);
        QCOMPARE(point->entered, text);
    }

    void mgrsIsTheCentreOfTheSquare()
    {
        // The UTM reading of the same digits is the south-west corner; the centre is 0.5 m further.
        const auto centre = parseSurveyPoint(QStringLiteral("36UUA2234590123"));
        QVERIFY(centre.ok());
        const QPointF corner = utm(36, true, 322345, 5590123);
        const QPointF expected = utm(36, true, 322345.5, 5590123.5);
        QVERIFY(metresBetween(centre->lon, centre->lat, expected.x(), expected.y()) < 0.01);
        QVERIFY(std::abs(metresBetween(centre->lon, centre->lat, corner.x(), corner.y()) - std::sqrt(0.5)) <
                0.01);
    }

    void dmsSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QPointF>("expected");
        const QPointF kyiv = dms(50, 27, 0.4, 30, 31, 24.2);
        QTest::newRow("d ' and two quotes") << "50d27'0.4''N, 30d31'24.2''E" << kyiv;
        QTest::newRow("primes") << "50°27′00.4″N 30°31′24.2″E" << kyiv;
        QTest::newRow("spaces inside") << "50° 27' 00.4\" N 30° 31' 24.2\" E" << kyiv;
        QTest::newRow("no spaces between") << "50°27'00.4\"N30°31'24.2\"E" << kyiv;
        QTest::newRow("hemisphere first") << "N 50 27 0.4 E 30 31 24.2" << kyiv;
        QTest::newRow("colons") << "50:27:0.4N; 30:31:24.2E" << kyiv;
        QTest::newRow("bare numbers, lat first") << "50 27 0.4 30 31 24.2" << kyiv;
        QTest::newRow("masculine ordinal for degrees") << "50º27'00.4\"N 30º31'24.2\"E" << kyiv;
        QTest::newRow("lon first with letters") << "30°31'24.2\"E 50°27'00.4\"N" << kyiv;
        QTest::newRow("decimal minutes") << "50°27.5'N 30°31.25'E" << dms(50, 27.5, 0, 30, 31.25, 0);
        QTest::newRow("south west") << "8°50'17.9\"S 13°14'03.8\"W"
                                    << QPointF(-dms(0, 0, 0, 13, 14, 3.8).x(),
                                               -dms(8, 50, 17.9, 0, 0, 0).y());
    }
    void dmsSpellings()
    {
        QFETCH(QString, text);
        QFETCH(QPointF, expected);
        const auto point = parseSurveyPoint(text);
        QVERIFY2(point.ok(), qPrintable(point.error()));
        QVERIFY2(std::abs(point->lon - expected.x()) < 1e-9 && std::abs(point->lat - expected.y()) < 1e-9,
                 qPrintable(describe({point->lon, point->lat})));
        QCOMPARE(point->system, QStringLiteral("dms"));
    }

    void bearingChain_data()
    {
        QTest::addColumn<QPointF>("start");
        QTest::addColumn<QStringList>("legs");
        QTest::addColumn<QList<double>>("bearings");
        QTest::addColumn<QList<double>>("distances");
        QTest::newRow("three legs near Kyiv")
            << QPointF(30.5234, 50.4501)
            << QStringList{"B 045.5 D 120", "bearing 135 distance 80 m", "brg: 270.25, dist: 150.5m"}
            << QList<double>{45.5, 135, 270.25} << QList<double>{120, 80, 150.5};
        QTest::newRow("three legs across the antimeridian")
            << QPointF(179.9995, -16.5) << QStringList{"b90d100", "B 000 D 0", "Bearing 360 Distance 2500"}
            << QList<double>{90, 0, 360} << QList<double>{100, 0, 2500};
    }
    void bearingChain()
    {
        QFETCH(QPointF, start);
        QFETCH(QStringList, legs);
        QFETCH(QList<double>, bearings);
        QFETCH(QList<double>, distances);
        QPointF previous = start;
        double lat = start.y(), lon = start.x();
        for (qsizetype i = 0; i < legs.size(); ++i) {
            GeographicLib::Geodesic::WGS84().Direct(lat, lon, bearings[i], distances[i], lat, lon);
            const auto point = parseSurveyPoint(legs[i], previous);
            QVERIFY2(point.ok(), qPrintable(point.error()));
            QCOMPARE(point->system, QStringLiteral("bearing"));
            const double off = metresBetween(point->lon, point->lat, lon, lat);
            QVERIFY2(off < 0.01, qPrintable(QStringLiteral("leg %1: %2 m off").arg(i + 1).arg(off)));
            QVERIFY(point->lon >= -180 && point->lon <= 180);
            previous = QPointF(point->lon, point->lat);
        }
    }

    void magneticBearings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("file");   // GeographicLib model file read directly, for the check
        QTest::addColumn<QString>("release");
        QTest::addColumn<double>("bearing");
        QTest::addColumn<double>("distance");
        QTest::newRow("M suffix, 2016, Kyiv") << "B 085.5 M D 250" << QDate(2016, 3, 1) << "wmm2015v2" << "WMM2015v2"
                                              << 85.5 << 250.0;
        QTest::newRow("mag, 2022") << "b 359.5 mag d 80" << QDate(2022, 7, 15) << "wmm2020" << "WMM2020" << 359.5
                                   << 80.0;
        QTest::newRow("words, today's model") << "bearing 12° magnetic, distance 1500 m" << QDate(2026, 12, 3) << "wmm2025"
                                              << "WMM2025" << 12.0 << 1500.0;
    }
    void magneticBearings()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(QString, file);
        QFETCH(QString, release);
        QFETCH(double, bearing);
        QFETCH(double, distance);
        auto model = MagneticModel::loadBuiltIn();
        QVERIFY2(model, qPrintable(model.error()));
        const QPointF from(30.5234, 50.4501);
        const MagneticContext context{model.value(), date};
        const auto point = parseSurveyPoint(text, from, &context);
        QVERIFY2(point.ok(), qPrintable(point.error()));
        QCOMPARE(point->system, QStringLiteral("magnetic bearing"));
        // The declination straight from GeographicLib on the shipped coefficient files.
        const GeographicLib::MagneticModel wmm(file.toStdString(), MINEATLAS_TEST_DATA "/../../resources/magnetic");
        double bx = 0, by = 0, bz = 0, h = 0, f = 0, d = 0, i = 0;
        wmm(date.year() + double(date.dayOfYear() - 1) / date.daysInYear(), from.y(), from.x(), 0, bx, by, bz);
        GeographicLib::MagneticModel::FieldComponents(bx, by, bz, h, f, d, i);
        double lat = 0, lon = 0;
        GeographicLib::Geodesic::WGS84().Direct(from.y(), from.x(), bearing + d, distance, lat, lon);
        const double off = metresBetween(point->lon, point->lat, lon, lat);
        QVERIFY2(off < 0.01, qPrintable(QStringLiteral("%1 m off").arg(off)));
        // Read as a true bearing it would land elsewhere (Kyiv's declination is several degrees).
        GeographicLib::Geodesic::WGS84().Direct(from.y(), from.x(), bearing, distance, lat, lon);
        QVERIFY(metresBetween(point->lon, point->lat, lon, lat) > distance * 0.05);
        QVERIFY2(point->note.contains(release) && point->note.contains(date.toString(Qt::ISODate)) &&
                     point->note.contains(QStringLiteral("declination")),
                 qPrintable(point->note));
    }

    void magneticBearingsNeedAModelAndADate()
    {
        const QPointF from(30.5234, 50.4501);
        const auto noModel = parseSurveyPoint(QStringLiteral("B 085 M D 100"), from);
        QVERIFY(!noModel.ok());
        QVERIFY2(noModel.error().contains(QStringLiteral("magnetic bearing")) &&
                     noModel.error().contains(QStringLiteral("no magnetic model")),
                 qPrintable(noModel.error()));
        auto model = MagneticModel::loadBuiltIn();
        QVERIFY(model);
        const MagneticContext old{model.value(), QDate(2009, 5, 1)};
        const auto tooOld = parseSurveyPoint(QStringLiteral("B 085 M D 100"), from, &old);
        QVERIFY(!tooOld.ok());
        QVERIFY2(tooOld.error().contains(QStringLiteral("1 May 2009 is outside the World Magnetic Model")),
                 qPrintable(tooOld.error()));
        // "T" says true north outright and ignores the model; so does no letter.
        const MagneticContext now{model.value(), QDate(2026, 12, 3)};
        const auto t = parseSurveyPoint(QStringLiteral("B 085 T D 100"), from, &now);
        const auto plain = parseSurveyPoint(QStringLiteral("B 085 D 100"), from, &now);
        QVERIFY(t.ok() && plain.ok());
        QCOMPARE(t->system, QStringLiteral("bearing"));
        QVERIFY(t->note.isEmpty());
        QVERIFY(metresBetween(t->lon, t->lat, plain->lon, plain->lat) < 1e-6);
    }

    void previousPointSettlesBandS()
    {
        // 21S 573000 4280000: band S at 38.6°N (Atlantic) or 51.6°S (Falkland Islands).
        const QString text = QStringLiteral("21S 573000 4280000");
        const QPointF north = utm(21, true, 573000, 4280000);
        const QPointF south = utm(21, false, 573000, 4280000);
        const auto alone = parseSurveyPoint(text);
        QVERIFY(alone.ok());
        QVERIFY(metresBetween(alone->lon, alone->lat, north.x(), north.y()) < 0.01);
        const auto nearStanley = parseSurveyPoint(text, QPointF(-57.85, -51.69));
        QVERIFY(nearStanley.ok());
        QVERIFY(metresBetween(nearStanley->lon, nearStanley->lat, south.x(), south.y()) < 0.01);
    }

    void errorsNameTheInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("withPrevious");
        QTest::addColumn<QString>("fragment");
        const QString unreadable = QStringLiteral("as lat/lon, DMS, UTM, MGRS or bearing/distance");
        QTest::newRow("junk") << "xyz" << false << "could not read \"xyz\" " + unreadable;
        QTest::newRow("words") << "abc def" << false << unreadable;
        QTest::newRow("decimal commas") << "50,4501 30,5234" << false << "decimals with a point";
        QTest::newRow("three bare numbers") << "50 30 20" << false << unreadable;
        QTest::newRow("seconds past 60") << "50°27'61\"N 30°31'24\"E" << false << "Seconds 61";
        QTest::newRow("latitude past 90") << "95.0, 30.0" << false << "latitude 95";
        QTest::newRow("lon, lat swapped") << "-122.5, 37.8" << false << "latitude first";
        QTest::newRow("longitude past 180") << "50, 200" << false << "longitude 200";
        QTest::newRow("two latitudes") << "N50 N30" << false << "latitudes";
        QTest::newRow("UTM zone 61") << "61U 322345 5590123" << false << "bad UTM zone 61";
        QTest::newRow("UTM zone 0") << "0U 322345 5590123" << false << "bad UTM zone 0";
        QTest::newRow("UTM band I") << "36I 322345 5590123" << false << "latitude band";
        QTest::newRow("UTM band against northing") << "36U 322345 4590123" << false << "band T";
        QTest::newRow("UTM easting too large") << "36U 1322345 5590123" << false << "Easting";
        QTest::newRow("MGRS zone 61") << "61UUA2234590123" << false << "bad UTM zone 61";
        QTest::newRow("MGRS odd digits") << "36UUA223459012" << false << "even number of digits";
        QTest::newRow("MGRS bad square") << "36UIA2234590123" << false << "Column letter I";
        QTest::newRow("bearing without previous point") << "B 045.5 D 120" << false << "no previous point";
        QTest::newRow("bearing past 360") << "B 400 D 120" << true << "bearing 400";
        QTest::newRow("negative distance") << "bearing 45 distance -5" << true << "negative";
        QTest::newRow("bearing without distance") << "B 045.5" << true << "bearing/distance";
    }
    void errorsNameTheInput()
    {
        QFETCH(QString, text);
        QFETCH(bool, withPrevious);
        QFETCH(QString, fragment);
        const std::optional<QPointF> previous =
            withPrevious ? std::optional<QPointF>(QPointF(30.5234, 50.4501)) : std::nullopt;
        const auto point = parseSurveyPoint(text, previous);
        QVERIFY(!point.ok());
        QVERIFY2(point.error().contains(QLatin1Char('"') + text + QLatin1Char('"')),
                 qPrintable(point.error()));
        QVERIFY2(point.error().contains(fragment), qPrintable(point.error()));
    }

    void emptyIsAnError()
    {
        const auto point = parseSurveyPoint(QStringLiteral("   "));
        QVERIFY(!point.ok());
        QVERIFY(point.error().contains(QStringLiteral("empty")));
    }

    void formatting()
    {
        // UTM rounds to the metre, MGRS truncates: 322345.6 -> 322346 and 22345.
        const QPointF p = utm(36, true, 322345.6, 5590123.4);
        QCOMPARE(formatUtm(p.x(), p.y()), QStringLiteral("36U 322346 5590123"));
        QCOMPARE(formatMgrs(p.x(), p.y()), QStringLiteral("36U UA 22345 90123"));
        QCOMPARE(formatMgrs(p.x(), p.y(), 2), QStringLiteral("36U UA 22 90"));
        QCOMPARE(formatDms(30.5234, 50.4501), QStringLiteral("50°27'00.36\"N 030°31'24.24\"E"));
        QCOMPARE(formatUtm(0, 85), QString()); // UPS territory
        QVERIFY(formatMgrs(0, 85).startsWith(QLatin1Char('Z')));
        QCOMPARE(formatMgrs(0, 95), QString());
    }

    void formatsReadBack_data()
    {
        QTest::addColumn<QPointF>("lonLat");
        QTest::newRow("Kyiv") << QPointF(30.5234, 50.4501);
        QTest::newRow("Kabul, band S") << QPointF(69.1723, 34.5281);
        QTest::newRow("Luanda") << QPointF(13.2344, -8.8383);
        QTest::newRow("Stanley, Falklands") << QPointF(-57.85, -51.69);
        QTest::newRow("Cartagena, Colombia") << QPointF(-75.5144, 10.3910);
    }
    void formatsReadBack()
    {
        QFETCH(QPointF, lonLat);
        // Each display form is precise to about a metre or better and parses back to the point.
        const struct {
            QString text;
            double tolerance;
        } forms[] = {{formatMgrs(lonLat.x(), lonLat.y()), 0.75},
                     {formatUtm(lonLat.x(), lonLat.y()), 0.75},
                     {formatDms(lonLat.x(), lonLat.y()), 0.25}};
        for (const auto& form : forms) {
            const auto point = parseSurveyPoint(form.text);
            QVERIFY2(point.ok(), qPrintable(point.error()));
            const double off = metresBetween(point->lon, point->lat, lonLat.x(), lonLat.y());
            QVERIFY2(off < form.tolerance,
                     qPrintable(QStringLiteral("%1: %2 m off").arg(form.text).arg(off)));
        }
    }

    /// Every latitude band (C to X) in both hemispheres and around the world: each of the four
    /// display forms parses back to the point, and UTM names the zone GeographicLib's standard
    /// zone gives and the band the latitude lies in (8° bands from 80°S, X 72°–84°N).
    void everyBandRoundTrips()
    {
        const QString bands = QStringLiteral("CDEFGHJKLMNPQRSTUVWX");
        int checked = 0;
        for (int b = 0; b < bands.size(); ++b) {
            const double lat = b == 19 ? 78.3 : -80 + 8 * b + 3.7;
            for (const double lon : {-177.2, -93.6, -2.9, 3.1, 45.5, 87.4, 176.8}) {
                const QString utm = formatCoordinate(lon, lat, CoordinateFormat::Utm);
                const int zone = GeographicLib::UTMUPS::StandardZone(lat, lon);
                QCOMPARE(utm.section(QLatin1Char(' '), 0, 0), QStringLiteral("%1%2").arg(zone).arg(bands[b]));
                const struct {
                    CoordinateFormat format;
                    double tolerance;
                } forms[] = {{CoordinateFormat::DecimalDegrees, 1.2}, // 1e-5° of latitude is 1.1 m
                             {CoordinateFormat::Dms, 0.25},
                             {CoordinateFormat::Utm, 0.75},
                             {CoordinateFormat::Mgrs, 0.75}};
                for (const auto& form : forms) {
                    const QString text = formatCoordinate(lon, lat, form.format);
                    const auto point = parseSurveyPoint(text);
                    QVERIFY2(point.ok(), qPrintable(text + QStringLiteral(": ") + point.error()));
                    const double off = metresBetween(point->lon, point->lat, lon, lat);
                    QVERIFY2(off < form.tolerance, qPrintable(QStringLiteral("%1: %2 m off").arg(text).arg(off)));
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 20 * 7 * 4);
    }

    /// The exceptions to the 6° zones (the MGRS/UTM definition, not GeographicLib): south-west
    /// Norway is zone 32 from 3°E in band V; Svalbard's band X has only zones 31, 33, 35 and 37.
    void norwayAndSvalbardZones_data()
    {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QString>("zone");
        QTest::newRow("Bergen area, 2°E 60°N") << QPointF(2.0, 60.0) << "31V";
        QTest::newRow("Bergen, 5.3°E 60.4°N") << QPointF(5.32, 60.39) << "32V";
        QTest::newRow("Svalbard 8°E 78°N") << QPointF(8.0, 78.0) << "31X";
        QTest::newRow("Longyearbyen 15.6°E") << QPointF(15.63, 78.22) << "33X";
        QTest::newRow("Svalbard 22°E 79°N") << QPointF(22.0, 79.0) << "35X";
        QTest::newRow("Kvitøya 33.5°E 80.1°N") << QPointF(33.5, 80.1) << "37X";
        QTest::newRow("Oslo, band V, zone 32") << QPointF(10.75, 59.91) << "32V";
        QTest::newRow("Tromsø, band W, zone 34") << QPointF(18.96, 69.65) << "34W";
    }
    void norwayAndSvalbardZones()
    {
        QFETCH(QPointF, lonLat);
        QFETCH(QString, zone);
        const QString utm = formatCoordinate(lonLat.x(), lonLat.y(), CoordinateFormat::Utm);
        QCOMPARE(utm.section(QLatin1Char(' '), 0, 0), zone);
        QVERIFY(formatCoordinate(lonLat.x(), lonLat.y(), CoordinateFormat::Mgrs).startsWith(zone + QLatin1Char(' ')));
        const auto back = parseSurveyPoint(utm);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(metresBetween(back->lon, back->lat, lonLat.x(), lonLat.y()) < 0.75);
    }

    void formatKeysAndPolarUtm()
    {
        for (auto f : {CoordinateFormat::DecimalDegrees, CoordinateFormat::Dms, CoordinateFormat::Utm, CoordinateFormat::Mgrs})
            QCOMPARE(coordinateFormatFromKey(coordinateFormatKey(f)), f);
        QCOMPARE(coordinateFormatFromKey("nonsense"), CoordinateFormat::DecimalDegrees);
        QCOMPARE(formatCoordinate(30.5234, 50.4501, CoordinateFormat::DecimalDegrees), QStringLiteral("50.45010°N, 30.52340°E"));
        QCOMPARE(formatCoordinate(-57.85, -51.69, CoordinateFormat::DecimalDegrees), QStringLiteral("51.69000°S, 57.85000°W"));
        // North of 84°N UTM has no zone: the UPS reference (MGRS) instead, which reads back.
        const QString polar = formatCoordinate(10, 86, CoordinateFormat::Utm);
        QVERIFY2(polar.startsWith(QLatin1Char('Z')), qPrintable(polar));
        QVERIFY(parseSurveyPoint(polar).ok());
        QCOMPARE(formatCoordinate(0, 95, CoordinateFormat::Mgrs), QString());
    }
};

QTEST_GUILESS_MAIN(TestSurveyPoint)
#include "tst_surveypoint.moc"
