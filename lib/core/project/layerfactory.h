#pragma once

#include <map>

#include <memory>
#include <optional>

#include <QStringList>

#include "data/vectorloader.h"
#include "project/maplayer.h"
#include "treaty/countrymatcher.h"
#include "treaty/treatytable.h"
#include "hazard/landrelease.h"

namespace mineatlas::project {

/// What a new vector layer is joined to: the treaty table and the states its style highlights.
struct TreatyContext {
    std::shared_ptr<const treaty::TreatyTable> table;
    QStringList highlighted;
};

/// The treaty join of a country border layer, or nullopt for any other layer. O(features); call
/// it on the worker that loaded the data.
std::optional<treaty::CountryMatch> detectCountries(const data::FeatureStore& store,
                                                    const treaty::TreatyTable& table);

/// The layer as the app and mineatlas-render both show a newly opened file: named after the file
/// (and its layer when the file has several), the default style (IMAS symbology for hazard layers)
/// and, for country border layers matched to the treaty table, the treaty style. `countries` is
/// the join detectCountries() found on the worker (nullopt: not a country layer).
/// What a hazard file adds to one of its layers beyond the features (hazard schema 2): the
/// areas' status history, or a land-release layer's released area by date. Reads the file with
/// GDAL: call it on a worker, beside loading the layer.
struct HazardExtras {
    std::map<QString, std::vector<hazard::StatusEvent>> history;
    std::shared_ptr<const time::RunningTotal> released;
    QString warning; ///< why the released area could not be read
};
HazardExtras readHazardExtras(const QString& path, const data::VectorData& data);

/// `extras`: readHazardExtras() done on the worker (nullptr: read here, for scripts and tests).
std::unique_ptr<MapLayer> makeVectorLayer(const QString& path, const data::VectorData& data,
                                          int layerNumber, const TreatyContext& treaty,
                                          const std::optional<treaty::CountryMatch>& countries,
                                          const HazardExtras* extras = nullptr);

} // namespace mineatlas::project
