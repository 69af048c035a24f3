#pragma once

#include <vector>

#include <QDate>
#include <QTimer>
#include <QWidget>

class QDateEdit;
class QSlider;
class QToolButton;

namespace mineatlas::gui {

/// The "as of" date: a calendar field, a slider from the treaty's opening (3 Dec 1997) to today,
/// keyboard steps (←/→ a day, ↑/↓ a month, PgUp/PgDn a year) and a play button that steps through
/// the treaty's events. Emits dateChanged(); knows nothing of the map. GUI thread only.
class DateControl : public QWidget {
    Q_OBJECT
public:
    explicit DateControl(QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(QDate date);
    QDate minimumDate() const { return m_min; }
    QDate maximumDate() const { return m_max; }
    /// The last date the control reaches (today by default).
    void setMaximumDate(QDate max);
    /// The dates "play" stops at (sorted, unique), e.g. every deposit and withdrawal in the table.
    void setEventDates(std::vector<QDate> dates);
    bool isPlaying() const { return m_timer.isActive(); }
    void play(bool on);
    QSlider* slider() const { return m_slider; }
    QDateEdit* dateEdit() const { return m_edit; }

Q_SIGNALS:
    void dateChanged(QDate date);

protected:
    void keyPressEvent(QKeyEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void stepToNextEvent();
    bool stepByKey(int key);

    QDate m_date;
    QDate m_min;
    QDate m_max;
    std::vector<QDate> m_events;
    QDateEdit* m_edit;
    QSlider* m_slider;
    QToolButton* m_play;
    QTimer m_timer;
};

} // namespace mineatlas::gui
