#include "export/animation.h"

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

#include "export/gifwriter.h"
#include "data/writefailure.h"
#include "export/layoutpainter.h"
#include "feedback.h"
#include "project/project.h"
#include "render/heatmap.h"
#include "render/renderjob.h"
#include "treaty/treatystyle.h"
#include "uilocale.h"

namespace mineatlas::exporting {

namespace {

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x4d, 0x4d, 0x4d);
const QColor kBox(0xff, 0xff, 0xff);
const QColor kBorder(0x80, 0x80, 0x80);

QFont overlayFont(double pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(6, static_cast<int>(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

/// `c` as it shows over an opaque `under`.
QRgb over(const QColor& c, const QColor& under)
{
    const double a = c.alphaF();
    auto mix = [a](int top, int bottom) { return static_cast<int>(std::lround(top * a + bottom * (1 - a))); };
    return qRgb(mix(c.red(), under.red()), mix(c.green(), under.green()), mix(c.blue(), under.blue()));
}


/// Every symbol a layer may show, without counts (a frame's contents change with the date).
LegendGroup symbolLegend(const project::MapLayer& layer, const std::vector<QDate>& dates)
{
    LegendGroup group;
    group.title = layer.name();
    const data::GeometryKind kind = layer.store()->dominantKind();
    if (layer.heatmap()) {
        LegendEntry e;
        e.label = layer.heatmap()->weightField.isEmpty()
                      ? QCoreApplication::translate("Animation", "density, low → high")
                      : QCoreApplication::translate("Animation", "density of %1, low → high").arg(layer.heatmap()->weightField);
        e.kind = kind;
        e.ramp = layer.heatmap()->ramp;
        group.entries.push_back(e);
        return group;
    }
    if (layer.isTreatyStyled()) {
        group.title = QCoreApplication::translate("Animation", "Mine Ban Treaty status");
        std::set<QString> seen;
        // The statuses of the first, middle and last frame: every one a viewer will see.
        for (QDate d : {dates.front(), dates[dates.size() / 2], dates.back()})
            for (const auto& e : layer.treatyStyle()->legend(d))
                if (seen.insert(e.label).second)
                    group.entries.push_back({e.label, e.symbol, data::GeometryKind::Polygon, -1, {}});
        return group;
    }
    const render::VectorStyle& style = layer.style();
    if (!style.isCategorized()) {
        group.entries.push_back({layer.name(), style.base, kind, -1, {}});
        return group;
    }
    for (const render::Category& c : style.categories)
        group.entries.push_back({c.label, c.symbol, kind, -1, {}});
    for (const render::Category& c : style.strokeCategories) {
        render::Symbol outline = c.symbol;
        outline.fill = Qt::transparent;
        group.entries.push_back({QCoreApplication::translate("Animation", "outline: %1").arg(c.label), outline, kind, -1, {}});
    }
    return group;
}

QString number(qint64 n)
{
    return uiLocale().toString(n);
}

/// Draws frames one after another, reusing the image of every layer that did not change since the
/// last frame (static layers once, a temporal layer whenever its shown features stay the same).
class FrameRenderer {
public:
    explicit FrameRenderer(const AnimationSpec& spec) : m_spec(spec), m_cache(3 * spec.layers.size() + 4)
    {
        m_previous.resize(spec.layers.size());
        m_versions.resize(spec.layers.size());
        m_heatmaps.resize(spec.layers.size());
        // A temporal heatmap keeps one scale for the whole animation (the largest density of its
        // first, middle and last frame), so that a frame looks hotter only when it is.
        const std::atomic<bool> cancel{false};
        for (std::size_t i = 0; i < spec.layers.size(); ++i) {
            const AnimatedLayer& l = spec.layers[i];
            if (!l.snapshot.heatmap || !l.temporal || l.snapshot.heatmap->style.maximum > 0 || !l.snapshot.store)
                continue;
            const auto base = l.base ? l.base : l.snapshot.styled;
            float top = 0;
            for (QDate d : {spec.dates.front(), spec.dates[spec.dates.size() / 2], spec.dates.back()}) {
                const auto shown = time::shownAt(*base, *l.temporal, d);
                std::vector<float> grid(static_cast<std::size_t>(spec.map.size.width()) * spec.map.size.height(), 0.0f);
                render::accumulateHeatmap(spec.map, *l.snapshot.store, *l.snapshot.heatmap, shown.get(), 0,
                                          spec.map.size.height(), grid, cancel);
                for (float v : grid)
                    top = std::max(top, v);
            }
            if (top > 0) {
                auto fixed = std::make_shared<render::HeatmapLayer>(*l.snapshot.heatmap);
                fixed->style.maximum = top;
                m_heatmaps[i] = fixed;
            }
        }
    }

    QImage render(std::size_t index, const std::atomic<bool>& cancel)
    {
        const QDate date = m_spec.dates[index];
        render::MapSettings settings = m_spec.map;
        settings.layers.clear();
        for (std::size_t i = 0; i < m_spec.layers.size(); ++i) {
            const AnimatedLayer& l = m_spec.layers[i];
            render::LayerSnapshot s = l.snapshot;
            if (m_heatmaps[i])
                s.heatmap = m_heatmaps[i];
            if (s.store && (l.temporal || l.treaty || l.restyleAt)) {
                std::shared_ptr<const render::StyledFeatures> styled = l.base ? l.base : s.styled;
                if (l.treaty)
                    styled = l.treaty->apply(*s.store, date);
                else if (l.restyleAt)
                    styled = l.restyleAt(date);
                if (l.temporal && styled)
                    styled = time::shownAt(*styled, *l.temporal, date);
                const auto& before = m_previous[i];
                const bool same = before && styled && before->symbolOf == styled->symbolOf &&
                                  before->labels.size() == styled->labels.size() && before->symbols.size() == styled->symbols.size();
                if (!same) {
                    m_previous[i] = styled;
                    m_versions[i] = nextVersion();
                }
                s.styled = m_previous[i];
                s.version = m_versions[i];
                // An accumulating layer is drawn on its image of an earlier frame (renderMap).
                s.day = date.toJulianDay();
            }
            settings.layers.push_back(std::move(s));
        }
        render::RenderResult result = render::renderMap(settings, cancel, &m_cache);
        QImage image = std::move(result.image);
        if (image.isNull())
            return image;
        QPainter p(&image);
        paintFrameOverlay(p, image.size(), overlayAt(m_spec, date));
        return image;
    }

    static FrameOverlay overlayAt(const AnimationSpec& spec, QDate date)
    {
        FrameOverlay o;
        o.title = spec.title;
        o.caption = spec.dateFormat == QLatin1String("d MMMM yyyy") ? localLongDate(date) // the default
                                                                     : uiLocale().toString(date, spec.dateFormat);
        for (const auto& note : spec.notes)
            if (note)
                o.notes << note(date);
        o.legend = spec.legend;
        o.credits = spec.credits;
        return o;
    }

private:
    /// Versions no snapshot of a real layer uses, unique across renderers (the cache is keyed by them).
    static std::uint64_t nextVersion()
    {
        static std::atomic<std::uint64_t> counter{std::uint64_t(1) << 62};
        return ++counter;
    }

    const AnimationSpec& m_spec;
    render::RenderCache m_cache;
    std::vector<std::shared_ptr<const render::StyledFeatures>> m_previous;
    std::vector<std::uint64_t> m_versions;
    std::vector<std::shared_ptr<const render::HeatmapLayer>> m_heatmaps; ///< heatmaps with the animation's one scale
};

/// Frames handed from the drawing thread to the encoding one, at most `capacity` waiting.
class FrameQueue {
public:
    explicit FrameQueue(std::size_t capacity) : m_capacity(capacity) {}
    void push(QImage image)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_frames.size() < m_capacity || m_closed; });
        m_frames.push_back(std::move(image));
        m_ready.notify_one();
    }
    /// A null image once the producer is done and everything was taken.
    QImage pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_frames.empty() || m_finished; });
        if (m_frames.empty())
            return {};
        QImage image = std::move(m_frames.front());
        m_frames.pop_front();
        m_space.notify_one();
        return image;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_ready.notify_all();
    }
    /// The consumer gave up: let the producer run out.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_frames.clear();
        m_space.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<QImage> m_frames;
    std::size_t m_capacity;
    bool m_finished = false, m_closed = false;
};

