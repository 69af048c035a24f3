#include <QtTest>

#include <gdal.h>

#include "treaty/territories.h"
#include "treaty/treatytable.h"

using namespace mineatlas;
using namespace mineatlas::treaty;

/// The territories table (parts of states and dependencies, with the Convention's coverage from
/// the depositary's notes) and its validation.
class TestTerritories : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    const QString m_header =
        QStringLiteral("code,name,aliases,sovereign,relation,coverage,applies_from,notes,sources\n");

    QString write(const QString& name, const QString& text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(text.toUtf8());
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void theShippedTableReadsAndNamesRealStates()
    {
        const QString path = QStringLiteral(MINEATLAS_TEST_DATA "/../../resources/treaty/territories.csv");
        auto loaded = TerritoryTable::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const TerritoryTable& t = TerritoryTable::builtIn();
        QCOMPARE(t.territories().size(), loaded.value()->territories().size());
        QVERIFY(t.territories().size() >= 50);
        auto treaty = TreatyTable::loadBuiltIn();
        QVERIFY(treaty.ok());
        for (const Territory& r : t.territories()) {
            QVERIFY2(treaty.value()->indexOfIso3(r.sovereign) >= 0, qPrintable(r.name));
            QVERIFY2(!r.sources.isEmpty() && !r.notes.isEmpty(), qPrintable(r.name));
            // A territory is not itself a state of the treaty table.
            QVERIFY2(r.code.isEmpty() || treaty.value()->indexOfIso3(r.code) < 0, qPrintable(r.code));
        }
        // The depositary's notes (UNTC, XXVI-5, notes 7 and 12).
        const Territory* bmu = t.byCode("BMU");
        QVERIFY(bmu);
        QCOMPARE(bmu->sovereign, QStringLiteral("GBR"));
        QCOMPARE(bmu->appliesFrom, QDate(2001, 12, 4));
        QVERIFY(!bmu->coveredOn({2001, 12, 3}) && bmu->coveredOn({2001, 12, 4}));
        QCOMPARE(t.byCode("JEY")->appliesFrom, QDate(2002, 4, 3));
        QCOMPARE(t.byCode("BES")->appliesFrom, QDate(2014, 2, 21));
        QCOMPARE(t.byCode("ABW")->coverage, Territory::Coverage::NotApplied);
        QCOMPARE(t.byCode("GIB")->coverage, Territory::Coverage::NotRecorded);
        QCOMPARE(t.byCode("GRL")->coverage, Territory::Coverage::NotRecorded);
        QCOMPARE(t.byCode("ALA")->relation, Territory::Relation::Part);
        QVERIFY(t.byCode("ALA")->coveredOn({1990, 1, 1}));
        QCOMPARE(t.byCode("ALA")->sovereign, QStringLiteral("FIN"));
        // Names and aliases as border files spell them.
        QCOMPARE(t.byNormalisedName(QStringLiteral("faroe is"))->code, QStringLiteral("FRO"));
        QCOMPARE(t.byNormalisedName(QStringLiteral("akrotiri"))->sovereign, QStringLiteral("GBR"));
        QVERIFY(!t.byNormalisedName(QStringLiteral("finland")));
    }

    void brokenRowsAreRefusedWithTheRowAndTheRule_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("message");
        const QString src = QStringLiteral("https://treaties.un.org/x");
        QTest::newRow("extension without a date")
            << QStringLiteral("BMU,Bermuda,,GBR,dependency,applies,,n,%1").arg(src) << "needs the date it was extended";
        QTest::newRow("date without an extension")
            << QStringLiteral("GRL,Greenland,,DNK,dependency,not_recorded,2001-01-01,n,%1").arg(src)
            << "applies_from is only for a dependency";
        QTest::newRow("a part that is not covered")
            << QStringLiteral("ALA,Åland,,FIN,part,not_applied,,n,%1").arg(src) << "a part of a state takes its status";
        QTest::newRow("unknown relation")
            << QStringLiteral("ALA,Åland,,FIN,colony,applies,,n,%1").arg(src) << "relation \"colony\"";
        QTest::newRow("unknown coverage")
            << QStringLiteral("ALA,Åland,,FIN,part,maybe,,n,%1").arg(src) << "coverage \"maybe\"";
        QTest::newRow("no source") << QStringLiteral("ALA,Åland,,FIN,part,applies,,n,") << "no source";
        QTest::newRow("bad sovereign")
            << QStringLiteral("ALA,Åland,,Finland,part,applies,,n,%1").arg(src) << "sovereign \"Finland\"";
        QTest::newRow("bad date")
            << QStringLiteral("BMU,Bermuda,,GBR,dependency,applies,4 Dec 2001,n,%1").arg(src) << "is not a date";
    }
    void brokenRowsAreRefusedWithTheRowAndTheRule()
    {
        QFETCH(QString, row);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("t-%1.csv").arg(QTest::currentDataTag()).replace(' ', '_'),
                                   m_header + row + '\n');
        auto t = TerritoryTable::load(path);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().contains("row 2") && t.error().contains(message), qPrintable(t.error()));
    }

    void duplicatesAndEmptyTablesAreRefused()
    {
        const QString src = QStringLiteral("https://treaties.un.org/x");
        auto dup = TerritoryTable::load(write("dup.csv", m_header + QStringLiteral("GRL,Greenland,,DNK,dependency,not_recorded,,n,%1\n"
                                                                                   "FRO,Faroe Islands,Greenland,DNK,dependency,not_recorded,,n,%1\n")
                                                                        .arg(src)));
        QVERIFY(!dup.ok());
        QVERIFY2(dup.error().contains("row 3") && dup.error().contains("also another row's"), qPrintable(dup.error()));
        auto empty = TerritoryTable::load(write("empty.csv", m_header));
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().contains("no rows"), qPrintable(empty.error()));
        auto missing = TerritoryTable::load(write("cols.csv", QStringLiteral("code,name\nGRL,Greenland\n")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains("missing column") && missing.error().contains("sovereign"), qPrintable(missing.error()));
    }
};

QTEST_GUILESS_MAIN(TestTerritories)
#include "tst_territories.moc"
