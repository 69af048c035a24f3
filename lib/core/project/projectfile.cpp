#include "project/projectfile.h"

#include <algorithm>
#include <functional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "hazard/teamworkspace.h"

namespace mineatlas::project {

namespace {

const QString kKind = QStringLiteral("mineatlas-project");

QString tr(const char* text)
{
    return QCoreApplication::translate("mineatlas::project::ProjectFile", text);
}

// ---- values ----------------------------------------------------------------------------------

QJsonValue colourToJson(const QColor& c)
{
    return c.isValid() ? QJsonValue(c.name(c.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb)) : QJsonValue();
}

QColor colourFromJson(const QJsonValue& v, const QColor& fallback)
{
    if (!v.isString())
        return fallback;
    const QColor c = QColor::fromString(v.toString());
    return c.isValid() ? c : fallback;
}

QJsonObject symbolToJson(const render::Symbol& s)
{
    return {{QStringLiteral("fill"), colourToJson(s.fill)},
            {QStringLiteral("stroke"), colourToJson(s.stroke)},
            {QStringLiteral("strokeWidth"), s.strokeWidth},
            {QStringLiteral("markerSize"), s.markerSize},
            {QStringLiteral("hatch"), static_cast<int>(s.hatch)},
            {QStringLiteral("hatchColor"), colourToJson(s.hatchColor)},
            {QStringLiteral("strokeStyle"), static_cast<int>(s.strokeStyle)},
            {QStringLiteral("markerBelowPx"), s.markerBelowPx}};
}

render::Symbol symbolFromJson(const QJsonObject& o)
{
    render::Symbol s;
    s.fill = colourFromJson(o.value(QStringLiteral("fill")), s.fill);
    s.stroke = colourFromJson(o.value(QStringLiteral("stroke")), s.stroke);
    s.strokeWidth = o.value(QStringLiteral("strokeWidth")).toDouble(s.strokeWidth);
    s.markerSize = o.value(QStringLiteral("markerSize")).toDouble(s.markerSize);
    s.hatch = static_cast<Qt::BrushStyle>(
        std::clamp(o.value(QStringLiteral("hatch")).toInt(s.hatch), 0, static_cast<int>(Qt::ConicalGradientPattern)));
    s.hatchColor = colourFromJson(o.value(QStringLiteral("hatchColor")), s.hatchColor);
    s.strokeStyle = static_cast<Qt::PenStyle>(
        std::clamp(o.value(QStringLiteral("strokeStyle")).toInt(s.strokeStyle), 0, static_cast<int>(Qt::DashDotDotLine)));
    s.markerBelowPx = o.value(QStringLiteral("markerBelowPx")).toDouble(s.markerBelowPx);
    return s;
}

QJsonArray categoriesToJson(const std::vector<render::Category>& categories)
{
    QJsonArray a;
    for (const render::Category& c : categories)
        // Values are compared as text by the renderer, so text is what is kept.
        a.append(QJsonObject{{QStringLiteral("value"), c.value.isNull() ? QJsonValue() : QJsonValue(c.value.toString())},
                             {QStringLiteral("label"), c.label},
                             {QStringLiteral("symbol"), symbolToJson(c.symbol)}});
    return a;
}

std::vector<render::Category> categoriesFromJson(const QJsonArray& a)
{
    std::vector<render::Category> out;
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        render::Category c;
        if (o.value(QStringLiteral("value")).isString())
            c.value = o.value(QStringLiteral("value")).toString();
        c.label = o.value(QStringLiteral("label")).toString();
        c.symbol = symbolFromJson(o.value(QStringLiteral("symbol")).toObject());
        out.push_back(std::move(c));
    }
    return out;
}

QJsonObject styleToJson(const render::VectorStyle& s)
{
    QJsonArray rankScales;
    for (const auto& [rank, scale] : s.rankScales)
        rankScales.append(QJsonArray{rank, scale});
    return {{QStringLiteral("base"), symbolToJson(s.base)},
            {QStringLiteral("baseLabel"), s.baseLabel},
            {QStringLiteral("categoryField"), s.categoryField},
            {QStringLiteral("categories"), categoriesToJson(s.categories)},
            {QStringLiteral("strokeField"), s.strokeField},
            {QStringLiteral("strokeCategories"), categoriesToJson(s.strokeCategories)},
            {QStringLiteral("labelField"), s.labelField},
            {QStringLiteral("rankField"), s.rankField},
            {QStringLiteral("rankScales"), rankScales},
            {QStringLiteral("rankScaleFloor"), s.rankScaleFloor},
            {QStringLiteral("labelBesideMarker"), s.labelBesideMarker},
            {QStringLiteral("requiredFields"), QJsonArray::fromStringList(s.requiredFields)},
            {QStringLiteral("incomplete"), symbolToJson(s.incomplete)}};
}

render::VectorStyle styleFromJson(const QJsonObject& o)
{
    render::VectorStyle s;
    s.base = symbolFromJson(o.value(QStringLiteral("base")).toObject());
    s.baseLabel = o.value(QStringLiteral("baseLabel")).toString();
    s.categoryField = o.value(QStringLiteral("categoryField")).toString();
    s.categories = categoriesFromJson(o.value(QStringLiteral("categories")).toArray());
    s.strokeField = o.value(QStringLiteral("strokeField")).toString();
    s.strokeCategories = categoriesFromJson(o.value(QStringLiteral("strokeCategories")).toArray());
    s.labelField = o.value(QStringLiteral("labelField")).toString();
    s.rankField = o.value(QStringLiteral("rankField")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("rankScales")).toArray())
        s.rankScales.emplace_back(v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble());
    s.rankScaleFloor = o.value(QStringLiteral("rankScaleFloor")).toDouble();
    s.labelBesideMarker = o.value(QStringLiteral("labelBesideMarker")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("requiredFields")).toArray())
        s.requiredFields << v.toString();
    if (o.contains(QStringLiteral("incomplete")))
        s.incomplete = symbolFromJson(o.value(QStringLiteral("incomplete")).toObject());
    return s;
}

