#include "dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace mineatlas::gui {

bool WidgetDialogs::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void WidgetDialogs::inform(QWidget* parent, const QString& title, const QString& richText)
{
    QMessageBox::about(parent, title, richText);
}

QStringList WidgetDialogs::openFiles(QWidget* parent, const QString& title, const QString& dir,
                                     const QString& filter)
{
    return QFileDialog::getOpenFileNames(parent, title, dir, filter);
}

QString WidgetDialogs::saveFile(QWidget* parent, const QString& title, const QString& dir, const QString& filter,
                                QString* selectedFilter)
{
    return QFileDialog::getSaveFileName(parent, title, dir, filter, selectedFilter);
}

std::optional<QString> WidgetDialogs::text(QWidget* parent, const QString& title, const QString& label,
                                           const QString& initial)
{
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<QString> WidgetDialogs::item(QWidget* parent, const QString& title, const QString& label,
                                           const QStringList& items)
{
    bool ok = false;
    const QString value = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

int WidgetDialogs::exec(QDialog& dialog)
{
    return dialog.exec();
}

QString WidgetDialogs::directory(QWidget* parent, const QString& title, const QString& dir)
{
    return QFileDialog::getExistingDirectory(parent, title, dir);
}

int UnattendedDialogs::exec(QDialog&)
{
    return QDialog::Accepted;
}

} // namespace mineatlas::gui
