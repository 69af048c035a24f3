#include "treaty/briefing.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCollator>
#include <QLocale>
#include <QStringList>

#include "treaty/treatystatus.h"
#include "treaty/treatytable.h"
#include "uilocale.h"
#include "treaty/countrynames.h"

namespace mineatlas::treaty {

std::vector<StatusRow> statusRows(std::vector<const TreatyRecord*> records, QDate date)
{
    std::sort(records.begin(), records.end(), [](const TreatyRecord* a, const TreatyRecord* b) {
        return a->name.localeAwareCompare(b->name) < 0;
    });
    records.erase(std::unique(records.begin(), records.end()), records.end());
    std::vector<StatusRow> out;
    for (const TreatyRecord* r : records) {
        if (!r)
            continue;
        const StatusAtDate s = statusAt(*r, date);
        StatusRow row;
        row.name = localizedCountryName(r->iso3, r->name);
        row.iso3 = r->iso3;
        row.status = statusLabel(s.status);
        if (s.status == TreatyStatus::Uncertain)
            row.status =
                QCoreApplication::translate("Briefing", "Uncertain: %1 or %2").arg(statusLabel(s.ifHappened), statusLabel(s.ifNotYet));
        row.since = s.since.display();
        switch (s.since.precision()) {
        case FuzzyDate::Precision::Day:
            row.precision = QCoreApplication::translate("Briefing", "day");
            break;
        case FuzzyDate::Precision::Month:
            row.precision = QCoreApplication::translate("Briefing", "month");
            break;
        case FuzzyDate::Precision::Year:
            row.precision = QCoreApplication::translate("Briefing", "year");
            break;
        case FuzzyDate::Precision::Range:
            row.precision = QCoreApplication::translate("Briefing", "range");
            break;
        case FuzzyDate::Precision::None:
            break;
        }
        row.notes = flagsText(s.flags);
        row.flags = s.flags;
        row.sources = r->sources.join(QStringLiteral(" ; "));
        out.push_back(row);
    }
    // In the reader's alphabet: the names are in the interface language (English order is unchanged).
    const QCollator collator(uiLocale());
    std::stable_sort(out.begin(), out.end(),
                     [&](const StatusRow& a, const StatusRow& b) { return collator.compare(a.name, b.name) < 0; });
    return out;
}

namespace {

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QString mdField(QString s)
{
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

} // namespace

QString statusTableCsv(std::vector<const TreatyRecord*> records, QDate date)
{
    QString out =
        QStringLiteral("country,iso3,status_as_of_%1,since,notes,sources\n").arg(date.toString(Qt::ISODate));
    for (const StatusRow& r : statusRows(std::move(records), date))
        out +=
            QStringList{csvField(r.name),   r.iso3, csvField(r.status), csvField(r.since), csvField(r.notes),
                        csvField(r.sources)}
                .join(QLatin1Char(',')) +
            QLatin1Char('\n');
    return out;
}

QString statusTableMarkdown(std::vector<const TreatyRecord*> records, QDate date)
{
    QString out = QCoreApplication::translate("Briefing", "Ottawa Convention status as of %1\n\n")
                      .arg(localLongDate(date));
    out += QCoreApplication::translate("Briefing", "| Country | ISO3 | Status | Since | Notes |\n|---|---|---|---|---|\n");
    for (const StatusRow& r : statusRows(std::move(records), date))
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(mdField(r.name), r.iso3, mdField(r.status), mdField(r.since), mdField(r.notes));
    return out;
}

std::vector<QDate> eventDates(const TreatyTable& table)
{
    std::vector<QDate> out;
    auto add = [&](const FuzzyDate& d) {
        if (d.isNull())
            return;
        out.push_back(d.earliest());
        if (d.latest() != d.earliest())
            out.push_back(d.latest().addDays(1)); // the first day the event is certain
    };
    for (const TreatyRecord& r : table.records()) {
        add(r.signature);
        add(r.deposit);
        add(entryIntoForce(r));
        add(r.withdrawalAnnounced);
        add(r.withdrawalDeposited);
        add(r.withdrawalEffective);
        add(r.suspensionClaimed);
        add(r.existsFrom);
        add(r.withdrawalRecommended);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace mineatlas::treaty