/// One output format: takes frames in order, then finish() or abandon().
class Encoder {
public:
    virtual ~Encoder() = default;
    virtual Result<bool> add(const QImage& frame, bool last) = 0;
    virtual Result<bool> finish() = 0;
    virtual void abandon() = 0;
};

int frameCentiseconds(double fps)
{
    return std::max(2, static_cast<int>(std::lround(100.0 / std::max(0.1, fps))));
}

class GifEncoder : public Encoder {
public:
    explicit GifEncoder(std::unique_ptr<GifWriter> writer, const AnimationSpec& spec)
        : m_writer(std::move(writer)), m_delay(frameCentiseconds(spec.framesPerSecond)),
          m_hold(static_cast<int>(std::lround(spec.holdLastSeconds * 100)))
    {
    }
    Result<bool> add(const QImage& frame, bool last) override
    {
        return m_writer->addFrame(frame, std::min(65535, m_delay + (last ? m_hold : 0)));
    }
    Result<bool> finish() override { return m_writer->finish(); }
    void abandon() override { m_writer->abandon(); }

private:
    std::unique_ptr<GifWriter> m_writer;
    int m_delay, m_hold;
};

class PngFramesEncoder : public Encoder {
public:
    explicit PngFramesEncoder(QString dir) : m_dir(std::move(dir)) {}
    Result<bool> add(const QImage& frame, bool) override
    {
        const QString path = QDir(m_dir).filePath(QStringLiteral("frame-%1.png").arg(m_written.size() + 1, 4, 10, QLatin1Char('0')));
        const QString partial = path + QStringLiteral(".part");
        if (!frame.save(partial, "PNG") || !data::replaceFileDurably(partial, path)) {
            QFile::remove(partial);
            return Error{QCoreApplication::translate("Animation", "%1: cannot write the frame (disk full or no permission?)").arg(QDir::toNativeSeparators(path))};
        }
        m_written << path;
        return true;
    }
    Result<bool> finish() override { return true; }
    void abandon() override
    {
        for (const QString& f : m_written)
            QFile::remove(f);
        m_written.clear();
    }

private:
    QString m_dir;
    QStringList m_written;
};

