#include "project/attributetablemodel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include <QCollator>
#include <QDateTime>

namespace mineatlas::project {

namespace {

constexpr int kDateSample = 1000; // text values looked at to call a column a date column

bool isNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

/// Milliseconds since the epoch (UTC) of an ISO date or date-time (or OGR's way of writing
/// them); NaN when it is neither.
double dateKey(QString text)
{
    // OGR writes its Date and DateTime fields as "2026/01/01" and "2026/01/01 12:30:00".
    if (text.size() >= 10 && text.at(4) == QLatin1Char('/') && text.at(7) == QLatin1Char('/')) {
        text[4] = text[7] = QLatin1Char('-');
        if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
            text[10] = QLatin1Char('T');
    }
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? static_cast<double>(d.startOfDay(Qt::UTC).toMSecsSinceEpoch())
                           : std::numeric_limits<double>::quiet_NaN();
    }
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? static_cast<double>(t.toMSecsSinceEpoch())
                       : std::numeric_limits<double>::quiet_NaN();
}

/// Orders `present` (features with a key) by `less` on their keys, stable, reversed for
/// descending, then appends `empty`.
template <class Less>
std::vector<std::uint32_t> orderBy(std::vector<std::uint32_t> present, std::vector<std::uint32_t> empty,
                                   Qt::SortOrder order, Less less)
{
    if (order == Qt::AscendingOrder)
        std::stable_sort(present.begin(), present.end(), less);
    else
        std::stable_sort(present.begin(), present.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return less(b, a); });
    present.insert(present.end(), empty.begin(), empty.end());
    return present;
}

} // namespace

AttributeTableModel::AttributeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttributeTableModel::setStore(std::shared_ptr<const data::FeatureStore> store)
{
    beginResetModel();
    m_store = std::move(store);
    m_order.clear();
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    m_filter.clear();
    rebuildRows();
    endResetModel();
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_store ? 0 : static_cast<int>(m_store->fieldNames().size());
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::uint32_t feature = featureAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The value itself: the view's delegate writes numbers in the user's locale.
        return m_store->attribute(feature, index.column());
    case Qt::TextAlignmentRole:
        return isNumber(m_store->attribute(feature, index.column()))
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case FeatureRole:
        return static_cast<int>(feature);
    default:
        return {};
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_store)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_store->fieldNames().size()
                   ? QVariant(m_store->fieldNames().at(section))
                   : QVariant();
    if (section < 0 || section >= rowCount())
        return {};
    // The FID, what the user finds again in other tools; the position where the source has none.
    const std::int64_t fid = m_store->fid(featureAt(section));
    return fid >= 0 ? QVariant(static_cast<qlonglong>(fid))
                    : QVariant(static_cast<qlonglong>(featureAt(section)) + 1);
}

void AttributeTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_store)
        return;
    setOrder(column, order, sortedOrder(*m_store, column, order));
}

ColumnKind AttributeTableModel::columnKind(const data::FeatureStore& store, int column)
{
    bool any = false, allNumbers = true;
    for (std::size_t f = 0; f < store.size() && allNumbers; ++f) {
        const QVariant v = store.attribute(f, column);
        if (v.isNull())
            continue;
        any = true;
        allNumbers = isNumber(v);
    }
    if (!any)
        return ColumnKind::Text;
    if (allNumbers)
        return ColumnKind::Number;
    int seen = 0;
    for (std::size_t f = 0; f < store.size() && seen < kDateSample; ++f) {
        const QVariant v = store.attribute(f, column);
        if (v.isNull())
            continue;
        if (v.typeId() != QMetaType::QString || std::isnan(dateKey(v.toString())))
            return ColumnKind::Text;
        ++seen;
    }
    return ColumnKind::Date;
}

