#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace mineatlas {

/// A day as people of `locale` write it in running text: "24 Feb 2022", "24 лют. 2022",
/// "2022年2月24日" (never the weekday, never a two-digit year).
inline QString localDate(QDate date, const QLocale& locale = QLocale())
{
    if (locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese)
        return locale.toString(date, QStringLiteral("yyyy年M月d日"));
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English).toString(date, QStringLiteral("d MMM yyyy"));
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace mineatlas
