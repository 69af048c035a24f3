#include "time/temporal.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include "data/featurestore.h"
#include "render/style.h"

namespace mineatlas::time {

Result<Step> Step::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?$"));
    const QString t = text.trimmed().toUpper();
    const auto m = form.match(t);
    if (t.contains(QLatin1Char('T')))
        return Error{QCoreApplication::translate("Temporal", "step \"%1\": MineAtlas steps whole days; use P1D, P7D, P1M or P1Y").arg(text)};
    if (!m.hasMatch() || t == QLatin1String("P"))
        return Error{QCoreApplication::translate("Temporal", "step \"%1\" is not an ISO 8601 duration such as P1D, P7D, P1M or P1Y").arg(text)};
    Step s;
    bool ok = true;
    auto number = [&](int group) {
        if (m.captured(group).isEmpty())
            return 0;
        bool good = false;
        const int v = m.captured(group).toInt(&good);
        ok = ok && good && v <= 100000;
        return v;
    };
    s.years = number(1);
    s.months = number(2);
    s.days = number(3) * 7 + number(4);
    if (!ok)
        return Error{QCoreApplication::translate("Temporal", "step \"%1\" is too large").arg(text)};
    if (s.isNull())
        return Error{QCoreApplication::translate("Temporal", "step \"%1\" is zero: the animation would never move").arg(text)};
    return s;
}

QDate Step::advance(QDate from, int times) const
{
    // Years and months from the start each time (QDate clamps the day to the month's end).
    return from.addYears(years * times).addMonths(months * times).addDays(static_cast<qint64>(days) * times);
}

QString Step::toString() const
{
    QString out = QStringLiteral("P");
    if (years)
        out += QStringLiteral("%1Y").arg(years);
    if (months)
        out += QStringLiteral("%1M").arg(months);
    if (days)
        out += days % 7 == 0 ? QStringLiteral("%1W").arg(days / 7) : QStringLiteral("%1D").arg(days);
    return out;
}

Result<std::vector<QDate>> frameDates(QDate from, QDate to, const Step& step, int maxFrames)
{
    if (!from.isValid() || !to.isValid())
        return Error{QCoreApplication::translate("Temporal", "the animation needs a valid first and last date")};
    if (to < from)
        return Error{QCoreApplication::translate("Temporal", "the animation ends (%1) before it starts (%2)")
                         .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))};
    if (step.isNull())
        return Error{QCoreApplication::translate("Temporal", "the animation step is zero")};
    std::vector<QDate> dates;
    for (int i = 0;; ++i) {
        const QDate d = step.advance(from, i);
        if (d > to)
            break;
        if (static_cast<int>(dates.size()) >= maxFrames)
            return Error{QCoreApplication::translate("Temporal", "%1 to %2 by %3 is more than %4 frames; choose a longer step")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), step.toString())
                             .arg(maxFrames)};
        dates.push_back(d);
    }
    return dates;
}

QDate dateFromValue(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate();
    case QMetaType::QDateTime:
        return value.toDateTime().date();
    case QMetaType::QString: {
        const QString s = value.toString().trimmed();
        if (s.size() < 10)
            return {};
        const QChar sep = s[4];
        if ((sep != QLatin1Char('-') && sep != QLatin1Char('/')) || s[7] != sep)
            return {};
        if (s.size() > 10 && s[10] != QLatin1Char(' ') && s[10] != QLatin1Char('T'))
            return {};
        bool y = false, m = false, d = false;
        const QDate date(s.left(4).toInt(&y), s.mid(5, 2).toInt(&m), s.mid(8, 2).toInt(&d));
        return y && m && d ? date : QDate();
    }
    default:
        return {};
    }
}

namespace {

int fieldWithDates(const data::FeatureStore& store, const std::vector<const char*>& names)
{
    const QStringList& fields = store.fieldNames();
    for (const char* name : names)
        for (int i = 0; i < fields.size(); ++i) {
            if (fields[i].compare(QLatin1String(name), Qt::CaseInsensitive) != 0)
                continue;
            for (std::size_t f = 0; f < store.size(); ++f)
                if (dateFromValue(store.attribute(f, i)).isValid())
                    return i;
        }
    return -1;
}

} // namespace

