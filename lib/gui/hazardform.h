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
/// in m², ha and km². Edits a copy; Apply hands it back through applied(). GUI thread only.
class HazardForm : public QWidget {
    Q_OBJECT
public:
    explicit HazardForm(QWidget* parent = nullptr);

    void setArea(const hazard::HazardArea& area);
    void clear();
    /// The form's values over the area last set; nullopt (with `why`) when a required field is empty.
    std::optional<hazard::HazardArea> area(QString* why = nullptr) const;

    QLineEdit* localId() const { return m_localId; }
    QComboBox* classification() const { return m_classification; }
    QComboBox* status() const { return m_status; }
    QLineEdit* reportedBy() const { return m_reportedBy; }
    QCheckBox* contamination(int bit) const { return m_contamination[bit]; }
    QDoubleSpinBox* remaining() const { return m_remaining; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* areaLabel() const { return m_area; }

Q_SIGNALS:
    void applied(const mineatlas::hazard::HazardArea& area);
    void invalid(const QString& why);
    /// The user asked to delete the area shown (by GUID).
    void deleteRequested(const QString& guid);

private:
    std::optional<hazard::HazardArea> m_original;
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