class FfmpegEncoder : public Encoder {
public:
    static Result<std::unique_ptr<Encoder>> start(const QString& ffmpeg, const AnimationSpec& spec)
    {
        std::unique_ptr<FfmpegEncoder> e(new FfmpegEncoder);
        e->m_out = spec.out;
        e->m_partial = spec.out + QStringLiteral(".part");
        e->m_size = spec.map.size;
        e->m_holdFrames = static_cast<int>(std::lround(spec.holdLastSeconds * spec.framesPerSecond));
        const bool webm = spec.format == AnimationFormat::WebM;
        QStringList args{QStringLiteral("-y"), QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                         QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"),
                         QStringLiteral("-s"), QStringLiteral("%1x%2").arg(spec.map.size.width()).arg(spec.map.size.height()),
                         QStringLiteral("-r"), QString::number(spec.framesPerSecond), QStringLiteral("-i"), QStringLiteral("-"),
                         // yuv420p wants even sizes: pad by a pixel where needed.
                         QStringLiteral("-vf"), QStringLiteral("pad=ceil(iw/2)*2:ceil(ih/2)*2"), QStringLiteral("-pix_fmt"),
                         QStringLiteral("yuv420p")};
        if (webm)
            args << QStringLiteral("-c:v") << QStringLiteral("libvpx-vp9") << QStringLiteral("-b:v") << QStringLiteral("0")
                 << QStringLiteral("-crf") << QStringLiteral("32") << QStringLiteral("-row-mt") << QStringLiteral("1")
                 << QStringLiteral("-f") << QStringLiteral("webm");
        else
            args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-crf") << QStringLiteral("20")
                 << QStringLiteral("-movflags") << QStringLiteral("+faststart") << QStringLiteral("-f") << QStringLiteral("mp4");
        args << e->m_partial;
        e->m_process.setProgram(ffmpeg);
        e->m_process.setArguments(args);
        e->m_process.start();
        if (!e->m_process.waitForStarted(10000))
            return Error{QCoreApplication::translate("Animation", "%1: cannot start ffmpeg (%2)").arg(QFileInfo(spec.out).fileName(), e->m_process.errorString())};
        return std::unique_ptr<Encoder>(std::move(e));
    }
    ~FfmpegEncoder() override { abandon(); }

