#pragma once

#include <QColor>
#include <QWidget>

namespace mineatlas::project {
class Project;
}

namespace mineatlas::gui {

class MapCanvas;

/// The selected features of every visible vector layer, drawn over the map in the highlight
/// colour (a translucent fill and an opaque outline), at the canvas's current view so it follows a
/// pan or zoom at once. A child of the canvas that lets the mouse through; it draws only the
/// selected features in view, with no render job. GUI thread only; owns nothing it is given.
class SelectionOverlay : public QWidget {
    Q_OBJECT
public:
    SelectionOverlay(MapCanvas* canvas, project::Project& project);

    /// The outline colour; the fill is the same colour, translucent.
    static QColor colour() { return {255, 230, 0}; }

protected:
    void paintEvent(QPaintEvent*) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void watchLayers();

    MapCanvas* m_canvas;
    project::Project& m_project;
};

} // namespace mineatlas::gui
