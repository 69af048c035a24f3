#include <QtTest>

#include <cmath>

#include "hazard/validation.h"

using namespace mineatlas::hazard;

/// Every rule fires on a fixture, and a good polygon passes.
class TestValidation : public QObject {
    Q_OBJECT

    static QStringList rules(const std::vector<ValidationIssue>& issues)
    {
        QStringList out;
        for (const auto& i : issues)
            out << i.rule;
        out.removeDuplicates();
        return out;
    }
    static HazardArea area(std::vector<double> ring, Status status = Status::Open, QString id = {})
    {
        HazardArea a;
        a.polygons = {{std::move(ring)}};
        a.status = status;
        a.localId = std::move(id);
        return a;
    }

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<std::vector<double>>("ring");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("good square, 1 km")
            << std::vector<double>{33.0, 47.0, 33.013, 47.0, 33.013, 47.009, 33.0, 47.009, 33.0, 47.0}
            << QStringList{};
        QTest::newRow("two vertices")
            << std::vector<double>{33.0, 47.0, 33.01, 47.0, 33.0, 47.0} << QStringList{"too-few-vertices"};
        QTest::newRow("duplicate vertex")
            << std::vector<double>{33.0, 47.0, 33.01, 47.0, 33.01, 47.0, 33.0, 47.01}
            << QStringList{"duplicate-vertex"};
        QTest::newRow("bow tie") << std::vector<double>{33.0, 47.0, 33.01, 47.01, 33.01, 47.0, 33.0, 47.01}
                                 << QStringList{"self-intersection"};
        QTest::newRow("edge of 7 km") << std::vector<double>{33.0, 47.0, 33.1, 47.0, 33.1, 47.01, 33.0, 47.01}
                                      << QStringList{"long-edge"};
    }
    void rules()
    {
        QFETCH(std::vector<double>, ring);
        QFETCH(QStringList, expected);
        const auto issues = validateRing(ring);
        QCOMPARE(rules(issues), expected);
        for (const auto& i : issues)
            QVERIFY(!i.message.isEmpty());
    }

    void bowTieIsLocated()
    {
        const auto issues = validateRing({33.0, 47.0, 33.02, 47.02, 33.02, 47.0, 33.0, 47.02});
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(issues[0].severity, ValidationIssue::Severity::Error);
        QVERIFY(qAbs(issues[0].where.x() - 33.01) < 1e-9 && qAbs(issues[0].where.y() - 47.01) < 1e-9);
        QVERIFY(hasErrors(issues));
    }

    void longEdgeIsAWarningWithDistance()
    {
        const auto issues = validateRing({33.0, 47.0, 33.1, 47.0, 33.1, 47.01, 33.0, 47.01});
        QCOMPARE(issues.size(), std::size_t(2)); // both long sides (7.6 km each)
        QCOMPARE(issues[0].severity, ValidationIssue::Severity::Warning);
        QVERIFY2(issues[0].message.contains("7.6 km"), qPrintable(issues[0].message));
        QVERIFY(!hasErrors(issues));
    }

    void overlapWithOpenAreaWarns()
    {
        const HazardArea mine = area({33.0, 47.0, 33.01, 47.0, 33.01, 47.01, 33.0, 47.01});
        const HazardArea open =
            area({33.005, 47.005, 33.02, 47.005, 33.02, 47.02, 33.005, 47.02}, Status::Open, "UA-1");
        const HazardArea closed =
            area({33.005, 47.005, 33.02, 47.005, 33.02, 47.02, 33.005, 47.02}, Status::Closed, "UA-2");
        const HazardArea touching =
            area({33.01, 47.0, 33.02, 47.0, 33.02, 47.01, 33.01, 47.01}, Status::Open, "UA-3");
        auto issues = validateArea(mine, {open, closed, touching});
        QCOMPARE(rules(issues), QStringList{"overlap"});
        QCOMPARE(issues.size(), std::size_t(1));
        QVERIFY(issues[0].message.contains("UA-1"));
        QVERIFY(qAbs(issues[0].where.x() - 33.0075) < 1e-6);
    }

    /// A neighbour drawn by snapping to this area's corners shares their positions only to the
    /// canvas store's float rounding (2^-24 of a ring's size, 0.03 mm here; 0.1 mm is used): that
    /// sliver is touching, not overlap. A strip one metre wide along the 1.1 km edge is a real
    /// overlap and still warns.
    void snappedNeighbourTouchesButAMetreOverlaps()
    {
        const HazardArea mine = area({33.0, 47.0, 33.01, 47.0, 33.01, 47.01, 33.0, 47.01});
        const double mm = 0.001 / 111320.0 / std::cos(47.0 * M_PI / 180.0); // a millimetre east
        const double shift = 0.1 * mm;
        const HazardArea snapped = area({33.01 - shift, 47.0, 33.02, 47.0, 33.02, 47.01, 33.01 - shift, 47.01},
                                        Status::Open, "UA-4");
        QCOMPARE(rules(validateArea(mine, {snapped})), QStringList{});
        const double metre = 1000 * mm;
        const HazardArea strip = area({33.01 - metre, 47.0, 33.02, 47.0, 33.02, 47.01, 33.01 - metre, 47.01},
                                      Status::Open, "UA-5");
        QCOMPARE(rules(validateArea(mine, {strip})), QStringList{"overlap"});
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
