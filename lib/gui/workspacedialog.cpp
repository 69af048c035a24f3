#include "workspacedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "hazard/hazardstore.h"

namespace mineatlas::gui {

WorkspaceDialog::WorkspaceDialog(QWidget* parent)
    : QDialog(parent), m_problem(new QLabel(this)), m_service(new QLineEdit(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_sslMode(new QComboBox(this)), m_password(new QLineEdit(this)), m_layer(new QLineEdit(this))
{
    setWindowTitle(tr("Open hazard workspace"));
    setObjectName(QStringLiteral("workspaceDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A team's hazard areas in PostgreSQL + PostGIS. Give a service name from "
                                "pg_service.conf, or the server's host, port, database and user."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setObjectName(QStringLiteral("workspaceProblem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* form = new QFormLayout;
    m_service->setPlaceholderText(tr("optional, e.g. hazards"));
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database->setPlaceholderText(tr("e.g. hazards"));
    m_user->setPlaceholderText(tr("your database user"));
    // libpq's TLS modes, passed through as they are; empty leaves libpq's default (prefer).
    for (const QString& mode : {QString(), QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")})
        m_sslMode->addItem(mode.isEmpty() ? tr("default") : mode, mode);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or the service file"));
    m_password->setToolTip(tr("Kept in memory for this session only; never written to settings or the project"));
    m_layer->setText(QString::fromLatin1(hazard::HazardStore::kDefaultLayer));
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS mode:"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("T&able:"), m_layer);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void WorkspaceDialog::setSettings(const hazard::ConnectionSettings& s)
{
    m_service->setText(s.service);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(s.sslMode)));
    m_password->setText(s.password);
}

hazard::ConnectionSettings WorkspaceDialog::settings() const
{
    hazard::ConnectionSettings s;
    s.service = m_service->text().trimmed();
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.sslMode = m_sslMode->currentData().toString();
    s.password = m_password->text();
    return s;
}

void WorkspaceDialog::setLayerName(const QString& layer)
{
    m_layer->setText(layer);
}

QString WorkspaceDialog::layerName() const
{
    const QString l = m_layer->text().trimmed();
    return l.isEmpty() ? QString::fromLatin1(hazard::HazardStore::kDefaultLayer) : l;
}

void WorkspaceDialog::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace mineatlas::gui
