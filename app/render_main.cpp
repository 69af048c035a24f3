// mineatlas-render: the map renderer without a window (QtCore/QtGui only).
// mineatlas-render --size WxH --crs EPSG:N --extent XMIN,YMIN,XMAX,YMAX [--bench N] --out OUT.png LAYER...
// mineatlas-render --project FILE.mineatlas --out OUT.png

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

#include <gdal.h>

#include "data/storecache.h"
#include "data/vectorloader.h"
#include "geo/mapcoordinates.h"
#include "project/maplayer.h"
#include "export/animation.h"
#include "export/pagewriter.h"
#include "feedback.h"
#include "language.h"
#include "project/layerfactory.h"
#include "project/project.h"
#include "render_layout.h"
#include "render_project.h"
#include "render/renderjob.h"
#include "uilocale.h"
#include "treaty/countrymatcher.h"
#include "treaty/treatystyle.h"

using namespace mineatlas;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "mineatlas-render: %s\n", qPrintable(message));
    return 2;
}

/// "path" or "path|layername" (GDAL's convention) → a loaded layer.
Result<std::unique_ptr<project::MapLayer>> loadLayer(const QString& spec, const geo::Crs& crs,
                                                     int layerNumber,
                                                     const std::shared_ptr<const treaty::TreatyTable>& table,
                                                     const data::StoreCache* cache,
                                                     const QStringList& highlighted)
{
    QString path = spec, layerName;
    if (const int bar = spec.indexOf(QLatin1Char('|')); bar > 0) {
        path = spec.left(bar);
        layerName = spec.mid(bar + 1).section(QLatin1Char('='), -1);
    }
    auto info = data::inspectDataset(path, cache);
    if (!info)
        return Error{info.error()};
    if (info->layers.empty() && info->isRaster) {
        auto layer = std::make_unique<project::MapLayer>(project::MapLayer::Kind::Raster,
                                                         QFileInfo(path).baseName(), path);
        return layer;
    }
    auto data = data::loadVectorLayer(path, layerName, crs, nullptr, cache);
    if (!data)
        return Error{data.error()};
    for (const QString& w : data->warnings)
        std::fprintf(stderr, "warning: %s\n", qPrintable(w));
    // The same layer the app makes: default or IMAS style, treaty style for border layers.
    const auto countries = table ? project::detectCountries(*data->store, *table) : std::nullopt;
    return project::makeVectorLayer(path, data.value(), layerNumber, {table, highlighted}, countries);
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void printTreatyTable(const treaty::TreatyTable& table, QDate date)
{
    std::printf("iso3,name,status,flags,since\n");
    for (const treaty::TreatyRecord& r : table.records()) {
        const treaty::StatusAtDate s = treaty::statusAt(r, date);
        QString status = treaty::statusKey(s.status);
        if (s.status == treaty::TreatyStatus::Uncertain)
            status += QStringLiteral(" (%1 or %2)")
                          .arg(treaty::statusKey(s.ifHappened), treaty::statusKey(s.ifNotYet));
        std::printf("%s,%s,%s,%s,%s\n", qPrintable(r.iso3), qPrintable(csvField(r.name)),
                    qPrintable(csvField(status)),
                    qPrintable(csvField(treaty::flagsText(s.flags, QStringLiteral("|")))),
                    qPrintable(s.since.text()));
    }
    const auto [certain, possible] = treaty::partiesRangeAt(table, date);
    if (certain == possible)
        std::printf("parties %d\n", certain);
    else
        std::printf("parties %d (up to %d: %d deposit dates are known only roughly)\n", certain, possible,
                    possible - certain);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    // Offscreen platform: QPainter text needs a QGuiApplication, but never a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mineatlas-render"));
    GDALAllRegister();
    data::configureGdal();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Renders map layers to a PNG without a window. The first LAYER is drawn on top.\n"
        "LAYER is a file path (GeoPackage, Shapefile, GeoJSON, GeoTIFF, ...), or path|layername."));
    parser.addHelpOption();
    QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Image size in pixels."),
                               QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    QCommandLineOption crsOpt(QStringLiteral("crs"), QStringLiteral("Map CRS, e.g. EPSG:3857 (default)."),
                              QStringLiteral("CRS"), QStringLiteral("EPSG:3857"));
    QCommandLineOption extentOpt(QStringLiteral("extent"),
                                 QStringLiteral("Map extent in map CRS units (default: all layers)."),
                                 QStringLiteral("XMIN,YMIN,XMAX,YMAX"));
    QCommandLineOption benchOpt(
        QStringLiteral("bench"),
        QStringLiteral("One first render, then N full redraws bypassing the map image cache (the "
                       "level of detail and small-feature images built by the first are kept, as in "
                       "the app); prints timings."),
        QStringLiteral("N"));
    QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Output PNG file."),
                              QStringLiteral("OUT.png"));
    QCommandLineOption noLodOpt(QStringLiteral("no-lod"),
                                QStringLiteral("Draw full geometry at every scale."));
    QCommandLineOption noLevelsOpt(QStringLiteral("no-aggregate-levels"),
                                   QStringLiteral("Draw small features one by one in every render rather than "
                                                  "from an image of them kept per scale."));
    QCommandLineOption dateOpt(
        QStringLiteral("date"),
        QStringLiteral("Treaty status as of this date (default: today): country layers are "
                       "coloured by it and the date is written on the map."),
        QStringLiteral("YYYY-MM-DD"));
    QCommandLineOption tableOpt(
        QStringLiteral("treaty-table"),
        QStringLiteral("Print iso3,name,status,flags,since for every state at --date as CSV, "
                       "then \"parties N\"; no map is drawn."));
    QCommandLineOption highlightOpt(
        QStringLiteral("highlight"),
        QStringLiteral("ISO3 codes of the states to outline and label on treaty maps "
                       "(default: POL,FIN,EST,LVA,LTU,UKR,USA,RUS,CHN,VNM)."),
        QStringLiteral("ISO3,..."));
    QCommandLineOption cacheOpt(
        QStringLiteral("cache"),
        QStringLiteral("Keep prepared layers in DIR and reuse them when a file is opened again "
                       "(default: the app's cache, ~/.cache/MineAtlas/layers, for files of 8 MB and more)."),
        QStringLiteral("DIR"));
    QCommandLineOption noCacheOpt(QStringLiteral("no-cache"), QStringLiteral("Read every file with GDAL, no cache."));
    QCommandLineOption layoutOpt(QStringLiteral("layout"),
                                 QStringLiteral("Write a finished page instead of a bare map: \"map\" (title, map, legend, "
                                                "scale bar, north arrow, date, sources) or \"brief\" (the same with the "
                                                "countries in the frame and hazard statistics). OUT is .pdf, .svg or .png."),
                                 QStringLiteral("map|brief"));
    QCommandLineOption titleOpt(QStringLiteral("title"), QStringLiteral("Page title."), QStringLiteral("TEXT"));
    QCommandLineOption subtitleOpt(QStringLiteral("subtitle"), QStringLiteral("Page subtitle."), QStringLiteral("TEXT"));
    QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("A4 (default), A3 or Letter."), QStringLiteral("SIZE"));
    QCommandLineOption landscapeOpt(QStringLiteral("landscape"), QStringLiteral("Landscape page (default portrait)."));
    QCommandLineOption dpiOpt(QStringLiteral("dpi"), QStringLiteral("PNG resolution, 36–600 (default 300)."),
                              QStringLiteral("N"));
    QCommandLineOption templateOpt(QStringLiteral("template"),
                                   QStringLiteral("Page settings from a layout template (docs/layout-template.md); "
                                                  "options given as well override it."),
                                   QStringLiteral("FILE"));
    QCommandLineOption tableFileOpt(QStringLiteral("treaty-file"),
                                    QStringLiteral("Use this treaty table instead of the built-in one."),
                                    QStringLiteral("CSV"));
    QCommandLineOption heatmapOpt(
        QStringLiteral("heatmap"),
        QStringLiteral("Draw the first point LAYER as a heatmap: kernel radius in pixels, or metres with \"m\", "
                       "and an optional weight field, e.g. 20:victims or 500m:victims."),
        QStringLiteral("RADIUS[:FIELD]"));
    parser.addOption(heatmapOpt);
    QCommandLineOption animateOpt(
        QStringLiteral("animate"),
        QStringLiteral("Write an animation from FROM to TO (YYYY-MM-DD) by STEP (ISO 8601: P1D, P7D, P1M, P1Y) to OUT: "
                       ".gif, .mp4 or .webm (ffmpeg), or a folder ending in / for PNG frames. Date caption, legend and "
                       "counts are burned in. Layers with date fields follow the date; country layers follow it by treaty status."),
        QStringLiteral("FROM,TO,STEP"));
    QCommandLineOption timeFieldOpt(QStringLiteral("time-field"),
                                    QStringLiteral("The first LAYER's date field (its features accumulate from that date; "
                                                   "default: a date field found by its name)."),
                                    QStringLiteral("FIELD"));
    QCommandLineOption timeEndOpt(QStringLiteral("time-end-field"),
                                  QStringLiteral("With --time-field: the first LAYER's end date field; features are shown "
                                                 "from start (included) to end (excluded)."),
                                  QStringLiteral("FIELD"));
    QCommandLineOption langOpt(QStringLiteral("lang"),
                               QStringLiteral("Language of the legend and page text: en, uk or zh_CN (default: the "
                                              "app's Preferences choice, else the system's)."),
                               QStringLiteral("LANG"));
    parser.addOption(langOpt);
    QCommandLineOption fpsOpt(QStringLiteral("fps"), QStringLiteral("Animation frames per second (default 4)."), QStringLiteral("N"));
    parser.addOptions({animateOpt, timeFieldOpt, timeEndOpt, fpsOpt});
    QCommandLineOption projectOpt(QStringLiteral("project"),
                                  QStringLiteral("Render a saved MineAtlas project (.mineatlas) as the window showed it: its "
                                                 "layers, styles, joins, view, date and canvas size (--size overrides it)."),
                                  QStringLiteral("FILE"));
    parser.addOption(projectOpt);
    parser.addOptions({sizeOpt, crsOpt, extentOpt, benchOpt, outOpt, noLodOpt, noLevelsOpt, dateOpt, tableOpt, tableFileOpt,
                       cacheOpt, noCacheOpt, highlightOpt, layoutOpt, titleOpt, subtitleOpt, pageOpt, landscapeOpt,
                       dpiOpt, templateOpt});
    parser.addPositionalArgument(QStringLiteral("LAYER"), QStringLiteral("Layers to draw, top first."),
                                 QStringLiteral("LAYER..."));
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText() + QStringLiteral("\n") + parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    // The app's settings (this binary has its own application name).
    QString language = QSettings(QStringLiteral("MineAtlas"), QStringLiteral("MineAtlas"))
                           .value(QLatin1String(kLanguageKey)).toString();
    if (parser.isSet(langOpt)) {
        language = parser.value(langOpt);
        if (!interfaceLanguages().contains(language))
            return fail(QStringLiteral("--lang must be one of %1, got \"%2\"")
                            .arg(interfaceLanguages().join(QStringLiteral(", ")), language));
    }
    applyLanguage(language);

    QDate date = QDate::currentDate();
    if (parser.isSet(dateOpt)) {
        date = QDate::fromString(parser.value(dateOpt), Qt::ISODate);
        if (!date.isValid())
            return fail(QStringLiteral("--date must be YYYY-MM-DD, got \"%1\"").arg(parser.value(dateOpt)));
    }
    auto table = parser.isSet(tableFileOpt) ? treaty::TreatyTable::load(parser.value(tableFileOpt))
                                            : treaty::TreatyTable::loadBuiltIn();
    if (!table)
        return fail(table.error());
    if (parser.isSet(tableOpt)) {
        printTreatyTable(*table.value(), date);
        return 0;
    }

    const QStringList sizeParts = parser.value(sizeOpt).split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int width = sizeParts.value(0).toInt(&okW), height = sizeParts.value(1).toInt(&okH);
    if (sizeParts.size() != 2 || !okW || !okH || width <= 0 || height <= 0 || width > 20000 || height > 20000)
        return fail(QStringLiteral("--size must be WxH with positive integers up to 20000, got \"%1\"")
                        .arg(parser.value(sizeOpt)));
    auto crs = geo::Crs::fromUserString(parser.value(crsOpt));
    if (!crs)
        return fail(QStringLiteral("--crs: %1").arg(crs.error()));
    if (!parser.isSet(outOpt))
        return fail(QStringLiteral("--out OUT.png is required (with --layout: OUT.pdf, .svg or .png)"));
    int benchRuns = 0;
    if (parser.isSet(benchOpt)) {
        bool ok = false;
        benchRuns = parser.value(benchOpt).toInt(&ok);
        if (!ok || benchRuns < 1)
            return fail(QStringLiteral("--bench needs a positive number of runs, got \"%1\"")
                            .arg(parser.value(benchOpt)));
    }
    std::optional<MapRect> extent;
    if (parser.isSet(extentOpt)) {
        const QStringList p = parser.value(extentOpt).split(QLatin1Char(','));
        bool ok[4] = {false, false, false, false};
        double v[4] = {0, 0, 0, 0};
        for (int i = 0; i < 4 && i < p.size(); ++i)
            v[i] = p[i].trimmed().toDouble(&ok[i]);
        if (p.size() != 4 || !ok[0] || !ok[1] || !ok[2] || !ok[3] || v[2] <= v[0] || v[3] <= v[1])
            return fail(QStringLiteral(
                            "--extent must be XMIN,YMIN,XMAX,YMAX with XMIN<XMAX and YMIN<YMAX, got \"%1\"")
                            .arg(parser.value(extentOpt)));
        extent = MapRect{v[0], v[1], v[2], v[3]};
    }
    if (parser.isSet(projectOpt)) {
        std::optional<data::StoreCache> projectCache;
        if (parser.isSet(cacheOpt))
            projectCache.emplace(parser.value(cacheOpt));
        else if (!parser.isSet(noCacheOpt))
            projectCache.emplace(data::StoreCache::userCache());
        const int code = renderProject(parser.value(projectOpt), parser.value(outOpt),
                                       parser.isSet(sizeOpt) ? std::optional<QSize>(QSize(width, height)) : std::nullopt,
                                       table.value(), projectCache ? &*projectCache : nullptr);
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(code);
    }
    const QStringList layerSpecs = parser.positionalArguments();
    if (layerSpecs.isEmpty())
        return fail(QStringLiteral("no LAYER given\n") + parser.helpText());

    const QStringList highlighted =
        parser.isSet(highlightOpt)
            ? parser.value(highlightOpt).toUpper().split(QLatin1Char(','), Qt::SkipEmptyParts)
            : treaty::TreatyStyle::defaultHighlighted();
    std::optional<data::StoreCache> cache;
    if (parser.isSet(cacheOpt))
        cache.emplace(parser.value(cacheOpt));
    else if (!parser.isSet(noCacheOpt))
        cache.emplace(data::StoreCache::userCache());
    QElapsedTimer loadTimer;
    loadTimer.start();
    std::vector<std::unique_ptr<project::MapLayer>> layers;
    for (const QString& spec : layerSpecs) {
        auto layer = loadLayer(spec, crs.value(), static_cast<int>(layerSpecs.size() - 1 - layers.size()),
                               table.value(), cache ? &*cache : nullptr, highlighted);
        if (!layer)
            return fail(layer.error());
        layers.push_back(std::move(layer.value()));
    }
    const double loadMs = static_cast<double>(loadTimer.nsecsElapsed()) / 1e6;
    if (parser.isSet(heatmapOpt)) {
        auto style = render::HeatmapStyle::parse(parser.value(heatmapOpt));
        if (!style)
            return fail(QStringLiteral("--heatmap: %1").arg(style.error()));
        // The first point layer (the first LAYER in the benchmark's call).
        auto points = std::find_if(layers.begin(), layers.end(), [](const auto& l) {
            return l->store() && l->store()->dominantKind() == data::GeometryKind::Point;
        });
        if (points == layers.end())
            return fail(QStringLiteral("--heatmap: no LAYER is a point layer"));
        project::MapLayer& first = **points;
        const QString spec = layerSpecs[static_cast<int>(points - layers.begin())];
        if (!style->weightField.isEmpty() && !first.store()->fieldNames().contains(style->weightField))
            return fail(QStringLiteral("--heatmap: %1 has no field \"%2\" (fields: %3)")
                            .arg(spec, style->weightField, first.store()->fieldNames().join(QStringLiteral(", "))));
        first.setHeatmap(style.value());
    }

    render::MapSettings settings;
    settings.crs = crs.value();
    settings.size = QSize(width, height);
    settings.useLevelOfDetail = !parser.isSet(noLodOpt);
    settings.aggregateLevels = !parser.isSet(noLevelsOpt);
    if (extent) {
        settings.extent = *extent;
    } else {
        MapRect all;
        for (const auto& l : layers)
            all.include(l->extent());
        if (all.isEmpty())
            return fail(QStringLiteral("the layers are empty; give --extent"));
        // A single point has no size: show a sensible neighbourhood around it.
        const double pad = std::max(all.width(), all.height()) > 0
                               ? std::max(all.width(), all.height()) * 0.02
                               : (crs->isGeographic() ? 0.05 : 5000.0);
        settings.extent = all.buffered(pad);
    }
    if (parser.isSet(layoutOpt)) {
        LayoutRequest request;
        if (parser.isSet(templateOpt)) {
            auto loaded = exporting::LayoutSettings::load(parser.value(templateOpt));
            if (!loaded)
                return fail(loaded.error());
            request.settings = loaded.value();
        } else {
            request.settings.landscape = false; // the command line's default: portrait
        }
        exporting::LayoutSettings& s = request.settings;
        const QString kind = parser.value(layoutOpt);
        if (kind != QLatin1String("map") && kind != QLatin1String("brief"))
            return fail(QStringLiteral("--layout must be map or brief, got \"%1\"").arg(kind));
        s.kind = kind == QLatin1String("map") ? exporting::LayoutSettings::Kind::Map
                                              : exporting::LayoutSettings::Kind::Brief;
        if (parser.isSet(titleOpt))
            s.title = parser.value(titleOpt);
        if (parser.isSet(subtitleOpt))
            s.subtitle = parser.value(subtitleOpt);
        if (parser.isSet(pageOpt) && !exporting::LayoutSettings::pageFromName(parser.value(pageOpt), s.page))
            return fail(QStringLiteral("--page must be A4, A3 or Letter, got \"%1\"").arg(parser.value(pageOpt)));
        if (parser.isSet(landscapeOpt))
            s.landscape = true;
        if (parser.isSet(dpiOpt)) {
            bool ok = false;
            s.dpi = parser.value(dpiOpt).toInt(&ok);
            if (!ok || s.dpi < 36 || s.dpi > 600)
                return fail(QStringLiteral("--dpi must be 36 to 600, got \"%1\"").arg(parser.value(dpiOpt)));
        }
        if (auto format = exporting::formatOf(parser.value(outOpt)); !format)
            return fail(format.error());
        request.out = parser.value(outOpt);
        request.crs = crs.value();
        request.extent = settings.extent;
        request.date = date;
        request.layers = std::move(layers);
        request.benchRuns = benchRuns;
        const int code = writeLayout(std::move(request));
        // Everything is written and renamed into place: skip tearing down what the process
        // built (large layers take tens of milliseconds to free; the OS does it at once).
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(code);
    }
    if (parser.isSet(animateOpt)) {
        const QStringList parts = parser.value(animateOpt).split(QLatin1Char(','));
        const QDate from = QDate::fromString(parts.value(0).trimmed(), Qt::ISODate);
        const QDate to = QDate::fromString(parts.value(1).trimmed(), Qt::ISODate);
        auto step = time::Step::parse(parts.value(2).trimmed());
        if (parts.size() != 3 || !from.isValid() || !to.isValid())
            return fail(QStringLiteral("--animate must be FROM,TO,STEP, e.g. 2022-01-01,2026-01-01,P1M; got \"%1\"")
                            .arg(parser.value(animateOpt)));
        if (!step)
            return fail(QStringLiteral("--animate: %1").arg(step.error()));
        auto dates = time::frameDates(from, to, step.value());
        if (!dates)
            return fail(QStringLiteral("--animate: %1").arg(dates.error()));
        auto format = exporting::animationFormatOf(parser.value(outOpt));
        if (!format)
            return fail(format.error());
        for (std::size_t i = 0; i < layers.size(); ++i) {
            project::MapLayer& l = *layers[i];
            if (!l.store())
                continue;
            if (i == 0 && parser.isSet(timeFieldOpt)) {
                time::TemporalSettings t;
                t.startField = parser.value(timeFieldOpt);
                t.endField = parser.value(timeEndOpt);
                t.mode = t.endField.isEmpty() ? time::TemporalMode::Accumulate : time::TemporalMode::Active;
                for (const QString& f : {t.startField, t.endField})
                    if (!f.isEmpty() && !l.store()->fieldNames().contains(f))
                        return fail(QStringLiteral("--time-field: %1 has no field \"%2\" (fields: %3)")
                                        .arg(layerSpecs.front(), f, l.store()->fieldNames().join(QStringLiteral(", "))));
                l.setTemporal(t);
            } // the others follow the date as the app's layers do (layerfactory: obvious date fields, land release)
        }
        project::Project project;
        if (auto ok = project.setCrs(crs.value()); !ok)
            return fail(ok.error());
        project.setDate(dates->front());
        for (auto& l : layers)
            project.addLayer(std::move(l), project.layerCount());
        auto spec = exporting::buildAnimation(project, settings.extent, settings.size, dates.value());
        if (!spec)
            return fail(spec.error());
        spec->out = parser.value(outOpt);
        spec->format = format.value();
        spec->title = parser.isSet(titleOpt) ? parser.value(titleOpt) : QString();
        if (step->days == 0 && step->months + step->years > 0)
            spec->dateFormat = QStringLiteral("MMMM yyyy");
        if (parser.isSet(fpsOpt)) {
            bool ok = false;
            spec->framesPerSecond = parser.value(fpsOpt).toDouble(&ok);
            if (!ok || spec->framesPerSecond < 0.1 || spec->framesPerSecond > 60)
                return fail(QStringLiteral("--fps must be 0.1 to 60, got \"%1\"").arg(parser.value(fpsOpt)));
        }
        QElapsedTimer timer;
        timer.start();
        auto written = exporting::writeAnimation(spec.value());
        if (!written)
            return fail(written.error());
        std::printf("animation %d frames in %.0f ms: %s\n", written->frames, static_cast<double>(timer.nsecsElapsed()) / 1e6,
                    qPrintable(written->path));
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(0);
    }
    if (auto coordinates = geo::MapCoordinates::create(settings.crs))
        settings.metresPerMapUnit = coordinates.value()->groundMetresPerMapUnit(
            QPointF(settings.visibleExtent().centerX(), settings.visibleExtent().centerY()), settings.mapUnitsPerPixel());
    bool anyTreaty = false;
    for (const auto& l : layers) {
        l->setDate(date);
        anyTreaty = anyTreaty || l->isTreatyStyled();
        settings.layers.push_back(l->snapshot());
    }
    if (anyTreaty)
        settings.title = QCoreApplication::translate("mineatlas::treaty::TreatyController", "Ottawa Treaty status as of %1")
                             .arg(localLongDate(date));

    std::atomic<bool> cancel{false};
    QElapsedTimer timer;
    timer.start();
    render::RenderResult result = render::renderMap(settings, cancel);
    const double firstMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    for (const QString& e : result.errors)
        std::fprintf(stderr, "error: %s\n", qPrintable(e));
    for (const QString& w : result.warnings)
        std::fprintf(stderr, "warning: %s\n", qPrintable(w));
    if (benchRuns > 0) {
        std::vector<double> times;
        for (int i = 0; i < benchRuns; ++i) {
            timer.restart();
            result = render::renderMap(settings, cancel); // no cache: a full redraw every time
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("load_ms %.1f\n", loadMs);
        std::printf("first_render_ms %.1f\n", firstMs);
        std::printf("render_ms min %.1f median %.1f\n", *std::min_element(times.begin(), times.end()),
                    median(times));
    }
    if (!result.image.save(parser.value(outOpt)))
        return fail(QStringLiteral("cannot write %1").arg(parser.value(outOpt)));
    if (!result.errors.isEmpty())
        return 1;
    return 0;
}
