#include "layerpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "project/layerlistmodel.h"
#include "project/project.h"
#include "treaty/treatystyle.h"

namespace mineatlas::gui {

namespace {
/// Word-wrapped rows as tall as their text at the column's width (QTreeView measures them
/// without a width, that is as one line, and then elides them).
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view) {}
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem o(option);
        o.rect = QRect(0, 0, m_view->header()->sectionSize(index.column()), 1); // a valid rect: Qt wraps only then
        return QStyledItemDelegate::sizeHint(o, index);
    }

private:
    QTreeView* m_view;
};

QIcon symbolIcon(const render::Symbol& s, data::GeometryKind kind)
{
    QPixmap pm(18, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(s.stroke, kind == data::GeometryKind::Line ? 2.0 : 1.5, s.strokeStyle));
    if (kind == data::GeometryKind::Line) {
        p.drawLine(1, 10, 17, 4);
    } else if (kind == data::GeometryKind::Point) {
        p.setBrush(s.fill);
        p.drawEllipse(QPointF(9, 7), 4.5, 4.5);
    } else {
        p.setBrush(s.fill);
        p.drawRect(QRectF(1.5, 1.5, 15, 11));
        if (s.hatch != Qt::NoBrush) {
            p.setPen(Qt::NoPen);
            p.setBrush(QBrush(s.hatchColor, s.hatch));
            p.drawRect(QRectF(1.5, 1.5, 15, 11));
        }
    }
    return QIcon(pm);
}
} // namespace