std::vector<std::uint32_t> AttributeTableModel::sortedOrder(const data::FeatureStore& store, int column,
                                                            Qt::SortOrder order, const QLocale& locale)
{
    std::vector<std::uint32_t> all(store.size());
    std::iota(all.begin(), all.end(), 0u);
    if (column < 0 || column >= store.fieldNames().size()) {
        if (order == Qt::DescendingOrder)
            std::reverse(all.begin(), all.end());
        return all;
    }
    std::vector<std::uint32_t> present, empty;
    present.reserve(store.size());
    const ColumnKind kind = columnKind(store, column);
    if (kind != ColumnKind::Text) {
        std::vector<double> keys(store.size());
        for (const std::uint32_t f : all) {
            const QVariant v = store.attribute(f, column);
            keys[f] = v.isNull()                   ? std::numeric_limits<double>::quiet_NaN()
                      : kind == ColumnKind::Number ? v.toDouble()
                                                   : dateKey(v.toString());
            (std::isnan(keys[f]) ? empty : present).push_back(f);
        }
        return orderBy(std::move(present), std::move(empty), order,
                       [&keys](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    }
    // Text: one collation key per distinct value (columns repeat a few values a lot), then
    // features compare by the rank of their value.
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QHash<QString, int> distinct;
    std::vector<int> valueOf(store.size(), -1);
    QStringList values;
    for (const std::uint32_t f : all) {
        const QVariant v = store.attribute(f, column);
        if (v.isNull()) {
            empty.push_back(f);
            continue;
        }
        const QString text = v.toString();
        auto it = distinct.constFind(text);
        if (it == distinct.constEnd()) {
            it = distinct.insert(text, static_cast<int>(values.size()));
            values << text;
        }
        valueOf[f] = it.value();
        present.push_back(f);
    }
    std::vector<QCollatorSortKey> keys;
    keys.reserve(static_cast<std::size_t>(values.size()));
    for (const QString& v : std::as_const(values))
        keys.push_back(collator.sortKey(v));
    std::vector<int> byKey(static_cast<std::size_t>(values.size()));
    std::iota(byKey.begin(), byKey.end(), 0);
    std::stable_sort(byKey.begin(), byKey.end(), [&keys, &values](int a, int b) {
        const int c = keys[static_cast<std::size_t>(a)].compare(keys[static_cast<std::size_t>(b)]);
        // Values the collation holds equal ("a" and "A") still get a fixed order.
        return c != 0 ? c < 0 : values[a] < values[b];
    });
    std::vector<int> rank(byKey.size());
    for (std::size_t i = 0; i < byKey.size(); ++i)
        rank[static_cast<std::size_t>(byKey[i])] = static_cast<int>(i);
    return orderBy(std::move(present), std::move(empty), order, [&](std::uint32_t a, std::uint32_t b) {
        return rank[static_cast<std::size_t>(valueOf[a])] < rank[static_cast<std::size_t>(valueOf[b])];
    });
}

void AttributeTableModel::setOrder(int column, Qt::SortOrder order, std::vector<std::uint32_t> features)
{
    if (!m_store || features.size() != m_store->size())
        return;
    std::vector<char> seen(features.size(), 0);
    for (const std::uint32_t f : features) {
        if (f >= seen.size() || seen[f])
            return;
        seen[f] = 1;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::uint32_t> beforeFeatures;
    beforeFeatures.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& i : before)
        beforeFeatures.push_back(featureAt(i.row()));
    m_order = std::move(features);
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(beforeFeatures[static_cast<std::size_t>(i)]);
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool AttributeTableModel::matches(const data::FeatureStore& store, std::size_t feature, const QString& text)
{
    for (int c = 0; c < store.fieldNames().size(); ++c) {
        const QVariant v = store.attribute(feature, c);
        if (!v.isNull() && v.toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void AttributeTableModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    beginResetModel();
    m_filter = trimmed;
    rebuildRows();
    endResetModel();
}

int AttributeTableModel::rowOf(std::uint32_t feature) const
{
    return feature < m_rowOf.size() ? m_rowOf[feature] : -1;
}

void AttributeTableModel::rebuildRows()
{
    const std::size_t n = featureCount();
    m_rows.clear();
    m_rowOf.assign(n, -1);
    if (m_order.size() != n) {
        m_order.resize(n);
        std::iota(m_order.begin(), m_order.end(), 0u);
    }
    m_rows.reserve(n);
    for (const std::uint32_t f : m_order)
        if (m_filter.isEmpty() || matches(*m_store, f, m_filter)) {
            m_rowOf[f] = static_cast<std::int32_t>(m_rows.size());
            m_rows.push_back(f);
        }
}

} // namespace mineatlas::project
