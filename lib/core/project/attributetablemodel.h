#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QAbstractTableModel>
#include <QLocale>

#include "data/featurestore.h"

namespace mineatlas::project {

/// How a column sorts: numbers as numbers, dates and date-times (ISO 8601, or OGR's "2026/01/01
/// 12:00:00" that GeoPackage and Shapefile dates load as) as dates, anything else as
/// text in the locale's collation (digits inside text compare as numbers: "HA-2" before "HA-10").
enum class ColumnKind { Number, Date, Text };

/// The features of one vector layer as a table: a row per feature, a column per field, the
/// feature's FID as the row header. Adapts the layer's FeatureStore without copying it: a cell is
/// read from the store when a view asks for it (no string is made up front), and rows go through
/// one permutation (sorted order with the filtered-out features left out), so a view of 200,000
/// rows costs two integer arrays. GUI thread only; sortedOrder() and filteredFeatures() read the
/// shared, immutable store and may run on a worker.
class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        FeatureRole = Qt::UserRole + 1, ///< the row's feature index in the store (int)
    };

    explicit AttributeTableModel(QObject* parent = nullptr);

    /// Shows `store` (nullptr: an empty table), in source order, unfiltered.
    void setStore(std::shared_ptr<const data::FeatureStore> store);
    const std::shared_ptr<const data::FeatureStore>& store() const { return m_store; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts on this thread (see sortedOrder()); column -1 restores the source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The features of `store` ordered by `column` (-1: source order). Ties keep source order;
    /// empty values (NULL, or a date that does not parse) go last in either direction.
    static std::vector<std::uint32_t> sortedOrder(const data::FeatureStore& store, int column,
                                                  Qt::SortOrder order, const QLocale& locale = QLocale());
    /// What sortedOrder() takes column `column` for: Number when every value is numeric, Date when
    /// the first 1,000 text values are all ISO 8601 dates or date-times (one further down that
    /// is not counts as empty), Text otherwise. An all-empty column is Text.
    static ColumnKind columnKind(const data::FeatureStore& store, int column);
    /// Installs an order sortedOrder() computed (on a worker, for a large layer). Ignored when it
    /// does not hold every feature of the current store once.
    void setOrder(int column, Qt::SortOrder order, std::vector<std::uint32_t> features);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Shows only the features with a value in any column that contains `text`, ignoring case
    /// (numbers as they are written in C locale, e.g. "1250.5"); blank text shows all.
    void setFilterText(const QString& text);
    const QString& filterText() const { return m_filter; }
    /// Whether feature `feature` of `store` passes the filter `text` (see setFilterText()).
    static bool matches(const data::FeatureStore& store, std::size_t feature, const QString& text);

    /// The feature shown in `row`, and the row showing `feature` (-1: filtered out or no such feature).
    std::uint32_t featureAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    int rowOf(std::uint32_t feature) const;
    /// All features of the store (not only the shown ones).
    std::size_t featureCount() const { return m_store ? m_store->size() : 0; }

private:
    /// m_rows from m_order and the filter, and the inverse; call between begin/endResetModel.
    void rebuildRows();

    std::shared_ptr<const data::FeatureStore> m_store;
    std::vector<std::uint32_t> m_order; ///< every feature, sorted (empty: source order)
    std::vector<std::uint32_t> m_rows;  ///< the shown features, in row order
    std::vector<std::int32_t> m_rowOf;  ///< feature → row, -1 when hidden
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
};

} // namespace mineatlas::project
