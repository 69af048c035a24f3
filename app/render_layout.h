#pragma once

#include <memory>
#include <vector>

#include <QDate>
#include <QString>

#include "export/layoutsettings.h"
#include "geo/crs.h"
#include "geo/maprect.h"
#include "project/maplayer.h"

namespace mineatlas {

/// What `mineatlas-render --layout` was asked for.
struct LayoutRequest {
    exporting::LayoutSettings settings;
    QString out;
    geo::Crs crs;
    MapRect extent;
    QDate date;
    std::vector<std::unique_ptr<project::MapLayer>> layers; ///< top first
    int benchRuns = 0;
};

/// Writes the page; returns the process exit code (0 written, 1 failed) after printing errors,
/// and with benchRuns the times of that many more exports ("export_ms min X median Y").
int writeLayout(LayoutRequest request);

} // namespace mineatlas
