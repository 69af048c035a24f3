#include <QtTest>

#include <gdal.h>

#include "treaty/treatystatus.h"
#include "treaty/treatytable.h"

using namespace mineatlas::treaty;

/// Treaty status of named states on real dates around every event, from the shipped table.
class TestTreatyStatus : public QObject {
    Q_OBJECT
    std::shared_ptr<const TreatyTable> m_table;

private Q_SLOTS:
    void initTestCase()
    {
        GDALAllRegister();
        auto table = TreatyTable::loadBuiltIn();
        QVERIFY2(table.ok(), qPrintable(table.error()));
        m_table = table.value();
        QCOMPARE(m_table->records().size(), std::size_t(197));
    }

    void statusOnDates_data()
    {
        QTest::addColumn<QString>("iso3");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("suspension");
        const auto row = [](const char* name, const char* iso3, QDate d, const char* status,
                            bool susp = false) {
            QTest::newRow(name) << QString::fromLatin1(iso3) << d << QString::fromLatin1(status) << susp;
        };
        row("Poland before the announcement", "POL", {2025, 3, 17}, "party");
        row("Poland on the announcement day", "POL", {2025, 3, 18}, "withdrawal-announced");
        row("Poland the day before depositing", "POL", {2025, 8, 19}, "withdrawal-announced");
        row("Poland on deposit day", "POL", {2025, 8, 20}, "withdrawal-pending");
        row("Poland the day before it takes effect", "POL", {2026, 2, 19}, "withdrawal-pending");
        row("Poland after withdrawal", "POL", {2026, 2, 20}, "withdrawn");
        row("Poland before entry into force", "POL", {2013, 5, 31}, "joined-not-in-force");
        row("Poland in force", "POL", {2013, 6, 1}, "party");
        row("Poland signatory in 2000", "POL", {2000, 1, 1}, "signatory");
        row("Finland announced", "FIN", {2025, 4, 1}, "withdrawal-announced");
        row("Finland pending", "FIN", {2026, 1, 9}, "withdrawal-pending");
        row("Finland withdrawn", "FIN", {2026, 1, 10}, "withdrawn");
        row("Finland before accession", "FIN", {2011, 6, 1}, "never-joined");
        row("Estonia pending", "EST", {2025, 12, 26}, "withdrawal-pending");
        row("Estonia withdrawn", "EST", {2025, 12, 27}, "withdrawn");
        row("Latvia withdrawn", "LVA", {2025, 12, 27}, "withdrawn");
        row("Lithuania pending", "LTU", {2025, 6, 27}, "withdrawal-pending");
        row("Lithuania withdrawn", "LTU", {2026, 6, 1}, "withdrawn");
        row("Ukraine party in 2024", "UKR", {2024, 1, 1}, "party");
        row("Ukraine after announcing: still a party", "UKR", {2025, 7, 1}, "party");
        row("Ukraine on the disputed notice day", "UKR", {2025, 7, 17}, "party");
        row("Ukraine claims suspension", "UKR", {2025, 8, 1}, "party", true);
        row("Ukraine today", "UKR", {2026, 11, 23}, "party", true);
        row("United States 1998", "USA", {1998, 1, 1}, "never-joined");
        row("United States 2025", "USA", {2025, 6, 1}, "never-joined");
        row("United States today", "USA", {2026, 11, 23}, "never-joined");
        row("Russia today", "RUS", {2026, 11, 23}, "never-joined");
        row("China today", "CHN", {2026, 11, 23}, "never-joined");
        row("Vietnam today", "VNM", {2026, 11, 23}, "never-joined");
        row("Marshall Islands signatory 2000", "MHL", {2000, 1, 1}, "signatory");
        row("Marshall Islands signatory 2025-03-11", "MHL", {2025, 3, 11}, "signatory");
        row("Marshall Islands ratified", "MHL", {2025, 3, 12}, "joined-not-in-force");
        row("Marshall Islands in force", "MHL", {2025, 9, 1}, "party");
        row("Burkina Faso, 40th instrument, before EIF", "BFA", {1999, 2, 28}, "joined-not-in-force");
        row("Burkina Faso in force", "BFA", {1999, 3, 1}, "party");
        row("anyone before the treaty opened", "POL", {1997, 12, 2}, "not-yet-open");
    }
    void statusOnDates()
    {
        QFETCH(QString, iso3);
        QFETCH(QDate, date);
        QFETCH(QString, status);
        QFETCH(bool, suspension);
        const TreatyRecord* r = m_table->byIso3(iso3);
        QVERIFY(r);
        const StatusAtDate s = statusAt(*r, date);
        QCOMPARE(statusKey(s.status), status);
        QCOMPARE(bool(s.flags & SuspensionClaimed), suspension);
    }

