#include "measuretool.h"

#include <algorithm>

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include "geo/magnetic.h"
#include "mapcanvas.h"
#include "project/project.h"
#include "uilocale.h"

namespace mineatlas::gui {

MeasureTool::MeasureTool(MapCanvas* canvas, Mode mode) : MapTool(canvas), m_mode(mode) {}

void MeasureTool::setUnits(project::AreaUnit area, project::LengthUnits length)
{
    m_areaUnit = area;
    m_lengthUnits = length;
    canvas()->update();
}

QString MeasureTool::length(double metres) const
{
    return project::formatLengthIn(metres, m_lengthUnits);
}

std::vector<QPointF> MeasureTool::lonLatOf(const std::vector<QPointF>& map) const
{
    return canvas()->project().coordinates().toLonLat(map).value_or(std::vector<QPointF>{});
}

geo::PathMeasure MeasureTool::measure() const
{
    return geo::measurePath(lonLatOf(m_vertices), m_mode == Mode::Area);
}

void MeasureTool::setMagneticModel(std::shared_ptr<const geo::MagneticModel> model)
{
    m_magnetic = std::move(model);
    canvas()->update();
}

void MeasureTool::setDate(QDate date)
{
    m_date = date;
    canvas()->update();
}

std::optional<double> MeasureTool::magneticBearing(std::size_t leg) const
{
    if (!m_magnetic)
        return std::nullopt;
    const std::vector<QPointF> lonLat = lonLatOf(m_vertices);
    const geo::PathMeasure m = geo::measurePath(lonLat, m_mode == Mode::Area);
    if (leg >= m.legs.size() || leg >= lonLat.size())
        return std::nullopt;
    const auto declination = m_magnetic->declination(lonLat[leg].x(), lonLat[leg].y(), m_date);
    if (!declination)
        return std::nullopt;
    return geo::magneticFromTrue(m.legs[leg].azimuthDeg, *declination);
}

QString MeasureTool::legLabel(std::size_t leg) const
{
    const std::vector<QPointF> lonLat = lonLatOf(m_vertices);
    const geo::PathMeasure m = geo::measurePath(lonLat, m_mode == Mode::Area);
    return leg < m.legs.size() ? legLabel(lonLat, m, leg) : QString();
}

QString MeasureTool::legLabel(const std::vector<QPointF>& lonLat, const geo::PathMeasure& m, std::size_t leg) const
{
    QString text = QStringLiteral("%1 · %2° T").arg(length(m.legs[leg].distanceM))
                       .arg(m.legs[leg].azimuthDeg, 5, 'f', 1, QLatin1Char('0'));
    if (m_magnetic && leg < lonLat.size())
        if (const auto d = m_magnetic->declination(lonLat[leg].x(), lonLat[leg].y(), m_date))
            text += QStringLiteral(" · %1° M").arg(geo::magneticFromTrue(m.legs[leg].azimuthDeg, *d), 5, 'f', 1,
                                                   QLatin1Char('0'));
    return text;
}

QString MeasureTool::summary() const
{
    const geo::PathMeasure m = measure();
    QString text;
    if (m_mode == Mode::Area) {
        if (m_vertices.size() < 3)
            return {};
        const QString area = m_areaUnit == project::AreaUnit::Automatic
                                 ? geo::formatArea(m.areaM2)
                                 : project::formatAreaIn(m.areaM2, m_areaUnit) + tr(" (ellipsoidal, WGS 84)");
        text = tr("Area %1 · perimeter %2").arg(area, length(m.lengthM));
    } else {
        if (m.legs.empty())
            return {};
        const QString legs = m.legs.size() == 1 ? tr("1 leg") : tr("%1 legs").arg(m.legs.size());
        text = tr("Distance %1 in %2 (ellipsoidal, WGS 84)").arg(length(m.lengthM), legs);
    }
    // Say where the magnetic bearings on the labels come from (or why there are none).
    if (m_magnetic) {
        const std::vector<QPointF> lonLat = lonLatOf(m_vertices);
        const auto declination = lonLat.empty() ? std::nullopt
                                                : m_magnetic->declination(lonLat[0].x(), lonLat[0].y(), m_date);
        if (declination)
            text += tr("; bearings true (T) and magnetic (M): declination %1 at the first point (%2, %3)")
                        .arg(geo::formatDeclination(*declination), m_magnetic->nameOn(m_date),
                             localLongDate(m_date));
        else if (const QString problem = m_magnetic->dateProblem(m_date); !problem.isEmpty())
            text += QStringLiteral("; ") + problem;
    }
    return text;
}

void MeasureTool::clear()
{
    m_vertices.clear();
    m_hover.reset();
    m_finished = false;
    canvas()->update();
}

void MeasureTool::finish()
{
    m_hover.reset();
    m_finished = true;
    canvas()->update();
    if (const QString s = summary(); !s.isEmpty())
        Q_EMIT measured(s);
}

void MeasureTool::mousePress(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    if (m_finished)
        clear();
    m_vertices.push_back(canvas()->toMap(e->position()));
    canvas()->update();
}

void MeasureTool::mouseMove(QMouseEvent* e)
{
    if (m_vertices.empty() || m_finished)
        return;
    m_hover = canvas()->toMap(e->position());
    canvas()->update();
}

void MeasureTool::mouseDoubleClick(QMouseEvent*)
{
    // The double-click's first press added the last vertex already.
    if (!m_vertices.empty())
        finish();
}

bool MeasureTool::keyPress(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_vertices.empty())
            return false;
        finish();
        return true;
    case Qt::Key_Backspace:
        if (m_vertices.empty() || m_finished)
            return false;
        m_vertices.pop_back();
        canvas()->update();
        return true;
    case Qt::Key_Escape:
        if (m_vertices.empty())
            return false; // nothing to clear: back to panning
        clear();
        return true;
    default:
        return false;
    }
}

