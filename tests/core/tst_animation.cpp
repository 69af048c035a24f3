#include <QtTest>

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "export/animation.h"
#include "feedback.h"
#include "gifdecode.h"
#include "project/project.h"

using namespace mineatlas;
using mineatlas::test::decode;

namespace {

const QColor kOpaque(0x12, 0x56, 0x9a);          // the squares' fill: opaque, so exact on the map
const QColor kTranslucent(0xf4, 0xa7, 0x18, 128); // a category whose swatch shows over the legend's white

/// Squares one map unit wide at x = 8, 10, 12 (y 4..6) on a 16 × 10 map, with start and end dates.
std::unique_ptr<project::MapLayer> squares(const std::vector<std::pair<QDate, QDate>>& dates)
{
    auto store = std::make_shared<data::FeatureStore>(QStringList{"start_date", "end_date", "kind"});
    double x = 8;
    for (const auto& [start, end] : dates) {
        store->beginFeature(data::GeometryKind::Polygon, {start, end.isValid() ? QVariant(end) : QVariant(), "a"});
        const double ring[] = {x, 4, x + 1, 4, x + 1, 6, x, 6, x, 4};
        store->addRing(ring, 5);
        x += 2;
    }
    store->finish();
    auto layer = std::make_unique<project::MapLayer>(project::MapLayer::Kind::Vector, "squares", "squares.gpkg");
    layer->setStore(store);
    render::VectorStyle style;
    style.base.fill = kOpaque;
    style.base.stroke = kOpaque;
    style.categoryField = "kind";
    render::Category other;
    other.value = "b"; // in the legend, not on the map
    other.label = "kind b";
    other.symbol = style.base;
    other.symbol.fill = kTranslucent;
    style.categories.push_back(other);
    layer->setStyle(style);
    return layer;
}

struct Scene {
    project::Project project;
    exporting::AnimationSpec spec;
};

std::unique_ptr<Scene> scene(time::TemporalMode mode, const std::vector<QDate>& frames)
{
    auto s = std::make_unique<Scene>();
    (void)s->project.setCrs(geo::Crs::wgs84());
    auto layer = squares({{QDate(2024, 1, 1), QDate(2024, 2, 1)}, {QDate(2024, 2, 1), {}}, {QDate(2024, 3, 1), {}}});
    time::TemporalSettings t;
    t.startField = "start_date";
    t.endField = mode == time::TemporalMode::Active ? "end_date" : QString();
    t.mode = mode;
    layer->setTemporal(t);
    s->project.addLayer(std::move(layer));
    auto spec = exporting::buildAnimation(s->project, MapRect{0, 0, 16, 10}, QSize(640, 400), frames);
    if (!spec)
        qFatal("%s", qPrintable(spec.error()));
    s->spec = std::move(spec.value());
    s->spec.framesPerSecond = 5;
    s->spec.holdLastSeconds = 1;
    s->spec.title = "Squares";
    return s;
}

/// The pixel at the centre of square `k` (map x = 8.5 + 2k, y = 5) on a 640 × 400 frame of 0..16 × 0..10.
QPoint centreOf(int k)
{
    return QPoint(static_cast<int>((8.5 + 2 * k) / 16.0 * 640), 200);
}

std::vector<QDate> monthly()
{
    return {QDate(2024, 1, 1), QDate(2024, 2, 1), QDate(2024, 3, 1)};
}

} // namespace

