#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QDate>
#include <QImage>
#include <QPainter>
#include <QStringList>

#include "export/layoutcontent.h"
#include "render/mapsettings.h"
#include "result.h"
#include "time/temporal.h"

namespace mineatlas {
class Feedback;
}
namespace mineatlas::treaty {
class TreatyStyle;
}
namespace mineatlas::project {
class Project;
}

namespace mineatlas::exporting {

/// What an animation is written as, from the output's name: .gif, .mp4, .webm, or PNG frames into
/// a folder (an existing folder, or a name ending in "/"; frames are frame-0001.png, …).
enum class AnimationFormat { Gif, Mp4, WebM, PngFrames };
Result<AnimationFormat> animationFormatOf(const QString& path);

/// The ffmpeg program on PATH (MP4 and WebM are encoded by it), or an error that says how to get it.
Result<QString> findFfmpeg();

/// One layer as an animation redraws it at each date: the snapshot as the map shows it now, with
/// what changes with the date kept apart so that a frame costs a copy of one index per feature.
struct AnimatedLayer {
    render::LayerSnapshot snapshot;
    /// Temporal layers: the features before the date filter, and their dates.
    std::shared_ptr<const render::StyledFeatures> base;
    std::shared_ptr<const time::TemporalIndex> temporal;
    /// Country layers coloured by treaty status: restyled at each date (statuses change).
    std::shared_ptr<const treaty::TreatyStyle> treaty;
    /// Hazard layers with a status history: the styled features at a date (empty: none).
    std::function<std::shared_ptr<const render::StyledFeatures>(QDate)> restyleAt;
};

/// What is burned into every frame (and drawn over the map in presentation mode): the title, the
/// date in large type, lines that change with it (counts, released area), the legend and credits.
struct FrameOverlay {
    QString title;
    QString caption;
    QStringList notes;
    std::vector<LegendGroup> legend;
    QString credits;
};

/// Paints `overlay` over a map image of `size` pixels: title and date top left, legend bottom
/// left, credits bottom right; type scaled with the height (720 px is the reference).
void paintFrameOverlay(QPainter& painter, QSize size, const FrameOverlay& overlay);

/// The colours an overlay and its legend put on a frame, for a GIF palette that keeps them exact.
std::vector<QRgb> overlayColours(const FrameOverlay& overlay);

/// Everything one animation needs, taken from the project on the GUI thread (buildAnimation) or
/// from the command line, so that writeAnimation can run on a worker.
struct AnimationSpec {
    render::MapSettings map; ///< CRS, extent, size, background; its layers come from `layers`
    std::vector<AnimatedLayer> layers; ///< top first
    std::vector<QDate> dates;
    QString out;
    AnimationFormat format = AnimationFormat::Gif;
    double framesPerSecond = 4;
    double holdLastSeconds = 2; ///< the last frame stays this much longer (a slide ends on it)
    bool loop = true;
    QString title;
    QString dateFormat = QStringLiteral("d MMMM yyyy");
    std::vector<LegendGroup> legend;
    QString credits;
    /// Lines under the date, each evaluated at the frame's date (must be safe on any thread).
    std::vector<std::function<QString(QDate)>> notes;
};

/// The layers of the project as an animation redraws them (visible layers, top first), the
/// legend of every symbol they may show and a "N recorded by this date" line per temporal layer.
Result<AnimationSpec> buildAnimation(const project::Project& project, const MapRect& extent, QSize size,
                                     const std::vector<QDate>& dates);

/// What presentation mode draws over the map on `date`: the legend of the visible layers, the
/// date in large type and the counts of the temporal layers (as an animation frame shows them).
FrameOverlay presentationOverlay(const project::Project& project, QDate date, const QString& title = {});

/// One frame of `spec` at dates[index]: the map with the overlay burned in.
QImage renderAnimationFrame(const AnimationSpec& spec, std::size_t index);

struct AnimationReport {
    int frames = 0;
    QString path;
};

/// Renders every frame and encodes it (GIF through giflib, MP4/WebM through ffmpeg, or PNG files):
/// frames are drawn on one thread while the previous ones are encoded on the caller's. Reports
/// progress per frame and stops when canceled; a canceled or failed export leaves no partial file.
Result<AnimationReport> writeAnimation(const AnimationSpec& spec, Feedback* feedback = nullptr);

} // namespace mineatlas::exporting
