#include "fieldmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace mineatlas::gui {

FieldMappingDialog::FieldMappingDialog(const QString& fileName, const QStringList& sourceFields, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import %1 — field mapping").arg(fileName));
    const hazard::FieldMapping guess = hazard::suggestFieldMapping(sourceFields);
    auto* form = new QFormLayout(this);
    for (const char* target : {"local_id", "classification", "status", "contamination", "reported_by",
                               "date_of_information", "notes"}) {
        const QString name = QString::fromLatin1(target);
        auto* combo = new QComboBox(this);
        combo->addItem(tr("(none)"), QString());
        for (const QString& f : sourceFields)
            combo->addItem(f, f);
        combo->setCurrentIndex(std::max(0, combo->findData(guess.value(name))));
        form->addRow(name, combo);
        m_combos.emplace_back(name, combo);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

hazard::FieldMapping FieldMappingDialog::mapping() const
{
    hazard::FieldMapping out;
    for (const auto& [target, combo] : m_combos)
        if (!combo->currentData().toString().isEmpty())
            out.insert(target, combo->currentData().toString());
    return out;
}

QComboBox* FieldMappingDialog::combo(const QString& target) const
{
    for (const auto& [name, combo] : m_combos)
        if (name == target)
            return combo;
    return nullptr;
}

} // namespace mineatlas::gui
