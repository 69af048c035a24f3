#pragma once

#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

namespace mineatlas::treaty {

struct TreatyRecord;
class TreatyTable;

/// One country's line in a briefing table.
struct StatusRow {
    QString name, iso3;
    QString status; ///< "State Party", "Uncertain: State Party or signatory"...
    QString since;  ///< the date of the event that set it, as precise as the sources ("Dec 2012", "2003")
    QString precision; ///< "day", "month", "year", "range" or empty
    QString notes, sources;
    unsigned flags = 0; ///< StatusFlags behind `notes`
    /// Briefs: reported AP mine contamination ("191 km² (2019)", "massive, extent not reported"),
    /// empty when none is reported.
    QString contamination;
};
/// The rows of `records` at `date`, sorted by name, each state once.
std::vector<StatusRow> statusRows(std::vector<const TreatyRecord*> records, QDate date);

/// The status of `records` at `date` as a table for briefings, sorted by name:
/// Country, ISO3, Status, Since, Notes (flags such as a claimed suspension) and Sources.
QString statusTableCsv(std::vector<const TreatyRecord*> records, QDate date);
QString statusTableMarkdown(std::vector<const TreatyRecord*> records, QDate date);

/// Every date the treaty map changes on (both ends of uncertain dates), for "play".
std::vector<QDate> eventDates(const TreatyTable& table);

} // namespace mineatlas::treaty
