#pragma once

#include <QWidget>

#include "export/animation.h"

namespace mineatlas::gui {

/// Presentation mode's caption and legend, painted over the map canvas exactly as an exported
/// animation frame burns them in. Follows its parent's size; lets the mouse through.
class FrameOverlayWidget : public QWidget {
    Q_OBJECT
public:
    explicit FrameOverlayWidget(QWidget* canvas);
    void setOverlay(exporting::FrameOverlay overlay);
    const exporting::FrameOverlay& overlay() const { return m_overlay; }

protected:
    void paintEvent(QPaintEvent*) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    exporting::FrameOverlay m_overlay;
};

} // namespace mineatlas::gui
