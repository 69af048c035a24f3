#pragma once

#include <optional>

#include <QWidget>

#include "hazard/hazardarea.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mineatlas::gui {

/// The attributes of one hazard area as mine action records them: controlled vocabularies as
/// drop-downs, contamination as check boxes, required fields marked, the ellipsoidal area shown
/// in m², ha and km². A value in the file outside a vocabulary is shown as it is and written back
/// unchanged unless the user picks another. While required fields are empty the form says the
/// area is incomplete (it can still be saved: nothing the user typed is refused). Edits a copy;
/// Apply hands it back through applied(). GUI thread only.
class HazardForm : public QWidget {
    Q_OBJECT
public:
    explicit HazardForm(QWidget* parent = nullptr);

    void setArea(const hazard::HazardArea& area);
    /// The same area's shape changed (a vertex moved): only what the shape gives is refreshed,
    /// so values typed but not applied stay.
    void updateShape(const hazard::HazardArea& area);
    /// Something was typed or picked since setArea() and not applied.
    bool isModified() const { return m_modified; }
    void clear();
    /// The form's values over the area last set; nullopt when no area is shown.
    std::optional<hazard::HazardArea> area() const;
    /// "Incomplete: local id, reported by are empty", or empty when the values are complete.
    QString incompleteText() const;

    QLineEdit* localId() const { return m_localId; }
    QComboBox* classification() const { return m_classification; }
    QComboBox* status() const { return m_status; }
    QLineEdit* reportedBy() const { return m_reportedBy; }
    QCheckBox* contamination(int bit) const { return m_contamination[bit]; }
    QDoubleSpinBox* remaining() const { return m_remaining; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* areaLabel() const { return m_area; }
    QLabel* incompleteLabel() const { return m_incomplete; }
    QComboBox* evidence() const { return m_evidence; }
    QLabel* contaminationOtherLabel() const { return m_contaminationOther; }

Q_SIGNALS:
    void applied(const mineatlas::hazard::HazardArea& area);
    /// The user asked to delete the area shown (by GUID).
    void deleteRequested(const QString& guid);

private:
    void updateIncomplete();

    std::optional<hazard::HazardArea> m_original;
    bool m_modified = false;
    bool m_filling = false; ///< setArea() is writing the widgets: no user change
    QLabel* m_incomplete;
    QLabel* m_contaminationOther;
    QLineEdit* m_localId;
    QLabel* m_guid;
    QComboBox* m_classification;
    QComboBox* m_status;
    QDateEdit* m_statusDate;
    QLineEdit* m_statusReason;
    QCheckBox* m_contamination[6];
    QComboBox* m_evidence;
    QLineEdit* m_evidenceDescription;
    QLabel* m_area;
    QDoubleSpinBox* m_remaining;
    QDateEdit* m_dateOfInformation;
    QLineEdit* m_reportedBy;
    QPlainTextEdit* m_notes;
    QPushButton* m_apply;
    QPushButton* m_delete;
};

} // namespace mineatlas::gui
