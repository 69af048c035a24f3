#include <QtTest>

#include "time/timecontroller.h"

using namespace mineatlas;
using Unit = time::TimeController::Unit;

class TestTimeController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stepsByEachUnit()
    {
        time::TimeController c;
        c.setBounds({1997, 12, 3}, {2026, 11, 23});
        c.setDate({2024, 1, 31});
        c.setUnit(Unit::Day);
        QVERIFY(c.stepForward());
        QCOMPARE(c.date(), QDate(2024, 2, 1));
        c.setUnit(Unit::Week);
        c.stepForward();
        QCOMPARE(c.date(), QDate(2024, 2, 8));
        c.setUnit(Unit::Month);
        c.stepBackward();
        QCOMPARE(c.date(), QDate(2024, 1, 8));
        c.setUnit(Unit::Year);
        c.stepForward();
        QCOMPARE(c.date(), QDate(2025, 1, 8));
        c.setUnit(Unit::Event);
        c.setEventDates({{2025, 8, 20}, {2025, 3, 18}, {2025, 3, 18}, {2026, 2, 20}});
        QCOMPARE(c.eventDates().size(), std::size_t(3));
        c.stepForward();
        QCOMPARE(c.date(), QDate(2025, 3, 18));
        c.stepForward();
        QCOMPARE(c.date(), QDate(2025, 8, 20));
        c.stepBackward();
        QCOMPARE(c.date(), QDate(2025, 3, 18));
    }

    void theRangeEndsPlayOrLoopsIt()
    {
        time::TimeController c;
        c.setBounds({1997, 12, 3}, {2026, 11, 23});
        c.setUnit(Unit::Month);
        c.setRangeByUser({2022, 1, 1}, {2022, 3, 15});
        QVERIFY(c.rangeSetByUser());
        c.setDate({2022, 3, 1});
        c.play();
        QVERIFY(c.isPlaying());
        // The end of the range (15 Mar) is shown before play stops, not skipped.
        QVERIFY(c.stepForward());
        QCOMPARE(c.date(), QDate(2022, 3, 15));
        QVERIFY(!c.stepForward());
        QVERIFY(!c.isPlaying());
        // Play from the end starts at the beginning.
        c.play();
        QCOMPARE(c.date(), QDate(2022, 1, 1));
        c.setLoop(true);
        c.setDate({2022, 3, 15});
        QVERIFY(c.stepForward());
        QCOMPARE(c.date(), QDate(2022, 1, 1));
        QVERIFY(c.isPlaying());
        c.pause();
        // Dates outside the bounds are clamped.
        c.setDate({1900, 1, 1});
        QCOMPARE(c.date(), QDate(1997, 12, 3));
    }

    void playingStepsAtItsSpeed()
    {
        time::TimeController c;
        c.setBounds({2020, 1, 1}, {2026, 1, 1});
        c.setUnit(Unit::Year);
        c.setSpeed(20);
        c.setRangeByUser({2020, 1, 1}, {2023, 1, 1});
        QSignalSpy dates(&c, &time::TimeController::dateChanged);
        QSignalSpy playing(&c, &time::TimeController::playingChanged);
        c.setDate({2020, 1, 1});
        dates.clear();
        c.play();
        QTRY_COMPARE_WITH_TIMEOUT(playing.size(), 2, 5000); // started, then stopped at the end
        QCOMPARE(dates.size(), 3);
        QCOMPARE(dates.last().first().toDate(), QDate(2023, 1, 1));
    }

    void dataWithDatesSetsTheRangeUntilTheUserDoes()
    {
        time::TimeController c;
        c.setBounds({1997, 12, 3}, {2026, 11, 23});
        c.fitToData({2022, 2, 24}, {2026, 6, 30});
        QCOMPARE(c.rangeStart(), QDate(2022, 2, 24));
        QCOMPARE(c.rangeEnd(), QDate(2026, 6, 30));
        QCOMPARE(c.unit(), Unit::Month); // events are years apart; data moves monthly
        // Data past the bounds widens them.
        c.fitToData({1990, 1, 1}, {2030, 1, 1});
        QCOMPARE(c.minimum(), QDate(1990, 1, 1));
        QCOMPARE(c.maximum(), QDate(2030, 1, 1));
        c.setRangeByUser({2023, 1, 1}, {2024, 1, 1});
        c.fitToData({2022, 1, 1}, {2026, 1, 1});
        QCOMPARE(c.rangeStart(), QDate(2023, 1, 1));
    }
};

QTEST_MAIN(TestTimeController)
#include "tst_timecontroller.moc"
