#include "layerchooserdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace mineatlas::gui {

LayerChooserDialog::LayerChooserDialog(const data::DatasetInfo& info, QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Choose layers — %1").arg(QFileInfo(info.path).fileName()));
    for (const auto& l : info.layers) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2%3")
                .arg(l.name, l.geometryType, l.featureCount >= 0 ? tr(", %1 features").arg(l.featureCount) : QString()),
            m_list);
        item->setData(Qt::UserRole, l.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("This file holds several layers. Which ones should be added?"), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList LayerChooserDialog::chosen() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

} // namespace mineatlas::gui
