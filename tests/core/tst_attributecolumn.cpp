#include <QtTest>

#include "data/attributecolumn.h"

using namespace mineatlas;
using data::AttributeColumn;

/// The compact attribute column: what goes in comes out (type and value), whether it keeps one copy
/// per distinct value or, past its limit, plain rows; parts appended in order.
class TestAttributeColumn : public QObject {
    Q_OBJECT

    static std::vector<QVariant> rows(int count, int distinct)
    {
        std::vector<QVariant> v;
        for (int i = 0; i < count; ++i) {
            switch (i % 5) {
            case 0:
                v.emplace_back(); // null
                break;
            case 1:
                v.emplace_back(QStringLiteral("value %1").arg(i % distinct));
                break;
            case 2:
                v.emplace_back(i % distinct);
                break;
            case 3:
                v.emplace_back(0.5 * (i % distinct));
                break;
            default:
                v.emplace_back(qlonglong(i % distinct) << 33);
            }
        }
        return v;
    }

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("distinct");
        QTest::addColumn<int>("split");
        QTest::newRow("few distinct values") << 5000 << 7 << 2500;
        QTest::newRow("many distinct values (plain rows)") << 30000 << 30000 << 10000;
        QTest::newRow("second part pushes past the limit") << 12000 << 12000 << 3000;
        QTest::newRow("empty first part") << 100 << 3 << 0;
    }
    void roundTrips()
    {
        QFETCH(int, count);
        QFETCH(int, distinct);
        QFETCH(int, split);
        const auto values = rows(count, distinct);
        AttributeColumn whole, first, second;
        for (int i = 0; i < count; ++i) {
            whole.append(values[std::size_t(i)]);
            (i < split ? first : second).append(values[std::size_t(i)]);
        }
        first.append(std::move(second));
        QCOMPARE(second.size(), std::size_t(0));
        whole.finish();
        first.finish();
        for (AttributeColumn* c : {&whole, &first}) {
            QCOMPARE(c->size(), values.size());
            for (std::size_t i = 0; i < values.size(); ++i) {
                QCOMPARE(c->value(i).typeId(), values[i].typeId());
                QCOMPARE(c->value(i), values[i]);
            }
        }
    }

    void fewValuesCostTwoBytesARow()
    {
        AttributeColumn c;
        const QStringList statuses{QStringLiteral("SHA"), QStringLiteral("CHA"), QStringLiteral("cleared")};
        for (int i = 0; i < 100000; ++i)
            c.append(statuses[i % 3]);
        c.finish();
        QVERIFY2(c.memoryBytes() < 100000 * 2 + 1000, qPrintable(QString::number(c.memoryBytes())));
    }
};

QTEST_GUILESS_MAIN(TestAttributeColumn)
#include "tst_attributecolumn.moc"
