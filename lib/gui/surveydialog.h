#pragma once

#include <memory>
#include <vector>

#include <QDialog>

#include "geo/surveypoint.h"

class QDateEdit;
class QPlainTextEdit;
class QTableWidget;
class QPushButton;
class QLabel;

namespace mineatlas::gui {

/// Builds a polygon from a benchmark and turning points typed one per line, as surveyors record
/// them: lat/lon (decimal or DMS), UTM, MGRS, or "B 045 D 120" (bearing and distance from the
/// previous point; "B 045 M D 120" from magnetic north on the date the bearings were taken, when a
/// magnetic model is set). Each line is read as it is typed; the table shows what it became or why it
/// cannot be read, and previewChanged() lets the map show the shape live. The lines as entered are
/// kept (enteredText()). GUI thread only.
class SurveyDialog : public QDialog {
    Q_OBJECT
public:
    explicit SurveyDialog(QWidget* parent = nullptr);

    void setText(const QString& lines);
    /// Allows magnetic bearings ("B 045 M D 120"), read with this model on bearingDate().
    void setMagneticModel(std::shared_ptr<const geo::MagneticModel> model);
    QDateEdit* bearingDate() const { return m_date; }
    /// The points read so far (all lines valid), in order.
    const std::vector<geo::SurveyPoint>& points() const { return m_points; }
    QString enteredText() const;
    bool isComplete() const { return m_complete; }
    QPlainTextEdit* editor() const { return m_edit; }
    QTableWidget* table() const { return m_table; }
    QPushButton* okButton() const { return m_ok; }

Q_SIGNALS:
    /// The points read so far, lon/lat (x = lon), after every edit.
    void previewChanged(const std::vector<QPointF>& lonLat);

private:
    void reparse();

    QPlainTextEdit* m_edit;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_ok;
    QDateEdit* m_date;
    std::shared_ptr<const geo::MagneticModel> m_magnetic;
    std::vector<geo::SurveyPoint> m_points;
    bool m_complete = false;
};

} // namespace mineatlas::gui
