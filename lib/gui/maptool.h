#pragma once

#include <QCursor>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace mineatlas::gui {

class MapCanvas;

/// Base of everything that turns mouse and key input on the canvas into actions. A tool knows only
/// its canvas (which it does not own). GUI thread only.
class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(MapCanvas* canvas) : QObject(nullptr), m_canvas(canvas) {}
    ~MapTool() override = default;

    virtual void mousePress(QMouseEvent*) {}
    virtual void mouseMove(QMouseEvent*) {}
    virtual void mouseRelease(QMouseEvent*) {}
    virtual void mouseDoubleClick(QMouseEvent*) {}
    /// Returns true when the tool used the key (the canvas then skips its own key handling).
    virtual bool keyPress(QKeyEvent*) { return false; }
    /// Draws the tool's overlay (rubber band, sketch) on top of the map, in widget pixels.
    virtual void paint(QPainter&) {}
    virtual QCursor cursor() const { return Qt::ArrowCursor; }

protected:
    MapCanvas* canvas() const { return m_canvas; }

private:
    MapCanvas* m_canvas;
};

} // namespace mineatlas::gui
