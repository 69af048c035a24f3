#pragma once

#include <functional>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include "remainingtime.h"

class QProgressBar;
class QStatusBar;
class QToolButton;

namespace mineatlas {

/// The progress bar and Cancel button in the status bar, shared by everything long that runs
/// off the GUI thread (loading layers, importing areas): the newest job shows; Cancel stops it.
/// GUI thread only.
class ProgressWidgets : public QObject {
    Q_OBJECT
public:
    explicit ProgressWidgets(QStatusBar* bar);

    /// A job starts (`percent` unknown until setPercent()).
    void begin(const QString& key, const QString& what, std::function<void()> cancel);
    /// 0..100, or -1 while the total is unknown.
    void setPercent(const QString& key, int percent);
    void end(const QString& key);
    QProgressBar* bar() const { return m_bar; }
    QToolButton* cancelButton() const { return m_cancel; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Job {
        QString key, what;
        std::function<void()> cancel;
        int percent = -1;
        RemainingTime remaining;
        QString left; ///< "about 12 s left", or empty
    };
    void show();
    std::vector<Job> m_jobs;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
    QElapsedTimer m_clock;
};

} // namespace mineatlas
