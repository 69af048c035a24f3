#include "export/layoutcontent.h"

#include <QCoreApplication>

#include <cmath>
#include <map>
#include <set>

#include "hazard/hazardstore.h"
#include "project/project.h"
#include "treaty/contamination.h"
#include "treaty/treatycontroller.h"
#include "treaty/treatystatus.h"
#include "treaty/treatystyle.h"
#include "uilocale.h"

namespace mineatlas::exporting {

namespace {

/// Features of `store` whose geometry meets `frame` (in each copy of the world it shows).
std::vector<std::uint32_t> featuresIn(const data::FeatureStore& store, const MapRect& frame, double worldWidth)
{
    std::vector<MapRect> frames{frame};
    if (worldWidth > 0)
        for (int k : {-1, 1})
            frames.push_back({frame.xMin + k * worldWidth, frame.yMin, frame.xMax + k * worldWidth, frame.yMax});
    std::set<std::uint32_t> found;
    for (const MapRect& f : frames)
        for (std::uint32_t id : store.query(f))
            if (store.intersects(id, f))
                found.insert(id);
    return {found.begin(), found.end()};
}

LegendGroup treatyLegend(const project::MapLayer& layer, const std::vector<std::uint32_t>& features, QDate date)
{
    const treaty::TreatyStyle& style = *layer.treatyStyle();
    std::vector<const treaty::TreatyRecord*> states;
    std::set<const treaty::TreatyRecord*> seen;
    int noStatus = 0;
    for (std::uint32_t f : features) {
        const treaty::TreatyRecord* r = style.recordOf(f);
        if (!r)
            ++noStatus;
        else if (seen.insert(r).second)
            states.push_back(r);
    }
    LegendGroup group;
    group.title = QCoreApplication::translate("Legend", "Mine Ban Treaty status");
    const auto [certain, possible] = treaty::partiesRangeAt(style.table(), date);
    group.note = certain == possible ? QCoreApplication::translate("Legend", "%1 States Parties worldwide (by deposit)").arg(certain)
                                     : QCoreApplication::translate("Legend", "%1–%2 States Parties worldwide (by deposit)").arg(certain).arg(possible);
    for (const auto& e : style.legend(date, states, noStatus))
        group.entries.push_back({e.label, e.symbol, data::GeometryKind::Polygon, e.count, {}});
    return group;
}

LegendGroup styleLegend(const project::MapLayer& layer, const std::vector<std::uint32_t>& features)
{
    const data::FeatureStore& store = *layer.store();
    const render::VectorStyle& style = layer.style();
    const data::GeometryKind kind = store.dominantKind();
    LegendGroup group;
    group.title = layer.name();
    if (const auto& h = layer.heatmap()) {
        group.note = QCoreApplication::translate("Legend", "%1 points in the frame").arg(features.size());
        group.entries.push_back({h->weightField.isEmpty() ? QCoreApplication::translate("Legend", "density, low → high")
                                                          : QCoreApplication::translate("Legend", "density of %1, low → high").arg(h->weightField),
                                 style.base, kind, -1, h->ramp});
        return group;
    }
    if (layer.runningTotal())
        group.note = layer.runningTotalText(layer.date());
    if (!style.isCategorized()) {
        group.entries.push_back({layer.name(), style.base, kind, static_cast<int>(features.size()), {}});
        return group;
    }
    auto countBy = [&](const QString& field, const std::vector<render::Category>& categories, int* others) {
        std::vector<int> counts(categories.size(), 0);
        const int column = store.fieldNames().indexOf(field);
        for (std::uint32_t f : features) {
            const QString value = column >= 0 ? store.attribute(f, column).toString() : QString();
            bool matched = false;
            for (std::size_t c = 0; c < categories.size() && !matched; ++c)
                if (categories[c].value.toString() == value) {
                    ++counts[c];
                    matched = true;
                }
            if (!matched && others)
                ++*others;
        }
        return counts;
    };
    int others = 0;
    auto fills = countBy(style.categoryField, style.categories, &others);
    if (layer.restyleAt()) {
        // Symbols from another source than the stored attribute (a status history, reported
        // contamination): count what the map draws, by fill.
        const auto styled = layer.snapshot().styled;
        std::fill(fills.begin(), fills.end(), 0);
        others = 0;
        for (std::uint32_t f : features) {
            const render::Symbol& drawn = styled->symbols[styled->symbolOf[f]];
            bool matched = false;
            for (std::size_t c = 0; c < style.categories.size() && !matched; ++c)
                if (style.categories[c].symbol.fill == drawn.fill && style.categories[c].symbol.hatch == drawn.hatch) {
                    ++fills[c];
                    matched = true;
                }
            if (!matched)
                ++others;
        }
    }
    for (std::size_t c = 0; c < style.categories.size(); ++c)
        if (fills[c] > 0)
            group.entries.push_back({style.categories[c].label, style.categories[c].symbol, kind, fills[c], {}});
    if (others > 0)
        group.entries.push_back({style.baseLabel.isEmpty() ? QCoreApplication::translate("Legend", "other values") : style.baseLabel, style.base, kind,
                                 others, {}});
    if (!style.strokeCategories.empty()) {
        const auto outlines = countBy(style.strokeField, style.strokeCategories, nullptr);
        for (std::size_t c = 0; c < style.strokeCategories.size(); ++c)
            if (outlines[c] > 0) {
                render::Symbol outline = style.strokeCategories[c].symbol;
                outline.fill = Qt::transparent;
                group.entries.push_back({QCoreApplication::translate("Legend", "outline: %1").arg(style.strokeCategories[c].label), outline,
                                         kind, outlines[c], {}});
            }
    }
    if (!style.requiredFields.isEmpty()) {
        int incomplete = 0;
        std::vector<int> columns;
        for (const QString& f : style.requiredFields)
            columns.push_back(store.fieldNames().indexOf(f));
        for (std::uint32_t f : features)
            for (int c : columns)
                if (c >= 0 && store.attribute(f, c).toString().trimmed().isEmpty()) {
                    ++incomplete;
                    break;
                }
        if (incomplete > 0)
            group.entries.push_back({QCoreApplication::translate("Legend", "incomplete: required fields empty"), style.incomplete, kind, incomplete, {}});
    }
    return group;
}

} // namespace

ScaleBar chooseScaleBar(double metresPerMapUnit, double maxMapUnits, project::LengthUnits units)
{
    ScaleBar bar;
    if (!(metresPerMapUnit > 0) || !(maxMapUnits > 0))
        return bar;
    const double maxMetres = maxMapUnits * metresPerMapUnit;
    if (units == project::LengthUnits::Imperial) {
        constexpr double kFoot = 0.3048, kMile = 1609.344; // international foot and mile
        const bool miles = maxMetres >= kMile;
        const double unit = miles ? kMile : kFoot, maxUnits = maxMetres / unit;
        const double magnitude = std::pow(10.0, std::floor(std::log10(maxUnits)));
        double length = 0;
        for (double step : {5.0, 2.0, 1.0})
            if (step * magnitude <= maxUnits) {
                length = step * magnitude;
                break;
            }
        bar.metres = length * unit;
        bar.mapUnits = bar.metres / metresPerMapUnit;
        bar.label = QStringLiteral("%1 %2").arg(length, 0, 'g', 6).arg(miles ? QStringLiteral("mi") : QStringLiteral("ft"));
        return bar;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxMetres) {
            bar.metres = step * magnitude;
            break;
        }
    bar.mapUnits = bar.metres / metresPerMapUnit;
    bar.label = bar.metres >= 1000 ? QCoreApplication::translate("Legend", "%1 km").arg(bar.metres / 1000, 0, 'g', 6)
                                   : QStringLiteral("%1 m").arg(bar.metres, 0, 'g', 6);
    return bar;
}

Result<LayoutContent> buildLayoutContent(const project::Project& project, const MapRect& requested,
                                         const LayoutSettings& settings)
{
    if (requested.isEmpty())
        return Error{QCoreApplication::translate("Legend", "Nothing to export: the map has no extent yet (open a layer)")};
    const LayoutGeometry geometry = layoutGeometry(settings);
    LayoutContent content;
    content.date = project.date();
    content.map.crs = project.crs();
    content.map.extent = requested.expandedToAspect(geometry.map.width() / geometry.map.height());
    content.map.layers = project.visibleSnapshots();
    const MapRect frame = content.map.extent;
    const geo::MapCoordinates& coordinates = project.coordinates();
    const QPointF centre(frame.centerX(), frame.centerY());
    content.metresPerMapUnit = coordinates.groundMetresPerMapUnit(centre, frame.width() / 1000);
    content.map.metresPerMapUnit = content.metresPerMapUnit;
    content.northAngle = coordinates.northAngleDegrees(centre);
    if (!std::isfinite(content.northAngle))
        content.northAngle = 0;
    // The frame on the ground, densified so that it follows the projection's curves.
    constexpr int kSteps = 16;
    auto edge = [&](QPointF a, QPointF b) {
        for (int i = 0; i < kSteps; ++i) {
            const QPointF p = a + (b - a) * (double(i) / kSteps);
            if (auto ll = coordinates.toLonLat(p)) {
                content.frameLonLat.push_back(ll->x());
                content.frameLonLat.push_back(ll->y());
            }
        }
    };
    edge({frame.xMin, frame.yMin}, {frame.xMax, frame.yMin});
    edge({frame.xMax, frame.yMin}, {frame.xMax, frame.yMax});
    edge({frame.xMax, frame.yMax}, {frame.xMin, frame.yMax});
    edge({frame.xMin, frame.yMax}, {frame.xMin, frame.yMin});
    if (content.frameLonLat.size() >= 2) {
        content.frameLonLat.push_back(content.frameLonLat[0]);
        content.frameLonLat.push_back(content.frameLonLat[1]);
    }
    const double worldWidth = project.crs().worldWidth();
    const project::MapLayer* locatorLayer = nullptr;
    for (int i = 0; i < project.layerCount(); ++i) {
        const project::MapLayer* l = project.layerAt(i);
        if (!l->isVisible())
            continue;
        if (!content.attribution.contains(l->attribution()))
            content.attribution << l->attribution();
        if (!l->store())
            continue;
        auto features = featuresIn(*l->store(), frame, worldWidth);
        // Features hidden at the date (temporal layers) are not on the page: not in the legend either.
        if (const auto styled = l->snapshot().styled)
            std::erase_if(features, [&](std::uint32_t f) {
                return f < styled->symbolOf.size() && styled->symbolOf[f] == render::StyledFeatures::kHidden;
            });
        // Only what the frame shows: a layer with nothing in it has no legend.
        if (l->isTreatyStyled()) {
            content.treatyMap = true;
            if (!features.empty())
                content.legend.push_back(treatyLegend(*l, features, content.date));
            if (!locatorLayer)
                locatorLayer = l;
        } else if (!features.empty()) {
            content.legend.push_back(styleLegend(*l, features));
        }
        if (hazard::HazardStore::hasHazardFields(l->store()->fieldNames()))
            content.hazards.push_back({l->name(), l->sourcePath(),
                                       l->sourceLayer().isEmpty() ? QString::fromLatin1(hazard::HazardStore::kDefaultLayer)
                                                                  : l->sourceLayer()});
        else if (!locatorLayer && l->store()->dominantKind() == data::GeometryKind::Polygon)
            locatorLayer = l;
    }
    if (settings.kind == LayoutSettings::Kind::Brief)
    {
        content.countries = treaty::statusRows(treaty::countriesIn(project, frame), content.date);
        // Landmine Monitor's reported contamination beside each status.
        if (auto table = treaty::ContaminationTable::loadBuiltIn()) {
            const QLocale en = uiLocale();
            for (treaty::StatusRow& row : content.countries)
                if (const treaty::ContaminationRecord* c = table.value()->byCode(row.iso3)) {
                    if (c->areaKm2)
                        row.contamination = QCoreApplication::translate("Legend", "%1 km² (%2)").arg(en.toString(*c->areaKm2, 'g', 5)).arg(c->areaYear);
                    else
                        row.contamination = c->sizeClass && *c->sizeClass != treaty::ContaminationClass::Unknown
                                                ? QCoreApplication::translate("Legend", "%1, extent not reported").arg(classLabel(*c->sizeClass).section(QLatin1Char(' '), 0, 0))
                                                : QCoreApplication::translate("Legend", "extent not reported");
                }
        }
    }
    if (settings.locator && locatorLayer) {
        content.locator = true;
        content.locatorMap.crs = project.crs();
        content.locatorMap.extent = locatorLayer->extent();
        content.locatorMap.background = QColor(0xe8, 0xf1, 0xf7);
        render::LayerSnapshot snapshot = locatorLayer->snapshot();
        snapshot.opacity = 1;
        content.locatorMap.layers.push_back(snapshot);
    }
    return content;
}

} // namespace mineatlas::exporting
