#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QDate>
#include <QPointF>

#include "geo/geodesy.h"
#include "maptool.h"
#include "project/preferences.h"

namespace mineatlas::geo {
class MagneticModel;
}

namespace mineatlas::gui {

/// View ▸ Measure distance / area: click vertices, the path follows the mouse, double-click or
/// Enter finishes (the next click starts a new one), Backspace takes back the last vertex, Esc
/// clears (and, with nothing to clear, goes back to panning). Every leg is labelled with its
/// geodesic length and its bearing from true north, and from magnetic north when a magnetic model
/// is set and covers the date ("045.0° T · 037.8° M": the declination at the leg's start); the
/// total (and in area mode the enclosed area) is on the ellipsoid, and so labelled. GUI thread only.
class MeasureTool : public MapTool {
    Q_OBJECT
public:
    enum class Mode { Distance, Area };
    MeasureTool(MapCanvas* canvas, Mode mode);

    Mode mode() const { return m_mode; }
    /// The vertices clicked (map coordinates), and the measure of them (without the mouse's
    /// position) once finished or while drawing.
    const std::vector<QPointF>& vertices() const { return m_vertices; }
    geo::PathMeasure measure() const;
    /// One line: "Distance 3.45 km in 2 legs (ellipsoidal, WGS 84)" or "Area 12,345 m² · … ·
    /// perimeter 456 m"; empty before two vertices (three for an area).
    QString summary() const;
    void clear();

    /// Magnetic bearings from this model on `date` (today unless set). nullptr: true bearings only.
    void setMagneticModel(std::shared_ptr<const geo::MagneticModel> model);
    void setDate(QDate date);
    /// The units of the readout (Edit ▸ Preferences); Automatic and Metric by default.
    void setUnits(project::AreaUnit area, project::LengthUnits length);
    /// The bearing of leg `i` from magnetic north (std::nullopt without a model covering the date).
    std::optional<double> magneticBearing(std::size_t leg) const;
    /// The label drawn on leg `i` of the measurement: "1.23 km · 045.0° T · 037.8° M".
    QString legLabel(std::size_t leg) const;

    void mousePress(QMouseEvent* e) override;
    void mouseMove(QMouseEvent* e) override;
    void mouseDoubleClick(QMouseEvent* e) override;
    bool keyPress(QKeyEvent* e) override;
    void paint(QPainter& p) override;
    QCursor cursor() const override { return Qt::CrossCursor; }

Q_SIGNALS:
    /// A measurement was finished (double-click or Enter): its summary.
    void measured(const QString& summary);

private:
    QString legLabel(const std::vector<QPointF>& lonLat, const geo::PathMeasure& m, std::size_t leg) const;
    std::vector<QPointF> lonLatOf(const std::vector<QPointF>& map) const;
    void finish();

    Mode m_mode;
    std::vector<QPointF> m_vertices; ///< map coordinates
    std::optional<QPointF> m_hover;  ///< the mouse, while drawing
    bool m_finished = false;
    std::shared_ptr<const geo::MagneticModel> m_magnetic;
    QDate m_date = QDate::currentDate();
    project::AreaUnit m_areaUnit = project::AreaUnit::Automatic;
    project::LengthUnits m_lengthUnits = project::LengthUnits::Metric;
    QString length(double metres) const;
};

} // namespace mineatlas::gui