    void ukraineStaysAPartyEveryDay()
    {
        // Announcement (29 Jun 2025), suspension notice (17/18 Jul 2025) and after: a State Party on
        // every single day, never "withdrawal announced", never uncertain.
        const TreatyRecord* r = m_table->byIso3("UKR");
        for (QDate d(2025, 1, 1); d <= QDate(2026, 11, 23); d = d.addDays(1)) {
            const StatusAtDate s = statusAt(*r, d);
            QVERIFY2(s.status == TreatyStatus::StateParty, qPrintable(d.toString(Qt::ISODate)));
            QCOMPARE(bool(s.flags & WithdrawalAnnouncedOnly), d >= QDate(2025, 6, 29));
            if (d >= QDate(2025, 7, 18))
                QVERIFY(s.flags & SuspensionClaimed);
        }
    }

    void historicCountsWithinRange_data()
    {
        // Published counts (treaty-facts.md section 2) must lie in the range the table allows:
        // deposits known only to the year make early counts a range, never a guessed number.
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("published");
        QTest::newRow("Jan 1999, 67 ratified") << QDate(1999, 1, 15) << 67;
        QTest::newRow("Jul 2006, 151") << QDate(2006, 7, 15) << 151;
        QTest::newRow("Jan 2012, 159 with Finland") << QDate(2012, 1, 15) << 159;
        QTest::newRow("27 Dec 2012, Poland the 161st") << QDate(2012, 12, 27) << 161;
        QTest::newRow("2019, 164") << QDate(2019, 6, 1) << 164;
    }
    void historicCountsWithinRange()
    {
        QFETCH(QDate, date);
        QFETCH(int, published);
        const auto [certain, possible] = partiesRangeAt(*m_table, date);
        QVERIFY2(certain <= published && published <= possible,
                 qPrintable(QStringLiteral("%1..%2").arg(certain).arg(possible)));
        QCOMPARE(partiesAt(*m_table, date), certain);
    }

    void entryIntoForceArticle17_data()
    {
        QTest::addColumn<QDate>("deposit");
        QTest::addColumn<QDate>("inForce");
        QTest::newRow("Poland 27 Dec 2012") << QDate(2012, 12, 27) << QDate(2013, 6, 1);
        QTest::newRow("Tonga 25 Jun 2025") << QDate(2025, 6, 25) << QDate(2025, 12, 1);
        QTest::newRow("first day of a month") << QDate(2005, 1, 1) << QDate(2005, 7, 1);
        QTest::newRow("Burkina Faso, 40th") << QDate(1998, 9, 16) << QDate(1999, 3, 1);
        QTest::newRow("Canada, first of all") << QDate(1997, 12, 3) << QDate(1999, 3, 1);
        QTest::newRow("41st, late Sep 1998") << QDate(1998, 9, 30) << QDate(1999, 3, 1);
        QTest::newRow("Oct 1998") << QDate(1998, 10, 5) << QDate(1999, 4, 1);
    }
    void entryIntoForceArticle17()
    {
        QFETCH(QDate, deposit);
        QFETCH(QDate, inForce);
        QCOMPARE(entryIntoForceFor(deposit), inForce);
    }

