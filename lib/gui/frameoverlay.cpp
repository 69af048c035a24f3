#include "frameoverlay.h"

#include <QEvent>
#include <QPainter>

namespace mineatlas::gui {

FrameOverlayWidget::FrameOverlayWidget(QWidget* canvas) : QWidget(canvas)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
}

void FrameOverlayWidget::setOverlay(exporting::FrameOverlay overlay)
{
    m_overlay = std::move(overlay);
    update();
}

void FrameOverlayWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    // Type scales with the height (a 1080-line projector gets a 54 px date).
    exporting::paintFrameOverlay(p, size(), m_overlay);
}

bool FrameOverlayWidget::eventFilter(QObject* watched, QEvent* e)
{
    if (watched == parent() && e->type() == QEvent::Resize)
        setGeometry(static_cast<QWidget*>(parent())->rect());
    return QWidget::eventFilter(watched, e);
}

} // namespace mineatlas::gui
