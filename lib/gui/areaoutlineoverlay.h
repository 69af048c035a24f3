#pragma once

#include <map>
#include <vector>

#include <QColor>
#include <QWidget>

#include "hazard/hazardarea.h"

namespace mineatlas::project {
class Project;
}

namespace mineatlas::gui {

class MapCanvas;

/// Outlines of hazard areas drawn over the map by key, each in its own pen: the two versions of
/// a conflict side by side (mine dashed, theirs solid), or areas others changed, until the user
/// has looked at them. Geometry is lon/lat and goes through the project's current map CRS at
/// paint time, so a CRS change or a pan needs nothing else. Lets the mouse through. GUI thread only.
class AreaOutlineOverlay : public QWidget {
    Q_OBJECT
public:
    struct Outline {
        hazard::HazardArea area;
        QColor colour;
        Qt::PenStyle style = Qt::SolidLine;
        QString label; ///< drawn at the first vertex
    };

    AreaOutlineOverlay(MapCanvas* canvas, project::Project& project);

    void set(const QString& key, const Outline& outline);
    void remove(const QString& key);
    /// Removes every outline whose key starts with `prefix`.
    void removePrefix(const QString& prefix);
    bool contains(const QString& key) const { return m_outlines.count(key) > 0; }
    QStringList keys() const;

protected:
    void paintEvent(QPaintEvent*) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    MapCanvas* m_canvas;
    project::Project& m_project;
    std::map<QString, Outline> m_outlines;
};

} // namespace mineatlas::gui
