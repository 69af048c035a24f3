#include "areahistorydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "hazard/areahistory.h"

namespace mineatlas::gui {

AreaHistoryDialog::AreaHistoryDialog(QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_restore(new QPushButton(tr("&Restore this version"), this)),
      m_title(new QLabel(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Area history"));
    setObjectName(QStringLiteral("areaHistoryDialog"));
    m_list->setObjectName(QStringLiteral("areaHistoryList"));
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setEnabled(false);
    m_message->setWordWrap(true);
    m_title->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const int i = selectedIndex();
        m_restore->setEnabled(i >= 0 && m_versions[static_cast<std::size_t>(i)].operation != QLatin1String("CURRENT"));
        Q_EMIT versionSelected(i);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const int i = selectedIndex(); i >= 0)
            Q_EMIT restoreRequested(i);
    });
    resize(560, 380);
}

void AreaHistoryDialog::setVersions(const QString& areaName, std::vector<hazard::AreaVersion> versions)
{
    m_versions = std::move(versions);
    m_title->setText(tr("%n version(s) of %1. Select one to see its outline on the map (dashed).", nullptr,
                        static_cast<int>(m_versions.size()))
                         .arg(areaName));
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    // Newest first: the row number is the index from the end.
    for (std::size_t i = m_versions.size(); i-- > 0;)
        m_list->addItem(hazard::AreaHistory::describe(m_versions[i], hazard::AreaHistory::previousApplied(m_versions, i)));
    m_restore->setEnabled(false);
}

void AreaHistoryDialog::setMessage(const QString& text)
{
    m_message->setText(text);
}

int AreaHistoryDialog::selectedIndex() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_versions.size()))
        return -1;
    return static_cast<int>(m_versions.size()) - 1 - row;
}

} // namespace mineatlas::gui
