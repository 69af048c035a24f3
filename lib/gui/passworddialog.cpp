#include "passworddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mineatlas::gui {

PasswordDialog::PasswordDialog(const QString& workspace, const QString& user, QWidget* parent)
    : QDialog(parent), m_problem(new QLabel(this)), m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Workspace password"));
    setObjectName(QStringLiteral("passwordDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 needs the password of %2. It is kept in memory for this session only, never "
                                "written to the project or the settings.")
                                 .arg(workspace, user.isEmpty() ? tr("your database user") : user),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* form = new QFormLayout;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void PasswordDialog::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

} // namespace mineatlas::gui