TemporalSettings detectTemporalFields(const data::FeatureStore& store)
{
    TemporalSettings s;
    const int start = fieldWithDates(store, {"start_date", "date_start", "start", "begin", "valid_from", "from_date",
                                             "recorded_date", "date_recorded", "first_recorded", "reported",
                                             "date_reported", "reported_on", "incident_date", "event_date",
                                             "date_of_incident", "date"});
    if (start < 0)
        return s;
    s.startField = store.fieldNames()[start];
    const int end = fieldWithDates(store, {"end_date", "date_end", "end", "valid_to", "to_date", "released",
                                           "release_date", "cleared", "date_cleared", "cleared_on", "closed_date"});
    if (end >= 0 && end != start)
        s.endField = store.fieldNames()[end];
    return s;
}

std::shared_ptr<const TemporalIndex> TemporalIndex::build(const data::FeatureStore& store, const TemporalSettings& settings)
{
    auto index = std::make_shared<TemporalIndex>();
    index->m_settings = settings;
    index->m_mode = settings.mode;
    const std::size_t n = store.size();
    index->m_start.assign(n, kNone);
    index->m_end.assign(n, kNone);
    const int startColumn = store.fieldNames().indexOf(settings.startField);
    const int endColumn = settings.endField.isEmpty() ? -1 : store.fieldNames().indexOf(settings.endField);
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    auto read = [&](std::size_t f, int column) {
        if (column < 0)
            return kNone;
        const QVariant v = store.attribute(f, column);
        if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty()))
            return kNone;
        const QDate d = dateFromValue(v);
        if (!d.isValid()) {
            ++index->m_unreadable;
            return kNone;
        }
        first = std::min(first, d.toJulianDay());
        last = std::max(last, d.toJulianDay());
        return d.toJulianDay();
    };
    for (std::size_t f = 0; f < n; ++f) {
        const std::size_t unreadableBefore = index->m_unreadable;
        index->m_start[f] = read(f, startColumn);
        index->m_end[f] = read(f, endColumn);
        if (endColumn < 0 && settings.durationDays > 0 && index->m_start[f] != kNone)
            index->m_end[f] = index->m_start[f] + settings.durationDays;
        // One feature with two unreadable values still counts once.
        index->m_unreadable = std::min(index->m_unreadable, unreadableBefore + 1);
    }
    if (first <= last) {
        index->m_first = QDate::fromJulianDay(first);
        index->m_last = QDate::fromJulianDay(last);
    }
    return index;
}

std::size_t TemporalIndex::countAt(QDate date) const
{
    const qint64 day = date.toJulianDay();
    std::size_t count = 0;
    for (std::size_t f = 0; f < m_start.size(); ++f)
        count += visibleAtDay(f, day) ? 1 : 0;
    return count;
}

std::shared_ptr<const render::StyledFeatures> shownAt(const render::StyledFeatures& base, const TemporalIndex& index,
                                                     QDate date)
{
    auto out = std::make_shared<render::StyledFeatures>();
    out->symbols = base.symbols;
    out->labelMinPixels = base.labelMinPixels;
    out->maxScale = base.maxScale;
    out->labelBesideMarker = base.labelBesideMarker;
    out->symbolOf = base.symbolOf;
    const qint64 day = date.toJulianDay();
    const std::size_t n = std::min(out->symbolOf.size(), index.size());
    for (std::size_t f = 0; f < n; ++f)
        if (!index.visibleAtDay(f, day))
            out->symbolOf[f] = render::StyledFeatures::kHidden;
    out->labels.reserve(base.labels.size());
    for (const auto& label : base.labels)
        if (label.first >= n || index.visibleAtDay(label.first, day))
            out->labels.push_back(label);
    return out;
}

RunningTotal::RunningTotal(std::vector<std::pair<QDate, double>> amounts, QString unitLabel) : m_label(std::move(unitLabel))
{
    std::erase_if(amounts, [](const auto& a) { return !a.first.isValid(); });
    std::sort(amounts.begin(), amounts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    double sum = 0;
    for (const auto& [date, amount] : amounts) {
        sum += amount;
        m_days.push_back(date.toJulianDay());
        m_cumulative.push_back(sum);
    }
}

std::size_t RunningTotal::countAt(QDate date) const
{
    if (!date.isValid())
        return 0;
    return static_cast<std::size_t>(std::upper_bound(m_days.begin(), m_days.end(), date.toJulianDay()) - m_days.begin());
}

double RunningTotal::at(QDate date) const
{
    const std::size_t n = countAt(date);
    return n == 0 ? 0 : m_cumulative[n - 1];
}

} // namespace mineatlas::time