QJsonObject heatmapToJson(const render::HeatmapStyle& h)
{
    QJsonArray ramp;
    for (const QColor& c : h.ramp)
        ramp.append(colourToJson(c));
    return {{QStringLiteral("radius"), h.radius},
            {QStringLiteral("radiusInMetres"), h.radiusInMetres},
            {QStringLiteral("weightField"), h.weightField},
            {QStringLiteral("maximum"), h.maximum},
            {QStringLiteral("ramp"), ramp}};
}

render::HeatmapStyle heatmapFromJson(const QJsonObject& o)
{
    render::HeatmapStyle h;
    h.radius = o.value(QStringLiteral("radius")).toDouble(h.radius);
    h.radiusInMetres = o.value(QStringLiteral("radiusInMetres")).toBool();
    h.weightField = o.value(QStringLiteral("weightField")).toString();
    h.maximum = o.value(QStringLiteral("maximum")).toDouble();
    const QJsonArray ramp = o.value(QStringLiteral("ramp")).toArray();
    if (!ramp.isEmpty()) {
        h.ramp.clear();
        for (const QJsonValue& v : ramp)
            h.ramp.push_back(colourFromJson(v, Qt::transparent));
    }
    return h;
}

QJsonObject temporalToJson(const time::TemporalSettings& t)
{
    return {{QStringLiteral("startField"), t.startField},
            {QStringLiteral("endField"), t.endField},
            {QStringLiteral("durationDays"), t.durationDays},
            {QStringLiteral("mode"), t.mode == time::TemporalMode::Active ? QStringLiteral("active")
                                                                           : QStringLiteral("accumulate")}};
}

