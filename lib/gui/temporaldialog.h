#pragma once

#include <QDialog>

#include "time/temporal.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QSpinBox;

namespace mineatlas::data {
class FeatureStore;
}

namespace mineatlas::gui {

/// Layer ▸ Dates and time…: which fields hold a layer's dates (a start, and an end or a duration)
/// and whether features are shown while active or accumulate; "no date field" makes the layer
/// ignore the map's date. Says how many features have a readable start date as the user chooses.
class TemporalDialog : public QDialog {
    Q_OBJECT
public:
    TemporalDialog(const data::FeatureStore& store, const time::TemporalSettings& current, const QString& layerName,
                   QWidget* parent = nullptr);
    time::TemporalSettings settings() const;

    QComboBox* startBox() const { return m_start; }
    QComboBox* endBox() const { return m_end; }
    QButtonGroup* modeGroup() const { return m_mode; }
    QLabel* summary() const { return m_summary; }

private:
    void updateSummary();

    const data::FeatureStore& m_store;
    QComboBox* m_start;
    QComboBox* m_end;
    QSpinBox* m_duration;
    QButtonGroup* m_mode;
    QLabel* m_summary;
};

} // namespace mineatlas::gui