    Result<bool> add(const QImage& frame, bool last) override
    {
        const QImage rgb = frame.convertToFormat(QImage::Format_RGB888);
        QByteArray bytes;
        bytes.reserve(rgb.width() * rgb.height() * 3);
        for (int y = 0; y < rgb.height(); ++y)
            bytes.append(reinterpret_cast<const char*>(rgb.constScanLine(y)), rgb.width() * 3);
        for (int copies = last ? 1 + m_holdFrames : 1; copies > 0; --copies)
            if (auto ok = write(bytes); !ok)
                return ok;
        return true;
    }
    Result<bool> finish() override
    {
        m_process.closeWriteChannel();
        m_process.waitForFinished(-1);
        const QString errors = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
        if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
            abandon();
            return Error{QCoreApplication::translate("Animation", "%1: ffmpeg failed: %2").arg(QFileInfo(m_out).fileName(), errors.isEmpty() ? QCoreApplication::translate("Animation", "no reason given") : errors.left(400))};
        }
        if (!data::replaceFileDurably(m_partial, m_out)) {
            abandon();
            return Error{QCoreApplication::translate("Animation", "%1: cannot move the finished video into place").arg(QFileInfo(m_out).fileName())};
        }
        m_done = true;
        return true;
    }
    void abandon() override
    {
        if (m_done)
            return;
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        QFile::remove(m_partial);
        m_done = true;
    }

private:
    FfmpegEncoder() = default;
    Result<bool> write(const QByteArray& bytes)
    {
        qint64 offset = 0;
        while (offset < bytes.size()) {
            const qint64 n = m_process.write(bytes.constData() + offset, bytes.size() - offset);
            if (n < 0 || !m_process.waitForBytesWritten(-1) || m_process.state() == QProcess::NotRunning) {
                m_process.waitForFinished(2000);
                const QString errors = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
                return Error{QCoreApplication::translate("Animation", "%1: ffmpeg stopped: %2").arg(QFileInfo(m_out).fileName(), errors.isEmpty() ? m_process.errorString() : errors.left(400))};
            }
            offset += n;
        }
        return true;
    }

    QProcess m_process;
    QString m_out, m_partial;
    QSize m_size;
    int m_holdFrames = 0;
    bool m_done = false;
};

} // namespace

Result<AnimationFormat> animationFormatOf(const QString& path)
{
    const QFileInfo info(path);
    if (path.endsWith(QLatin1Char('/')) || info.isDir())
        return AnimationFormat::PngFrames;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("gif"))
        return AnimationFormat::Gif;
    if (suffix == QLatin1String("mp4"))
        return AnimationFormat::Mp4;
    if (suffix == QLatin1String("webm"))
        return AnimationFormat::WebM;
    return Error{QCoreApplication::translate("Animation", "%1: an animation is written as .gif, .mp4 or .webm, or as PNG frames into a folder "
                                "(a name ending in \"/\")")
                     .arg(info.fileName())};
}

Result<QString> findFfmpeg()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (found.isEmpty())
        return Error{QCoreApplication::translate("Animation", "MP4 and WebM are encoded by ffmpeg, which is not installed (on Debian: sudo apt install "
                                    "ffmpeg). GIF and PNG frames need nothing else.")};
    return found;
}