time::TemporalSettings temporalFromJson(const QJsonObject& o)
{
    time::TemporalSettings t;
    t.startField = o.value(QStringLiteral("startField")).toString();
    t.endField = o.value(QStringLiteral("endField")).toString();
    t.durationDays = o.value(QStringLiteral("durationDays")).toInt();
    t.mode = o.value(QStringLiteral("mode")).toString() == QLatin1String("active") ? time::TemporalMode::Active
                                                                                    : time::TemporalMode::Accumulate;
    return t;
}

QJsonValue dateToJson(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

Result<QDate> dateFromJson(const QJsonObject& o, const QString& key, const QString& fileName)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QDate();
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        return Error{tr("%1: \"%2\" must be a date as YYYY-MM-DD").arg(fileName, key)};
    return d;
}

// ---- versions --------------------------------------------------------------------------------

/// One function per version step: migrations[n - 1] turns a version n object into version n + 1.
/// Version 1 is the first, so there is no step yet; the next format change adds one here (and a
/// test reading a hand-written version 1 file).
using Migration = std::function<QJsonObject(QJsonObject)>;
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps;
    static_assert(ProjectDocument::kVersion == 1, "add a migration step for the new version");
    return steps;
}

} // namespace

Result<QJsonObject> migrateProject(QJsonObject o, const QString& fileName)
{
    if (o.value(QStringLiteral("kind")).toString() != kKind)
        return Error{tr("%1 is not a MineAtlas project (\"kind\" is not \"%2\")").arg(fileName, kKind)};
    const QJsonValue v = o.value(QStringLiteral("version"));
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt()) || v.toInt() < 1)
        return Error{tr("%1: \"version\" must be a whole number from 1").arg(fileName)};
    int version = v.toInt();
    if (version > ProjectDocument::kVersion)
        return Error{tr("%1 is a version %2 project; this MineAtlas reads up to version %3. Open it with a newer "
                        "MineAtlas.")
                         .arg(fileName)
                         .arg(version)
                         .arg(ProjectDocument::kVersion)};
    while (version < ProjectDocument::kVersion) {
        o = migrations().at(static_cast<std::size_t>(version - 1))(o);
        o.insert(QStringLiteral("version"), ++version);
    }
    return o;
}

