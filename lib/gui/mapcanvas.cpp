#include "mapcanvas.h"

#include <algorithm>
#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "export/layoutcontent.h"
#include "maptool.h"
#include "project/project.h"

namespace mineatlas::gui {

namespace {
constexpr int kInteractionDelayMs = 120; // wait for a pause in a drag or wheel burst before rendering
}

MapCanvas::MapCanvas(project::Project& project, QWidget* parent)
    : QWidget(parent), m_project(project), m_cache(std::make_shared<render::RenderCache>())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&m_watcher, &JobBase::finished, this, &MapCanvas::renderDone);
    m_progressTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    connect(&m_project, &project::Project::layersChanged, this, [this] { refresh(); });
    connect(&m_project, &project::Project::layerChanged, this, [this] { refresh(); });
}

MapCanvas::~MapCanvas()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

MapRect MapCanvas::extent() const
{
    const double hw = width() * m_mupp / 2, hh = height() * m_mupp / 2;
    return {m_cx - hw, m_cy - hh, m_cx + hw, m_cy + hh};
}

void MapCanvas::setExtent(const MapRect& rect)
{
    if (rect.isEmpty())
        return;
    m_cx = rect.centerX();
    m_cy = rect.centerY();
    const double w = std::max(1, width()), h = std::max(1, height());
    m_mupp = std::max(rect.width() / w, rect.height() / h);
    if (!(m_mupp > 0))
        m_mupp = 1;
    m_hasView = true;
    viewChanged(0);
}

double MapCanvas::scaleDenominator() const
{
    return m_project.coordinates().scaleDenominator(extent(), size(), 96);
}

QPointF MapCanvas::toMap(QPointF p) const
{
    return {m_cx + (p.x() - width() / 2.0) * m_mupp, m_cy - (p.y() - height() / 2.0) * m_mupp};
}

QPointF MapCanvas::toPixel(QPointF m) const
{
    return {width() / 2.0 + (m.x() - m_cx) / m_mupp, height() / 2.0 - (m.y() - m_cy) / m_mupp};
}

void MapCanvas::panByPixels(QPointF delta)
{
    m_cx -= delta.x() * m_mupp;
    m_cy += delta.y() * m_mupp;
    viewChanged(kInteractionDelayMs);
}

void MapCanvas::zoomByFactor(double factor, QPointF anchor)
{
    if (!(factor > 0))
        return;
    const QPointF before = toMap(anchor);
    m_mupp /= factor;
    const QPointF after = toMap(anchor);
    m_cx += before.x() - after.x();
    m_cy += before.y() - after.y();
    viewChanged(kInteractionDelayMs);
}

void MapCanvas::zoomToFullExtent()
{
    const MapRect full = m_project.fullExtent();
    if (!full.isEmpty())
        zoomToRect(full);
}

void MapCanvas::setMapTool(MapTool* tool)
{
    m_tool = tool;
    setCursor(tool ? tool->cursor() : QCursor(Qt::ArrowCursor));
    update();
}

void MapCanvas::viewChanged(int delayMs)
{
    update();
    Q_EMIT extentChanged();
    refresh(delayMs);
}

void MapCanvas::refresh(int delayMs)
{
    m_refreshTimer.start(delayMs);
}

render::MapSettings MapCanvas::mapSettings() const
{
    render::MapSettings s;
    s.crs = m_project.crs();
    s.extent = extent();
    s.size = size() * devicePixelRatioF();
    s.dpi = 96 * devicePixelRatioF();
    s.layers = m_project.visibleSnapshots();
    // What scale-dependent layers (places by population) need; the canvas draws at 96 DPI a pixel.
    const MapRect view = s.visibleExtent();
    s.metresPerMapUnit = m_project.coordinates().groundMetresPerMapUnit({view.centerX(), view.centerY()}, m_mupp);
    return s;
}

