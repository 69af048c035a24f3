#include "missingfilesdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "dialogs.h"
#include "project/projectcontroller.h"

namespace mineatlas::gui {

namespace {
enum Column { kFile, kFoundAt, kBrowse };
}

MissingFilesDialog::MissingFilesDialog(const QStringList& missingPaths, Dialogs& dialogs, QWidget* parent)
    : QDialog(parent), m_missing(missingPaths), m_dialogs(dialogs), m_table(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_search(new QPushButton(tr("&Search folder…"), this))
{
    setWindowTitle(tr("Missing layer files"));
    for (int i = 0; i < m_missing.size(); ++i)
        m_resolved << QString();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("These files of the project were not found. Browse for each, or search a folder for "
                                "them. Layers left missing are skipped for now and kept in the project."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Found at"), QString()});
    m_table->setRowCount(static_cast<int>(m_missing.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(kFile, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kFoundAt, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kBrowse, QHeaderView::ResizeToContents);
    for (int row = 0; row < m_missing.size(); ++row) {
        auto* file = new QTableWidgetItem(QFileInfo(m_missing[row]).fileName());
        file->setToolTip(m_missing[row]);
        m_table->setItem(row, kFile, file);
        m_table->setItem(row, kFoundAt, new QTableWidgetItem(tr("missing — skipped")));
        auto* browse = new QPushButton(tr("Browse…"), m_table);
        browse->setObjectName(QStringLiteral("browse%1").arg(row));
        connect(browse, &QPushButton::clicked, this, [this, row] { this->browse(row); });
        m_table->setCellWidget(row, kBrowse, browse);
    }
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_search, QDialogButtonBox::ActionRole);
    m_search->setToolTip(tr("Look for the missing file names in a folder and all folders inside it"));
    connect(m_search, &QPushButton::clicked, this, [this] {
        const QString folder = m_dialogs.directory(this, tr("Search folder for missing files"),
                                                   QFileInfo(m_missing.value(0)).absolutePath());
        if (!folder.isEmpty())
            searchFolder(folder);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateSummary();
    resize(720, 320);
}

QPushButton* MissingFilesDialog::browseButton(int row) const
{
    return qobject_cast<QPushButton*>(m_table->cellWidget(row, kBrowse));
}

void MissingFilesDialog::setResolved(int row, const QString& path)
{
    if (row < 0 || row >= m_resolved.size())
        return;
    m_resolved[row] = path;
    m_table->item(row, kFoundAt)->setText(path.isEmpty() ? tr("missing — skipped") : path);
    updateSummary();
}

int MissingFilesDialog::searchFolder(const QString& folder)
{
    QStringList names;
    for (int row = 0; row < m_missing.size(); ++row)
        if (m_resolved[row].isEmpty())
            names << QFileInfo(m_missing[row]).fileName();
    const auto found = project::findFiles(names, folder);
    int count = 0;
    for (int row = 0; row < m_missing.size(); ++row) {
        const auto it = found.find(QFileInfo(m_missing[row]).fileName());
        if (m_resolved[row].isEmpty() && it != found.end()) {
            setResolved(row, it->second);
            ++count;
        }
    }
    m_summary->setText(m_summary->text() + QLatin1Char(' ') + tr("(%n found in %1)", nullptr, count).arg(folder));
    return count;
}

void MissingFilesDialog::browse(int row)
{
    const QString name = QFileInfo(m_missing[row]).fileName();
    const QString path = m_dialogs.openFile(this, tr("Find %1").arg(name), QFileInfo(m_missing[row]).absolutePath(),
                                            tr("%1 (%1);;All files (*)").arg(name));
    if (!path.isEmpty())
        setResolved(row, path);
}

void MissingFilesDialog::updateSummary()
{
    const auto left = std::count(m_resolved.begin(), m_resolved.end(), QString());
    m_summary->setText(left == 0 ? tr("All files found.") : tr("%n file(s) still missing.", nullptr, static_cast<int>(left)));
}

} // namespace mineatlas::gui
