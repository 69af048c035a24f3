#include "time/timecontroller.h"

#include <algorithm>
#include <cmath>

namespace mineatlas::time {

TimeController::TimeController(QObject* parent)
    : QObject(parent), m_date(QDate::currentDate()), m_min(1997, 12, 3), m_max(QDate::currentDate()), m_from(m_min),
      m_to(m_max)
{
    m_timer.setInterval(static_cast<int>(std::lround(1000 / m_speed)));
    connect(&m_timer, &QTimer::timeout, this, [this] { stepForward(); });
}

void TimeController::setDate(QDate date)
{
    if (!date.isValid())
        return;
    date = std::clamp(date, m_min, m_max);
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged(date);
}

void TimeController::setBounds(QDate minimum, QDate maximum)
{
    if (!minimum.isValid() || !maximum.isValid() || maximum < minimum)
        return;
    m_min = minimum;
    m_max = maximum;
    m_from = std::clamp(m_from, m_min, m_max);
    m_to = std::clamp(m_to, m_from, m_max);
    if (!m_userRange) {
        m_from = m_min;
        m_to = m_max;
    }
    setDate(m_date);
    Q_EMIT settingsChanged();
}

void TimeController::setRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    m_from = std::clamp(from, m_min, m_max);
    m_to = std::clamp(to, m_from, m_max);
    Q_EMIT settingsChanged();
}

void TimeController::setRangeByUser(QDate from, QDate to)
{
    m_userRange = true;
    setRange(from, to);
}

void TimeController::fitToData(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid())
        return;
    // The data may reach before the treaty or past today: the bounds grow to hold it.
    if (first < m_min || last > m_max)
        setBounds(std::min(first, m_min), std::max(last, m_max));
    if (m_unit == Unit::Event)
        m_unit = Unit::Month;
    if (!m_userRange)
        setRange(first, last);
    else
        Q_EMIT settingsChanged();
}

void TimeController::setUnit(Unit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    Q_EMIT settingsChanged();
}

void TimeController::setSpeed(double stepsPerSecond)
{
    m_speed = std::clamp(stepsPerSecond, 0.25, 20.0);
    m_timer.setInterval(static_cast<int>(std::lround(1000 / m_speed)));
    Q_EMIT settingsChanged();
}

void TimeController::setLoop(bool on)
{
    if (on == m_loop)
        return;
    m_loop = on;
    Q_EMIT settingsChanged();
}

void TimeController::setEventDates(std::vector<QDate> dates)
{
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    m_events = std::move(dates);
    Q_EMIT settingsChanged();
}

void TimeController::play()
{
    if (isPlaying())
        return;
    if (m_date >= m_to || m_date < m_from)
        setDate(m_from);
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void TimeController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void TimeController::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

QDate TimeController::stepped(QDate from, int direction) const
{
    switch (m_unit) {
    case Unit::Day:
        return from.addDays(direction);
    case Unit::Week:
        return from.addDays(7 * direction);
    case Unit::Month:
        return from.addMonths(direction);
    case Unit::Year:
        return from.addYears(direction);
    case Unit::Event:
        break;
    }
    if (direction > 0) {
        auto next = std::upper_bound(m_events.begin(), m_events.end(), from);
        return next == m_events.end() ? QDate() : *next;
    }
    auto before = std::lower_bound(m_events.begin(), m_events.end(), from);
    return before == m_events.begin() ? QDate() : *std::prev(before);
}

bool TimeController::stepForward()
{
    QDate next = stepped(m_date, 1);
    if (!next.isValid() || next > m_to) {
        if (m_loop && isPlaying()) {
            setDate(m_from);
            return true;
        }
        // The end of the range is shown before stopping: a month step from 15 Dec does not skip it.
        const bool moved = m_date < m_to;
        setDate(m_to);
        pause();
        return moved;
    }
    const QDate before = m_date;
    setDate(next);
    return m_date != before;
}

bool TimeController::stepBackward()
{
    QDate previous = stepped(m_date, -1);
    if (!previous.isValid() || previous < m_from)
        previous = m_from;
    const QDate before = m_date;
    setDate(previous);
    return m_date != before;
}

QString TimeController::unitName(Unit unit)
{
    switch (unit) {
    case Unit::Event:
        return tr("event");
    case Unit::Day:
        return tr("day");
    case Unit::Week:
        return tr("week");
    case Unit::Month:
        return tr("month");
    case Unit::Year:
        return tr("year");
    }
    return {};
}

} // namespace mineatlas::time
