#pragma once

#include <QDate>
#include <QString>

namespace mineatlas::treaty {

/// A date known to a day, a month or a year, or only as a range ("2025-07-17/2025-07-18").
/// Every uncertain date is the range of days it could be: comparisons answer yes, no or maybe,
/// so nothing is guessed.
class FuzzyDate {
public:
    enum class Precision { None, Year, Month, Day, Range };
    enum class Happened { No, Maybe, Yes };

    FuzzyDate() = default;
    /// Parses "", "YYYY", "YYYY-MM", "YYYY-MM-DD" or "START/END" (each side any of those forms).
    /// An invalid text gives an invalid date with `ok` false.
    static FuzzyDate parse(const QString& text, bool* ok = nullptr);
    static FuzzyDate day(QDate d);
    static FuzzyDate between(QDate earliest, QDate latest);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    bool isExact() const { return m_precision == Precision::Day; }
    QDate earliest() const { return m_earliest; }
    QDate latest() const { return m_latest; }
    const QString& text() const { return m_text; }

    /// Has it happened on or before `d`?
    Happened happenedBy(QDate d) const;
    /// "4 Dec 1997", "1998 (year only)", "Jul 2025 (month only)", "between 17 Jul 2025 and 18 Jul 2025".
    QString display() const;
    /// "day", "month", "year", "range" or "".
    QString precisionName() const;

private:
    Precision m_precision = Precision::None;
    QDate m_earliest;
    QDate m_latest;
    QString m_text;
};

} // namespace mineatlas::treaty
