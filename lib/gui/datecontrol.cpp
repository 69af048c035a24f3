#include "datecontrol.h"

#include <algorithm>

#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

namespace mineatlas::gui {

namespace {
constexpr int kPlayIntervalMs = 700;
}

DateControl::DateControl(QWidget* parent)
    : QWidget(parent), m_date(QDate::currentDate()), m_min(1997, 12, 3), m_max(QDate::currentDate()),
      m_edit(new QDateEdit(this)), m_slider(new QSlider(Qt::Horizontal, this)), m_play(new QToolButton(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setDateRange(m_min, m_max);
    m_edit->setDate(m_date);
    m_edit->setToolTip(
        tr("Treaty status as of this date (arrow keys step the day, month or year under the cursor)"));
    m_slider->setRange(0, static_cast<int>(m_min.daysTo(m_max)));
    m_slider->setValue(static_cast<int>(m_min.daysTo(m_date)));
    m_slider->setMinimumWidth(220);
    m_slider->setPageStep(30);
    m_slider->setToolTip(tr("Drag through time: 3 Dec 1997 (opened for signature) to today"));
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_play->setText(tr("▶ Play"));
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Step through the treaty's events"));
    auto* h = new QHBoxLayout(this);
    h->setContentsMargins(4, 0, 4, 0);
    h->addWidget(new QLabel(tr("As of"), this));
    h->addWidget(m_edit);
    h->addWidget(m_slider, 1);
    h->addWidget(m_play);
    m_timer.setInterval(kPlayIntervalMs);
    m_slider->installEventFilter(this);
    connect(m_edit, &QDateEdit::dateChanged, this, &DateControl::setDate);
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) { setDate(m_min.addDays(v)); });
    connect(m_play, &QToolButton::toggled, this, &DateControl::play);
    connect(&m_timer, &QTimer::timeout, this, &DateControl::stepToNextEvent);
}

void DateControl::setDate(QDate date)
{
    date = std::clamp(date, m_min, m_max);
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    {
        const QSignalBlocker b1(m_edit), b2(m_slider);
        m_edit->setDate(date);
        m_slider->setValue(static_cast<int>(m_min.daysTo(date)));
    }
    Q_EMIT dateChanged(date);
}

void DateControl::setMaximumDate(QDate max)
{
    if (!max.isValid() || max < m_min)
        return;
    m_max = max;
    m_edit->setDateRange(m_min, m_max);
    m_slider->setRange(0, static_cast<int>(m_min.daysTo(m_max)));
    setDate(std::min(m_date, m_max));
    const QSignalBlocker block(m_slider);
    m_slider->setValue(static_cast<int>(m_min.daysTo(m_date)));
}

void DateControl::setEventDates(std::vector<QDate> dates)
{
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    m_events = std::move(dates);
}

void DateControl::play(bool on)
{
    {
        const QSignalBlocker block(m_play);
        m_play->setChecked(on);
        m_play->setText(on ? tr("⏸ Pause") : tr("▶ Play"));
    }
    if (!on) {
        m_timer.stop();
        return;
    }
    // Playing from the end starts again at the beginning.
    if (m_date >= m_max || std::upper_bound(m_events.begin(), m_events.end(), m_date) == m_events.end())
        setDate(m_min);
    m_timer.start();
}

void DateControl::stepToNextEvent()
{
    auto next = std::upper_bound(m_events.begin(), m_events.end(), m_date);
    if (next == m_events.end() || *next > m_max) {
        setDate(m_max);
        play(false);
        return;
    }
    setDate(*next);
}

bool DateControl::stepByKey(int key)
{
    switch (key) {
    case Qt::Key_Left:
        setDate(m_date.addDays(-1));
        return true;
    case Qt::Key_Right:
        setDate(m_date.addDays(1));
        return true;
    case Qt::Key_Down:
        setDate(m_date.addMonths(-1));
        return true;
    case Qt::Key_Up:
        setDate(m_date.addMonths(1));
        return true;
    case Qt::Key_PageDown:
        setDate(m_date.addYears(-1));
        return true;
    case Qt::Key_PageUp:
        setDate(m_date.addYears(1));
        return true;
    default:
        return false;
    }
}

void DateControl::keyPressEvent(QKeyEvent* e)
{
    if (stepByKey(e->key()))
        e->accept();
    else
        QWidget::keyPressEvent(e);
}

bool DateControl::eventFilter(QObject* watched, QEvent* e)
{
    // The slider would step one day for every key; give it day/month/year steps instead.
    if (watched == m_slider && e->type() == QEvent::KeyPress)
        return stepByKey(static_cast<QKeyEvent*>(e)->key());
    return QWidget::eventFilter(watched, e);
}

} // namespace mineatlas::gui
