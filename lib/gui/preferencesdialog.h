#pragma once

#include <QDialog>

#include "project/preferences.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mineatlas::gui {

/// Edit ▸ Preferences…: language, units, coordinate format, the default map CRS, snapping
/// tolerance, and where basemap tiles are kept, how much room they may take, and a Clear button
/// that empties that folder at once (only a folder MineAtlas tagged as its tile cache). Edits a
/// copy of the Preferences it is given; the caller reads preferences() after Accepted and
/// applies and stores them. GUI thread only.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const project::Preferences& preferences, QWidget* parent = nullptr);

    project::Preferences preferences() const;

    // The parts, for tests.
    QComboBox* languageBox() const { return m_language; }
    QComboBox* areaUnitBox() const { return m_areaUnit; }
    QComboBox* lengthUnitsBox() const { return m_lengthUnits; }
    QComboBox* coordinateFormatBox() const { return m_format; }
    QComboBox* crsBox() const { return m_crs; }
    QSpinBox* snapBox() const { return m_snap; }
    QLineEdit* cacheDirEdit() const { return m_cacheDir; }
    QSpinBox* cacheLimitBox() const { return m_cacheLimit; }
    QPushButton* clearCacheButton() const { return m_clear; }
    QLabel* cacheStatus() const { return m_cacheStatus; }
    QLabel* crsStatus() const { return m_crsStatus; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateCacheStatus();
    void validateCrs();
    QString cacheDir() const;

    QComboBox* m_language;
    QComboBox* m_areaUnit;
    QComboBox* m_lengthUnits;
    QComboBox* m_format;
    QComboBox* m_crs;
    QLabel* m_crsStatus;
    QSpinBox* m_snap;
    QLineEdit* m_cacheDir;
    QSpinBox* m_cacheLimit;
    QPushButton* m_clear;
    QLabel* m_cacheStatus;
    QDialogButtonBox* m_buttons;
};

} // namespace mineatlas::gui
