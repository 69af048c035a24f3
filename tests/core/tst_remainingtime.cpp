#include <QtTest>

#include "remainingtime.h"

using namespace mineatlas;

/// The remaining-time estimate the progress bar shows: from the rate since the first figure.
class TestRemainingTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void estimatesFromTheRateSinceTheFirstFigure()
    {
        RemainingTime t;
        t.start(0);
        QCOMPARE(t.secondsLeft(-1, 500), -1.0);  // total unknown
        QCOMPARE(t.secondsLeft(10, 2000), -1.0); // first figure: nothing to go on yet
        QCOMPARE(t.secondsLeft(12, 2500), -1.0); // under a second since then
        // 20 points in 4 s since 10 %: 5 points a second, 70 points to go.
        QCOMPARE(t.secondsLeft(30, 6000), 14.0);
        QCOMPARE(t.secondsLeft(100, 9000), -1.0);
    }
    void wordsIt()
    {
        QCOMPARE(RemainingTime::text(-1), QString());
        QCOMPARE(RemainingTime::text(14.0), QStringLiteral("about 14 s left"));
        QCOMPARE(RemainingTime::text(0.2), QStringLiteral("about 1 s left"));
        QCOMPARE(RemainingTime::text(300), QStringLiteral("about 5 min left"));
    }
};

QTEST_GUILESS_MAIN(TestRemainingTime)
#include "tst_remainingtime.moc"
