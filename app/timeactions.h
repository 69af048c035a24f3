#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include "export/animationcontroller.h"

class QAction;
class QMenu;

namespace mineatlas::time {
class TimeController;
}
namespace mineatlas::project {
class MapLayer;
}
namespace mineatlas::gui {
class FrameOverlayWidget;
}

namespace mineatlas {

struct WindowContext;

/// Time on the map: layers with date fields follow the one date (detected on load and said so;
/// Layer ▸ Dates and time… changes it), the play range fits the data, File ▸ Export animation…
/// writes GIF/MP4/WebM/PNG frames on a worker, and View ▸ Presentation mode shows the map full
/// screen with a large date and legend, driven by Space (play/pause), ←/→ (step) and Esc (leave).
/// GUI thread only.
class TimeActions : public QObject {
    Q_OBJECT
public:
    TimeActions(WindowContext& context, time::TimeController& time, QMenu* file, QMenu* view, QMenu* layer);

    void exportAnimation();
    void editDates(project::MapLayer* layer);
    bool isPresenting() const { return m_presenting; }
    void setPresenting(bool on);
    exporting::AnimationController& animator() { return m_animator; }
    gui::FrameOverlayWidget* overlay() const { return m_overlay; }

protected:
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void layersChanged();
    void updateOverlay();

    WindowContext& m_context;
    time::TimeController& m_time;
    exporting::AnimationController m_animator;
    QAction* m_present = nullptr;
    gui::FrameOverlayWidget* m_overlay = nullptr;
    bool m_presenting = false;
    QList<QWidget*> m_hidden; ///< bars and docks hidden while presenting
    bool m_wasMaximized = false;
    QSet<quint64> m_announced; ///< layers whose date fields were announced
    QStringList m_announcedText; ///< what the one "following the date" message says
    QString m_fitted;          ///< which temporal layers the range was fitted to
};

} // namespace mineatlas
