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
        top->setExpanded(&r == &results.front());
    }
}

} // namespace mineatlas::gui
