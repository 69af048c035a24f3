#include "attributetable.h"

#include <algorithm>
#include <cmath>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "project/attributetablemodel.h"
#include "project/featureselection.h"
#include "project/maplayer.h"

namespace mineatlas::gui {

namespace {
constexpr int kMaxColumnWidth = 260;
constexpr int kSizeHintRows = 50; // rows looked at to size the columns (not all 200,000)

/// Writes a cell when it is painted: whole numbers stored as reals without an exponent
/// ("12,090,900", not "1.20909e+07"), other reals with up to 12 significant digits.
class CellDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        if (value.typeId() == QMetaType::Double) {
            const double d = value.toDouble();
            if (std::abs(d) < 1e15 && d == std::floor(d))
                return locale.toString(static_cast<qlonglong>(d));
            return locale.toString(d, 'g', 12);
        }
        return QStyledItemDelegate::displayText(value, locale);
    }
};
} // namespace

AttributeTable::AttributeTable(QWidget* parent)
    : QWidget(parent), m_model(new project::AttributeTableModel(this)), m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_zoom(new QToolButton(this)), m_clear(new QToolButton(this)),
      m_status(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Filter: text in any column"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("attributeFilter"));
    m_zoom->setText(tr("Zoom to selection"));
    m_zoom->setToolTip(tr("Zoom the map to the selected features (double-click a row for one)"));
    m_clear->setText(tr("Clear selection"));

    m_view->setModel(m_model);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    // Virtualised: every row the same height, so the view never measures rows it does not show.
    QHeaderView* rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setResizeContentsPrecision(kSizeHintRows);
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    columns->setHighlightSections(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_zoom);
    top->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(columns, &QHeaderView::sortIndicatorChanged, this, &AttributeTable::sortBy);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        {
            // A reset empties the view's selection; the layer's stays and is shown again.
            const QScopedValueRollback guard(m_syncing, true);
            m_model->setFilterText(text);
        }
        showSelection(false);
        updateStatus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTable::viewSelectionChanged);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && m_model->store())
            Q_EMIT zoomRequested(m_model->store()->bounds(m_model->featureAt(index.row())));
    });
    connect(m_zoom, &QToolButton::clicked, this, [this] {
        if (m_layer && m_layer->store() && !m_layer->selection().empty())
            Q_EMIT zoomRequested(project::boundsOf(*m_layer->store(), m_layer->selection()));
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        if (m_layer)
            m_layer->setSelection({});
    });
    connect(&m_sortJob, &JobBase::finished, this, [this] {
        const SortResult& r = m_sortJob.result();
        if (r.store == m_model->store())
            m_model->setOrder(r.column, r.order, r.features);
        setCursor(Qt::ArrowCursor);
        updateStatus();
        Q_EMIT sorted();
    });
    updateStatus();
}

AttributeTable::~AttributeTable() = default;

void AttributeTable::setLayer(project::MapLayer* layer)
{
    if (m_layer)
        disconnect(m_layer, nullptr, this, nullptr);
    m_layer = layer;
    {
        const QScopedValueRollback guard(m_syncing, true);
        m_model->setStore(layer ? layer->store() : nullptr);
        m_model->setFilterText(m_filter->text());
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), kMaxColumnWidth));
    if (layer) {
        connect(layer, &project::MapLayer::changed, this, &AttributeTable::layerChanged);
        connect(layer, &project::MapLayer::selectionChanged, this, [this] {
            showSelection(true);
            updateStatus();
        });
        connect(layer, &QObject::destroyed, this, [this] { setLayer(nullptr); });
    }
    showSelection(true);
    updateStatus();
}

void AttributeTable::layerChanged()
{
    if (!m_layer || m_layer->store() == m_model->store())
        return;
    // New data (an edit, a CRS change): same sort and filter, over the new features.
    const int column = m_model->sortColumn();
    const Qt::SortOrder order = m_model->sortOrder();
    {
        const QScopedValueRollback guard(m_syncing, true);
        m_model->setStore(m_layer->store());
        m_model->setFilterText(m_filter->text());
    }
    if (column >= 0)
        sortBy(column, order);
    showSelection(false);
    updateStatus();
}

void AttributeTable::sortBy(int column, Qt::SortOrder order)
{
    const auto store = m_model->store();
    if (!store)
        return;
    if (store->size() < kBackgroundSortRows) {
        m_model->sort(column, order);
        Q_EMIT sorted();
        return;
    }
    setCursor(Qt::BusyCursor);
    m_status->setText(
        tr("Sorting %1 features…").arg(QLocale().toString(static_cast<qulonglong>(store->size()))));
    m_sortJob.start([store, column, order] {
        return SortResult{store, column, order,
                          project::AttributeTableModel::sortedOrder(*store, column, order)};
    });
}

void AttributeTable::viewSelectionChanged()
{
    if (m_syncing || !m_layer)
        return;
    std::vector<std::uint32_t> features;
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection())
        for (int row = range.top(); row <= range.bottom(); ++row)
            features.push_back(m_model->featureAt(row));
    const QScopedValueRollback guard(m_syncing, true);
    m_layer->setSelection(std::move(features));
    updateStatus();
}

void AttributeTable::showSelection(bool scroll)
{
    if (m_syncing)
        return;
    std::vector<int> rows;
    if (m_layer)
        for (const std::uint32_t f : m_layer->selection())
            if (const int row = m_model->rowOf(f); row >= 0)
                rows.push_back(row);
    std::sort(rows.begin(), rows.end());
    // Runs of neighbouring rows as one range each: selecting a sorted block stays cheap.
    QItemSelection selection;
    const int lastColumn = std::max(0, m_model->columnCount() - 1);
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.append(
            QItemSelectionRange(m_model->index(rows[i], 0), m_model->index(rows[j], lastColumn)));
        i = j + 1;
    }
    const QScopedValueRollback guard(m_syncing, true);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (scroll && !rows.empty())
        m_view->scrollTo(m_model->index(rows.front(), 0));
}

QString AttributeTable::statusText() const
{
    const QLocale locale;
    const std::size_t selected = m_layer ? m_layer->selection().size() : 0;
    return tr("%1 features, %2 shown, %3 selected")
        .arg(locale.toString(static_cast<qulonglong>(m_model->featureCount())),
             locale.toString(m_model->rowCount()), locale.toString(static_cast<qulonglong>(selected)));
}

void AttributeTable::updateStatus()
{
    m_status->setText(statusText());
    const bool any = m_layer && !m_layer->selection().empty();
    m_zoom->setEnabled(any);
    m_clear->setEnabled(any);
}

} // namespace mineatlas::gui
