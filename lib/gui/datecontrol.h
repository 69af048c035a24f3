#pragma once

#include <vector>

#include <QDate>
#include <QWidget>

#include "time/timecontroller.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QSlider;
class QToolButton;

namespace mineatlas::gui {

/// The date bar over a time::TimeController (its own unless one is given): a calendar field and a
/// slider for the date, step back / play-pause / step forward, the step (event, day, week, month,
/// year), the speed, looping and the play range. Keyboard on the slider: ←/→ a day, ↑/↓ a month,
/// PgUp/PgDn a year. Emits dateChanged(); knows nothing of the map. GUI thread only.
class DateControl : public QWidget {
    Q_OBJECT
public:
    explicit DateControl(QWidget* parent = nullptr);
    DateControl(time::TimeController* controller, QWidget* parent);

    time::TimeController* controller() const { return m_controller; }
    QDate date() const { return m_controller->date(); }
    void setDate(QDate date) { m_controller->setDate(date); }
    QDate minimumDate() const { return m_controller->minimum(); }
    QDate maximumDate() const { return m_controller->maximum(); }
    /// The last date the control reaches (today by default).
    void setMaximumDate(QDate max);
    /// The dates a step "to the next event" stops at, e.g. every deposit and withdrawal in the table.
    void setEventDates(std::vector<QDate> dates) { m_controller->setEventDates(std::move(dates)); }
    bool isPlaying() const { return m_controller->isPlaying(); }
    void play(bool on);

    QSlider* slider() const { return m_slider; }
    QDateEdit* dateEdit() const { return m_edit; }
    QToolButton* playButton() const { return m_play; }
    QComboBox* unitBox() const { return m_unit; }
    QComboBox* speedBox() const { return m_speed; }
    QCheckBox* loopBox() const { return m_loop; }
    QDateEdit* rangeStartEdit() const { return m_from; }
    QDateEdit* rangeEndEdit() const { return m_to; }

Q_SIGNALS:
    void dateChanged(QDate date);

protected:
    void keyPressEvent(QKeyEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void build();
    void showDate(QDate date);
    void showSettings();
    void showPlaying(bool playing);
    bool stepByKey(int key);

    time::TimeController* m_controller;
    QDateEdit* m_edit = nullptr;
    QSlider* m_slider = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_play = nullptr;
    QToolButton* m_forward = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_speed = nullptr;
    QCheckBox* m_loop = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace mineatlas::gui
