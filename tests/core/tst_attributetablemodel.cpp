#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "project/attributetablemodel.h"
#include "project/featureselection.h"
#include "project/maplayer.h"

using namespace mineatlas;
using project::AttributeTableModel;

namespace {

/// A point layer with the given rows of (id, name, area, surveyed); FIDs are 101, 102, ...
std::shared_ptr<const data::FeatureStore> makeStore(const std::vector<QVariantList>& rows)
{
    auto store = std::make_shared<data::FeatureStore>(QStringList{"id", "name", "area", "surveyed"});
    std::int64_t fid = 101;
    for (const QVariantList& r : rows) {
        store->beginFeature(data::GeometryKind::Point, r, fid++);
        const double xy[2] = {static_cast<double>(fid), 0};
        store->addRing(xy, 1);
    }
    store->finish();
    return store;
}

std::shared_ptr<const data::FeatureStore> sample()
{
    return makeStore({
        {1, "HA-10", 250.5, "2024-03-01"},
        {2, "ha-2", 9.0, "2023-12-31"},
        {3, "Zebra", QVariant(), "2024-01-15T10:00:00Z"},
        {4, "apple", 100.0, QVariant()},
        {5, "Äpfel", 1000.0, "2022/06/30"}, // as OGR writes a Date field
        {6, QVariant(), 10.0, "2024-03-01"},
    });
}

/// The column's values in row order, as the view's display role gives them.
QStringList column(const AttributeTableModel& m, int c)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.data(m.index(r, c)).toString();
    return out;
}

} // namespace

class TestAttributeTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTesterThroughSortAndFilter()
    {
        AttributeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(sample());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toLongLong(), 101);
        model.sort(2, Qt::DescendingOrder);
        model.setFilterText(QStringLiteral("a"));
        model.sort(1, Qt::AscendingOrder);
        model.setFilterText({});
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void sortsNumbersAsNumbersWithEmptyLast()
    {
        AttributeTableModel model;
        model.setStore(sample());
        QCOMPARE(AttributeTableModel::columnKind(*model.store(), 2), project::ColumnKind::Number);
        model.sort(2, Qt::AscendingOrder);
        QCOMPARE(column(model, 2), (QStringList{"9", "10", "100", "250.5", "1000", ""}));
        model.sort(2, Qt::DescendingOrder);
        QCOMPARE(column(model, 2), (QStringList{"1000", "250.5", "100", "10", "9", ""}));
        // The row header follows its feature.
        QCOMPARE(model.headerData(0, Qt::Vertical).toLongLong(), 105);
        QCOMPARE(model.data(model.index(0, 0), AttributeTableModel::FeatureRole).toInt(), 4);
    }

    void sortsTextInTheLocalesCollation()
    {
        AttributeTableModel model;
        model.setStore(sample());
        QCOMPARE(AttributeTableModel::columnKind(*model.store(), 1), project::ColumnKind::Text);
        const auto order = AttributeTableModel::sortedOrder(*model.store(), 1, Qt::AscendingOrder,
                                                            QLocale(QLocale::English));
        QStringList names;
        for (const std::uint32_t f : order)
            names << model.store()->attribute(f, 1).toString();
        // Case and accents second to letters ("Äpfel" with the a's, "apfel" < "apple"); digits
        // as numbers ("ha-2" < "HA-10"); not the code-point order, which puts "Z" before "a".
        QCOMPARE(names, (QStringList{"Äpfel", "apple", "ha-2", "HA-10", "Zebra", ""}));
    }

    void sortsDatesAsDates()
    {
        AttributeTableModel model;
        model.setStore(sample());
        QCOMPARE(AttributeTableModel::columnKind(*model.store(), 3), project::ColumnKind::Date);
        model.sort(3, Qt::AscendingOrder);
        QCOMPARE(column(model, 3), (QStringList{"2022/06/30", "2023-12-31", "2024-01-15T10:00:00Z",
                                                "2024-03-01", "2024-03-01", ""}));
        // Equal dates keep the source order (stable), also descending.
        QCOMPARE(column(model, 0).mid(3, 2), (QStringList{"1", "6"}));
        model.sort(3, Qt::DescendingOrder);
        QCOMPARE(column(model, 0), (QStringList{"1", "6", "3", "2", "5", "4"}));
        // Back to the source order.
        model.sort(-1, Qt::AscendingOrder);
        QCOMPARE(column(model, 0), (QStringList{"1", "2", "3", "4", "5", "6"}));
    }

    void filtersOnAnyColumnIgnoringCase()
    {
        AttributeTableModel model;
        model.setStore(sample());
        model.setFilterText(QStringLiteral("  HA- "));
        QCOMPARE(column(model, 1), (QStringList{"HA-10", "ha-2"}));
        QCOMPARE(model.rowOf(0), 0);
        QCOMPARE(model.rowOf(1), 1);
        QCOMPARE(model.rowOf(2), -1);
        model.setFilterText(QStringLiteral("250.5")); // a number column
        QCOMPARE(column(model, 0), (QStringList{"1"}));
        model.setFilterText(QStringLiteral("2024-03")); // a date, and both rows that have it
        QCOMPARE(column(model, 0), (QStringList{"1", "6"}));
        model.setFilterText(QStringLiteral("nothing like this"));
        QCOMPARE(model.rowCount(), 0);
        // Sorting keeps the filter.
        model.setFilterText(QStringLiteral("a"));
        model.sort(2, Qt::AscendingOrder);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(AttributeTableModel::matches(*model.store(), model.featureAt(r), QStringLiteral("a")));
        // "Äpfel" has no plain a (accents count), feature 6 no a anywhere.
        QCOMPARE(column(model, 2), (QStringList{"9", "100", "250.5", ""}));
    }

    void rejectsAnOrderThatIsNotAPermutation()
    {
        AttributeTableModel model;
        model.setStore(sample());
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.setOrder(0, Qt::AscendingOrder, {0, 1, 2, 3, 4});     // one missing
        model.setOrder(0, Qt::AscendingOrder, {0, 1, 2, 3, 4, 4});  // one twice
        model.setOrder(0, Qt::AscendingOrder, {0, 1, 2, 3, 4, 99}); // out of range
        QCOMPARE(layout.size(), 0);
        model.setOrder(0, Qt::AscendingOrder, {5, 4, 3, 2, 1, 0});
        QCOMPARE(layout.size(), 1);
        QCOMPARE(model.featureAt(0), 5u);
        QCOMPARE(model.rowOf(5), 0);
    }

    void keepsPersistentIndexesOnTheirFeatureWhenSorted()
    {
        AttributeTableModel model;
        model.setStore(sample());
        const QPersistentModelIndex apple = model.index(3, 1); // feature 3, "apple"
        model.sort(2, Qt::DescendingOrder);
        QVERIFY(apple.isValid());
        QCOMPARE(apple.data().toString(), QStringLiteral("apple"));
        QCOMPARE(apple.row(), model.rowOf(3));
    }

    void layerSelectionIsSortedUniqueAndFollowsTheStore()
    {
        project::MapLayer layer(project::MapLayer::Kind::Vector, "points", "points.gpkg");
        layer.setStore(sample());
        QSignalSpy changed(&layer, &project::MapLayer::selectionChanged);
        layer.setSelection({4, 1, 4, 99});
        QCOMPARE(layer.selection(), (std::vector<std::uint32_t>{1, 4}));
        QCOMPARE(layer.selectedFids(), (std::vector<std::int64_t>{102, 105}));
        QCOMPARE(changed.size(), 1);
        layer.setSelection({1, 4}); // no change, no signal
        QCOMPARE(changed.size(), 1);
        layer.setStore(sample()); // same features (a CRS change): kept
        QCOMPARE(layer.selection().size(), 2u);
        layer.setStore(makeStore({{1, "one", 1.0, QVariant()}})); // other features: dropped
        QVERIFY(layer.selection().empty());
        QCOMPARE(changed.size(), 2);
    }

    void picksFeaturesOnTheMapAndCombinesSelections()
    {
        // Two unit squares side by side, (0,0)-(1,1) and (2,0)-(3,1).
        auto store = std::make_shared<data::FeatureStore>(QStringList{"n"});
        for (int i = 0; i < 2; ++i) {
            store->beginFeature(data::GeometryKind::Polygon, {i});
            const double x = 2.0 * i;
            const double ring[10] = {x, 0, x + 1, 0, x + 1, 1, x, 1, x, 0};
            store->addRing(ring, 5);
        }
        store->finish();
        QCOMPARE(project::featuresAt(*store, 0.5, 0.5, 0.01), (std::vector<std::uint32_t>{0}));
        QVERIFY(project::featuresAt(*store, 1.5, 0.5, 0.01).empty()); // between them
        QCOMPARE(project::featuresIn(*store, MapRect{0.9, 0.2, 2.1, 0.4}),
                 (std::vector<std::uint32_t>{0, 1}));
        QCOMPARE(project::featuresIn(*store, MapRect{2.2, 0.2, 2.4, 0.4}),
                 (std::vector<std::uint32_t>{1})); // inside
        QVERIFY(project::featuresIn(*store, MapRect{1.2, 0.2, 1.8, 0.4}).empty());
        using project::SelectionMode;
        QCOMPARE(project::combineSelection({0}, {1}, SelectionMode::Replace),
                 (std::vector<std::uint32_t>{1}));
        QCOMPARE(project::combineSelection({0}, {1}, SelectionMode::Toggle),
                 (std::vector<std::uint32_t>{0, 1}));
        QCOMPARE(project::combineSelection({0, 1}, {1}, SelectionMode::Toggle),
                 (std::vector<std::uint32_t>{0}));
        QVERIFY(project::combineSelection({0}, {}, SelectionMode::Replace).empty());
        const MapRect both = project::boundsOf(*store, {0, 1});
        QCOMPARE(both.xMin, 0.0);
        QCOMPARE(both.xMax, 3.0);
        QCOMPARE(both.yMax, 1.0);
        QVERIFY(project::boundsOf(*store, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttributeTableModel)
#include "tst_attributetablemodel.moc"