    void statedEntryIntoForceAgreesWithArticle17()
    {
        // Every entry into force the table states from a source must equal Art. 17's.
        int checked = 0;
        for (const TreatyRecord& r : m_table->records()) {
            if (r.inForceStated.isNull() || !r.deposit.isExact())
                continue;
            QVERIFY2(r.inForceStated.earliest() == entryIntoForceFor(r.deposit.earliest()),
                     qPrintable(r.iso3));
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

    void yearOnlyDepositIsUncertainDuringThatYear()
    {
        // A state whose deposit is known only to the year: uncertain in that year, certain after.
        TreatyRecord r;
        r.iso3 = "TST";
        r.deposit = FuzzyDate::parse("2003");
        r.depositKind = "accession";
        StatusAtDate s = statusAt(r, {2003, 6, 15});
        QCOMPARE(s.status, TreatyStatus::Uncertain);
        QCOMPARE(s.ifHappened, TreatyStatus::JoinedNotInForce);
        QCOMPARE(s.ifNotYet, TreatyStatus::NeverJoined);
        QCOMPARE(statusAt(r, {2002, 12, 31}).status, TreatyStatus::NeverJoined);
        // Entry into force: between 1 Jul 2003 and 1 Jun 2004, so still uncertain in early 2004...
        bool computed = false;
        const FuzzyDate eif = entryIntoForce(r, &computed);
        QVERIFY(computed);
        QCOMPARE(eif.earliest(), QDate(2003, 7, 1));
        QCOMPARE(eif.latest(), QDate(2004, 6, 1));
        QCOMPARE(statusAt(r, {2004, 1, 10}).status, TreatyStatus::Uncertain);
        // ...and certain once the latest possible day has passed.
        s = statusAt(r, {2004, 6, 1});
        QCOMPARE(s.status, TreatyStatus::StateParty);
        QVERIFY(s.flags & SinceUncertain);
        QVERIFY(s.flags & InForceComputed);
    }

    void shippedYearOnlyStateIsUncertainThenParty()
    {
        // Belarus: deposit known only as 2003 in the table.
        const TreatyRecord* r = m_table->byIso3("BLR");
        QVERIFY(r);
        QCOMPARE(r->deposit.precision(), FuzzyDate::Precision::Year);
        QCOMPARE(statusAt(*r, {2003, 5, 1}).status, TreatyStatus::Uncertain);
        QCOMPARE(statusAt(*r, {2005, 1, 1}).status, TreatyStatus::StateParty);
    }

    void partyCountsMatchPublishedCounts_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("parties");
        QTest::newRow("before March 2025") << QDate(2025, 3, 1) << 164;
        QTest::newRow("Marshall Islands deposits") << QDate(2025, 3, 12) << 165;
        QTest::newRow("Tonga deposits") << QDate(2025, 6, 26) << 166;
        QTest::newRow("Baltic withdrawals effective") << QDate(2025, 12, 27) << 163;
        QTest::newRow("Finland out") << QDate(2026, 1, 10) << 162;
        QTest::newRow("Poland out") << QDate(2026, 2, 20) << 161;
        QTest::newRow("today, with Lebanon") << QDate(2026, 11, 23) << 162;
    }
    void partyCountsMatchPublishedCounts()
    {
        QFETCH(QDate, date);
        QFETCH(int, parties);
        QCOMPARE(partiesAt(*m_table, date), parties);
    }

    void fuzzyDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("day") << "2025-03-18" << true << QDate(2025, 3, 18) << QDate(2025, 3, 18);
        QTest::newRow("month") << "2024-02" << true << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("year") << "1998" << true << QDate(1998, 1, 1) << QDate(1998, 12, 31);
        QTest::newRow("range") << "2025-07-17/2025-07-18" << true << QDate(2025, 7, 17) << QDate(2025, 7, 18);
        QTest::newRow("mixed range") << "1997-12-03/1998" << true << QDate(1997, 12, 3)
                                     << QDate(1998, 12, 31);
        QTest::newRow("empty") << "" << true << QDate() << QDate();
        QTest::newRow("day 32") << "2025-01-32" << false << QDate() << QDate();
        QTest::newRow("words") << "March 2025" << false << QDate() << QDate();
        QTest::newRow("backwards range") << "2025-02-01/2025-01-01" << false << QDate() << QDate();
    }
    void fuzzyDates()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        bool ok = false;
        const FuzzyDate d = FuzzyDate::parse(text, &ok);
        QCOMPARE(ok, valid);
        QCOMPARE(d.earliest(), earliest);
        QCOMPARE(d.latest(), latest);
    }
};

QTEST_GUILESS_MAIN(TestTreatyStatus)
#include "tst_treatystatus.moc"
