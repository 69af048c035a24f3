#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

#include "result.h"
#include "treaty/fuzzydate.h"

namespace mineatlas::treaty {

/// One state's dealings with the Ottawa Convention, as the table file states them.
struct TreatyRecord {
    int row = 0; ///< line in the file (header = 1), for messages
    QString iso3;
    QString isoN3;
    QString name;
    FuzzyDate signature;
    FuzzyDate deposit;
    QString depositKind;     ///< ratification, accession, acceptance, approval, succession, or empty
    FuzzyDate inForceStated; ///< as a source states it; null when the file leaves it to Art. 17
    FuzzyDate withdrawalAnnounced;
    FuzzyDate withdrawalDeposited;
    FuzzyDate withdrawalEffective;
    FuzzyDate suspensionClaimed;
    /// Optional columns. The day the state came into being (states created after the treaty
    /// opened: Timor-Leste, Montenegro, South Sudan); before it the state has no status.
    FuzzyDate existsFrom;
    /// A succession that took effect before its deposit (South Sudan, from independence).
    FuzzyDate successionEffective;
    /// A recommendation to withdraw that is not the government's decision (the Baltic and Polish
    /// defence ministers' joint statement of 18 March 2025): an event of its own, not a status.
    FuzzyDate withdrawalRecommended;
    QString withdrawalCn; ///< depositary notification of the withdrawal (C.N.…TREATIES-XXVI-5)
    QString notes;
    QStringList sources;
};

/// The treaty table (resources/treaty/ottawa-status.csv or a user's replacement), read through
/// GDAL's CSV driver and validated row by row. Immutable once loaded; share it as
/// std::shared_ptr<const TreatyTable> between threads.
class TreatyTable {
public:
    /// Reads and validates `path`. On failure the error lists every bad row ("row 12 (POL): ...").
    static Result<std::shared_ptr<const TreatyTable>> load(const QString& path);
    /// The table shipped with MineAtlas (a Qt resource).
    static Result<std::shared_ptr<const TreatyTable>> loadBuiltIn();
    /// The columns a table must have, in the order the shipped file uses.
    static QStringList requiredColumns();

    const std::vector<TreatyRecord>& records() const { return m_records; }
    const TreatyRecord* byIso3(const QString& iso3) const;
    const TreatyRecord* byNumeric(const QString& isoN3) const;
    int indexOfIso3(const QString& iso3) const { return m_byIso3.value(iso3.toUpper(), -1); }
    int indexOfNumeric(const QString& isoN3) const;
    const QString& sourceName() const { return m_sourceName; }

private:
    static Result<std::shared_ptr<const TreatyTable>> loadDataset(const QString& gdalPath,
                                                                  const QString& label);

    std::vector<TreatyRecord> m_records;
    QHash<QString, int> m_byIso3;
    QHash<QString, int> m_byNumeric;
    QString m_sourceName;
};

} // namespace mineatlas::treaty
