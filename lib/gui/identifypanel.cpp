#include "identifypanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mineatlas::gui {

IdentifyPanel::IdentifyPanel(QWidget* parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)),
      m_where(new QLabel(tr("Click a feature on the map."), this))
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    m_where->setWordWrap(true);
    v->addWidget(m_where);
    v->addWidget(m_tree, 1);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 110);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    setMinimumWidth(300);
}

void IdentifyPanel::showResults(const std::vector<project::IdentifyResult>& results, const QString& where)
{
    m_tree->clear();
    m_where->setText(results.empty()
                         ? tr("Nothing here: %1").arg(where)
                         : tr("%n feature(s) at %1", nullptr, static_cast<int>(results.size())).arg(where));
    for (const auto& r : results) {
        auto* top = new QTreeWidgetItem(m_tree, {tr("%1 — feature %2").arg(r.layerName).arg(r.feature + 1)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        for (const auto& [field, value] : r.attributes) {
            const QString text = value.isNull() ? QStringLiteral("NULL") : value.toString();
            auto* row = new QTreeWidgetItem(top, {field, text});
            row->setToolTip(0, field);
            row->setToolTip(1, text);
        }
        if (r.kind == data::GeometryKind::Polygon) {
            new QTreeWidgetItem(top, {areaField(), tr("measuring…")});
            new QTreeWidgetItem(top, {perimeterField(), tr("measuring…")});
        }
        top->setExpanded(&r == &results.front());
    }
}

QString IdentifyPanel::areaField()
{
    return tr("Area (ellipsoidal, WGS 84)");
}

QString IdentifyPanel::perimeterField()
{
    return tr("Perimeter (ellipsoidal)");
}

void IdentifyPanel::setMeasure(int index, const QString& area, const QString& perimeter, const QString& error)
{
    QTreeWidgetItem* top = m_tree->topLevelItem(index);
    if (!top)
        return;
    for (int i = 0; i < top->childCount(); ++i) {
        QTreeWidgetItem* row = top->child(i);
        if (row->text(0) == areaField())
            row->setText(1, error.isEmpty() ? area : tr("not measured: %1").arg(error));
        else if (row->text(0) == perimeterField())
            row->setText(1, error.isEmpty() ? perimeter : QStringLiteral("—"));
        row->setToolTip(1, row->text(1));
    }
}

QString IdentifyPanel::value(int index, const QString& field) const
{
    QTreeWidgetItem* top = m_tree->topLevelItem(index);
    for (int i = 0; top && i < top->childCount(); ++i)
        if (top->child(i)->text(0) == field)
            return top->child(i)->text(1);
    return {};
}

} // namespace mineatlas::gui
