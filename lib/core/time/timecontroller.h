#pragma once

#include <vector>

#include <QDate>
#include <QObject>
#include <QTimer>

namespace mineatlas::time {

/// The one date of the map (treaty statuses and temporal layers follow it) and how it moves:
/// play/pause at a speed, a step of a day, week, month, year or to the next event, a play range
/// and looping. Widget-free: the date bar, presentation mode and tests drive the same object.
/// GUI thread only.
class TimeController : public QObject {
    Q_OBJECT
public:
    enum class Unit { Event, Day, Week, Month, Year };

    explicit TimeController(QObject* parent = nullptr);

    QDate date() const { return m_date; }
    /// Clamped to [minimum, maximum]; emits dateChanged when it changes.
    void setDate(QDate date);
    QDate minimum() const { return m_min; }
    QDate maximum() const { return m_max; }
    /// The dates the control reaches at all (the slider's ends).
    void setBounds(QDate minimum, QDate maximum);

    /// Play runs from `from` to `to` (within the bounds); the whole bounds by default.
    QDate rangeStart() const { return m_from; }
    QDate rangeEnd() const { return m_to; }
    void setRange(QDate from, QDate to);
    /// The range of the data with dates: used until the user sets a range, and the step becomes a
    /// month when it was "to the next event" (treaty events are years apart; data moves monthly).
    void fitToData(QDate first, QDate last);
    bool rangeSetByUser() const { return m_userRange; }
    void setRangeByUser(QDate from, QDate to);

    Unit unit() const { return m_unit; }
    void setUnit(Unit unit);
    /// Steps a second while playing (0.25 to 20).
    double speed() const { return m_speed; }
    void setSpeed(double stepsPerSecond);
    bool loops() const { return m_loop; }
    void setLoop(bool on);
    /// The dates a step "to the next event" stops at (sorted and made unique here).
    void setEventDates(std::vector<QDate> dates);
    const std::vector<QDate>& eventDates() const { return m_events; }

    bool isPlaying() const { return m_timer.isActive(); }
    /// Playing from the end of the range starts again at its beginning.
    void play();
    void pause();
    void togglePlay();
    /// One step forward: past the end of the range it wraps to the start when looping, else stops
    /// there (and pauses). Returns false when nothing moved.
    bool stepForward();
    bool stepBackward();

    /// The date one step after (or before) `from` with the current unit.
    QDate stepped(QDate from, int direction) const;

    static QString unitName(Unit unit);

Q_SIGNALS:
    void dateChanged(QDate date);
    void playingChanged(bool playing);
    /// The range, unit, speed, loop or events changed.
    void settingsChanged();

private:
    QDate m_date;
    QDate m_min, m_max, m_from, m_to;
    Unit m_unit = Unit::Event;
    double m_speed = 1.5;
    bool m_loop = false;
    bool m_userRange = false;
    std::vector<QDate> m_events;
    QTimer m_timer;
};

} // namespace mineatlas::time
