#include "datecontrol.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace mineatlas::gui {

namespace {
const double kSpeeds[] = {0.5, 1, 1.5, 2, 4, 8};
}

DateControl::DateControl(QWidget* parent) : DateControl(new time::TimeController, parent)
{
    m_controller->setParent(this);
}

DateControl::DateControl(time::TimeController* controller, QWidget* parent) : QWidget(parent), m_controller(controller)
{
    build();
}

void DateControl::build()
{
    m_edit = new QDateEdit(this);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setToolTip(tr("The map's date: treaty statuses and layers with dates are shown as of this day"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setMinimumWidth(160);
    m_slider->setPageStep(30);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setToolTip(tr("Drag through time (←/→ a day, ↑/↓ a month, PgUp/PgDn a year)"));
    auto button = [this](QStyle::StandardPixmap icon, const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    m_back = button(QStyle::SP_MediaSkipBackward, QString(), tr("One step back"));
    m_back->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_play = button(QStyle::SP_MediaPlay, tr("Play"), tr("Play from the start of the range to its end"));
    m_play->setCheckable(true);
    m_forward = button(QStyle::SP_MediaSkipForward, QString(), tr("One step forward"));
    m_forward->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_unit = new QComboBox(this);
    m_unit->setToolTip(tr("How far one step goes"));
    for (auto u : {time::TimeController::Unit::Event, time::TimeController::Unit::Day, time::TimeController::Unit::Week,
                   time::TimeController::Unit::Month, time::TimeController::Unit::Year})
        m_unit->addItem(u == time::TimeController::Unit::Event ? tr("by event") : tr("by %1").arg(time::TimeController::unitName(u)),
                        static_cast<int>(u));
    m_speed = new QComboBox(this);
    m_speed->setToolTip(tr("Steps a second while playing"));
    for (double s : kSpeeds)
        m_speed->addItem(tr("%1/s").arg(s), s);
    m_loop = new QCheckBox(tr("Loop"), this);
    m_loop->setToolTip(tr("Start again at the beginning of the range"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setToolTip(tr("Play from"));
    m_to->setToolTip(tr("Play to"));
    auto* h = new QHBoxLayout(this);
    h->setContentsMargins(4, 0, 4, 0);
    h->setSpacing(4);
    h->addWidget(new QLabel(tr("As of"), this));
    h->addWidget(m_edit);
    h->addWidget(m_slider, 1);
    h->addWidget(m_back);
    h->addWidget(m_play);
    h->addWidget(m_forward);
    h->addWidget(m_unit);
    h->addWidget(m_speed);
    h->addWidget(m_loop);
    h->addWidget(new QLabel(tr("Range"), this));
    h->addWidget(m_from);
    h->addWidget(new QLabel(QStringLiteral("–"), this));
    h->addWidget(m_to);
    m_slider->installEventFilter(this);

    connect(m_edit, &QDateEdit::dateChanged, m_controller, &time::TimeController::setDate);
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) { m_controller->setDate(m_controller->minimum().addDays(v)); });
    connect(m_play, &QToolButton::toggled, this, &DateControl::play);
    connect(m_back, &QToolButton::clicked, m_controller, &time::TimeController::stepBackward);
    connect(m_forward, &QToolButton::clicked, m_controller, &time::TimeController::stepForward);
    connect(m_unit, &QComboBox::activated, this,
            [this](int i) { m_controller->setUnit(static_cast<time::TimeController::Unit>(m_unit->itemData(i).toInt())); });
    connect(m_speed, &QComboBox::activated, this, [this](int i) { m_controller->setSpeed(m_speed->itemData(i).toDouble()); });
    connect(m_loop, &QCheckBox::toggled, m_controller, &time::TimeController::setLoop);
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate d) { m_controller->setRangeByUser(d, std::max(d, m_to->date())); });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate d) { m_controller->setRangeByUser(std::min(d, m_from->date()), d); });
    connect(m_controller, &time::TimeController::dateChanged, this, [this](QDate d) {
        showDate(d);
        Q_EMIT dateChanged(d);
    });
    connect(m_controller, &time::TimeController::settingsChanged, this, &DateControl::showSettings);
    connect(m_controller, &time::TimeController::playingChanged, this, &DateControl::showPlaying);
    showSettings();
    showDate(m_controller->date());
}

void DateControl::showDate(QDate date)
{
    const QSignalBlocker b1(m_edit), b2(m_slider);
    m_edit->setDate(date);
    m_slider->setValue(static_cast<int>(m_controller->minimum().daysTo(date)));
}

void DateControl::showSettings()
{
    const QSignalBlocker b1(m_edit), b2(m_slider), b3(m_unit), b4(m_speed), b5(m_loop), b6(m_from), b7(m_to);
    const QDate min = m_controller->minimum(), max = m_controller->maximum();
    m_edit->setDateRange(min, max);
    m_from->setDateRange(min, max);
    m_to->setDateRange(min, max);
    m_from->setDate(m_controller->rangeStart());
    m_to->setDate(m_controller->rangeEnd());
    m_slider->setRange(0, static_cast<int>(min.daysTo(max)));
    m_slider->setValue(static_cast<int>(min.daysTo(m_controller->date())));
    m_slider->setToolTip(tr("Drag through time: %1 to %2 (←/→ a day, ↑/↓ a month, PgUp/PgDn a year)")
                             .arg(min.toString(Qt::ISODate), max.toString(Qt::ISODate)));
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(m_controller->unit())));
    int nearest = 0;
    for (int i = 0; i < m_speed->count(); ++i)
        if (std::abs(m_speed->itemData(i).toDouble() - m_controller->speed()) <
            std::abs(m_speed->itemData(nearest).toDouble() - m_controller->speed()))
            nearest = i;
    m_speed->setCurrentIndex(nearest);
    m_loop->setChecked(m_controller->loops());
}

void DateControl::showPlaying(bool playing)
{
    const QSignalBlocker block(m_play);
    m_play->setChecked(playing);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void DateControl::setMaximumDate(QDate max)
{
    m_controller->setBounds(m_controller->minimum(), max);
}

void DateControl::play(bool on)
{
    if (on)
        m_controller->play();
    else
        m_controller->pause();
    showPlaying(m_controller->isPlaying());
}

bool DateControl::stepByKey(int key)
{
    const QDate d = m_controller->date();
    switch (key) {
    case Qt::Key_Left:
        setDate(d.addDays(-1));
        return true;
    case Qt::Key_Right:
        setDate(d.addDays(1));
        return true;
    case Qt::Key_Down:
        setDate(d.addMonths(-1));
        return true;
    case Qt::Key_Up:
        setDate(d.addMonths(1));
        return true;
    case Qt::Key_PageDown:
        setDate(d.addYears(-1));
        return true;
    case Qt::Key_PageUp:
        setDate(d.addYears(1));
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
