#include "scanview.h"

#include <algorithm>
#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace mineatlas::gui {

namespace {
constexpr double kDragThreshold = 4; ///< pixels the mouse may move and still click
}

ScanView::ScanView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setCursor(Qt::CrossCursor);
    setMinimumSize(240, 200);
    setToolTip(
        tr("Click a mark you can find on the map to place a control point; drag to pan, wheel to zoom, "
           "Home to see it all"));
}

void ScanView::setImage(const QImage& image, double scale)
{
    m_image = image;
    m_scale = scale > 0 ? scale : 1;
    m_fitted = false;
    fit();
}

void ScanView::setMarkers(const std::vector<Marker>& markers, int selected)
{
    m_markers = markers;
    m_selected = selected;
    update();
}

void ScanView::fit()
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return;
    const double w = m_image.width() / m_scale, h = m_image.height() / m_scale;
    m_zoom = std::min(width() / w, height() / h) * 0.98;
    m_origin = QPointF(w / 2 - width() / 2.0 / m_zoom, h / 2 - height() / 2.0 / m_zoom);
    m_fitted = true;
    update();
}

QPointF ScanView::toScan(QPointF widget) const
{
    return m_origin + widget / m_zoom;
}

QPointF ScanView::toWidget(QPointF scan) const
{
    return (scan - m_origin) * m_zoom;
}

void ScanView::zoomAbout(double factor, QPointF widget)
{
    const QPointF anchor = toScan(widget);
    m_zoom = std::clamp(m_zoom * factor, 0.01, 64.0);
    m_origin = anchor - widget / m_zoom;
    update();
}

void ScanView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x5a, 0x5f, 0x66));
    if (m_image.isNull()) {
        p.setPen(Qt::white);
        p.drawText(rect(), Qt::AlignCenter, tr("Reading the scan…"));
        return;
    }
    const QRectF target(toWidget({0, 0}), toWidget({m_image.width() / m_scale, m_image.height() / m_scale}));
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom * m_scale < 2);
    p.drawImage(target, m_image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        const QPointF c = toWidget(m_markers[i].pixel);
        const bool selected = static_cast<int>(i) == m_selected;
        const QColor colour = selected ? QColor(0xff, 0xd0, 0x00) : QColor(0xe0, 0x10, 0x60);
        for (const auto& [pen, width] : {std::pair{QColor(Qt::white), 4.0}, std::pair{colour, 2.0}}) {
            p.setPen(QPen(pen, width));
            p.drawLine(c - QPointF(10, 0), c - QPointF(3, 0));
            p.drawLine(c + QPointF(3, 0), c + QPointF(10, 0));
            p.drawLine(c - QPointF(0, 10), c - QPointF(0, 3));
            p.drawLine(c + QPointF(0, 3), c + QPointF(0, 10));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, 7, 7);
        }
        if (m_markers[i].placed) {
            p.setBrush(colour);
            p.setPen(Qt::NoPen);
            p.drawEllipse(c, 2, 2);
        }
        const QString label = QString::number(i + 1);
        const QRectF box(c + QPointF(9, -22), QSizeF(p.fontMetrics().horizontalAdvance(label) + 8, 16));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 220));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(colour.darker(130));
        p.drawText(box, Qt::AlignCenter, label);
    }
}

void ScanView::resizeEvent(QResizeEvent*)
{
    if (!m_fitted)
        fit();
}

void ScanView::mousePressEvent(QMouseEvent* e)
{
    m_pressAt = m_lastMouse = e->position();
    m_pressed = true;
    m_dragging = e->button() != Qt::LeftButton; // middle or right: pan at once
}

void ScanView::mouseMoveEvent(QMouseEvent* e)
{
    if (!m_pressed)
        return;
    if (!m_dragging && QLineF(m_pressAt, e->position()).length() > kDragThreshold)
        m_dragging = true;
    if (m_dragging) {
        m_origin -= (e->position() - m_lastMouse) / m_zoom;
        update();
    }
    m_lastMouse = e->position();
}

void ScanView::mouseReleaseEvent(QMouseEvent* e)
{
    const bool click = m_pressed && !m_dragging && e->button() == Qt::LeftButton;
    m_pressed = m_dragging = false;
    if (!click || m_image.isNull())
        return;
    const QPointF scan = toScan(e->position());
    if (scan.x() < 0 || scan.y() < 0 || scan.x() > m_image.width() / m_scale ||
        scan.y() > m_image.height() / m_scale)
        return; // off the scan
    Q_EMIT clicked(scan);
}

void ScanView::wheelEvent(QWheelEvent* e)
{
    zoomAbout(std::pow(1.0015, e->angleDelta().y()), e->position());
    e->accept();
}

void ScanView::keyPressEvent(QKeyEvent* e)
{
    const QPointF centre = rect().center();
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAbout(1.5, centre);
        break;
    case Qt::Key_Minus:
        zoomAbout(1 / 1.5, centre);
        break;
    case Qt::Key_Home:
        fit();
        break;
    default:
        QWidget::keyPressEvent(e);
    }
}

} // namespace mineatlas::gui
