#pragma once

#include <vector>

#include <QImage>
#include <QWidget>

namespace mineatlas::gui {

/// A scan in the georeferencer: wheel or +/− to zoom about the mouse, drag (or middle-drag) to
/// pan, Home to fit; a click without a drag places a control point (clicked()). Points are drawn
/// as numbered crosses, the selected one highlighted, those still without map coordinates
/// hollow. GUI thread only.
class ScanView : public QWidget {
    Q_OBJECT
public:
    struct Marker {
        QPointF pixel;       ///< scan pixels (GDAL's pixel/line)
        bool placed = false; ///< has map coordinates
    };

    explicit ScanView(QWidget* parent = nullptr);

    /// `image` is the scan at `scale` image pixels per scan pixel (a preview of a large scan).
    void setImage(const QImage& image, double scale);
    void setMarkers(const std::vector<Marker>& markers, int selected);
    /// Fits the whole scan into the view.
    void fit();

    /// Scan pixel under a widget position, and back.
    QPointF toScan(QPointF widget) const;
    QPointF toWidget(QPointF scan) const;
    double zoom() const { return m_zoom; }

    QSize sizeHint() const override { return {560, 520}; }

Q_SIGNALS:
    void clicked(QPointF scanPixel);

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;

private:
    void zoomAbout(double factor, QPointF widget);

    QImage m_image;
    double m_scale = 1; ///< image pixels per scan pixel
    double m_zoom = 1;  ///< widget pixels per scan pixel
    QPointF m_origin;   ///< scan pixel at the widget's top-left corner
    bool m_fitted = false;
    std::vector<Marker> m_markers;
    int m_selected = -1;
    QPointF m_pressAt;
    QPointF m_lastMouse;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace mineatlas::gui
