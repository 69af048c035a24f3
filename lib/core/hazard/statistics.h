#pragma once

#include <utility>
#include <vector>

#include <QDate>
#include <QString>

#include "hazard/hazardarea.h"
#include "result.h"

namespace mineatlas::hazard {

/// Areas of one classification and status.
struct ClassStatistics {
    QString classification;
    QString status;
    int count = 0;
    double totalM2 = 0;     ///< measured on the ellipsoid from the geometry
    double remainingM2 = 0; ///< as recorded
};

/// What a brief says about the hazard areas of one layer in a frame, as of a date.
struct HazardStatistics {
    QString layerName;
    int count = 0;
    int incomplete = 0; ///< with required fields empty
    double totalM2 = 0;
    double remainingM2 = 0;
    std::vector<ClassStatistics> byClass; ///< CHA before SHA, open before worked on before closed
    /// Remaining hazard area (m²) on each date the layer records, up to the as-of date.
    std::vector<std::pair<QDate, double>> remainingOverTime;
};

/// Statistics of `areas` whose geometry meets `frameLonLat` (a closed lon/lat ring; empty = all)
/// and that were known by `asOf` (date of information on or before it, or no date). Areas are
/// measured with GeographicLib; the time series counts each area in full from its date of
/// information and at its recorded remaining area from its status date (closed: none left).
HazardStatistics computeStatistics(const std::vector<HazardArea>& areas, const std::vector<double>& frameLonLat,
                                   QDate asOf);

/// The same for the hazard layer stored in `path`, read through GDAL (read-only).
Result<HazardStatistics> statisticsOf(const QString& path, const QString& layer, const std::vector<double>& frameLonLat,
                                      QDate asOf);

} // namespace mineatlas::hazard