void paintFrameOverlay(QPainter& p, QSize size, const FrameOverlay& o)
{
    const double s = size.height() / 720.0;
    const double margin = 14 * s, pad = 9 * s;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    // Title, date and notes, top left.
    const QFont titleFont = overlayFont(17 * s, true), captionFont = overlayFont(36 * s, true), noteFont = overlayFont(14 * s);
    struct Line {
        QString text;
        QFont font;
        QColor colour;
    };
    std::vector<Line> lines;
    if (!o.title.isEmpty())
        lines.push_back({o.title, titleFont, kInk});
    if (!o.caption.isEmpty())
        lines.push_back({o.caption, captionFont, kInk});
    for (const QString& n : o.notes)
        lines.push_back({n, noteFont, kMuted});
    if (!lines.empty()) {
        double w = 0, h = 0;
        for (const Line& l : lines) {
            const QFontMetricsF fm(l.font);
            w = std::max(w, fm.horizontalAdvance(l.text));
            h += fm.height();
        }
        w = std::min(w, size.width() * 0.6);
        const QRectF box(margin, margin, w + 2 * pad, h + 2 * pad);
        p.setPen(QPen(kBorder, std::max(1.0, s)));
        p.setBrush(kBox);
        p.drawRoundedRect(box, 5 * s, 5 * s);
        double y = box.top() + pad;
        for (const Line& l : lines) {
            const QFontMetricsF fm(l.font);
            p.setFont(l.font);
            p.setPen(l.colour);
            p.drawText(QPointF(box.left() + pad, y + fm.ascent()), fm.elidedText(l.text, Qt::ElideRight, w));
            y += fm.height();
        }
    }
    // Legend, bottom left, at most half the height.
    if (!o.legend.empty()) {
        const QFont groupFont = overlayFont(13.5 * s, true), entryFont = overlayFont(12.5 * s);
        const QFontMetricsF gm(groupFont), em(entryFont);
        const double line = em.height() * 1.2, swatchW = 22 * s, gap = 7 * s;
        double w = 0, h = 0;
        for (const LegendGroup& g : o.legend) {
            w = std::max(w, gm.horizontalAdvance(g.title));
            h += gm.height() * 1.15;
            for (const LegendEntry& e : g.entries) {
                w = std::max(w, swatchW + gap + em.horizontalAdvance(e.label) + (e.ramp.empty() ? 0 : swatchW * 2));
                h += line;
            }
            h += 4 * s;
        }
        w = std::min(w, size.width() * 0.4);
        h = std::min(h - 4 * s, size.height() * 0.5);
        const QRectF box(margin, size.height() - margin - h - 2 * pad, w + 2 * pad, h + 2 * pad);
        p.setPen(QPen(kBorder, std::max(1.0, s)));
        p.setBrush(kBox);
        p.drawRoundedRect(box, 5 * s, 5 * s);
        double y = box.top() + pad;
        const double bottom = box.bottom() - pad;
        for (const LegendGroup& g : o.legend) {
            if (y + gm.height() > bottom + 0.5)
                break;
            p.setFont(groupFont);
            p.setPen(kInk);
            p.drawText(QPointF(box.left() + pad, y + gm.ascent()), gm.elidedText(g.title, Qt::ElideRight, w));
            y += gm.height() * 1.15;
            p.setFont(entryFont);
            for (const LegendEntry& e : g.entries) {
                if (y + line > bottom + 0.5)
                    break;
                const double sw = e.ramp.empty() ? swatchW : swatchW * 3;
                const QRectF swatch(box.left() + pad, y + line * 0.15, sw, line * 0.7);
                if (e.ramp.empty())
                    drawSwatch(p, swatch, e.symbol, e.kind, 96 * s);
                else
                    drawRampSwatch(p, swatch, e.ramp);
                p.setPen(kInk);
                const double textX = swatch.right() + gap;
                p.drawText(QRectF(textX, y, box.right() - pad - textX, line), Qt::AlignVCenter | Qt::TextSingleLine,
                           em.elidedText(e.label, Qt::ElideRight, box.right() - pad - textX));
                y += line;
            }
            y += 4 * s;
        }
    }
    if (!o.credits.isEmpty()) {
        const QFont f = overlayFont(10.5 * s);
        const QFontMetricsF fm(f);
        const QString text = fm.elidedText(o.credits, Qt::ElideLeft, size.width() * 0.5);
        const QRectF box(size.width() - margin - fm.horizontalAdvance(text) - 2 * pad * 0.6,
                         size.height() - margin - fm.height() - pad * 0.6, fm.horizontalAdvance(text) + 2 * pad * 0.6,
                         fm.height() + pad * 0.6);
        p.setPen(Qt::NoPen);
        p.setBrush(kBox);
        p.drawRect(box);
        p.setFont(f);
        p.setPen(kMuted);
        p.drawText(box, Qt::AlignCenter, text);
    }
    p.restore();
}

