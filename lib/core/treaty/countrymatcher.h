#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "result.h"

namespace mineatlas::data {
class FeatureStore;
}

namespace mineatlas::treaty {

class TreatyTable;
struct Territory;

/// Which treaty record each feature of a border layer is, and which features have none.
struct CountryMatch {
    QString field;             ///< the join field detected (or chosen)
    QString kind;              ///< "ISO alpha-3", "ISO numeric" or "name"
    std::vector<int> recordOf; ///< per feature: index into TreatyTable::records(), or -1
    /// Per feature: the territory it is (TerritoryTable::builtIn()), or nullptr. A territory the
    /// Convention was extended to has its sovereign's record, to be used from the extension's date.
    std::vector<const Territory*> territoryOf;
    std::vector<std::uint32_t> unmatched;
    QStringList unmatchedNames; ///< a readable name for each unmatched feature
    std::size_t matchedCount() const { return recordOf.size() - unmatched.size(); }
};

/// A country name folded for matching: no accents, case, punctuation or "the".
QString normaliseCountryName(const QString& name);

/// Joins a border layer to the treaty table. Detects the join field among the conventions of
/// common border datasets (ISO_A3, ADM0_A3, GID_0, shapeGroup, ISO3, iso_a3, numeric id/ISO_N3,
/// names in NAME/ADMIN/name...), or uses `field` when given. Features whose code is missing or a
/// placeholder (Natural Earth's "-99" for France, Norway, Kosovo) fall back to the other code and
/// name fields of the same feature. A feature that is a territory of resources/treaty/territories.csv
/// (a part of a state, or a dependency) takes its sovereign's status only where that table says the
/// Convention covers it; a sovereign field (SOVEREIGNT) alone never gives a status. Fails when no field matches at least half of the features or
/// 20 states.
Result<CountryMatch> matchCountries(const data::FeatureStore& store, const TreatyTable& table,
                                    const QString& field = {});

/// Whether a layer looks like a country border layer (used to style it by treaty by default):
/// polygons whose join field matches 20 states or more, or 80 % of the features of a smaller file.
bool looksLikeCountryLayer(const data::FeatureStore& store, const TreatyTable& table);
/// The same, with the join when it does (one pass, not two).
std::optional<CountryMatch> detectCountryLayer(const data::FeatureStore& store, const TreatyTable& table);

} // namespace mineatlas::treaty
