#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace mineatlas::gui {

/// Asks the password of one team workspace when ~/.pgpass and the service file give none (a
/// project reopened, a sync back). What is typed is handed to the caller, which keeps it in
/// memory for the session; the dialog never stores it. A problem from the last try (a wrong
/// password) is shown above the field. GUI thread only.
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    /// `workspace`: how messages name it ("hazards on db.example.org"); `user`: the login.
    PasswordDialog(const QString& workspace, const QString& user, QWidget* parent = nullptr);

    void setProblem(const QString& text);
    QString password() const;
    QLineEdit* passwordEdit() const { return m_password; }

private:
    QLabel* m_problem;
    QLineEdit* m_password;
};

} // namespace mineatlas::gui