std::vector<QRgb> overlayColours(const FrameOverlay& o)
{
    std::vector<QRgb> out{kBox.rgb(), kInk.rgb(), kMuted.rgb(), kBorder.rgb()};
    for (const LegendGroup& g : o.legend)
        for (const LegendEntry& e : g.entries) {
            if (e.symbol.fill.alpha() > 0)
                out.push_back(over(e.symbol.fill, kBox));
            if (e.symbol.stroke.alpha() > 0 && e.symbol.strokeWidth > 0)
                out.push_back(over(e.symbol.stroke, kBox));
        }
    std::vector<QRgb> unique;
    for (QRgb c : out)
        if (std::find(unique.begin(), unique.end(), c) == unique.end())
            unique.push_back(c);
    return unique;
}

namespace {

/// The layers, legend, notes and credits of an animation of the project over `dates`.
AnimationSpec describeProject(const project::Project& project, const MapRect& extent, QSize size,
                              const std::vector<QDate>& dates, bool* anyChanges)
{
    AnimationSpec spec;
    spec.dates = dates;
    spec.map.crs = project.crs();
    spec.map.extent = extent;
    spec.map.size = size;
    const MapRect visible = spec.map.visibleExtent();
    spec.map.metresPerMapUnit = project.coordinates().groundMetresPerMapUnit(QPointF(visible.centerX(), visible.centerY()),
                                                                             spec.map.mapUnitsPerPixel());
    QStringList credits;
    bool anyTemporal = false;
    for (int i = 0; i < project.layerCount(); ++i) {
        const project::MapLayer& l = *project.layerAt(i);
        if (!l.isVisible() || (!l.dataCrs().isEmpty() && l.dataCrs() != project.crs().definition()))
            continue;
        AnimatedLayer a;
        a.snapshot = l.snapshot();
        if (l.kind() == project::MapLayer::Kind::Vector && l.store()) {
            a.base = l.baseStyled();
            a.temporal = l.temporalIndex();
            if (l.isTreatyStyled())
                a.treaty = l.treatyStyle();
            else if (l.restyleAt())
                a.restyleAt = [hook = l.restyleAt(), style = l.style(), store = l.store()](QDate d) { return hook(style, *store, d); };
            if (const auto total = l.runningTotal())
                spec.notes.push_back([total, name = l.name()](QDate d) { return project::runningTotalText(*total, name, d); });
            spec.legend.push_back(symbolLegend(l, dates));
            if (a.temporal) {
                anyTemporal = true;
                const auto index = a.temporal;
                const QString name = l.name();
                const bool accumulate = index->settings().mode == time::TemporalMode::Accumulate;
                spec.notes.push_back([index, name, accumulate](QDate d) {
                    return accumulate ? QCoreApplication::translate("Animation", "%1: %2 recorded by this date").arg(name, number(static_cast<qint64>(index->countAt(d))))
                                      : QCoreApplication::translate("Animation", "%1: %2 at this date").arg(name, number(static_cast<qint64>(index->countAt(d))));
                });
            }
        }
        if (const QString c = l.attribution(); !c.isEmpty() && !credits.contains(c))
            credits << c;
        spec.layers.push_back(std::move(a));
    }
    spec.credits = credits.join(QStringLiteral(" · "));
    *anyChanges = anyTemporal || std::any_of(spec.layers.begin(), spec.layers.end(), [](const AnimatedLayer& a) { return a.treaty != nullptr; });
    return spec;
}

} // namespace

FrameOverlay presentationOverlay(const project::Project& project, QDate date, const QString& title)
{
    bool changes = false;
    AnimationSpec spec = describeProject(project, MapRect{0, 0, 1, 1}, QSize(16, 9), {date}, &changes);
    spec.title = title;
    return FrameRenderer::overlayAt(spec, date);
}

Result<AnimationSpec> buildAnimation(const project::Project& project, const MapRect& extent, QSize size,
                                     const std::vector<QDate>& dates)
{
    if (dates.empty())
        return Error{QCoreApplication::translate("Animation", "the animation has no dates")};
    bool anyChanges = false;
    AnimationSpec spec = describeProject(project, extent, size, dates, &anyChanges);
    if (spec.layers.empty())
        return Error{QCoreApplication::translate("Animation", "no visible layer to animate")};
    if (!anyChanges)
        return Error{QCoreApplication::translate("Animation", "no visible layer changes with the date: give a layer its date fields (Layer ▸ "
                                    "Dates and time…) or show a country layer coloured by treaty status")};
    return spec;
}

