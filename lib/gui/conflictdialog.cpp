#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "hazard/hazardarea.h"

namespace mineatlas::gui {

namespace {
enum Column { kField, kMine, kTheirs, kUseTheirs };
}

ConflictDialog::ConflictDialog(const hazard::Conflict& c, QWidget* parent)
    : QDialog(parent), m_fields(hazard::conflictFields()), m_table(new QTableWidget(this)),
      m_keepMine(new QPushButton(tr("Keep &mine"), this)), m_takeTheirs(new QPushButton(tr("Take &theirs"), this)),
      m_merge(new QPushButton(tr("Mer&ge ticked fields"), this))
{
    setWindowTitle(tr("Someone else changed this area"));
    setObjectName(QStringLiteral("conflictDialog"));
    auto* layout = new QVBoxLayout(this);
    const hazard::HazardArea* any = c.mine ? &*c.mine : (c.theirs ? &*c.theirs : nullptr);
    const QString name = any && !any->localId.isEmpty() ? any->localId : c.guid.left(8);
    QString text;
    if (!c.theirs)
        text = tr("%1 was deleted by someone else after you read it. Nothing was overwritten. Keep mine puts your "
                  "version back; take theirs leaves it deleted.")
                   .arg(name);
    else if (!c.mine)
        text = tr("You deleted %1, but %2 changed it after you read it (now version %3). Nothing was deleted. Keep "
                  "mine deletes it anyway (their version stays in the history); take theirs keeps it.")
                   .arg(name, c.theirs->lastEditor.isEmpty() ? tr("someone else") : c.theirs->lastEditor)
                   .arg(c.theirs->rowVersion);
    else
        text = tr("%1 was saved by %2 at %3 (version %4) after you read version %5. Nothing was overwritten. Both "
                  "are on the map: yours dashed orange, theirs blue. Choose which to keep, or tick the fields to take "
                  "from theirs and merge. Either way the version you replace stays in the history.")
                   .arg(name, c.theirs->lastEditor.isEmpty() ? tr("someone else") : c.theirs->lastEditor,
                        QLocale().toString(c.theirs->editedAt.toLocalTime(), QLocale::ShortFormat))
                   .arg(c.theirs->rowVersion)
                   .arg(c.mine->rowVersion);
    auto* intro = new QLabel(text, this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("conflictText"));
    layout->addWidget(intro);

    const QStringList differ = hazard::differingFields(c);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Mine"), tr("Theirs"), tr("Use theirs")});
    m_table->setRowCount(static_cast<int>(m_fields.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString& f = m_fields[row];
        auto* label = new QTableWidgetItem(f == QLatin1String("geometry") ? tr("shape") : hazard::fieldLabel(f));
        auto* mine = new QTableWidgetItem(c.mine ? hazard::conflictFieldText(c.mine, f) : tr("(deleted)"));
        auto* theirs = new QTableWidgetItem(c.theirs ? hazard::conflictFieldText(c.theirs, f) : tr("(deleted)"));
        auto* use = new QTableWidgetItem;
        use->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        use->setCheckState(Qt::Unchecked);
        if (differ.contains(f)) {
            QFont bold = label->font();
            bold.setBold(true);
            for (auto* item : {label, mine, theirs})
                item->setFont(bold);
            mine->setBackground(QColor(255, 236, 210));
            theirs->setBackground(QColor(214, 230, 255));
        } else {
            use->setFlags(Qt::NoItemFlags); // the same on both sides: nothing to pick
        }
        m_table->setItem(row, kField, label);
        m_table->setItem(row, kMine, mine);
        m_table->setItem(row, kTheirs, theirs);
        m_table->setItem(row, kUseTheirs, use);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(kMine, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kTheirs, QHeaderView::Stretch);
    layout->addWidget(m_table);

    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_merge->setObjectName(QStringLiteral("mergeFields"));
    m_merge->setEnabled(c.mine && c.theirs);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(hazard::ConflictChoice::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(hazard::ConflictChoice::TakeTheirs); });
    connect(m_merge, &QPushButton::clicked, this, [this] { choose(hazard::ConflictChoice::Merge); });
    layout->addWidget(buttons);
    resize(720, 520);
}

QSet<QString> ConflictDialog::fromTheirs() const
{
    QSet<QString> out;
    for (int row = 0; row < m_fields.size(); ++row)
        if (m_table->item(row, kUseTheirs)->checkState() == Qt::Checked)
            out.insert(m_fields[row]);
    return out;
}

void ConflictDialog::setFromTheirs(const QString& field, bool theirs)
{
    const int row = rowOf(field);
    if (row >= 0 && (m_table->item(row, kUseTheirs)->flags() & Qt::ItemIsUserCheckable))
        m_table->item(row, kUseTheirs)->setCheckState(theirs ? Qt::Checked : Qt::Unchecked);
}

void ConflictDialog::choose(hazard::ConflictChoice choice)
{
    m_choice = choice;
    accept();
}

} // namespace mineatlas::gui
