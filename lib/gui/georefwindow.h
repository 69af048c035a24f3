#pragma once

#include <QWidget>

#include "geo/crs.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace mineatlas::data {
class GeorefController;
}

namespace mineatlas::gui {

class Dialogs;
class ScanView;

/// Layer ▸ Georeference…: the scan on the left (click to place a control point), the control
/// points on the right with their map coordinates (a click on the main map while "Pick on map"
/// is down, or typed in any form) and residuals, the transformation and output CRS, the RMS, the
/// file to write and Georeference / Cancel with progress. A window of its own beside the main
/// one (not modal: the map must stay clickable). A view of the controller, which it does not
/// own. GUI thread only.
class GeorefWindow : public QWidget {
    Q_OBJECT
public:
    GeorefWindow(data::GeorefController& controller, Dialogs& dialogs, QWidget* parent = nullptr);

    /// The map's CRS, offered as the output CRS beside WGS 84 (and chosen when it is not Mercator).
    void setMapCrs(const geo::Crs& crs);
    /// A point picked on the main map: the selected point, else the first one still without
    /// coordinates, gets it. False (and a hint) when there is no point to give it to.
    bool placeOnMap(QPointF lonLat, const QString& text);
    int currentPoint() const;
    bool isPickingOnMap() const;
    void setPickingOnMap(bool on);

    ScanView* scanView() const { return m_view; }
    QTableWidget* table() const { return m_table; }
    QLineEdit* coordinateEdit() const { return m_coordinate; }
    QComboBox* methodBox() const { return m_method; }
    QComboBox* crsBox() const { return m_crs; }
    QLineEdit* outputEdit() const { return m_output; }
    QPushButton* runButton() const { return m_run; }
    QLabel* rmsLabel() const { return m_rms; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void pickingOnMapChanged(bool on);
    void closed();

protected:
    void closeEvent(QCloseEvent* e) override;

private:
    void refreshPoints();
    void refreshFit();
    void selectRow(int row);
    void applyCoordinate();
    void setStatus(const QString& text, bool error);

    data::GeorefController& m_controller;
    Dialogs& m_dialogs;
    ScanView* m_view;
    QTableWidget* m_table;
    QLineEdit* m_coordinate;
    QPushButton* m_pick;
    QPushButton* m_remove;
    QComboBox* m_method;
    QComboBox* m_crs;
    QLabel* m_rms;
    QLineEdit* m_output;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    geo::Crs m_mapCrs;
};

} // namespace mineatlas::gui
