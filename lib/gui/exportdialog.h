#pragma once

#include <QDialog>
#include <QImage>
#include <QTimer>

#include "export/layoutsettings.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mineatlas::gui {

class Dialogs;

/// File ▸ Export map…: the page's settings (map page or one-page brief, title, page, orientation,
/// resolution, which elements), templates to load and save, and a live preview that the caller
/// renders on request (previewRequested() → setPreview()). GUI thread only.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const exporting::LayoutSettings& settings, Dialogs& dialogs, QWidget* parent = nullptr);

    exporting::LayoutSettings settings() const;
    void setSettings(const exporting::LayoutSettings& settings);
    void setPreview(const QImage& page);
    QLabel* preview() const { return m_preview; }
    QLineEdit* title() const { return m_title; }
    QComboBox* kind() const { return m_kind; }
    QComboBox* page() const { return m_page; }

Q_SIGNALS:
    /// The settings changed (debounced): render a preview of them.
    void previewRequested(const mineatlas::exporting::LayoutSettings& settings);

private:
    void changed();
    Dialogs& m_dialogs;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QComboBox* m_page;
    QComboBox* m_orientation;
    QSpinBox* m_dpi;
    QCheckBox* m_legend;
    QComboBox* m_legendPlace;
    QCheckBox* m_scaleBar;
    QCheckBox* m_northArrow;
    QCheckBox* m_date;
    QCheckBox* m_attribution;
    QCheckBox* m_locator;
    QLabel* m_preview;
    QLabel* m_status;
    QTimer m_debounce;
    bool m_filling = false;
    double m_marginMm = 10;
};

} // namespace mineatlas::gui