void MapCanvas::startRender()
{
    if (!m_hasView) {
        const MapRect full = m_project.fullExtent();
        if (full.isEmpty()) {
            update();
            return;
        }
        zoomToRect(full); // calls refresh again
        return;
    }
    if (m_jobRunning) {
        // Never block: cancel the running job and start again when it returns.
        m_cancel->store(true);
        m_renderAgain = true;
        return;
    }
    render::MapSettings settings = mapSettings();
    if (settings.size.isEmpty())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_jobExtent = settings.extent;
    m_jobTimer.start();
    auto cancel = m_cancel;
    auto cache = m_cache;
    m_jobRunning = true;
    m_partial = QImage(settings.size, QImage::Format_ARGB32_Premultiplied);
    m_partial.fill(Qt::transparent);
    m_progress = 0;
    m_stripesShown = 0;
    m_progressTimer.start(kProgressDelayMs);
    // Finished stripes come back to the GUI thread queued; the destructor waits for the job, so
    // `this` outlives every call, and a stripe of an older job is told apart by its serial.
    const std::uint64_t job = ++m_jobSerial;
    render::StripeCallback onStripe = [this, job](const QImage& rows, int y, double fraction) {
        QMetaObject::invokeMethod(
            this, [this, job, rows, y, fraction] { stripeArrived(job, rows, y, fraction); }, Qt::QueuedConnection);
    };
    m_watcher.start([render = m_render, settings = std::move(settings), cancel, cache, onStripe]() -> render::RenderResult {
        // Nothing thrown on the worker may reach the GUI thread through the future.
        try {
            return render(settings, *cancel, cache.get(), onStripe);
        } catch (const std::exception& e) {
            render::RenderResult failed;
            failed.errors << tr("Rendering failed: %1").arg(QString::fromUtf8(e.what()));
            return failed;
        } catch (...) {
            render::RenderResult failed;
            failed.errors << tr("Rendering failed (unknown error)");
            return failed;
        }
    });
    Q_EMIT renderStarted();
}

void MapCanvas::stripeArrived(std::uint64_t job, const QImage& rows, int y, double fraction)
{
    if (job != m_jobSerial || !m_jobRunning || m_partial.isNull())
        return;
    QPainter p(&m_partial);
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.drawImage(0, y, rows);
    p.end();
    m_progress = std::max(m_progress, fraction);
    ++m_stripesShown;
    update();
}

void MapCanvas::renderDone()
{
    m_jobRunning = false;
    m_partial = QImage();
    m_progressTimer.stop();
    const render::RenderResult result = m_watcher.result();
    if (!result.canceled && !result.image.isNull()) {
        m_image = result.image;
        m_image.setDevicePixelRatio(devicePixelRatioF());
        m_imageExtent = m_jobExtent;
        m_lastRenderMs = static_cast<double>(m_jobTimer.nsecsElapsed()) / 1e6;
        update();
    }
    if (!result.canceled && !result.errors.isEmpty())
        Q_EMIT renderErrors(result.errors);
    if (!result.canceled && !result.warnings.isEmpty())
        Q_EMIT renderWarnings(result.warnings);
    if (m_renderAgain) {
        m_renderAgain = false;
        startRender();
        return;
    }
    if (!result.canceled)
        Q_EMIT renderFinished();
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xa9, 0xcf, 0xe4));
    if (!m_image.isNull() && !m_imageExtent.isEmpty()) {
        // Draw the last image where its extent falls in the current view (pan/zoom preview).
        const QPointF tl = toPixel({m_imageExtent.xMin, m_imageExtent.yMax});
        const QPointF br = toPixel({m_imageExtent.xMax, m_imageExtent.yMin});
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(QRectF(tl, br), m_image);
    }
    if (m_jobRunning && m_stripesShown > 0 && !m_jobExtent.isEmpty()) {
        // Progressive display: the stripes of the running render that are done, over the old
        // image, where the job's extent falls in the current view.
        const MapRect job = m_jobExtent.expandedToAspect(static_cast<double>(m_partial.width()) /
                                                         std::max(1, m_partial.height()));
        p.drawImage(QRectF(toPixel({job.xMin, job.yMax}), toPixel({job.xMax, job.yMin})), m_partial);
    }
    if ((!m_title.isEmpty() || !m_notes.isEmpty()) && m_titleVisible) {
        QStringList lines = m_notes;
        if (!m_title.isEmpty())
            lines.prepend(m_title);
        p.save();
        p.translate(0, m_titleOffset);
        render::drawTitle(p, lines.join(QLatin1Char('\n')), 96);
        p.restore();
    }
    if (m_scaleBarVisible)
        if (const ScaleBar bar = scaleBar(); bar.metres > 0) {
            // Black and white halves on a translucent white box, the length above.
            QFont font = p.font();
            font.setPointSizeF(9);
            p.setFont(font);
            const QFontMetricsF fm(font);
            const double x0 = 12, y0 = height() - 14;
            const QRectF box(x0 - 6, y0 - fm.height() - 10, std::max(bar.pixels, fm.horizontalAdvance(bar.label)) + 12,
                             fm.height() + 18);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 210));
            p.drawRect(box);
            p.setPen(QPen(Qt::black, 1));
            p.setBrush(Qt::black);
            p.drawRect(QRectF(x0, y0 - 5, bar.pixels / 2, 5));
            p.setBrush(Qt::white);
            p.drawRect(QRectF(x0 + bar.pixels / 2, y0 - 5, bar.pixels / 2, 5));
            p.drawText(QPointF(x0, y0 - 9), bar.label);
        }
    if (m_marker) {
        // A ring with a gap at the point itself and ticks out to it, white under magenta so it
        // shows on any fill (IMAS red is taken by hazards).
        const QPointF c = toPixel(*m_marker);
        p.setRenderHint(QPainter::Antialiasing);
        for (const auto& [colour, width] : {std::pair{QColor(Qt::white), 5.0}, std::pair{QColor(0xd0, 0x1c, 0x8b), 2.5}}) {
            p.setPen(QPen(colour, width));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, 11, 11);
            for (const QPointF d : {QPointF(1, 0), QPointF(-1, 0), QPointF(0, 1), QPointF(0, -1)})
                p.drawLine(c + d * 4, c + d * 18);
        }
    }
    if (m_tool) {
        p.setRenderHint(QPainter::Antialiasing);
        m_tool->paint(p);
    }
    if (m_jobRunning && m_jobTimer.elapsed() >= kProgressDelayMs) {
        // A thin line along the top while a render runs: how far it is (a short piece before
        // the first stripe is done, so the user still sees that something is happening).
        const double done = std::clamp(m_progress, 0.03, 1.0);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.fillRect(QRectF(0, 0, width(), 3), QColor(255, 255, 255, 140));
        p.fillRect(QRectF(0, 0, width() * done, 3), palette().color(QPalette::Highlight));
    }
}

