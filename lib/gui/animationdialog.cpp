#include "animationdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "time/temporal.h"

namespace mineatlas::gui {

AnimationDialog::AnimationDialog(const Choice& initial, QWidget* parent)
    : QDialog(parent), m_from(new QDateEdit(initial.from, this)), m_to(new QDateEdit(initial.to, this)),
      m_step(new QComboBox(this)), m_size(new QComboBox(this)), m_fps(new QDoubleSpinBox(this)),
      m_title(new QLineEdit(initial.title, this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Export animation"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_step->setEditable(true);
    m_step->setToolTip(tr("An ISO 8601 duration: P1D a day, P7D a week, P1M a month, P3M a quarter, P1Y a year"));
    for (const auto& [code, label] : {std::pair{"P1D", tr("a day")}, std::pair{"P7D", tr("a week")}, std::pair{"P1M", tr("a month")},
                                      std::pair{"P3M", tr("three months")}, std::pair{"P1Y", tr("a year")}})
        m_step->addItem(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(code), label), QString::fromLatin1(code));
    const int known = m_step->findData(initial.step);
    if (known >= 0)
        m_step->setCurrentIndex(known);
    else
        m_step->setEditText(initial.step);
    for (QSize s : {QSize(1920, 1080), QSize(1280, 720), QSize(960, 540), QSize(640, 360), QSize(1024, 768)})
        m_size->addItem(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()), s);
    m_size->setCurrentIndex(std::max(0, m_size->findData(initial.size)));
    m_fps->setRange(0.5, 30);
    m_fps->setDecimals(1);
    m_fps->setValue(initial.framesPerSecond);
    m_fps->setSuffix(tr(" frames/s"));
    m_title->setPlaceholderText(tr("e.g. Hazard areas recorded, 2022–2026"));
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Step"), m_step);
    form->addRow(tr("Frame size"), m_size);
    form->addRow(tr("Speed"), m_fps);
    form->addRow(tr("Title"), m_title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Choose file…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_summary);
    v->addWidget(buttons);
    connect(m_from, &QDateEdit::dateChanged, this, &AnimationDialog::updateSummary);
    connect(m_to, &QDateEdit::dateChanged, this, &AnimationDialog::updateSummary);
    connect(m_step, &QComboBox::currentTextChanged, this, &AnimationDialog::updateSummary);
    connect(m_fps, &QDoubleSpinBox::valueChanged, this, &AnimationDialog::updateSummary);
    updateSummary();
}

AnimationDialog::Choice AnimationDialog::choice() const
{
    Choice c;
    c.from = m_from->date();
    c.to = m_to->date();
    const int i = m_step->findText(m_step->currentText());
    c.step = i >= 0 ? m_step->itemData(i).toString() : m_step->currentText().trimmed();
    c.size = m_size->currentData().toSize();
    c.framesPerSecond = m_fps->value();
    c.title = m_title->text().trimmed();
    return c;
}

void AnimationDialog::updateSummary()
{
    const Choice c = choice();
    auto step = time::Step::parse(c.step);
    if (!step) {
        m_summary->setText(step.error());
        m_ok->setEnabled(false);
        return;
    }
    auto dates = time::frameDates(c.from, c.to, step.value());
    if (!dates) {
        m_summary->setText(dates.error());
        m_ok->setEnabled(false);
        return;
    }
    m_ok->setEnabled(true);
    m_summary->setText(tr("%1 frames, %2 s at %3 frames a second (the last frame is held 2 s longer). GIF keeps the "
                          "legend colours exact; MP4 and WebM need ffmpeg.")
                           .arg(dates->size())
                           .arg(static_cast<double>(dates->size()) / c.framesPerSecond, 0, 'f', 1)
                           .arg(c.framesPerSecond));
}

} // namespace mineatlas::gui
