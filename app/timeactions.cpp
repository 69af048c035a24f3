#include "timeactions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include "animationdialog.h"
#include "dialogs.h"
#include "frameoverlay.h"
#include "layerpanel.h"
#include "mapcanvas.h"
#include "progresswidgets.h"
#include "project/project.h"
#include "temporaldialog.h"
#include "time/timecontroller.h"
#include "windowcontext.h"

namespace mineatlas {

namespace {
const QString kAnimationJob = QStringLiteral("animation");

QString stepOf(time::TimeController::Unit unit)
{
    switch (unit) {
    case time::TimeController::Unit::Day:
        return QStringLiteral("P1D");
    case time::TimeController::Unit::Week:
        return QStringLiteral("P7D");
    case time::TimeController::Unit::Year:
        return QStringLiteral("P1Y");
    default:
        return QStringLiteral("P1M");
    }
}
} // namespace

TimeActions::TimeActions(WindowContext& c, time::TimeController& time, QMenu* file, QMenu* view, QMenu* layer)
    : QObject(&c.window), m_context(c), m_time(time)
{
    QAction* animate = file->addAction(tr("Export &animation…"), this, &TimeActions::exportAnimation);
    animate->setObjectName(QStringLiteral("actionExportAnimation"));
    animate->setToolTip(tr("The map through time as an animated GIF, MP4/WebM video or PNG frames, with the date and legend"));
    m_present = view->addAction(tr("&Presentation mode"), this, [this](bool on) { setPresenting(on); });
    m_present->setObjectName(QStringLiteral("actionPresentation"));
    m_present->setCheckable(true);
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setToolTip(tr("Full-screen map with a large date and legend: Space plays or pauses, ←/→ step, Esc leaves"));
    layer->addAction(tr("&Dates and time…"), this, [this] { editDates(m_context.layers.currentLayer()); })
        ->setObjectName(QStringLiteral("actionLayerDates"));

    connect(&m_context.project, &project::Project::layersChanged, this, &TimeActions::layersChanged);
    connect(&m_context.project, &project::Project::layerChanged, this, &TimeActions::layersChanged);
    connect(&m_context.project, &project::Project::dateChanged, this, &TimeActions::updateOverlay);
    connect(&m_animator, &exporting::AnimationController::progress, this,
            [this](int percent) { m_context.progress.setPercent(kAnimationJob, percent); });
    connect(&m_animator, &exporting::AnimationController::finished, this,
            [this](const QString& path, int frames, const QString& error) {
                m_context.progress.end(kAnimationJob);
                if (!error.isEmpty())
                    m_context.error(error == QLatin1String("canceled") ? tr("Animation export canceled: nothing was written")
                                                                        : error,
                                    kAnimationJob);
                else
                    m_context.info(tr("Exported %1 (%2 frames)").arg(path).arg(frames), kAnimationJob);
            });
}

void TimeActions::layersChanged()
{
    QDate first, last;
    QStringList fitted, announce;
    for (int i = 0; i < m_context.project.layerCount(); ++i) {
        project::MapLayer* l = m_context.project.layerAt(i);
        const auto& index = l->temporalIndex();
        if (!index)
            continue;
        if (!m_announced.contains(l->id())) {
            m_announced.insert(l->id());
            announce << tr("%1 (by \"%2\", %3)")
                            .arg(l->name(), l->temporal().startField,
                                 l->temporal().mode == time::TemporalMode::Accumulate ? tr("shown from that date on")
                                                                                      : tr("shown while active"));
        }
        if (!index->firstDate().isValid())
            continue;
        first = first.isValid() ? std::min(first, index->firstDate()) : index->firstDate();
        last = last.isValid() ? std::max(last, index->lastDate()) : index->lastDate();
        fitted << QStringLiteral("%1:%2:%3").arg(l->id()).arg(l->temporal().startField, l->temporal().endField);
    }
    // One message for the layers that start following the date together (a file of several).
    if (!announce.isEmpty()) {
        m_announcedText << announce;
        m_context.info(tr("Following the map's date: %1. Layer ▸ Dates and time… changes it.")
                           .arg(m_announcedText.join(QStringLiteral("; "))),
                       QStringLiteral("time"));
    }
    const QString key = fitted.join(QLatin1Char(','));
    if (key != m_fitted) {
        m_fitted = key;
        if (first.isValid())
            m_time.fitToData(first, last);
    }
    updateOverlay();
}

void TimeActions::editDates(project::MapLayer* layer)
{
    if (!layer || !layer->store()) {
        m_context.warn(tr("Select a vector layer in the Layers panel first"), QStringLiteral("dates"));
        return;
    }
    gui::TemporalDialog dialog(*layer->store(), layer->temporal(), layer->name(), &m_context.window);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    layer->setTemporal(dialog.settings());
    m_announced.insert(layer->id());
    layersChanged();
}

void TimeActions::exportAnimation()
{
    if (m_context.project.fullExtent().isEmpty()) {
        m_context.warn(tr("Open a layer first: there is no map to animate"), kAnimationJob);
        return;
    }
    if (m_animator.isRunning()) {
        m_context.warn(tr("An animation export is already running"), kAnimationJob);
        return;
    }
    QSettings settings;
    gui::AnimationDialog::Choice initial;
    initial.from = m_time.rangeStart();
    initial.to = m_time.rangeEnd();
    initial.step = stepOf(m_time.unit());
    initial.size = settings.value(QStringLiteral("animation/size"), initial.size).toSize();
    initial.framesPerSecond = settings.value(QStringLiteral("animation/fps"), initial.framesPerSecond).toDouble();
    initial.title = settings.value(QStringLiteral("animation/title")).toString();
    gui::AnimationDialog dialog(initial, &m_context.window);
    if (m_context.dialogs.exec(dialog) != QDialog::Accepted)
        return;
    const gui::AnimationDialog::Choice choice = dialog.choice();
    settings.setValue(QStringLiteral("animation/size"), choice.size);
    settings.setValue(QStringLiteral("animation/fps"), choice.framesPerSecond);
    settings.setValue(QStringLiteral("animation/title"), choice.title);
    auto step = time::Step::parse(choice.step);
    auto dates = step ? time::frameDates(choice.from, choice.to, step.value()) : Result<std::vector<QDate>>(Error{step.error()});
    if (!dates) {
        m_context.error(dates.error(), kAnimationJob);
        return;
    }
    QString filter;
    const QString folder = settings.value(QStringLiteral("animation/lastDir")).toString();
    QString path = m_context.dialogs.saveFile(&m_context.window, tr("Export animation"),
                                              folder.isEmpty() ? QString() : folder + QStringLiteral("/animation"),
                                              tr("Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm);;PNG frames, in a folder (*)"),
                                              &filter);
    if (path.isEmpty())
        return;
    const QString ext = filter.contains(QLatin1String("*.gif"))    ? QStringLiteral("gif")
                        : filter.contains(QLatin1String("*.mp4"))  ? QStringLiteral("mp4")
                        : filter.contains(QLatin1String("*.webm")) ? QStringLiteral("webm")
                        : filter.contains(QLatin1String("PNG"))    ? QString()
                                                                   : QFileInfo(path).suffix().toLower();
    if (ext.isEmpty()) {
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
    } else if (QFileInfo(path).suffix().compare(ext, Qt::CaseInsensitive) != 0) {
        path += QLatin1Char('.') + ext;
    }
    settings.setValue(QStringLiteral("animation/lastDir"), QFileInfo(path).absolutePath());
    auto format = exporting::animationFormatOf(path);
    auto spec = format ? exporting::buildAnimation(m_context.project, m_context.canvas.extent(), choice.size, dates.value())
                       : Result<exporting::AnimationSpec>(Error{format.error()});
    if (!spec) {
        m_context.error(spec.error(), kAnimationJob);
        return;
    }
    spec->out = path;
    spec->format = format.value();
    spec->framesPerSecond = choice.framesPerSecond;
    spec->title = choice.title;
    if (step->days == 0)
        spec->dateFormat = QStringLiteral("MMMM yyyy");
    if (auto started = m_animator.start(std::move(spec.value())); !started) {
        m_context.error(started.error(), kAnimationJob);
        return;
    }
    m_context.progress.begin(kAnimationJob, tr("Exporting %1").arg(QFileInfo(path).fileName()), [this] { m_animator.cancel(); });
}

void TimeActions::setPresenting(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    QMainWindow& w = m_context.window;
    if (on) {
        m_hidden.clear();
        auto hide = [this](QWidget* widget) {
            if (widget && widget->isVisible()) {
                m_hidden << widget;
                widget->hide();
            }
        };
        hide(w.menuBar());
        hide(w.statusBar());
        for (QToolBar* t : w.findChildren<QToolBar*>())
            hide(t);
        for (QDockWidget* d : w.findChildren<QDockWidget*>())
            hide(d);
        m_wasMaximized = w.isMaximized();
        m_context.canvas.setTitleVisible(false);
        if (!m_overlay)
            m_overlay = new gui::FrameOverlayWidget(&m_context.canvas);
        m_overlay->show();
        m_overlay->raise();
        updateOverlay();
        w.showFullScreen();
        qApp->installEventFilter(this);
        m_context.canvas.setFocus();
    } else {
        qApp->removeEventFilter(this);
        if (m_overlay)
            m_overlay->hide();
        m_context.canvas.setTitleVisible(true);
        for (QWidget* widget : m_hidden)
            widget->show();
        m_hidden.clear();
        if (m_wasMaximized)
            w.showMaximized();
        else
            w.showNormal();
    }
    const QSignalBlocker block(m_present);
    m_present->setChecked(on);
}

void TimeActions::updateOverlay()
{
    QStringList notes;
    for (int i = 0; i < m_context.project.layerCount(); ++i)
        if (const project::MapLayer* l = m_context.project.layerAt(i); l->isVisible() && l->runningTotal())
            notes << l->runningTotalText(m_context.project.date());
    m_context.canvas.setNotes(notes);
    if (m_presenting && m_overlay)
        m_overlay->setOverlay(exporting::presentationOverlay(m_context.project, m_context.project.date(),
                                                             QSettings().value(QStringLiteral("animation/title")).toString()));
}

bool TimeActions::eventFilter(QObject* watched, QEvent* e)
{
    if (m_presenting && e->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(e)->key()) {
        case Qt::Key_Space:
            m_time.togglePlay();
            return true;
        case Qt::Key_Right:
            m_time.stepForward();
            return true;
        case Qt::Key_Left:
            m_time.stepBackward();
            return true;
        case Qt::Key_Escape:
            setPresenting(false);
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, e);
}

} // namespace mineatlas
