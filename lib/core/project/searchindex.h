#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "data/featurestore.h"
#include "geo/maprect.h"

namespace mineatlas::project {

class Project;

/// Text as search compares it: case-folded, accents and apostrophes dropped, other punctuation
/// as spaces ("Zaporizhzhia" = "Zaporižžia", "Kam'ianets-Podilskyi" = "kamianets podilskyi").
QString foldForSearch(const QString& text);

enum class SearchKind { Country, Place, Hazard };

/// What one layer gives to the search index, copied on the GUI thread so the index can be built
/// on another: the immutable features and which columns name them.
struct SearchSource {
    SearchKind kind = SearchKind::Place;
    std::uint64_t layerId = 0;
    QString layerName;
    std::shared_ptr<const data::FeatureStore> store;
    int nameColumn = -1;
    /// Columns with more names: a comma-separated list (GeoNames' alternate names) or one name.
    std::vector<int> otherNameColumns;
    int rankColumn = -1;    ///< population (places)
    int countryColumn = -1; ///< ISO code shown beside a place
    /// Per feature, names from elsewhere (a country's name in the treaty table); may be empty.
    std::vector<QStringList> extraNames;
};

/// One search result: which feature, what to show, and where it is (map coordinates of the
/// store it was built from).
struct SearchHit {
    SearchKind kind = SearchKind::Place;
    std::uint64_t layerId = 0;
    std::uint32_t feature = 0;
    QString name;    ///< the feature's own name
    QString matched; ///< the other name that matched, when not its own name
    QString detail;  ///< "place · UA · 2,797,553 people", "country", "hazard area · layer"
    double rank = 0; ///< population of a place, 0 otherwise
    MapRect bounds;
};

/// Finds countries, places and hazard areas by name or id, offline: exact matches first, then
/// names that start with the query, then a word that does, then names that hold it; countries
/// before places before hazard areas, bigger places first. Immutable once built: build on any
/// thread (folding every name of a large gazetteer takes a moment), query from any thread.
class SearchIndex {
public:
    /// The layers of `project` worth searching: countries (treaty-styled layers, or polygons with
    /// a name and an ISO code), places (points with name and population) and hazard areas (a
    /// `local_id` field). GUI thread.
    static std::vector<SearchSource> sourcesOf(const Project& project);
    /// Folds every name once. Returns nullptr when `cancel` was set meanwhile.
    static std::shared_ptr<const SearchIndex> build(const std::vector<SearchSource>& sources,
                                                    const std::atomic<bool>* cancel = nullptr);

    /// The best `limit` hits for `query` (none for a blank query).
    std::vector<SearchHit> find(const QString& query, int limit = 20) const;
    std::size_t entryCount() const { return m_entries.size(); }
    std::size_t nameCount() const { return m_names.size(); }

private:
    struct Entry {
        SearchHit hit;
        std::uint32_t firstName = 0, nameEnd = 0; ///< range in m_names; the first is the own name
    };
    std::vector<Entry> m_entries;
    std::vector<QString> m_names; ///< folded
    std::vector<QString> m_rawNames;
};

} // namespace mineatlas::project
