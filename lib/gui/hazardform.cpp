#include "hazardform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include "geo/geodesy.h"

namespace mineatlas::gui {

using namespace hazard;

HazardForm::HazardForm(QWidget* parent)
    : QWidget(parent), m_incomplete(new QLabel(this)), m_contaminationOther(new QLabel(this)),
      m_localId(new QLineEdit(this)), m_guid(new QLabel(this)),
      m_classification(new QComboBox(this)), m_status(new QComboBox(this)), m_statusDate(new QDateEdit(this)),
      m_statusReason(new QLineEdit(this)), m_evidence(new QComboBox(this)),
      m_evidenceDescription(new QLineEdit(this)), m_area(new QLabel(this)),
      m_remaining(new QDoubleSpinBox(this)), m_dateOfInformation(new QDateEdit(this)),
      m_reportedBy(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_apply(new QPushButton(tr("Apply"), this)), m_delete(new QPushButton(tr("Delete area"), this))
{
    for (Classification c :
         {Classification::SHA, Classification::CHA, Classification::Indication, Classification::EodSpotTask})
        m_classification->addItem(toText(c), static_cast<int>(c));
    for (Status s : {Status::Open, Status::WorkedOn, Status::Closed})
        m_status->addItem(toText(s), static_cast<int>(s));
    for (Evidence e : {Evidence::None, Evidence::Direct, Evidence::Indirect})
        m_evidence->addItem(toText(e), static_cast<int>(e));
    for (QDateEdit* d : {m_statusDate, m_dateOfInformation}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    // The earliest date stands for "not set": an empty date is shown as such, never as a date
    // nobody chose.
    m_dateOfInformation->setMinimumDate(QDate(1900, 1, 1));
    m_dateOfInformation->setSpecialValueText(tr("not set"));
    connect(m_dateOfInformation, &QDateEdit::dateChanged, this, &HazardForm::updateIncomplete);
    m_remaining->setRange(0, 1e12);
    m_remaining->setDecimals(0);
    m_remaining->setSuffix(tr(" m²"));
    m_remaining->setGroupSeparatorShown(true);
    m_area->setWordWrap(true);
    m_guid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setMaximumHeight(70);
    auto* contamination = new QWidget(this);
    auto* grid = new QGridLayout(contamination);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList codes = contaminationCodes();
    const QStringList tips = {tr("anti-personnel mines"),      tr("anti-vehicle mines"),
                              tr("unexploded ordnance"),       tr("abandoned explosive ordnance"),
                              tr("cluster munition remnants"), tr("improvised explosive devices")};
    for (int i = 0; i < 6; ++i) {
        m_contamination[i] = new QCheckBox(codes[i], contamination);
        m_contamination[i]->setToolTip(tips[i]);
        grid->addWidget(m_contamination[i], i / 3, i % 3);
    }
    m_incomplete->setWordWrap(true);
    m_incomplete->setStyleSheet(QStringLiteral("color: #a0008f; font-weight: bold"));
    m_contaminationOther->setWordWrap(true);
    grid->addWidget(m_contaminationOther, 2, 0, 1, 3);
    auto* form = new QFormLayout(this);
    form->addRow(m_incomplete);
    form->addRow(tr("Local id *"), m_localId);
    form->addRow(tr("GUID"), m_guid);
    form->addRow(tr("Classification *"), m_classification);
    form->addRow(tr("Status *"), m_status);
    form->addRow(tr("Status since"), m_statusDate);
    form->addRow(tr("Status reason"), m_statusReason);
    form->addRow(tr("Contamination"), contamination);
    form->addRow(tr("Evidence"), m_evidence);
    form->addRow(tr("Evidence description"), m_evidenceDescription);
    form->addRow(tr("Estimated area"), m_area);
    form->addRow(tr("Remaining area"), m_remaining);
    form->addRow(tr("Date of information *"), m_dateOfInformation);
    form->addRow(tr("Reported by *"), m_reportedBy);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(new QLabel(tr("<small>* required</small>"), this), m_apply);
    form->addRow(QString(), m_delete);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_original)
            Q_EMIT deleteRequested(m_original->guid);
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (auto a = area()) {
            m_modified = false;
            Q_EMIT applied(*a);
        }
    });
    // Whatever the user changes marks the form as holding unapplied values.
    auto changed = [this] {
        if (!m_filling)
            m_modified = true;
    };
    for (QLineEdit* e : {m_localId, m_statusReason, m_evidenceDescription, m_reportedBy})
        connect(e, &QLineEdit::textEdited, this, changed);
    for (QComboBox* c : {m_classification, m_status, m_evidence})
        connect(c, &QComboBox::activated, this, changed);
    for (QDateEdit* d : {m_statusDate, m_dateOfInformation})
        connect(d, &QDateEdit::dateChanged, this, changed);
    for (QCheckBox* b : m_contamination)
        connect(b, &QCheckBox::toggled, this, changed);
    connect(m_remaining, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, changed);
    for (QLineEdit* e : {m_localId, m_reportedBy})
        connect(e, &QLineEdit::textChanged, this, &HazardForm::updateIncomplete);
    clear();
}

