#pragma once

#include <deque>
#include <functional>
#include <optional>

#include <QDialog>
#include <QStringList>

#include "dialogs.h"

/// Answers the window's questions from a script, as a user would, and logs every question asked
/// (what a test checks to see that an action showed a dialog). Unscripted questions get "no" /
/// cancel, so nothing happens that the test did not ask for.
class ScriptedDialogs : public mineatlas::gui::Dialogs {
public:
    QStringList log;
    std::deque<bool> confirms;
    std::deque<QStringList> openAnswers;
    std::deque<std::pair<QString, QString>> saveAnswers; ///< path, chosen filter
    std::deque<std::optional<QString>> textAnswers;
    std::deque<std::optional<QString>> itemAnswers;
    /// Fills in a dialog the window built and returns Accepted or Rejected; default: Rejected.
    std::deque<std::function<int(QDialog&)>> execAnswers;
    std::deque<QString> directoryAnswers;

    bool confirm(QWidget*, const QString& title, const QString&) override
    {
        log << QStringLiteral("confirm: %1").arg(title);
        return pop(confirms, false);
    }
    void inform(QWidget*, const QString& title, const QString&) override { log << QStringLiteral("inform: %1").arg(title); }
    QStringList openFiles(QWidget*, const QString& title, const QString& dir, const QString&) override
    {
        log << QStringLiteral("open: %1 in %2").arg(title, dir);
        return pop(openAnswers, QStringList());
    }
    QString saveFile(QWidget*, const QString& title, const QString& dir, const QString&, QString* filter) override
    {
        log << QStringLiteral("save: %1 in %2").arg(title, dir);
        const auto answer = pop(saveAnswers, std::pair<QString, QString>());
        if (filter)
            *filter = answer.second;
        return answer.first;
    }
    std::optional<QString> text(QWidget*, const QString& title, const QString&, const QString&) override
    {
        log << QStringLiteral("text: %1").arg(title);
        return pop(textAnswers, std::optional<QString>());
    }
    std::optional<QString> item(QWidget*, const QString& title, const QString&, const QStringList&) override
    {
        log << QStringLiteral("item: %1").arg(title);
        return pop(itemAnswers, std::optional<QString>());
    }
    int exec(QDialog& dialog) override
    {
        log << QStringLiteral("dialog: %1").arg(dialog.windowTitle());
        auto answer = pop(execAnswers, std::function<int(QDialog&)>());
        return answer ? answer(dialog) : QDialog::Rejected;
    }

    QString directory(QWidget*, const QString& title, const QString&) override
    {
        log << QStringLiteral("directory: %1").arg(title);
        return pop(directoryAnswers, QString());
    }

private:
    template <class T> static T pop(std::deque<T>& queue, const T& fallback)
    {
        if (queue.empty())
            return fallback;
        const T value = queue.front();
        queue.pop_front();
        return value;
    }
};