LayerPanel::LayerPanel(project::Project& project, QWidget* parent)
    : QWidget(parent), m_project(project), m_model(new project::LayerListModel(project, this)),
      m_view(new QTreeView(this)), m_opacity(new QSlider(Qt::Horizontal, this)),
      m_style(new QToolButton(this)), m_zoom(new QToolButton(this)), m_remove(new QToolButton(this)),
      m_legend(new QTreeWidget(this))
{
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setObjectName(QStringLiteral("layerView"));
    // Long layer names and legend lines wrap instead of ending in "…" in a narrow panel.
    for (QTreeView* tree : {m_view, static_cast<QTreeView*>(m_legend)}) {
        tree->setWordWrap(true);
        tree->setUniformRowHeights(false);
        tree->setTextElideMode(Qt::ElideNone);
        tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        tree->header()->setSectionResizeMode(QHeaderView::Stretch);
        tree->setItemDelegate(new WrappingDelegate(tree));
        // Row heights of wrapped text follow the panel's width.
        connect(tree->header(), &QHeaderView::sectionResized, tree, [tree] { tree->doItemsLayout(); });
    }

    m_style->setText(tr("Style…"));
    m_zoom->setText(tr("Zoom"));
    m_zoom->setToolTip(tr("Zoom to layer"));
    m_remove->setText(tr("Remove"));
    m_opacity->setRange(0, 100);
    m_opacity->setToolTip(tr("Layer opacity"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_style);
    buttons->addWidget(m_zoom);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity"), this));
    opacityRow->addWidget(m_opacity, 1);

    m_legend->setHeaderHidden(true);
    m_legend->setRootIsDecorated(false);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 3);
    layout->addLayout(opacityRow);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("<b>Legend</b>"), this));
    layout->addWidget(m_legend, 2);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LayerPanel::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0));
        updateControls();
        rebuildLegend();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateControls();
        rebuildLegend();
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        if (auto* l = currentLayer())
            l->setOpacity(v / 100.0);
    });
    connect(m_style, &QToolButton::clicked, this, [this] {
        if (auto* l = currentLayer())
            Q_EMIT styleRequested(l);
    });
    connect(m_zoom, &QToolButton::clicked, this, [this] {
        if (auto* l = currentLayer())
            Q_EMIT zoomToLayerRequested(l);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (auto* l = currentLayer())
            m_project.removeLayer(m_project.indexOf(l));
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        QMenu menu;
        menu.addAction(tr("Zoom to layer"), this, [this] { m_zoom->click(); });
        menu.addAction(tr("Rename"), this, [this, index] { m_view->edit(index); });
        menu.addAction(tr("Style…"), this, [this] { m_style->click(); });
        if (project::MapLayer* l = currentLayer(); l && l->kind() == project::MapLayer::Kind::Vector)
            menu.addAction(tr("Open attribute table"), this, [this, l] { Q_EMIT attributeTableRequested(l); });
        menu.addSeparator();
        menu.addAction(tr("Remove"), this, [this] { m_remove->click(); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    updateControls();
}

project::MapLayer* LayerPanel::currentLayer() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.row() >= m_project.layerCount())
        return nullptr;
    return m_project.layerAt(index.row());
}

void LayerPanel::updateControls()
{
    project::MapLayer* l = currentLayer();
    m_opacity->setEnabled(l);
    m_style->setEnabled(l && l->kind() == project::MapLayer::Kind::Vector);
    m_zoom->setEnabled(l);
    m_remove->setEnabled(l);
    const QSignalBlocker block(m_opacity);
    m_opacity->setValue(l ? static_cast<int>(std::lround(l->opacity() * 100)) : 100);
}

namespace {
QString partiesText(const project::MapLayer& l)
{
    const auto [certain, possible] = treaty::partiesRangeAt(l.treatyStyle()->table(), l.date());
    return certain == possible ? QString::number(certain)
                               : QStringLiteral("%1–%2").arg(certain).arg(possible);
}
} // namespace

void LayerPanel::rebuildLegend()
{
    m_legend->clear();
    for (int i = 0; i < m_project.layerCount(); ++i) {
        const project::MapLayer* l = m_project.layerAt(i);
        if (!l->isVisible())
            continue;
        auto* item = new QTreeWidgetItem(m_legend, {l->name()});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        if (l->kind() != project::MapLayer::Kind::Vector || !l->store())
            continue;
        const data::GeometryKind kind = l->store()->dominantKind();
        if (l->isTreatyStyled()) {
            item->setText(0, tr("%1 — treaty status, %2").arg(l->name(), l->date().toString(Qt::ISODate)));
            auto* count = new QTreeWidgetItem(
                m_legend,
                QStringList{tr("    %1 States Parties (by deposit, as ICBL counts)").arg(partiesText(*l))});
            count->setToolTip(0,
                              tr("A state counts from the day it deposits until its withdrawal takes effect; "
                                 "the classes below show the legal status (in force or not)."));
            for (const auto& e : l->treatyStyle()->legend(l->date())) {
                auto* entry = new QTreeWidgetItem(
                    m_legend, QStringList{QStringLiteral("    %1 (%2)").arg(e.label).arg(e.count)});
                entry->setIcon(0, symbolIcon(e.symbol, kind));
            }
            continue;
        }
        const render::VectorStyle& style = l->style();
        if (!style.isCategorized()) {
            item->setIcon(0, symbolIcon(style.base, kind));
            continue;
        }
        item->setText(0, tr("%1 (by %2)").arg(l->name(), style.categoryField));
        auto addEntry = [&](const QString& label, const render::Symbol& symbol) {
            auto* entry = new QTreeWidgetItem(m_legend, QStringList{QStringLiteral("    ") + label});
            entry->setIcon(0, symbolIcon(symbol, kind));
        };
        for (const auto& c : style.categories)
            addEntry(c.label, c.symbol);
        addEntry(style.baseLabel.isEmpty() ? tr("other values") : style.baseLabel, style.base);
        if (!style.strokeCategories.empty()) {
            new QTreeWidgetItem(m_legend, QStringList{tr("    outline by %1:").arg(style.strokeField)});
            for (const auto& c : style.strokeCategories) {
                render::Symbol outline = c.symbol;
                outline.fill = Qt::transparent;
                addEntry(QStringLiteral("  ") + c.label, outline);
            }
        }
        if (!style.requiredFields.isEmpty())
            addEntry(tr("incomplete: required fields empty"), style.incomplete);
    }
}

} // namespace mineatlas::gui
