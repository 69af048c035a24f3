// Country names in the interface languages (resources/countries/names.csv from iso-codes).
#include <QtTest>

#include <gdal.h>

#include "treaty/countrynames.h"
#include "treaty/treatytable.h"

using namespace mineatlas::treaty;

class TestCountryNames : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { GDALAllRegister(); }

    void namesInEachLanguage_data()
    {
        QTest::addColumn<QString>("iso3");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Ukraine in Ukrainian") << "UKR" << "uk_UA" << QStringLiteral("Україна");
        QTest::newRow("Ukraine in Chinese") << "ukr" << "zh_CN" << QStringLiteral("乌克兰");
        QTest::newRow("China in Chinese") << "CHN" << "zh_CN" << QStringLiteral("中国");
        QTest::newRow("Poland in Ukrainian") << "POL" << "uk" << QStringLiteral("Польща");
        QTest::newRow("Bolivia's short name in English") << "BOL" << "en_GB" << QStringLiteral("Bolivia");
        QTest::newRow("German falls back to English") << "UKR" << "de_DE" << QStringLiteral("Ukraine");
        QTest::newRow("not a country") << "XYZ" << "uk" << QString();
    }
    void namesInEachLanguage()
    {
        QFETCH(QString, iso3);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const auto names = CountryNames::loadBuiltIn();
        QVERIFY2(names, qPrintable(names ? QString() : names.error()));
        QCOMPARE(names.value()->languages(), QStringList({QStringLiteral("uk"), QStringLiteral("zh_CN")}));
        QCOMPARE(names.value()->name(iso3, QLocale(locale)), expected);
    }

    void searchGetsEveryName()
    {
        const auto names = CountryNames::shared();
        QVERIFY(names);
        QCOMPARE(names->allNames(QStringLiteral("FIN")),
                 QStringList({QStringLiteral("Finland"), QStringLiteral("Фінляндія"), QStringLiteral("芬兰")}));
    }

    // Every state of the treaty table that is an ISO 3166-1 country has all three names; the
    // treaty table's own name stays for the rest and for English.
    void everyTreatyStateIsNamed()
    {
        const auto table = TreatyTable::loadBuiltIn();
        QVERIFY(table);
        const auto names = CountryNames::shared();
        QVERIFY(names->size() >= 249);
        QStringList missing;
        for (const TreatyRecord& r : table.value()->records())
            if (names->allNames(r.iso3).size() < 3)
                missing << r.iso3;
        QVERIFY2(missing.size() <= 2, qPrintable(missing.join(QLatin1Char(' '))));
        const TreatyRecord* russia = table.value()->byIso3(QStringLiteral("RUS"));
        QVERIFY(russia);
        QCOMPARE(localizedCountryName(russia->iso3, russia->name, QLocale(QLocale::English)), russia->name);
        QCOMPARE(localizedCountryName(russia->iso3, russia->name, QLocale(QLocale::Ukrainian)),
                 QStringLiteral("Російська Федерація"));
        QCOMPARE(localizedCountryName(QStringLiteral("XKX"), QStringLiteral("Kosovo"), QLocale(QLocale::Chinese)),
                 QStringLiteral("Kosovo"));
    }
};

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
