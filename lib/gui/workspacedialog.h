#pragma once

#include <QDialog>

#include "hazard/teamworkspace.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mineatlas::gui {

/// Asks where a team's hazard workspace is: a PostgreSQL service name, or host, port, database
/// and user; the TLS mode; the password (for this session only: left empty, libpq looks in
/// ~/.pgpass or the service file); and the table. A problem from an earlier try can be shown
/// above the fields. The password field is never filled from settings. GUI thread only.
class WorkspaceDialog : public QDialog {
    Q_OBJECT
public:
    explicit WorkspaceDialog(QWidget* parent = nullptr);

    void setSettings(const hazard::ConnectionSettings& settings);
    hazard::ConnectionSettings settings() const;
    void setLayerName(const QString& layer);
    QString layerName() const;
    /// A problem from the last try, shown in red above the fields (empty: none).
    void setProblem(const QString& text);

    QLineEdit* serviceEdit() const { return m_service; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portEdit() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QComboBox* sslModeBox() const { return m_sslMode; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* layerEdit() const { return m_layer; }

private:
    QLabel* m_problem;
    QLineEdit* m_service;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslMode;
    QLineEdit* m_password;
    QLineEdit* m_layer;
};

} // namespace mineatlas::gui
