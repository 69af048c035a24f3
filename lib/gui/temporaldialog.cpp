#include "temporaldialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "data/featurestore.h"

namespace mineatlas::gui {

TemporalDialog::TemporalDialog(const data::FeatureStore& store, const time::TemporalSettings& current,
                               const QString& layerName, QWidget* parent)
    : QDialog(parent), m_store(store), m_start(new QComboBox(this)), m_end(new QComboBox(this)),
      m_duration(new QSpinBox(this)), m_mode(new QButtonGroup(this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Dates and time — %1").arg(layerName));
    m_start->addItem(tr("(none: the layer ignores the date)"), QString());
    m_end->addItem(tr("(none)"), QString());
    for (const QString& f : store.fieldNames()) {
        m_start->addItem(f, f);
        m_end->addItem(f, f);
    }
    m_start->setCurrentIndex(std::max(0, m_start->findData(current.startField)));
    m_end->setCurrentIndex(std::max(0, m_end->findData(current.endField)));
    m_duration->setRange(0, 100000);
    m_duration->setSuffix(tr(" days"));
    m_duration->setSpecialValueText(tr("open-ended"));
    m_duration->setValue(current.durationDays);
    m_duration->setToolTip(tr("Without an end field: how long each feature lasts after its start"));
    auto* active = new QRadioButton(tr("Shown while active: from the start day, until the end day (not included)"), this);
    auto* accumulate = new QRadioButton(tr("Accumulated: shown from the start day on (what was recorded by the date)"), this);
    m_mode->addButton(active, static_cast<int>(time::TemporalMode::Active));
    m_mode->addButton(accumulate, static_cast<int>(time::TemporalMode::Accumulate));
    (current.mode == time::TemporalMode::Active ? active : accumulate)->setChecked(true);
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Start date field"), m_start);
    form->addRow(tr("End date field"), m_end);
    form->addRow(tr("Or a duration"), m_duration);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(active);
    v->addWidget(accumulate);
    v->addWidget(m_summary);
    v->addWidget(buttons);
    connect(m_start, &QComboBox::currentIndexChanged, this, &TemporalDialog::updateSummary);
    connect(m_end, &QComboBox::currentIndexChanged, this, &TemporalDialog::updateSummary);
    connect(m_duration, &QSpinBox::valueChanged, this, &TemporalDialog::updateSummary);
    connect(m_mode, &QButtonGroup::idClicked, this, &TemporalDialog::updateSummary);
    updateSummary();
}

time::TemporalSettings TemporalDialog::settings() const
{
    time::TemporalSettings s;
    s.startField = m_start->currentData().toString();
    s.endField = m_end->currentData().toString();
    s.durationDays = s.endField.isEmpty() ? m_duration->value() : 0;
    s.mode = static_cast<time::TemporalMode>(m_mode->checkedId());
    return s;
}

void TemporalDialog::updateSummary()
{
    const time::TemporalSettings s = settings();
    const bool hasEnd = !s.endField.isEmpty();
    m_duration->setEnabled(s.isEnabled() && !hasEnd);
    m_end->setEnabled(s.isEnabled());
    if (!s.isEnabled()) {
        m_summary->setText(tr("The layer is shown whatever the map's date."));
        return;
    }
    const auto index = time::TemporalIndex::build(m_store, s);
    const QLocale locale;
    QString text = tr("%1 of %2 features have dates from %3 to %4.")
                       .arg(locale.toString(static_cast<qint64>(index->size() - index->countAt(QDate(1, 1, 1)))))
                       .arg(locale.toString(static_cast<qint64>(index->size())))
                       .arg(index->firstDate().toString(Qt::ISODate), index->lastDate().toString(Qt::ISODate));
    if (!index->firstDate().isValid())
        text = tr("No feature has a date in this field: every feature would always be shown.");
    if (index->unreadable() > 0)
        text += QLatin1Char(' ') + tr("%1 values are not dates and are treated as empty.").arg(locale.toString(static_cast<qint64>(index->unreadable())));
    m_summary->setText(text);
}

} // namespace mineatlas::gui
