#include "treaty/fuzzydate.h"
#include "uilocale.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mineatlas::treaty {

namespace {

/// One side: returns the earliest/latest day it covers and its precision.
bool parseSingle(const QString& t, QDate& earliest, QDate& latest, FuzzyDate::Precision& precision)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return false;
    const int y = m.captured(1).toInt();
    if (m.captured(2).isEmpty()) {
        earliest = QDate(y, 1, 1);
        latest = QDate(y, 12, 31);
        precision = FuzzyDate::Precision::Year;
    } else if (m.captured(3).isEmpty()) {
        const int mo = m.captured(2).toInt();
        earliest = QDate(y, mo, 1);
        latest = earliest.isValid() ? earliest.addMonths(1).addDays(-1) : QDate();
        precision = FuzzyDate::Precision::Month;
    } else {
        earliest = latest = QDate(y, m.captured(2).toInt(), m.captured(3).toInt());
        precision = FuzzyDate::Precision::Day;
    }
    return earliest.isValid() && latest.isValid();
}

QString formatDay(QDate d)
{
    return localDate(d);
}

} // namespace

FuzzyDate FuzzyDate::parse(const QString& rawText, bool* ok)
{
    const QString text = rawText.trimmed();
    FuzzyDate f;
    if (ok)
        *ok = true;
    if (text.isEmpty())
        return f;
    bool good = false;
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        good = parseSingle(text, f.m_earliest, f.m_latest, f.m_precision);
    } else {
        QDate e0, l0, e1, l1;
        Precision p0, p1;
        good = parseSingle(text.left(slash), e0, l0, p0) && parseSingle(text.mid(slash + 1), e1, l1, p1) &&
               e0 <= l1;
        f.m_earliest = e0;
        f.m_latest = l1;
        f.m_precision = (good && e0 == l1) ? Precision::Day : Precision::Range;
    }
    if (!good) {
        if (ok)
            *ok = false;
        return FuzzyDate();
    }
    f.m_text = text;
    return f;
}

FuzzyDate FuzzyDate::day(QDate d)
{
    FuzzyDate f;
    if (!d.isValid())
        return f;
    f.m_precision = Precision::Day;
    f.m_earliest = f.m_latest = d;
    f.m_text = d.toString(Qt::ISODate);
    return f;
}

FuzzyDate FuzzyDate::between(QDate earliest, QDate latest)
{
    if (!earliest.isValid() || !latest.isValid() || latest < earliest)
        return {};
    if (earliest == latest)
        return day(earliest);
    FuzzyDate f;
    f.m_precision = Precision::Range;
    f.m_earliest = earliest;
    f.m_latest = latest;
    f.m_text = earliest.toString(Qt::ISODate) + QLatin1Char('/') + latest.toString(Qt::ISODate);
    return f;
}

FuzzyDate::Happened FuzzyDate::happenedBy(QDate d) const
{
    if (isNull() || d < m_earliest)
        return Happened::No;
    return d >= m_latest ? Happened::Yes : Happened::Maybe;
}

QString FuzzyDate::display() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Day:
        return formatDay(m_earliest);
    case Precision::Month:
        return QCoreApplication::translate("FuzzyDate", "%1 (month only)").arg(localMonth(m_earliest));
    case Precision::Year:
        return QCoreApplication::translate("FuzzyDate", "%1 (year only)").arg(m_earliest.year());
    case Precision::Range:
        return QCoreApplication::translate("FuzzyDate", "between %1 and %2").arg(formatDay(m_earliest), formatDay(m_latest));
    }
    return {};
}

QString FuzzyDate::precisionName() const
{
    switch (m_precision) {
    case Precision::Day:
        return QCoreApplication::translate("FuzzyDate", "day");
    case Precision::Month:
        return QCoreApplication::translate("FuzzyDate", "month");
    case Precision::Year:
        return QCoreApplication::translate("FuzzyDate", "year");
    case Precision::Range:
        return QCoreApplication::translate("FuzzyDate", "range");
    case Precision::None:
        break;
    }
    return {};
}

} // namespace mineatlas::treaty
