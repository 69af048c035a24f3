#pragma once

#include <vector>

#include <QDialog>

#include "hazard/exchange.h"

class QComboBox;

namespace mineatlas::gui {

/// Which field of an imported file feeds which hazard field: one drop-down per hazard field,
/// pre-filled with the best guess (hazard::suggestFieldMapping). GUI thread only.
class FieldMappingDialog : public QDialog {
    Q_OBJECT
public:
    FieldMappingDialog(const QString& fileName, const QStringList& sourceFields, QWidget* parent = nullptr);
    hazard::FieldMapping mapping() const;
    /// The drop-down of one hazard field ("local_id", "status"...), or nullptr.
    QComboBox* combo(const QString& target) const;

private:
    std::vector<std::pair<QString, QComboBox*>> m_combos;
};

} // namespace mineatlas::gui
