#pragma once

#include <memory>
#include <vector>

#include <QDate>
#include <QHash>
#include <QStringList>

#include "result.h"

namespace mineatlas::treaty {

/// A territory that border files keep apart from its state: a part of the state (Åland is
/// Finland) or a dependency whose treaty coverage is its own (the United Kingdom extended the
/// Convention to Bermuda on 4 December 2001; the Netherlands accepted it for the Kingdom in Europe).
struct Territory {
    enum class Relation { Part, Dependency };
    /// Applies: the sovereign's status holds (from `appliesFrom` when set). NotApplied: the record
    /// shows the Convention does not extend to it. NotRecorded: the record says nothing.
    enum class Coverage { Applies, NotApplied, NotRecorded };

    int row = 0;
    QString code; ///< ISO 3166-1 alpha-3, or empty for a territory without one (Akrotiri)
    QString name;
    QStringList aliases; ///< other names border files use ("Faroe Is.")
    QString sovereign;   ///< ISO alpha-3 of the state in the treaty table
    Relation relation = Relation::Part;
    Coverage coverage = Coverage::NotRecorded;
    QDate appliesFrom; ///< for a dependency the Convention was extended to
    QString notes;
    QStringList sources;

    /// Whether the sovereign's status holds for this territory on `date`.
    bool coveredOn(QDate date) const
    {
        return coverage == Coverage::Applies && (!appliesFrom.isValid() || date >= appliesFrom);
    }
    /// "part of FIN", "dependency of GBR, the Convention extended to it from 4 Dec 2001"…, for
    /// panels and messages (the sovereign's name given by the caller).
    QString relationText(const QString& sovereignName) const;
};

/// The territories table (resources/treaty/territories.csv), read through GDAL's CSV driver and
/// validated: known relation and coverage, a date for every extension and none otherwise, a
/// source per row, codes and names unique.
class TerritoryTable {
public:
    static Result<std::shared_ptr<const TerritoryTable>> load(const QString& path);
    /// The table shipped in the build, read once (an empty table if it is missing or broken:
    /// tst_territories proves the shipped one reads).
    static const TerritoryTable& builtIn();

    const std::vector<Territory>& territories() const { return m_rows; }
    /// By ISO alpha-3 code; nullptr when none.
    const Territory* byCode(const QString& code) const;
    /// By a name or alias, normalised the way the country matcher normalises names.
    const Territory* byNormalisedName(const QString& normalisedName) const;

private:
    static Result<std::shared_ptr<const TerritoryTable>> loadDataset(const QString& gdalPath, const QString& label);
    std::vector<Territory> m_rows;
    QHash<QString, int> m_byCode, m_byName;
};

} // namespace mineatlas::treaty
