#include "syncreportdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mineatlas::gui {

namespace {
enum Column { AreaColumn, ActionColumn, DetailColumn, ChoiceColumn, ColumnCount };
}

SyncReportDialog::SyncReportDialog(QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Sync report"));
    setObjectName(QStringLiteral("syncReportDialog"));
    m_table->setObjectName(QStringLiteral("syncReportTable"));
    m_table->setHorizontalHeaderLabels({tr("Area"), tr("What was done"), tr("Details"), tr("Choose")});
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 460);
}

void SyncReportDialog::setReport(const hazard::SyncReport& report)
{
    m_summary->setText(tr("%1.\nConflicts keep both versions until you choose. The report is also in %2")
                           .arg(report.summary(), report.csvPath));
    m_table->setRowCount(static_cast<int>(report.entries.size()));
    for (std::size_t i = 0; i < report.entries.size(); ++i)
        fillRow(static_cast<int>(i), report.entries[i]);
    m_table->resizeColumnToContents(AreaColumn);
    m_table->resizeColumnToContents(ActionColumn);
}

int SyncReportDialog::rowOf(const QString& guid) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, AreaColumn)->data(Qt::UserRole).toString() == guid)
            return r;
    return -1;
}

void SyncReportDialog::updateEntry(const hazard::SyncEntry& entry)
{
    if (const int r = rowOf(entry.guid); r >= 0)
        fillRow(r, entry);
}

void SyncReportDialog::fillRow(int row, const hazard::SyncEntry& e)
{
    auto* area = new QTableWidgetItem(e.localId.isEmpty() ? e.guid.left(8) : e.localId);
    area->setData(Qt::UserRole, e.guid);
    area->setToolTip(e.guid);
    m_table->setItem(row, AreaColumn, area);
    auto* action = new QTableWidgetItem(hazard::toText(e.action));
    if (e.action == hazard::SyncAction::Conflict || e.action == hazard::SyncAction::Failed)
        action->setForeground(QColor(180, 0, 0));
    m_table->setItem(row, ActionColumn, action);
    m_table->setItem(row, DetailColumn, new QTableWidgetItem(e.detail));
    if (e.action != hazard::SyncAction::Conflict) {
        m_table->removeCellWidget(row, ChoiceColumn);
        m_table->setItem(row, ChoiceColumn, new QTableWidgetItem());
        return;
    }
    auto* choice = new QWidget(m_table);
    auto* layout = new QHBoxLayout(choice);
    layout->setContentsMargins(2, 0, 2, 0);
    auto* mine = new QPushButton(tr("Keep mine"), choice);
    auto* theirs = new QPushButton(tr("Take theirs"), choice);
    mine->setObjectName(QStringLiteral("keepMine:") + e.guid);
    theirs->setObjectName(QStringLiteral("takeTheirs:") + e.guid);
    mine->setToolTip(e.mine ? tr("Save the offline version to the workspace as a new version")
                            : tr("Delete it in the workspace too"));
    theirs->setToolTip(e.theirs ? tr("Replace the offline copy with the workspace version")
                                : tr("Remove it from the offline copy too"));
    layout->addWidget(mine);
    layout->addWidget(theirs);
    const QString guid = e.guid;
    connect(mine, &QPushButton::clicked, this, [this, guid] { Q_EMIT resolveRequested(guid, hazard::ConflictChoice::KeepMine); });
    connect(theirs, &QPushButton::clicked, this,
            [this, guid] { Q_EMIT resolveRequested(guid, hazard::ConflictChoice::TakeTheirs); });
    m_table->setCellWidget(row, ChoiceColumn, choice);
    m_table->resizeColumnToContents(ChoiceColumn);
}

} // namespace mineatlas::gui
