#include <QtTest>

#include <gdal.h>

#include "treaty/treatytable.h"

using namespace mineatlas::treaty;

/// Users can replace the treaty table; a malformed one is refused with row-level messages.
class TestTreatyTable : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    const QString m_header = QStringLiteral("iso3,iso_n3,name,signed,deposited,deposit_kind,in_force,"
                                            "withdrawal_announced,withdrawal_deposited,withdrawal_effective,"
                                            "suspension_claimed,notes,sources\n");

    QString write(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text.toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void loadsAValidTable()
    {
        const QString path =
            write("good.csv",
                  m_header + "POL,616,Poland,1997-12-04,2012-12-27,ratification,2013-06-01,"
                             "2025-03-18,2025-08-20,2026-02-20,,\"Left, in 2026\",https://a ; https://b\n"
                             "USA,840,United States,,,,,,,,,Never joined,https://c\n");
        auto table = TreatyTable::load(path);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.value()->records().size(), std::size_t(2));
        const TreatyRecord* pol = table.value()->byIso3("pol");
        QVERIFY(pol);
        QCOMPARE(pol->notes, QStringLiteral("Left, in 2026"));
        QCOMPARE(pol->sources, QStringList({"https://a", "https://b"}));
        QCOMPARE(pol->withdrawalEffective.earliest(), QDate(2026, 2, 20));
        QCOMPARE(table.value()->byNumeric("840")->iso3, QStringLiteral("USA"));
        QCOMPARE(table.value()->byNumeric("0840"), table.value()->byNumeric("840"));
    }

    void refusesMalformedTables_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("bad date") << "POL,616,Poland,1997-13-04,,,,,,,,,src\n"
                                  << QStringList{"row 2 (POL)", "signed \"1997-13-04\" is not a date"};
        QTest::newRow("duplicate iso3") << "POL,616,Poland,,,,,,,,,,src\nPOL,616,Poland,,,,,,,,,,src\n"
                                        << QStringList{"row 3 (POL)", "appears twice"};
        QTest::newRow("effective before deposit")
            << "FIN,246,Finland,,2012-01-09,accession,,,2025-07-10,2025-01-10,,,src\n"
            << QStringList{"row 2 (FIN)", "withdrawal_effective"};
        QTest::newRow("no source") << "EST,233,Estonia,,2004-05-12,accession,,,,,,,\n"
                                   << QStringList{"row 2 (EST)", "no source"};
        QTest::newRow("bad iso3") << "Poland,616,Poland,,,,,,,,,,src\n"
                                  << QStringList{"row 2", "not three letters"};
        QTest::newRow("bad deposit kind") << "LVA,428,Latvia,,2005-07-01,adhesion,,,,,,,src\n"
                                          << QStringList{"row 2 (LVA)", "deposit_kind"};
        QTest::newRow("entry into force a day after deposit")
            << "EST,233,Estonia,,2004-05-12,accession,2004-05-13,,,,,,src\n"
            << QStringList{"row 2 (EST)", "in_force (2004-05-13) is not what Art. 17 gives", "(2004-11-01)"};
        QTest::newRow("withdrawal effective the next day")
            << "FIN,246,Finland,,2012-01-09,accession,,,2025-07-10,2025-07-11,,,src\n"
            << QStringList{"row 2 (FIN)", "Art. 20(3)", "2026-01-10 at the earliest"};
        QTest::newRow("ratified without signing")
            << "POL,616,Poland,,2012-12-27,ratification,,,,,,,src\n"
            << QStringList{"row 2 (POL)", "a ratification follows a signature"};
        QTest::newRow("withdrawal without joining") << "USA,840,United States,,,,,,2025-01-01,,,,src\n"
                                                    << QStringList{"row 2 (USA)", "never deposited"};
    }
    void refusesMalformedTables()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        const QString path = write(
            QStringLiteral("bad-%1.csv").arg(QTest::currentDataTag()).replace(' ', '_'), m_header + body);
        auto table = TreatyTable::load(path);
        QVERIFY(!table.ok());
        for (const QString& e : expected)
            QVERIFY2(table.error().contains(e), qPrintable(table.error()));
        QVERIFY(table.error().startsWith(QFileInfo(path).fileName()));
    }

    void successionMayTakeEffectBeforeItsDeposit()
    {
        // The optional columns of the depositary-based table (resources/treaty/README.md).
        const QString header = QStringLiteral("iso3,iso_n3,name,exists_from,signed,deposited,deposit_kind,in_force,"
                                              "succession_effective,withdrawal_recommended,withdrawal_announced,"
                                              "withdrawal_deposited,withdrawal_effective,withdrawal_cn,suspension_claimed,"
                                              "notes,sources\n");
        auto good = TreatyTable::load(write("succession.csv",
                                            header + "SSD,728,South Sudan,2011-07-09,,2011-11-11,succession,2011-07-09,"
                                                     "2011-07-09,,,,,,,From independence,src\n"
                                                     "JPN,392,Japan,,1997-12-03,1998-09-30,acceptance,,,,,,,,,,src\n"));
        QVERIFY2(good.ok(), qPrintable(good.error()));
        QCOMPARE(good.value()->byIso3("SSD")->existsFrom.earliest(), QDate(2011, 7, 9));
        // Entry into force before the deposit is refused for anything but a succession with its date.
        auto early = TreatyTable::load(write("early.csv", header + "SSD,728,South Sudan,2011-07-09,,2011-11-11,accession,"
                                                                   "2011-07-09,,,,,,,,,src\n"));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains("in_force (2011-07-09) is before deposited"), qPrintable(early.error()));
        auto notSuccession = TreatyTable::load(write("notsucc.csv", header + "SSD,728,South Sudan,,,2011-11-11,accession,,"
                                                                             "2011-07-09,,,,,,,,src\n"));
        QVERIFY(!notSuccession.ok());
        QVERIFY(notSuccession.error().contains("succession_effective is given but deposit_kind is not succession"));
        // A state cannot sign before it exists.
        auto beforeBirth = TreatyTable::load(write("birth.csv", header + "TLS,626,Timor-Leste,2002-05-20,1998-01-01,2003-05-07,"
                                                                        "ratification,,,,,,,,,,src\n"));
        QVERIFY(!beforeBirth.ok());
        QVERIFY2(beforeBirth.error().contains("signed (1998-01-01) is before exists_from"), qPrintable(beforeBirth.error()));
    }

    void refusesMissingColumns()
    {
        auto table = TreatyTable::load(write("cols.csv", "iso3,name\nPOL,Poland\n"));
        QVERIFY(!table.ok());
        QVERIFY2(table.error().contains("missing column(s): iso_n3, signed"), qPrintable(table.error()));
    }

    void refusesEmptyAndJunk()
    {
        QVERIFY(!TreatyTable::load(write("empty.csv", m_header)).ok());
        QVERIFY(!TreatyTable::load(m_dir.filePath("nowhere.csv")).ok());
        auto junk = TreatyTable::load(write("junk.csv", QString(300, QLatin1Char('x'))));
        QVERIFY(!junk.ok());
    }

    void builtInTableIsValidAndSourced()
    {
        auto table = TreatyTable::loadBuiltIn();
        QVERIFY2(table.ok(), qPrintable(table.error()));
        for (const TreatyRecord& r : table.value()->records())
            QVERIFY2(!r.sources.isEmpty(), qPrintable(r.iso3));
        // Kosovo and Taiwan cannot deposit with the UN Secretary-General: not in the table.
        QVERIFY(!table.value()->byIso3("XKX"));
        QVERIFY(!table.value()->byIso3("TWN"));
    }
};

QTEST_GUILESS_MAIN(TestTreatyTable)
#include "tst_treatytable.moc"
