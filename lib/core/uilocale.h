#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace mineatlas {

/// The locale numbers and dates are shown in: the default locale (the app sets it from the
/// interface language), except that the bare "C" locale of a build machine or a test reads as
/// English, with digit grouping.
inline QLocale uiLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
}

/// A day as people of `locale` write it in running text: "24 Feb 2022", "24 лют. 2022",
/// "2022年2月24日" (never the weekday, never a two-digit year).
inline QString localDate(QDate date, const QLocale& locale = uiLocale())
{
    if (locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese)
        return locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

/// The same with the month written out: "24 February 2022", "24 лютого 2022", "2022年2月24日".
inline QString localLongDate(QDate date, const QLocale& locale = uiLocale())
{
    if (locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese)
        return locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

/// A month: "Feb 2022", "лют. 2022", "2022年2月".
inline QString localMonth(QDate date, const QLocale& locale = uiLocale())
{
    if (locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese)
        return locale.toString(date, QStringLiteral("yyyy年M月"));
    return locale.toString(date, QStringLiteral("MMM yyyy"));
}

} // namespace mineatlas