MapCanvas::ScaleBar MapCanvas::scaleBar() const
{
    ScaleBar bar;
    const MapRect view = extent();
    const double metresPerUnit = m_project.coordinates().groundMetresPerMapUnit({view.centerX(), view.centerY()}, m_mupp);
    const auto chosen = exporting::chooseScaleBar(metresPerUnit, m_mupp * std::max(40, width() / 5), m_lengthUnits);
    if (!(chosen.metres > 0) || !std::isfinite(chosen.mapUnits))
        return bar;
    bar.metres = chosen.metres;
    bar.pixels = chosen.mapUnits / m_mupp;
    bar.label = chosen.label;
    return bar;
}

void MapCanvas::setMarker(std::optional<QPointF> mapPoint)
{
    m_marker = mapPoint;
    update();
}

void MapCanvas::setNotes(const QStringList& notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    update();
}

void MapCanvas::setTitle(const QString& title)
{
    if (title == m_title)
        return;
    m_title = title;
    update();
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    if (!m_hasView) {
        refresh();
        return;
    }
    viewChanged(kInteractionDelayMs);
}

void MapCanvas::mousePressEvent(QMouseEvent* e)
{
    if (m_tool)
        m_tool->mousePress(e);
    setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e)
{
    Q_EMIT cursorMoved(toMap(e->position()));
    if (m_tool) {
        m_tool->mouseMove(e);
        setCursor(m_tool->cursor());
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* e)
{
    if (m_tool)
        m_tool->mouseRelease(e);
    setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* e)
{
    if (m_tool)
        m_tool->mouseDoubleClick(e);
}

void MapCanvas::wheelEvent(QWheelEvent* e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomByFactor(std::pow(1.5, steps), e->position());
    e->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* e)
{
    if (m_tool && m_tool->keyPress(e))
        return;
    const double step = std::min(width(), height()) / 4.0;
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panByPixels({step, 0});
        break;
    case Qt::Key_Right:
        panByPixels({-step, 0});
        break;
    case Qt::Key_Up:
        panByPixels({0, step});
        break;
    case Qt::Key_Down:
        panByPixels({0, -step});
        break;
    case Qt::Key_Escape:
        Q_EMIT escapePressed();
        break;
    default:
        QWidget::keyPressEvent(e);
    }
}

} // namespace mineatlas::gui
