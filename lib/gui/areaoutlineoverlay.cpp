#include "areaoutlineoverlay.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include "mapcanvas.h"
#include "project/project.h"

namespace mineatlas::gui {

AreaOutlineOverlay::AreaOutlineOverlay(MapCanvas* canvas, project::Project& project)
    : QWidget(canvas), m_canvas(canvas), m_project(project)
{
    setObjectName(QStringLiteral("areaOutlineOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    connect(canvas, &MapCanvas::extentChanged, this, qOverload<>(&QWidget::update));
    connect(&project, &project::Project::crsChanged, this, qOverload<>(&QWidget::update));
    hide();
}

void AreaOutlineOverlay::set(const QString& key, const Outline& outline)
{
    m_outlines[key] = outline;
    setVisible(true);
    raise();
    update();
}

void AreaOutlineOverlay::remove(const QString& key)
{
    m_outlines.erase(key);
    setVisible(!m_outlines.empty());
    update();
}

void AreaOutlineOverlay::removePrefix(const QString& prefix)
{
    for (auto it = m_outlines.begin(); it != m_outlines.end();)
        it = it->first.startsWith(prefix) ? m_outlines.erase(it) : std::next(it);
    setVisible(!m_outlines.empty());
    update();
}

QStringList AreaOutlineOverlay::keys() const
{
    QStringList out;
    for (const auto& [key, outline] : m_outlines)
        out << key;
    return out;
}

void AreaOutlineOverlay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto& coordinates = m_project.coordinates();
    for (const auto& [key, o] : m_outlines) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        QPointF labelAt;
        bool first = true;
        for (const auto& polygon : o.area.polygons)
            for (const auto& ring : polygon) {
                std::vector<double> xy = ring;
                if (xy.size() < 6 || coordinates.toMap(xy) != 0)
                    continue; // a ring the map CRS cannot show
                for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
                    const QPointF px = m_canvas->toPixel({xy[i], xy[i + 1]});
                    if (i == 0) {
                        path.moveTo(px);
                        if (first)
                            labelAt = px;
                        first = false;
                    } else {
                        path.lineTo(px);
                    }
                }
                path.closeSubpath();
            }
        if (path.isEmpty())
            continue;
        QColor fill = o.colour;
        fill.setAlpha(40);
        p.setBrush(fill);
        // A white halo under the pen: readable over any basemap.
        p.setPen(QPen(QColor(255, 255, 255, 200), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(o.colour, 3, o.style, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        if (!o.label.isEmpty()) {
            const QRectF box = QRectF(p.fontMetrics().boundingRect(o.label)).adjusted(-4, -2, 4, 2).translated(labelAt + QPointF(6, -6));
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 220));
            p.drawRoundedRect(box, 3, 3);
            p.setPen(o.colour.darker(130));
            p.drawText(box, Qt::AlignCenter, o.label);
        }
    }
}

bool AreaOutlineOverlay::eventFilter(QObject* watched, QEvent* e)
{
    if (watched == m_canvas && e->type() == QEvent::Resize)
        setGeometry(m_canvas->rect());
    return QWidget::eventFilter(watched, e);
}

} // namespace mineatlas::gui