void HazardForm::clear()
{
    m_original.reset();
    m_modified = false;
    setEnabled(false);
    m_incomplete->clear();
    m_incomplete->hide();
    m_area->setText(tr("Click a hazard area while drawing, or finish one."));
}

namespace {
/// Selects `value` in a vocabulary drop-down, or, for a value outside the vocabulary, an extra
/// entry that shows it as it is (data -1) so that it is written back unchanged.
void selectVocabulary(QComboBox* combo, int value, const QString& other)
{
    for (int i = combo->count() - 1; i >= 0; --i)
        if (combo->itemData(i).toInt() < 0)
            combo->removeItem(i);
    if (other.isEmpty()) {
        combo->setCurrentIndex(combo->findData(value));
        return;
    }
    combo->addItem(QObject::tr("%1 (not in the vocabulary: kept as it is)").arg(other), -1);
    combo->setCurrentIndex(combo->count() - 1);
}
} // namespace

void HazardForm::updateShape(const HazardArea& a)
{
    if (!m_original || m_original->guid != a.guid) {
        setArea(a);
        return;
    }
    const double measured = geo::polygonsArea(a.polygons).areaM2;
    m_original->polygons = a.polygons;
    m_original->estimatedAreaM2 = measured;
    m_area->setText(geo::formatArea(measured));
}

void HazardForm::setArea(const HazardArea& a)
{
    m_filling = true;
    m_modified = false;
    m_original = a;
    setEnabled(true);
    m_localId->setText(a.localId);
    m_guid->setText(a.guid);
    selectVocabulary(m_classification, static_cast<int>(a.classification), a.classificationOther);
    selectVocabulary(m_status, static_cast<int>(a.status), a.statusOther);
    m_statusDate->setDate(a.statusDate.isValid() ? a.statusDate : QDate::currentDate());
    m_statusReason->setText(a.statusReason);
    for (int i = 0; i < 6; ++i)
        m_contamination[i]->setChecked(a.contamination & (1u << i));
    selectVocabulary(m_evidence, static_cast<int>(a.evidence), a.evidenceOther);
    m_contaminationOther->setVisible(!a.contaminationOther.isEmpty());
    m_contaminationOther->setText(tr("Also in the file (kept as it is): %1").arg(a.contaminationOther.join(QStringLiteral(", "))));
    m_evidenceDescription->setText(a.evidenceDescription);
    // The estimate is the shape's ellipsoidal area, measured now (kept in sync on Apply).
    const double measured = geo::polygonsArea(a.polygons).areaM2;
    m_original->estimatedAreaM2 = measured;
    m_area->setText(geo::formatArea(measured));
    // Remaining defaults to the estimate until someone records progress.
    m_remaining->setValue(a.remainingAreaM2 > 0 || a.status == Status::Closed ? a.remainingAreaM2 : measured);
    m_dateOfInformation->setDate(a.dateOfInformation.isValid() ? a.dateOfInformation
                                                               : m_dateOfInformation->minimumDate());
    m_reportedBy->setText(a.reportedBy);
    m_notes->setPlainText(a.notes);
    updateIncomplete();
    m_filling = false;
}

QString HazardForm::incompleteText() const
{
    auto a = area();
    if (!a)
        return {};
    QStringList missing;
    for (const QString& field : hazard::missingRequiredFields(*a))
        missing << hazard::fieldLabel(field);
    if (missing.isEmpty())
        return {};
    return tr("Incomplete: %1 not filled in. The area is saved, and shown hatched on the map until they are.")
        .arg(missing.join(QStringLiteral(", ")));
}

void HazardForm::updateIncomplete()
{
    const QString text = incompleteText();
    m_incomplete->setText(text);
    m_incomplete->setVisible(!text.isEmpty());
}

std::optional<HazardArea> HazardForm::area() const
{
    if (!m_original)
        return std::nullopt;
    HazardArea a = *m_original;
    a.localId = m_localId->text().trimmed();
    auto pick = [](QComboBox* combo, auto& value, QString& other) {
        const int data = combo->currentData().toInt();
        if (data >= 0) { // a known value: whatever else the file had is replaced
            value = static_cast<std::remove_reference_t<decltype(value)>>(data);
            other.clear();
        }
    };
    pick(m_classification, a.classification, a.classificationOther);
    pick(m_status, a.status, a.statusOther);
    pick(m_evidence, a.evidence, a.evidenceOther);
    a.statusDate = m_statusDate->date();
    a.statusReason = m_statusReason->text();
    a.contamination = 0;
    for (int i = 0; i < 6; ++i)
        if (m_contamination[i]->isChecked())
            a.contamination |= 1u << i;
    a.evidenceDescription = m_evidenceDescription->text();
    a.remainingAreaM2 = m_remaining->value();
    a.dateOfInformation = m_dateOfInformation->date() == m_dateOfInformation->minimumDate()
                              ? QDate()
                              : m_dateOfInformation->date();
    a.reportedBy = m_reportedBy->text().trimmed();
    a.notes = m_notes->toPlainText();
    return a;
}

} // namespace mineatlas::gui