QByteArray projectToJson(const ProjectDocument& d, const QString& projectPath)
{
    const QDir base = projectPath.isEmpty() ? QDir() : QFileInfo(projectPath).absoluteDir();
    QJsonArray layers;
    for (const ProjectLayer& l : d.layers) {
        QJsonObject o{{QStringLiteral("name"), l.name},
                      {QStringLiteral("type"), l.raster ? QStringLiteral("raster") : QStringLiteral("vector")},
                      {QStringLiteral("visible"), l.visible},
                      {QStringLiteral("opacity"), l.opacity}};
        if (hazard::isTeamWorkspace(l.path)) {
            // A connection, not a file: kept as it is (it never holds a password).
            o.insert(QStringLiteral("path"), l.path);
        } else {
            const QString absolute = QFileInfo(l.path).absoluteFilePath();
            o.insert(QStringLiteral("path"), projectPath.isEmpty() ? absolute : base.relativeFilePath(absolute));
            o.insert(QStringLiteral("absolutePath"), absolute);
        }
        if (!l.sourceLayer.isEmpty())
            o.insert(QStringLiteral("layer"), l.sourceLayer);
        if (l.style)
            o.insert(QStringLiteral("style"), styleToJson(*l.style));
        if (l.heatmap)
            o.insert(QStringLiteral("heatmap"), heatmapToJson(*l.heatmap));
        if (l.temporal)
            o.insert(QStringLiteral("temporal"), temporalToJson(*l.temporal));
        if (!l.joinField.isEmpty())
            o.insert(QStringLiteral("join"), QJsonObject{{QStringLiteral("table"), QStringLiteral("treaty")},
                                                         {QStringLiteral("field"), l.joinField},
                                                         {QStringLiteral("colourBy"),
                                                          l.contamination  ? QStringLiteral("contamination")
                                                          : l.treatyStyled ? QStringLiteral("treaty")
                                                                           : QStringLiteral("style")}});
        layers.append(o);
    }
    QJsonObject view{{QStringLiteral("crs"), d.crs}};
    if (!d.view.isEmpty())
        view.insert(QStringLiteral("extent"), QJsonArray{d.view.xMin, d.view.yMin, d.view.xMax, d.view.yMax});
    if (!d.viewSize.isEmpty())
        view.insert(QStringLiteral("size"), QJsonArray{d.viewSize.width(), d.viewSize.height()});
    QJsonObject time{{QStringLiteral("date"), dateToJson(d.date)},
                     {QStringLiteral("rangeStart"), dateToJson(d.time.rangeStart)},
                     {QStringLiteral("rangeEnd"), dateToJson(d.time.rangeEnd)},
                     {QStringLiteral("loop"), d.time.loop}};
    if (!d.time.unit.isEmpty())
        time.insert(QStringLiteral("unit"), d.time.unit);
    if (d.time.speed > 0)
        time.insert(QStringLiteral("speed"), d.time.speed);
    QJsonObject root{{QStringLiteral("kind"), kKind},
                     {QStringLiteral("version"), ProjectDocument::kVersion},
                     {QStringLiteral("map"), view},
                     {QStringLiteral("time"), time},
                     {QStringLiteral("treaty"),
                      QJsonObject{{QStringLiteral("highlighted"), QJsonArray::fromStringList(d.highlighted)}}},
                     {QStringLiteral("layers"), layers}};
    if (d.layout)
        root.insert(QStringLiteral("layout"), QJsonDocument::fromJson(d.layout->toJson()).object());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ProjectDocument> projectFromJson(const QByteArray& json, const QString& projectPath)
{
    const QString fileName = projectPath.isEmpty() ? tr("the project") : QFileInfo(projectPath).fileName();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError)
        return Error{tr("%1 is not valid JSON at byte %2: %3").arg(fileName).arg(parse.offset).arg(parse.errorString())};
    if (!doc.isObject())
        return Error{tr("%1 is not a MineAtlas project (not a JSON object)").arg(fileName)};
    auto migrated = migrateProject(doc.object(), fileName);
    if (!migrated)
        return Error{migrated.error()};
    const QJsonObject root = migrated.value();
    const QDir base = projectPath.isEmpty() ? QDir() : QFileInfo(projectPath).absoluteDir();

    ProjectDocument d;
    const QJsonObject view = root.value(QStringLiteral("map")).toObject();
    d.crs = view.value(QStringLiteral("crs")).toString(d.crs);
    if (view.contains(QStringLiteral("extent"))) {
        const QJsonArray e = view.value(QStringLiteral("extent")).toArray();
        if (e.size() != 4 || !(e[2].toDouble() > e[0].toDouble()) || !(e[3].toDouble() > e[1].toDouble()))
            return Error{tr("%1: \"map.extent\" must be [xmin, ymin, xmax, ymax] with min < max").arg(fileName)};
        d.view = {e[0].toDouble(), e[1].toDouble(), e[2].toDouble(), e[3].toDouble()};
    }
    if (view.contains(QStringLiteral("size"))) {
        const QJsonArray s = view.value(QStringLiteral("size")).toArray();
        d.viewSize = QSize(s.at(0).toInt(), s.at(1).toInt());
        if (s.size() != 2 || d.viewSize.isEmpty() || d.viewSize.width() > 20000 || d.viewSize.height() > 20000)
            return Error{tr("%1: \"map.size\" must be [width, height] in pixels, up to 20000").arg(fileName)};
    }
    const QJsonObject time = root.value(QStringLiteral("time")).toObject();
    for (auto [key, target] : {std::pair{QStringLiteral("date"), &d.date},
                               std::pair{QStringLiteral("rangeStart"), &d.time.rangeStart},
                               std::pair{QStringLiteral("rangeEnd"), &d.time.rangeEnd}}) {
        auto date = dateFromJson(time, key, fileName);
        if (!date)
            return Error{date.error()};
        *target = date.value();
    }
    d.time.unit = time.value(QStringLiteral("unit")).toString();
    d.time.speed = time.value(QStringLiteral("speed")).toDouble();
    d.time.loop = time.value(QStringLiteral("loop")).toBool();
    for (const QJsonValue& v : root.value(QStringLiteral("treaty")).toObject().value(QStringLiteral("highlighted")).toArray())
        d.highlighted << v.toString();
    if (root.contains(QStringLiteral("layout"))) {
        auto layout = exporting::LayoutSettings::fromJson(
            QJsonDocument(root.value(QStringLiteral("layout")).toObject()).toJson(), fileName);
        if (!layout)
            return Error{layout.error()};
        d.layout = layout.value();
    }
    const QJsonValue layers = root.value(QStringLiteral("layers"));
    if (!layers.isArray() && !layers.isUndefined())
        return Error{tr("%1: \"layers\" must be a list").arg(fileName)};
    int index = 0;
    for (const QJsonValue& v : layers.toArray()) {
        const QJsonObject o = v.toObject();
        ProjectLayer l;
        const QString relative = o.value(QStringLiteral("path")).toString();
        if (relative.isEmpty())
            return Error{tr("%1: layer %2 has no \"path\"").arg(fileName).arg(index + 1)};
        // Relative to the project first (a moved folder keeps working), then where it was.
        l.path = hazard::isTeamWorkspace(relative) ? relative : QDir::cleanPath(base.absoluteFilePath(relative));
        const QString absolute = o.value(QStringLiteral("absolutePath")).toString();
        if (!QFileInfo::exists(l.path) && !absolute.isEmpty() && QFileInfo::exists(absolute))
            l.path = absolute;
        l.sourceLayer = o.value(QStringLiteral("layer")).toString();
        l.name = o.value(QStringLiteral("name")).toString(QFileInfo(l.path).completeBaseName());
        l.raster = o.value(QStringLiteral("type")).toString() == QLatin1String("raster");
        l.visible = o.value(QStringLiteral("visible")).toBool(true);
        l.opacity = std::clamp(o.value(QStringLiteral("opacity")).toDouble(1.0), 0.0, 1.0);
        if (o.contains(QStringLiteral("style")))
            l.style = styleFromJson(o.value(QStringLiteral("style")).toObject());
        if (o.contains(QStringLiteral("heatmap")))
            l.heatmap = heatmapFromJson(o.value(QStringLiteral("heatmap")).toObject());
        if (o.contains(QStringLiteral("temporal")))
            l.temporal = temporalFromJson(o.value(QStringLiteral("temporal")).toObject());
        const QJsonObject join = o.value(QStringLiteral("join")).toObject();
        l.joinField = join.value(QStringLiteral("field")).toString();
        const QString colourBy = join.value(QStringLiteral("colourBy")).toString(QStringLiteral("treaty"));
        l.treatyStyled = !l.joinField.isEmpty() && colourBy == QLatin1String("treaty");
        l.contamination = !l.joinField.isEmpty() && colourBy == QLatin1String("contamination");
        d.layers.push_back(std::move(l));
        ++index;
    }
    return d;
}

Result<ProjectDocument> loadProjectFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open project %1: %2").arg(path, f.errorString())};
    return projectFromJson(f.readAll(), QFileInfo(path).absoluteFilePath());
}

Result<bool> saveProjectFile(const ProjectDocument& document, const QString& path, bool relative)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{tr("Cannot create the folder of %1").arg(path)};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write project %1: %2").arg(path, f.errorString())};
    f.write(projectToJson(document, relative ? QFileInfo(path).absoluteFilePath() : QString()));
    if (!f.commit())
        return Error{tr("Cannot write project %1: %2").arg(path, f.errorString())};
    return true;
}

} // namespace mineatlas::project