void MeasureTool::paint(QPainter& p)
{
    std::vector<QPointF> map = m_vertices;
    if (m_hover)
        map.push_back(*m_hover);
    if (map.empty())
        return;
    const bool area = m_mode == Mode::Area && map.size() >= 3;
    const geo::PathMeasure m = geo::measurePath(lonLatOf(map), area);
    QPolygonF pixels;
    for (const QPointF& q : map)
        pixels << canvas()->toPixel(q);
    const QColor ink(0x1f, 0x4e, 0x9a);
    if (area) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x4e, 0x9a, 50));
        p.drawPolygon(pixels);
    }
    for (const auto& [colour, width] : {std::pair{QColor(Qt::white), 4.5}, std::pair{ink, 2.0}}) {
        p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        if (area)
            p.drawPolygon(pixels);
        else
            p.drawPolyline(pixels);
    }
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(ink);
    for (const QPointF& q : pixels)
        p.drawEllipse(q, 3.5, 3.5);
    // Leg labels at each leg's middle, the total by the last point, on white boxes.
    const QRectF inside = QRectF(canvas()->rect()).adjusted(2, 2, -2, -2);
    auto label = [&p, inside](QPointF at, const QString& text, bool bold) {
        QFont font = p.font();
        font.setPointSizeF(8.5);
        font.setBold(bold);
        p.setFont(font);
        const QFontMetricsF fm(font);
        QRectF box(at + QPointF(6, -fm.height() - 4), QSizeF(fm.horizontalAdvance(text) + 8, fm.height() + 4));
        // Kept on the canvas: a label by its right or bottom edge moves in rather than being cut.
        box.moveLeft(std::max(inside.left(), std::min(box.left(), inside.right() - box.width())));
        box.moveTop(std::max(inside.top(), std::min(box.top(), inside.bottom() - box.height())));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 225));
        p.drawRect(box);
        p.setPen(Qt::black);
        p.drawText(box, Qt::AlignCenter, text);
    };
    const std::vector<QPointF> lonLat = lonLatOf(map);
    for (std::size_t i = 0; i < m.legs.size(); ++i) {
        const QPointF mid = (pixels[int(i)] + pixels[int((i + 1) % pixels.size())]) / 2;
        label(mid, legLabel(lonLat, m, i), false);
    }
    if (!m.legs.empty())
        label(pixels.back() + QPointF(0, 22),
              area ? tr("%1 (ellipsoidal)").arg(project::formatAreaIn(m.areaM2, m_areaUnit)) : tr("Total %1 (ellipsoidal)").arg(length(m.lengthM)),
              true);
}

} // namespace mineatlas::gui