class TestAnimation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatsFollowTheName()
    {
        QCOMPARE(exporting::animationFormatOf("a/spread.GIF").value(), exporting::AnimationFormat::Gif);
        QCOMPARE(exporting::animationFormatOf("spread.mp4").value(), exporting::AnimationFormat::Mp4);
        QCOMPARE(exporting::animationFormatOf("spread.webm").value(), exporting::AnimationFormat::WebM);
        QCOMPARE(exporting::animationFormatOf("frames/").value(), exporting::AnimationFormat::PngFrames);
        QVERIFY(exporting::animationFormatOf("spread.avi").error().contains("spread.avi"));
    }

    void gifHasEveryFrameItsDelaysAndTheLegendColoursExactly()
    {
        QTemporaryDir dir;
        auto s = scene(time::TemporalMode::Accumulate, monthly());
        s->spec.out = dir.filePath("spread.gif");
        auto written = exporting::writeAnimation(s->spec);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written->frames, 3);
        const auto gif = decode(s->spec.out);
        QCOMPARE(gif.width, 640);
        QCOMPARE(gif.height, 400);
        QCOMPARE(gif.frames.size(), std::size_t(3));
        // 5 frames a second = 20 cs; the last is held one second longer.
        QCOMPARE(gif.delays, (std::vector<int>{20, 20, 120}));
        // Accumulating: square k appears on its date and stays.
        for (int frame = 0; frame < 3; ++frame)
            for (int k = 0; k < 3; ++k)
                QCOMPARE(gif.frames[frame].pixel(centreOf(k)) == kOpaque.rgb(), k <= frame);
        // The translucent category's swatch is shown over the legend's white: that colour is in the
        // palette exactly and on the frame.
        const QRgb swatch = qRgb((0xf4 * 128 + 255 * 127 + 127) / 255, (0xa7 * 128 + 255 * 127 + 127) / 255,
                                 (0x18 * 128 + 255 * 127 + 127) / 255);
        QVERIFY(std::find(gif.palette.begin(), gif.palette.end(), swatch) != gif.palette.end());
        int swatchPixels = 0;
        const QImage& last = gif.frames.back();
        for (int y = 200; y < 400; ++y)
            for (int x = 0; x < 200; ++x)
                swatchPixels += last.pixel(x, y) == swatch;
        QVERIFY2(swatchPixels > 20, qPrintable(QString::number(swatchPixels)));
        // The count under the date follows it.
        QCOMPARE(s->spec.notes.size(), std::size_t(1));
        QCOMPARE(s->spec.notes[0](QDate(2024, 2, 1)), QStringLiteral("squares: 2 recorded by this date"));
    }

    void activeLayersLoseFeaturesOnTheirEndDate()
    {
        QTemporaryDir dir;
        auto s = scene(time::TemporalMode::Active, monthly());
        s->spec.out = dir.filePath("active.gif");
        QVERIFY(exporting::writeAnimation(s->spec).ok());
        const auto gif = decode(s->spec.out);
        QCOMPARE(gif.frames[0].pixel(centreOf(0)), kOpaque.rgb());
        QVERIFY(gif.frames[1].pixel(centreOf(0)) != kOpaque.rgb()); // ends 1 Feb: gone on 1 Feb
        QCOMPARE(gif.frames[1].pixel(centreOf(1)), kOpaque.rgb());
    }

    void framesAddedToTheLastMatchAFullRedraw()
    {
        // Weekly frames: most add nothing, some add a square; each must equal a frame drawn whole.
        QTemporaryDir dir;
        std::vector<QDate> weeks;
        for (QDate d(2023, 12, 25); d <= QDate(2024, 3, 11); d = d.addDays(7))
            weeks.push_back(d);
        auto s = scene(time::TemporalMode::Accumulate, weeks);
        s->spec.out = dir.filePath("frames/");
        s->spec.format = exporting::AnimationFormat::PngFrames;
        auto written = exporting::writeAnimation(s->spec);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written->frames, static_cast<int>(weeks.size()));
        QCOMPARE(QDir(dir.filePath("frames")).entryList({"frame-*.png"}).size(), static_cast<int>(weeks.size()));
        for (std::size_t i = 0; i < weeks.size(); ++i) {
            const QImage written = QImage(dir.filePath(QStringLiteral("frames/frame-%1.png").arg(i + 1, 4, 10, QLatin1Char('0'))))
                                       .convertToFormat(QImage::Format_RGB32);
            const QImage whole = exporting::renderAnimationFrame(s->spec, i).convertToFormat(QImage::Format_RGB32);
            QCOMPARE(written.size(), whole.size());
            QVERIFY2(written == whole, qPrintable(weeks[i].toString(Qt::ISODate)));
        }
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        auto s = scene(time::TemporalMode::Accumulate, monthly());
        s->spec.out = dir.filePath("canceled.gif");
        Feedback feedback;
        feedback.cancel();
        auto written = exporting::writeAnimation(s->spec, &feedback);
        QVERIFY(!written.ok());
        QCOMPARE(written.error(), QStringLiteral("canceled"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void videoThroughFfmpegAndAClearMessageWithout()
    {
        // scripts/setup installs ffmpeg: its absence here is a broken machine, not a reason to skip.
        const QString ffmpeg = QStandardPaths::findExecutable("ffmpeg");
        QVERIFY2(!ffmpeg.isEmpty(), "ffmpeg is not on PATH (scripts/setup installs it)");
        QTemporaryDir dir;
        auto s = scene(time::TemporalMode::Accumulate, monthly());
        for (const char* name : {"spread.mp4", "spread.webm"}) {
            s->spec.out = dir.filePath(name);
            s->spec.format = exporting::animationFormatOf(s->spec.out).value();
            auto written = exporting::writeAnimation(s->spec);
            QVERIFY2(written.ok(), qPrintable(written.error()));
            // ffprobe counts the frames: 3, and the last held for 1 s at 5 frames a second.
            QProcess probe;
            probe.start(QFileInfo(ffmpeg).dir().filePath("ffprobe"),
                        {"-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                         "stream=nb_read_frames,width,height", "-of", "csv=p=0", s->spec.out});
            QVERIFY(probe.waitForFinished(60000));
            const QString out = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
            QCOMPARE(out, QStringLiteral("640,400,8"));
        }
        // Without ffmpeg on PATH: a message that says what to install, and no file.
        const QByteArray path = qgetenv("PATH");
        QTemporaryDir empty;
        qputenv("PATH", empty.path().toUtf8());
        s->spec.out = dir.filePath("none.mp4");
        auto refused = exporting::writeAnimation(s->spec);
        qputenv("PATH", path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains("none.mp4") && refused.error().contains("ffmpeg, which is not installed") &&
                     refused.error().contains("apt install ffmpeg"),
                 qPrintable(refused.error()));
        QVERIFY(!QFileInfo::exists(s->spec.out));
    }

    void aHeatmapKeepsOneScaleThroughTheAnimation()
    {
        // One incident at (8, 5) in January, nine more there by March: January must look cooler.
        auto store = std::make_shared<data::FeatureStore>(QStringList{"incident_date"});
        for (int k = 0; k < 10; ++k) {
            store->beginFeature(data::GeometryKind::Point, {k == 0 ? QDate(2024, 1, 1) : QDate(2024, 3, 1)});
            const double xy[] = {8, 5};
            store->addRing(xy, 1);
        }
        store->finish();
        auto layer = std::make_unique<project::MapLayer>(project::MapLayer::Kind::Vector, "incidents", "incidents.gpkg");
        layer->setStore(store);
        layer->setTemporal(time::detectTemporalFields(*store));
        render::HeatmapStyle h;
        h.radius = 30;
        layer->setHeatmap(h);
        project::Project project;
        (void)project.setCrs(geo::Crs::wgs84());
        project.addLayer(std::move(layer));
        auto spec = exporting::buildAnimation(project, MapRect{0, 0, 16, 10}, QSize(640, 400), monthly());
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        const QColor january = exporting::renderAnimationFrame(spec.value(), 0).pixelColor(320, 200);
        const QColor march = exporting::renderAnimationFrame(spec.value(), 2).pixelColor(320, 200);
        QVERIFY2(january.rgb() != march.rgb(), qPrintable(january.name()));
        // Scaled frame by frame both would be the ramp's top; on one scale January is a tenth.
        QVERIFY2(std::abs(january.red() - march.red()) + std::abs(january.green() - march.green()) +
                         std::abs(january.blue() - march.blue()) > 120,
                 qPrintable(january.name() + " " + march.name()));
    }

    void aMapWithNothingThatChangesIsRefused()
    {
        project::Project project;
        (void)project.setCrs(geo::Crs::wgs84());
        project.addLayer(squares({{QDate(2024, 1, 1), {}}}));
        auto spec = exporting::buildAnimation(project, MapRect{0, 0, 16, 10}, QSize(320, 200), monthly());
        QVERIFY(!spec.ok());
        QVERIFY(spec.error().contains("changes with the date"));
    }
};

QTEST_MAIN(TestAnimation)
#include "tst_animation.moc"
