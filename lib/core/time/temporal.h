#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "result.h"

namespace mineatlas::data {
class FeatureStore;
}
namespace mineatlas::render {
struct StyledFeatures;
}

namespace mineatlas::time {

/// A step of an animation or of the time control as an ISO 8601 duration of whole years, months,
/// weeks and days: P1D, P7D, P2W, P1M, P3M, P1Y, P1Y6M. Times of day (PT…) are refused: every
/// date in MineAtlas is a calendar day.
struct Step {
    int years = 0, months = 0, days = 0;

    static Result<Step> parse(const QString& text);
    bool isNull() const { return years == 0 && months == 0 && days == 0; }
    /// `from` plus `times` steps, counted from `from` each time, so that 31 Jan + 1 month is the
    /// last day of February and + 2 months is 31 March (never a drift to the 28th).
    QDate advance(QDate from, int times) const;
    QString toString() const;
    bool operator==(const Step&) const = default;
};

/// The dates from `from` to `to`, both included when `to` falls on a step: 2022-01-01 to
/// 2026-01-01 by P1M is 49 dates. Refuses an empty or backwards range and more than `maxFrames`.
Result<std::vector<QDate>> frameDates(QDate from, QDate to, const Step& step, int maxFrames = 10000);

/// A calendar day read from an attribute: a QDate or QDateTime, or text that starts with
/// YYYY-MM-DD or YYYY/MM/DD (GDAL's form for date fields; a time after it is ignored). Invalid
/// for anything else, empty included.
QDate dateFromValue(const QVariant& value);

/// How a layer's features follow the date.
///  - Active: a feature is shown on D when start ≤ D and D < end. The start day is included and
///    the end day is not: the end is the first day the feature is gone (a hazard cleared on
///    10 March is not shown on 10 March). No start: shown from the beginning; no end: open-ended.
///  - Accumulate: shown on D when start ≤ D (the end is ignored): what has been recorded so far.
enum class TemporalMode : std::uint8_t { Active, Accumulate };

struct TemporalSettings {
    QString startField;   ///< empty: the layer ignores the date
    QString endField;     ///< optional
    int durationDays = 0; ///< with no end field: end = start + duration days (0: open-ended)
    TemporalMode mode = TemporalMode::Accumulate;

    bool isEnabled() const { return !startField.isEmpty(); }
    bool operator==(const TemporalSettings&) const = default;
};

/// Date fields recognised by their names (start: "start_date", "date", "reported", "recorded_date",
/// "incident_date", …; end: "end_date", "cleared", "released", …), kept only when at least one
/// value of the field reads as a date. Nothing found: a disabled setting.
TemporalSettings detectTemporalFields(const data::FeatureStore& store);

/// The start and end day of every feature of a store under some settings, read once so that a
/// date change costs a comparison per feature.
class TemporalIndex {
public:
    static std::shared_ptr<const TemporalIndex> build(const data::FeatureStore& store, const TemporalSettings& settings);

    std::size_t size() const { return m_start.size(); }
    bool visibleAt(std::size_t feature, QDate date) const { return visibleAtDay(feature, date.toJulianDay()); }
    bool visibleAtDay(std::size_t feature, qint64 day) const
    {
        if (m_start[feature] != kNone && day < m_start[feature])
            return false;
        return m_mode == TemporalMode::Accumulate || m_end[feature] == kNone || day < m_end[feature];
    }
    /// How many features are shown on `date`.
    std::size_t countAt(QDate date) const;
    /// Features whose start or end value is set but is not a date (shown as if it were empty).
    std::size_t unreadable() const { return m_unreadable; }
    /// The earliest and latest day any feature starts or ends (invalid when none has a date).
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    const TemporalSettings& settings() const { return m_settings; }

private:
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    TemporalSettings m_settings;
    TemporalMode m_mode = TemporalMode::Accumulate;
    std::vector<qint64> m_start, m_end;
    std::size_t m_unreadable = 0;
    QDate m_first, m_last;
};

/// A quantity that grows on dates (released area, say): the sum of every amount dated on or
/// before a day. Immutable once built.
class RunningTotal {
public:
    RunningTotal(std::vector<std::pair<QDate, double>> amounts, QString unitLabel = {});
    /// The sum of the amounts dated on or before `date` (0 before the first).
    double at(QDate date) const;
    double total() const { return m_cumulative.empty() ? 0 : m_cumulative.back(); }
    std::size_t countAt(QDate date) const;
    const QString& label() const { return m_label; }

private:
    std::vector<qint64> m_days;
    std::vector<double> m_cumulative;
    QString m_label;
};

/// `base` with the features not shown on `date` hidden (and their labels left out): a copy of one
/// index per feature, so a date change never touches the geometry.
std::shared_ptr<const render::StyledFeatures> shownAt(const render::StyledFeatures& base, const TemporalIndex& index,
                                                     QDate date);

} // namespace mineatlas::time
