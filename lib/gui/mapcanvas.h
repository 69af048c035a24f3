#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include "backgroundjob.h"
#include "geo/maprect.h"
#include "project/preferences.h"
#include "render/mapsettings.h"
#include "render/renderjob.h"

namespace mineatlas::project {
class Project;
}

namespace mineatlas::gui {

class MapTool;

/// The map widget. Holds the view (centre + map units per pixel) over a Project and shows the
/// last rendered image, shifted and scaled at once while the user pans or zooms; the new image is
/// rendered off the GUI thread (one job at a time, older jobs canceled) and swapped in when done.
/// paintEvent never renders or waits. GUI thread only. Does not own the project or the tool.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(project::Project& project, QWidget* parent = nullptr);
    ~MapCanvas() override;

    project::Project& project() const { return m_project; }

    /// The visible extent (the widget's aspect).
    MapRect extent() const;
    /// Fits `rect` into the view.
    void setExtent(const MapRect& rect);
    double mapUnitsPerPixel() const { return m_mupp; }
    QPointF center() const { return {m_cx, m_cy}; }
    double scaleDenominator() const;

    QPointF toMap(QPointF pixel) const;
    QPointF toPixel(QPointF map) const;

    void panByPixels(QPointF delta);
    /// factor > 1 zooms in; the map point under `anchorPixel` stays put.
    void zoomByFactor(double factor, QPointF anchorPixel);
    void zoomIn() { zoomByFactor(2.0, rect().center()); }
    void zoomOut() { zoomByFactor(0.5, rect().center()); }
    void zoomToFullExtent();
    void zoomToRect(const MapRect& rect)
    {
        setExtent(rect.buffered(std::max(rect.width(), rect.height()) * 0.03));
    }

    void setMapTool(MapTool* tool);
    MapTool* mapTool() const { return m_tool; }

    /// Schedules a render after `delayMs` (merging bursts of requests into one).
    void refresh(int delayMs = 0);
    bool isRendering() const { return m_jobRunning || m_refreshTimer.isActive(); }
    /// The last finished render and the extent it covers.
    const QImage& renderedImage() const { return m_image; }
    const MapRect& renderedExtent() const { return m_imageExtent; }
    render::MapSettings mapSettings() const;
    /// A boxed line in the top-left corner of the map (the as-of date of treaty maps); empty = none.
    void setTitle(const QString& title);
    const QString& title() const { return m_title; }
    /// Lines under the title (running totals of land released, say); shown even without a title.
    void setNotes(const QStringList& notes);
    const QStringList& notes() const { return m_notes; }
    /// Moves the title box down by `pixels` (the message bar over the top of the map), so a
    /// message never hides it.
    void setTitleOffset(int pixels)
    {
        m_titleOffset = pixels;
        update();
    }
    int titleOffset() const { return m_titleOffset; }
    /// Presentation mode draws its own caption: the title box is hidden meanwhile.
    void setTitleVisible(bool on)
    {
        m_titleVisible = on;
        update();
    }
    /// The scale bar in the bottom-left corner: a round length on the ground, measured on the
    /// ellipsoid along the view's centre line (right there, not across the whole view), and its
    /// length in pixels. Zero metres when there is no map to measure.
    struct ScaleBar {
        double metres = 0;
        double pixels = 0;
        QString label;
    };
    ScaleBar scaleBar() const;
    void setScaleBarVisible(bool on)
    {
        m_scaleBarVisible = on;
        update();
    }
    bool isScaleBarVisible() const { return m_scaleBarVisible; }
    /// Metric (m, km) or imperial (ft, mi) scale bar, as Edit ▸ Preferences chooses.
    void setLengthUnits(project::LengthUnits units)
    {
        m_lengthUnits = units;
        update();
    }
    /// A point marked on the map (View ▸ Go to coordinate), drawn over everything; nullopt = none.
    void setMarker(std::optional<QPointF> mapPoint);
    std::optional<QPointF> marker() const { return m_marker; }
    /// Milliseconds the last finished render took.
    double lastRenderMs() const { return m_lastRenderMs; }
    /// What renders the map on the worker (render::renderMap unless a test replaces it).
    using RenderFunction = std::function<render::RenderResult(const render::MapSettings&,
                                                              const std::atomic<bool>&, render::RenderCache*)>;
    void setRenderFunction(RenderFunction render)
    {
        m_render = [render = std::move(render)](const render::MapSettings& s, const std::atomic<bool>& cancel,
                                                render::RenderCache* cache,
                                                const render::StripeCallback&) { return render(s, cancel, cache); };
    }
    /// The same, for a renderer that hands out finished stripes (shown as they come).
    using ProgressiveRenderFunction =
        std::function<render::RenderResult(const render::MapSettings&, const std::atomic<bool>&, render::RenderCache*,
                                           const render::StripeCallback&)>;
    void setProgressiveRenderFunction(ProgressiveRenderFunction render) { m_render = std::move(render); }
    /// While a render runs: the fraction of it done (0 before its first stripe), else -1.
    double renderProgress() const { return m_jobRunning ? m_progress : -1; }
    /// Stripes of the running render shown so far.
    int stripesShown() const { return m_stripesShown; }
    /// A render running this long gets the progress line along the top of the map.
    static constexpr int kProgressDelayMs = 150;

Q_SIGNALS:
    void extentChanged();
    void cursorMoved(QPointF mapPoint);
    void renderStarted();
    void renderFinished();
    void renderErrors(const QStringList& errors);
    /// Layers drawn only in part (undecodable raster tiles): one line per layer.
    void renderWarnings(const QStringList& warnings);
    /// Esc that the tool did not use (nothing to cancel): the window goes back to the pan tool.
    void escapePressed();

protected:
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;

private:
    void viewChanged(int renderDelayMs);
    void startRender();
    void renderDone();

    project::Project& m_project;
    double m_cx = 0, m_cy = 0; ///< view centre, map units
    double m_mupp = 1;         ///< map units per pixel
    bool m_hasView = false;
    MapTool* m_tool = nullptr;

    QImage m_image;
    MapRect m_imageExtent;
    QTimer m_refreshTimer;
    BackgroundJob<render::RenderResult> m_watcher; ///< one job at a time; its stripes run on parallelEach
    std::shared_ptr<std::atomic<bool>> m_cancel;
    MapRect m_jobExtent;
    bool m_renderAgain = false;
    bool m_jobRunning = false; ///< set until renderDone() ran (the future may finish earlier)
    QElapsedTimer m_jobTimer;
    double m_lastRenderMs = 0;
    std::shared_ptr<render::RenderCache> m_cache;
    ProgressiveRenderFunction m_render = [](const render::MapSettings& s, const std::atomic<bool>& cancel,
                                            render::RenderCache* cache, const render::StripeCallback& onStripe) {
        return render::renderMap(s, cancel, cache, nullptr, onStripe);
    };
    void stripeArrived(std::uint64_t job, const QImage& rows, int y, double fraction);
    QImage m_partial;       ///< finished stripes of the running render (transparent elsewhere)
    double m_progress = 0;  ///< fraction of the running render done
    int m_stripesShown = 0;
    std::uint64_t m_jobSerial = 0;
    QTimer m_progressTimer; ///< shows the progress line once a render has run kProgressDelayMs
    QString m_title;
    bool m_titleVisible = true;
    int m_titleOffset = 0;
    std::optional<QPointF> m_marker;
    bool m_scaleBarVisible = true;
    project::LengthUnits m_lengthUnits = project::LengthUnits::Metric;
    QStringList m_notes;
};

} // namespace mineatlas::gui
