#pragma once

#include <vector>

#include <QDate>
#include <QStringList>

#include "data/featurestore.h"
#include "export/layoutsettings.h"
#include "geo/maprect.h"
#include "project/preferences.h"
#include "render/mapsettings.h"
#include "result.h"
#include "treaty/briefing.h"

namespace mineatlas::project {
class Project;
}

namespace mineatlas::exporting {

/// One line of the legend: a symbol and what it means, with how many features (or states) in the
/// frame have it (-1: not counted).
struct LegendEntry {
    QString label;
    render::Symbol symbol;
    data::GeometryKind kind = data::GeometryKind::Polygon;
    int count = -1;
    std::vector<QColor> ramp; ///< a colour ramp (heatmaps) drawn instead of the symbol
};

/// The legend of one visible layer: only what is present in the frame.
struct LegendGroup {
    QString title;
    QString note; ///< e.g. "161 States Parties (by deposit)"
    std::vector<LegendEntry> entries;
};

/// A hazard layer the brief measures (on the worker, from its file).
struct HazardSource {
    QString name, path, layer;
};

/// Everything a page needs, taken from the project on the GUI thread so that the page can be
/// painted on a worker: the map's layers as snapshots, the legend of the frame, the numbers for
/// the scale bar and the north arrow, credits, and for a brief the countries in the frame.
struct LayoutContent {
    render::MapSettings map; ///< extent: what the map frame shows (at the frame's aspect)
    QDate date;
    bool treatyMap = false; ///< a visible layer is coloured by treaty status
    std::vector<LegendGroup> legend;
    QStringList attribution; ///< one line per visible layer, each once
    double metresPerMapUnit = 0; ///< along the horizontal at the frame's centre, on the ellipsoid
    double northAngle = 0;       ///< true north at the frame's centre, degrees clockwise from up
    std::vector<treaty::StatusRow> countries; ///< brief: the countries in the frame
    std::vector<HazardSource> hazards;        ///< brief: hazard layers shown
    std::vector<double> frameLonLat;          ///< the frame as a closed lon/lat ring
    bool locator = false;
    render::MapSettings locatorMap; ///< a world view with the first treaty (or polygon) layer
};

/// The frame of `settings`' page filled with `requested` (the canvas view, kept whole: the
/// frame's aspect widens it where needed) and the content of the page at the project's date.
Result<LayoutContent> buildLayoutContent(const project::Project& project, const MapRect& requested,
                                         const LayoutSettings& settings);

/// A scale bar of round length (1, 2 or 5 × 10ⁿ m, or in imperial units 1, 2 or 5 × 10ⁿ ft below
/// a mile and miles from there) no longer than `maxLength` map units.
struct ScaleBar {
    double metres = 0;
    double mapUnits = 0;
    QString label; ///< "500 m", "20 km"
};
ScaleBar chooseScaleBar(double metresPerMapUnit, double maxMapUnits,
                        project::LengthUnits units = project::LengthUnits::Metric);

} // namespace mineatlas::exporting
