#include <cmath>

#include <QtTest>

#include "geo/magnetic.h"

using namespace mineatlas;

namespace {

/// A day from a fractional year as the WMM test tables give them (2027.5 → 2 July 2027).
QDate dayOf(double year)
{
    const int whole = int(std::floor(year));
    const QDate start(whole, 1, 1);
    return start.addDays(qint64(std::lround((year - whole) * start.daysInYear())));
}

double angleDiff(double a, double b)
{
    double d = std::fmod(std::abs(a - b), 360.0);
    return std::min(d, 360.0 - d);
}

} // namespace

class TestMagnetic : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const geo::MagneticModel> m_model;

private Q_SLOTS:
    void initTestCase()
    {
        auto model = geo::MagneticModel::loadBuiltIn();
        QVERIFY2(model, qPrintable(model.error()));
        m_model = model.value();
    }

    // Published test values: a different implementation (NOAA's) gave these from the same model,
    // rounded to 0.01°, so 0.01° is the tolerance.
    void declinationMatchesPublishedValues_data()
    {
        QTest::addColumn<double>("year");
        QTest::addColumn<double>("heightKm");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("declination");
        QTest::addColumn<QString>("release");
        // NOAA NCEI, WMM2025_TEST_VALUES.txt (https://www.ncei.noaa.gov/sites/default/files/2025-02/
        // WMM2025_TEST_VALUES.txt): date, height above the ellipsoid, lat, lon (240°E = 120°W), D.
        const QString w25 = QStringLiteral("WMM2025");
        QTest::newRow("2025.0 0 km 80N 0E") << 2025.0 << 0.0 << 80.0 << 0.0 << 1.28 << w25;
        QTest::newRow("2025.0 0 km equator 120E") << 2025.0 << 0.0 << 0.0 << 120.0 << -0.16 << w25;
        QTest::newRow("2025.0 0 km 80S 120W") << 2025.0 << 0.0 << -80.0 << -120.0 << 68.78 << w25;
        QTest::newRow("2025.0 100 km 80N 0E") << 2025.0 << 100.0 << 80.0 << 0.0 << 0.85 << w25;
        QTest::newRow("2025.0 100 km 80S 120W") << 2025.0 << 100.0 << -80.0 << -120.0 << 68.21 << w25;
        QTest::newRow("2027.5 0 km 80N 0E") << 2027.5 << 0.0 << 80.0 << 0.0 << 2.59 << w25;
        QTest::newRow("2027.5 0 km equator 120E") << 2027.5 << 0.0 << 0.0 << 120.0 << -0.24 << w25;
        QTest::newRow("2027.5 100 km 80S 120W") << 2027.5 << 100.0 << -80.0 << -120.0 << 67.93 << w25;
        QTest::newRow("2025.0 28 km 89N 121W") << 2025.0 << 28.0 << 89.0 << -121.0 << -99.77 << w25;
        QTest::newRow("2025.0 65 km 43N 93E") << 2025.0 << 65.0 << 43.0 << 93.0 << 0.50 << w25;
        QTest::newRow("2025.0 51 km 33S 109E") << 2025.0 << 51.0 << -33.0 << 109.0 << -5.49 << w25;
        QTest::newRow("2025.5 50 km 70S 133W") << 2025.5 << 50.0 << -70.0 << -133.0 << 57.21 << w25;
        QTest::newRow("2027.0 67 km 47S 32W") << 2027.0 << 67.0 << -47.0 << -32.0 << -13.52 << w25;
        // NOAA NCEI, WMM2020COF.zip README-WMM-COEFS.txt, the test values it quotes.
        const QString w20 = QStringLiteral("WMM2020");
        QTest::newRow("2020.0 66 km 14N 143E") << 2020.0 << 66.0 << 14.0 << 143.0 << 0.12 << w20;
        QTest::newRow("2020.0 18 km equator 21E") << 2020.0 << 18.0 << 0.0 << 21.0 << 1.05 << w20;
        QTest::newRow("2020.5 6 km 36S 137W") << 2020.5 << 6.0 << -36.0 << -137.0 << 20.16 << w20;
        QTest::newRow("2020.5 63 km 26N 81E") << 2020.5 << 63.0 << 26.0 << 81.0 << 0.43 << w20;
        // WMM2015v2 has no test table here: these are from the npm package geomagnetism 0.2.0's own
        // JavaScript evaluation of the same coefficients (not GeographicLib), rounded to 0.01°.
        const QString w15 = QStringLiteral("WMM2015v2");
        QTest::newRow("2016.0 Kyiv") << 2016.0 << 0.0 << 50.45 << 30.52 << 7.40 << w15;
        QTest::newRow("2018.5 Cape Town") << 2018.5 << 0.0 << -33.9 << 18.4 << -25.16 << w15;
        QTest::newRow("2019.0 Kabul") << 2019.0 << 0.0 << 34.5 << 69.2 << 3.21 << w15;
    }
    void declinationMatchesPublishedValues()
    {
        QFETCH(double, year);
        QFETCH(double, heightKm);
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, declination);
        QFETCH(QString, release);
        const QDate day = dayOf(year);
        QCOMPARE(m_model->nameOn(day), release);
        const auto d = m_model->declination(lon, lat, day, heightKm * 1000);
        QVERIFY(d.has_value());
        QVERIFY2(std::abs(*d - declination) <= 0.0101,
                 qPrintable(QStringLiteral("declination %1°, published %2°").arg(*d, 0, 'f', 4).arg(declination)));
    }

    void eachDateUsesTheReleaseThatCoversIt()
    {
        QCOMPARE(m_model->validFrom(), QDate(2015, 1, 1));
        QCOMPARE(m_model->validTo(), QDate(2029, 12, 31));
        QCOMPARE(m_model->nameOn(QDate(2019, 12, 31)), QStringLiteral("WMM2015v2"));
        QCOMPARE(m_model->nameOn(QDate(2020, 1, 1)), QStringLiteral("WMM2020"));
        QCOMPARE(m_model->nameOn(QDate(2024, 12, 31)), QStringLiteral("WMM2020"));
        QCOMPARE(m_model->nameOn(QDate(2025, 1, 1)), QStringLiteral("WMM2025"));
        QCOMPARE(m_model->nameOn(QDate(2026, 12, 3)), QStringLiteral("WMM2025"));
        // Never extrapolated: before 2015 and from 2030 there is no declination, and a reason.
        for (const QDate d : {QDate(2014, 12, 31), QDate(2030, 1, 1), QDate()}) {
            QVERIFY(m_model->nameOn(d).isEmpty());
            QVERIFY(!m_model->declination(30.5, 50.4, d).has_value());
            QVERIFY(!m_model->dateProblem(d).isEmpty());
        }
        QVERIFY(m_model->dateProblem(QDate(2014, 12, 31)).contains(QStringLiteral("31 December 2014")));
        QVERIFY(m_model->dateProblem(QDate(2026, 12, 3)).isEmpty());
        // The same place a few years apart: magnetic north moved (Kyiv's declination grows ~0.1°/yr).
        const double d2016 = *m_model->declination(30.52, 50.45, QDate(2016, 1, 1));
        const double d2026 = *m_model->declination(30.52, 50.45, QDate(2026, 1, 1));
        QVERIFY2(d2026 - d2016 > 0.5 && d2026 - d2016 < 2.0, qPrintable(QString::number(d2026 - d2016)));
    }

    void noDeclinationAtThePolesOrOffTheEarth()
    {
        const QDate day(2026, 6, 1);
        QVERIFY(!m_model->declination(0, 90, day).has_value());
        QVERIFY(!m_model->declination(0, -90, day).has_value());
        QVERIFY(!m_model->declination(std::nan(""), 10, day).has_value());
        QVERIFY(!m_model->declination(10, 91, day).has_value());
        QVERIFY(m_model->declination(0, 89.9, day).has_value());
    }

    void bearingsConvertBothWays()
    {
        QCOMPARE(geo::magneticFromTrue(5.0, 7.25), 357.75);
        QCOMPARE(geo::trueFromMagnetic(357.75, 7.25), 5.0);
        QCOMPARE(geo::magneticFromTrue(350.0, -15.0), 5.0);
        QCOMPARE(geo::trueFromMagnetic(0.0, 0.0), 0.0);
        for (double t = 0; t < 360; t += 17.5)
            for (double d : {-25.0, -0.4, 3.9, 68.8})
                QVERIFY(angleDiff(geo::trueFromMagnetic(geo::magneticFromTrue(t, d), d), t) < 1e-9);
        QCOMPARE(geo::formatDeclination(7.249), QStringLiteral("7.2° E"));
        QCOMPARE(geo::formatDeclination(-3.85), QStringLiteral("3.9° W"));
        QCOMPARE(geo::formatDeclination(-0.01), QStringLiteral("0.0° E"));
        QCOMPARE(geo::decimalYear(QDate(2025, 1, 1)), 2025.0);
        QCOMPARE(geo::decimalYear(QDate(2024, 12, 31)), 2024.0 + 365.0 / 366.0);
    }

    void aBrokenModelFileIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto missing = geo::MagneticModel::load(dir.path(), {QStringLiteral("wmm2025")});
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("wmm2025")));
        // Metadata whose coefficients file is cut short.
        QVERIFY(QFile::copy(QStringLiteral(":/magnetic/wmm2025.wmm"), dir.filePath(QStringLiteral("wmm2025.wmm"))));
        QFile cof(QStringLiteral(":/magnetic/wmm2025.wmm.cof"));
        QVERIFY(cof.open(QIODevice::ReadOnly));
        QFile cut(dir.filePath(QStringLiteral("wmm2025.wmm.cof")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(cof.read(100));
        cut.close();
        auto truncated = geo::MagneticModel::load(dir.path(), {QStringLiteral("wmm2025")});
        QVERIFY(!truncated);
        QVERIFY2(truncated.error().contains(QStringLiteral("cannot read the magnetic model")), qPrintable(truncated.error()));
    }
};

QTEST_GUILESS_MAIN(TestMagnetic)
#include "tst_magnetic.moc"
