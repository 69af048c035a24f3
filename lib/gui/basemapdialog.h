#pragma once

#include <QDialog>

#include "data/basemap.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mineatlas::gui {

/// Layer ▸ Add basemap…: OpenStreetMap's standard tiles (with its attribution and tile usage
/// policy), an XYZ URL template or a WMTS GetCapabilities URL, and the folder tiles are kept in.
/// GUI thread only.
class AddBasemapDialog : public QDialog {
    Q_OBJECT
public:
    enum Preset { OpenStreetMap = 0, XyzTemplate = 1, WmtsCapabilities = 2 };
    AddBasemapDialog(const QString& cacheDir, QWidget* parent = nullptr);

    data::BasemapSource source() const;
    QString cacheDir() const;

    QComboBox* presetBox() const { return m_preset; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* attributionEdit() const { return m_attribution; }
    QLineEdit* cacheEdit() const { return m_cache; }
    QLabel* note() const { return m_note; }

private:
    void presetChanged();
    void validate();

    QComboBox* m_preset;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_attribution;
    QSpinBox* m_maxZoom;
    QLineEdit* m_cache;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

/// Layer ▸ Download basemap area for offline use…: the zoom range, with the tile count and an
/// estimate of the size shown before anything starts; a request the source's policy forbids
/// (OpenStreetMap: bulk downloads) says why and cannot be accepted. GUI thread only.
class DownloadAreaDialog : public QDialog {
    Q_OBJECT
public:
    DownloadAreaDialog(const data::BasemapSource& source, const MapRect& lonLat, int suggestedZoom,
                       QWidget* parent = nullptr);

    int minZoom() const;
    int maxZoom() const;
    QSpinBox* minZoomBox() const { return m_min; }
    QSpinBox* maxZoomBox() const { return m_max; }
    QLabel* estimate() const { return m_estimate; }
    bool canAccept() const;

private:
    void update();

    data::BasemapSource m_source;
    MapRect m_lonLat;
    QSpinBox* m_min;
    QSpinBox* m_max;
    QLabel* m_estimate;
    QDialogButtonBox* m_buttons;
};

} // namespace mineatlas::gui
