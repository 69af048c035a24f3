#pragma once

#include <vector>

#include <QDate>
#include <QString>

namespace mineatlas::treaty {

struct TreatyRecord;
class TreatyTable;

/// The status of `records` at `date` as a table for briefings, sorted by name:
/// Country, ISO3, Status, Since, Notes (flags such as a claimed suspension) and Sources.
QString statusTableCsv(std::vector<const TreatyRecord*> records, QDate date);
QString statusTableMarkdown(std::vector<const TreatyRecord*> records, QDate date);

/// Every date the treaty map changes on (both ends of uncertain dates), for "play".
std::vector<QDate> eventDates(const TreatyTable& table);

} // namespace mineatlas::treaty