QImage renderAnimationFrame(const AnimationSpec& spec, std::size_t index)
{
    const std::atomic<bool> cancel{false};
    FrameRenderer renderer(spec);
    return renderer.render(index, cancel);
}

Result<AnimationReport> writeAnimation(const AnimationSpec& spec, Feedback* feedback)
{
    if (spec.dates.empty())
        return Error{QCoreApplication::translate("Animation", "%1: the animation has no dates").arg(QFileInfo(spec.out).fileName())};
    if (spec.map.size.isEmpty() || spec.map.size.width() > 8192 || spec.map.size.height() > 8192)
        return Error{QCoreApplication::translate("Animation", "%1: frame size must be 1 to 8192 pixels each way").arg(QFileInfo(spec.out).fileName())};
    std::atomic<bool> cancel{false};
    auto canceled = [&] {
        if (feedback && feedback->isCanceled())
            cancel = true;
        return cancel.load();
    };
    const std::size_t n = spec.dates.size();
    FrameRenderer renderer(spec);
    std::unique_ptr<Encoder> encoder;
    switch (spec.format) {
    case AnimationFormat::Gif: {
        // The palette from the frames with the most on them, and the overlay's colours exactly.
        std::vector<QImage> samples{renderer.render(n - 1, cancel)};
        if (n > 2)
            samples.push_back(renderer.render(n / 2, cancel));
        if (samples.front().isNull())
            return Error{QCoreApplication::translate("Animation", "%1: the map could not be drawn").arg(QFileInfo(spec.out).fileName())};
        std::vector<QRgb> exact = overlayColours(FrameRenderer::overlayAt(spec, spec.dates.back()));
        auto writer = GifWriter::open(spec.out, {spec.map.size, exact, spec.loop}, samples);
        if (!writer)
            return Error{writer.error()};
        encoder = std::make_unique<GifEncoder>(std::move(writer.value()), spec);
        break;
    }
    case AnimationFormat::Mp4:
    case AnimationFormat::WebM: {
        auto ffmpeg = findFfmpeg();
        if (!ffmpeg)
            return Error{QStringLiteral("%1: %2").arg(QFileInfo(spec.out).fileName(), ffmpeg.error())};
        auto started = FfmpegEncoder::start(ffmpeg.value(), spec);
        if (!started)
            return Error{started.error()};
        encoder = std::move(started.value());
        break;
    }
    case AnimationFormat::PngFrames: {
        QString dir = spec.out;
        if (!QDir().mkpath(dir))
            return Error{QCoreApplication::translate("Animation", "%1: cannot create the folder for the frames").arg(QDir::toNativeSeparators(dir))};
        encoder = std::make_unique<PngFramesEncoder>(dir);
        break;
    }
    }
    // Draw on one thread (its layers spread over the pool) while this one encodes.
    FrameQueue queue(3);
    std::thread producer([&] {
        for (std::size_t i = 0; i < n && !cancel.load(); ++i)
            queue.push(renderer.render(i, cancel));
        queue.finish();
    });
    Result<bool> status = true;
    std::size_t written = 0;
    while (true) {
        QImage frame = queue.pop();
        if (frame.isNull())
            break;
        if (canceled())
            break;
        status = encoder->add(frame, written + 1 == n);
        if (!status)
            break;
        ++written;
        if (feedback)
            feedback->setProgress(static_cast<double>(written) / static_cast<double>(n));
    }
    cancel = cancel.load() || !status || written < n;
    queue.close();
    producer.join();
    if (!status) {
        encoder->abandon();
        return Error{status.error()};
    }
    if (written < n) {
        encoder->abandon();
        return Error{canceled() || (feedback && feedback->isCanceled()) ? QStringLiteral("canceled")
                                                                       : QCoreApplication::translate("Animation", "%1: the map could not be drawn").arg(QFileInfo(spec.out).fileName())};
    }
    if (auto ok = encoder->finish(); !ok)
        return Error{ok.error()};
    return AnimationReport{static_cast<int>(written), spec.out};
}

} // namespace mineatlas::exporting
