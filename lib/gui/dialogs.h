#pragma once

#include <optional>

#include <QString>
#include <QStringList>

class QDialog;
class QWidget;

namespace mineatlas::gui {

/// Every question the window asks the user goes through this interface, so that the window can
/// be driven in a test (a scripted implementation answers) and run unattended (screenshot mode
/// answers with the defaults). WidgetDialogs is the real one. GUI thread only.
class Dialogs {
public:
    virtual ~Dialogs() = default;

    /// Yes / no (or OK / Cancel): true for yes.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& richText) = 0;
    /// Empty when the user cancels.
    virtual QStringList openFiles(QWidget* parent, const QString& title, const QString& dir,
                                  const QString& filter) = 0;
    /// Empty when the user cancels. `selectedFilter` gets the filter the user picked.
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter,
                             QString* selectedFilter = nullptr) = 0;
    virtual std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                        const QString& initial = {}) = 0;
    virtual std::optional<QString> item(QWidget* parent, const QString& title, const QString& label,
                                        const QStringList& items) = 0;
    /// Runs a dialog the caller built (modal); returns QDialog::Accepted or Rejected.
    virtual int exec(QDialog& dialog) = 0;
    /// An existing folder; empty when the user cancels (and where nobody can answer).
    virtual QString directory(QWidget* /*parent*/, const QString& /*title*/, const QString& /*dir*/) { return {}; }
    /// Whether someone is there to answer. A scripted run is not: it must not take silence for
    /// "no" where no means throwing something away (a recovered sketch).
    virtual bool canAsk() const { return true; }

    QString openFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
    {
        const QStringList files = openFiles(parent, title, dir, filter);
        return files.isEmpty() ? QString() : files.first();
    }
};

/// The real dialogs: QMessageBox, QFileDialog, QInputDialog, QDialog::exec.
class WidgetDialogs : public Dialogs {
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& richText) override;
    QStringList openFiles(QWidget* parent, const QString& title, const QString& dir, const QString& filter) override;
    QString saveFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter,
                     QString* selectedFilter) override;
    std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                const QString& initial) override;
    std::optional<QString> item(QWidget* parent, const QString& title, const QString& label,
                                const QStringList& items) override;
    int exec(QDialog& dialog) override;
    QString directory(QWidget* parent, const QString& title, const QString& dir) override;
};

/// No one to ask (scripted runs such as --screenshot): confirms nothing, opens nothing, accepts
/// every built dialog as it stands (a layer chooser keeps all layers ticked).
class UnattendedDialogs : public Dialogs {
public:
    bool confirm(QWidget*, const QString&, const QString&) override { return false; }
    void inform(QWidget*, const QString&, const QString&) override {}
    QStringList openFiles(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&, QString*) override { return {}; }
    std::optional<QString> text(QWidget*, const QString&, const QString&, const QString&) override
    {
        return std::nullopt;
    }
    std::optional<QString> item(QWidget*, const QString&, const QString&, const QStringList&) override
    {
        return std::nullopt;
    }
    int exec(QDialog& dialog) override;
    bool canAsk() const override { return false; }
};

} // namespace mineatlas::gui
