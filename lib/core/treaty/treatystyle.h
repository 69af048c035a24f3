#pragma once

#include <memory>
#include <vector>

#include <QDate>
#include <QStringList>

#include "render/style.h"
#include "treaty/countrymatcher.h"
#include "treaty/treatystatus.h"
#include "treaty/treatytable.h"

namespace mineatlas::data {
class FeatureStore;
}

namespace mineatlas::treaty {

/// Colours a country layer by treaty status at a date: a colour-blind-safe fill per status,
/// hatching for announced/pending withdrawals and claimed suspensions, a neutral fill for
/// features with no treaty status, and a strong outline plus a label for the states named in the
/// treaty debate. Immutable; evaluating a date is O(features), never per vertex.
class TreatyStyle {
public:
    struct LegendEntry {
        QString label;
        render::Symbol symbol;
        int count = 0; ///< states with this status at the date (features, for "no treaty status")
    };

    /// The states highlighted by default: the five that withdrew, Ukraine, and the four great
    /// powers that never joined.
    static QStringList defaultHighlighted();

    TreatyStyle(std::shared_ptr<const TreatyTable> table, CountryMatch match,
                QStringList highlighted = defaultHighlighted());

    std::shared_ptr<const render::StyledFeatures> apply(const data::FeatureStore& store, QDate date) const;
    /// Statuses present at `date` with their counts (from the whole table), then "no treaty status".
    std::vector<LegendEntry> legend(QDate date) const;
    /// The same for some states only (those in a map frame), with `noStatus` features without a
    /// treaty status among them.
    std::vector<LegendEntry> legend(QDate date, const std::vector<const TreatyRecord*>& states, int noStatus) const;

    static render::Symbol symbolFor(TreatyStatus status, unsigned flags);
    static render::Symbol noStatusSymbol();

    const TreatyTable& table() const { return *m_table; }
    const std::shared_ptr<const TreatyTable>& tablePtr() const { return m_table; }
    const CountryMatch& match() const { return m_match; }
    const QStringList& highlighted() const { return m_highlighted; }
    /// The treaty record of a feature, or nullptr (a territory's: its sovereign's, see territoryOf).
    const TreatyRecord* recordOf(std::size_t feature) const;
    /// The territory a feature is (a part of a state or a dependency), or nullptr.
    const Territory* territoryOf(std::size_t feature) const;

private:
    std::shared_ptr<const TreatyTable> m_table;
    CountryMatch m_match;
    QStringList m_highlighted;
};

} // namespace mineatlas::treaty
