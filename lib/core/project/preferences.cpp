#include "project/preferences.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace mineatlas::project {

namespace {
QString key(const char* k)
{
    return QString::fromLatin1(k);
}

const QStringList kAreaKeys = {QStringLiteral("auto"), QStringLiteral("m2"), QStringLiteral("ha"),
                               QStringLiteral("km2")};

/// Three significant figures, whole units from 100 up (as geo::formatArea writes them).
QString threeFigures(const QLocale& locale, double v)
{
    const double a = std::abs(v);
    if (!std::isfinite(v) || a >= 100 || a == 0)
        return locale.toString(std::round(v), 'f', 0);
    int decimals = std::max(0, 2 - int(std::floor(std::log10(a))));
    if (decimals > 0 && std::round(a * std::pow(10.0, decimals)) >= 1000)
        --decimals;
    return locale.toString(v, 'f', decimals);
}
} // namespace

Preferences Preferences::load(const QSettings& s)
{
    Preferences p;
    p.language = s.value(key(prefkeys::kLanguage)).toString();
    if (!p.language.isEmpty() && !availableLanguages().contains(p.language))
        p.language.clear();
    const auto area = kAreaKeys.indexOf(s.value(key(prefkeys::kAreaUnit)).toString());
    p.areaUnit = area < 0 ? AreaUnit::Automatic : static_cast<AreaUnit>(area);
    p.lengthUnits = s.value(key(prefkeys::kLengthUnits)).toString() == QLatin1String("imperial")
                        ? LengthUnits::Imperial
                        : LengthUnits::Metric;
    p.coordinateFormat = geo::coordinateFormatFromKey(s.value(key(prefkeys::kCoordinateFormat)).toString());
    p.defaultCrs = s.value(key(prefkeys::kDefaultCrs)).toString();
    bool ok = false;
    const int snap = s.value(key(prefkeys::kSnapTolerance)).toInt(&ok);
    if (ok)
        p.snapTolerancePx = std::clamp(snap, kMinSnapPx, kMaxSnapPx);
    p.tileCacheDir = s.value(key(prefkeys::kTileCacheDir)).toString();
    const int limit = s.value(key(prefkeys::kTileCacheLimit)).toInt(&ok);
    if (ok && limit >= 0)
        p.tileCacheLimitMiB = limit;
    return p;
}

void Preferences::save(QSettings& s) const
{
    s.setValue(key(prefkeys::kLanguage), language);
    s.setValue(key(prefkeys::kAreaUnit), kAreaKeys.value(static_cast<int>(areaUnit)));
    s.setValue(key(prefkeys::kLengthUnits),
               lengthUnits == LengthUnits::Imperial ? QStringLiteral("imperial") : QStringLiteral("metric"));
    s.setValue(key(prefkeys::kCoordinateFormat), geo::coordinateFormatKey(coordinateFormat));
    s.setValue(key(prefkeys::kDefaultCrs), defaultCrs);
    s.setValue(key(prefkeys::kSnapTolerance), snapTolerancePx);
    s.setValue(key(prefkeys::kTileCacheDir), tileCacheDir);
    s.setValue(key(prefkeys::kTileCacheLimit), tileCacheLimitMiB);
}

QStringList Preferences::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("uk"), QStringLiteral("zh_CN")};
}

QString Preferences::effectiveTileCacheDir() const
{
    return tileCacheDir.isEmpty() ? defaultTileCacheDir() : tileCacheDir;
}

QString Preferences::defaultTileCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
}

QString formatAreaIn(double m2, AreaUnit unit)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    switch (unit) {
    case AreaUnit::SquareMetres:
        return english.toString(std::round(m2), 'f', 0) + QStringLiteral(" m²");
    case AreaUnit::Hectares:
        return threeFigures(english, m2 / 1e4) + QStringLiteral(" ha");
    case AreaUnit::SquareKilometres:
        return threeFigures(english, m2 / 1e6) + QStringLiteral(" km²");
    case AreaUnit::Automatic:
        break;
    }
    if (m2 < 1e6)
        return QStringLiteral("%1 m² · %2 ha")
            .arg(english.toString(m2, 'f', 0), english.toString(m2 / 1e4, 'f', 2));
    return QStringLiteral("%1 ha · %2 km²")
        .arg(english.toString(m2 / 1e4, 'f', 2), english.toString(m2 / 1e6, 'f', 2));
}

QString formatLengthIn(double metres, LengthUnits units)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (units == LengthUnits::Metric) {
        if (metres < 10000)
            return english.toString(metres, 'f', metres < 1000 ? 0 : 1) + QStringLiteral(" m");
        return english.toString(metres / 1000, 'f', metres < 1000000 ? 2 : 0) + QStringLiteral(" km");
    }
    constexpr double kFoot = 0.3048, kMile = 1609.344; // international foot and mile
    if (metres < kMile)
        return english.toString(metres / kFoot, 'f', 0) + QStringLiteral(" ft");
    return english.toString(metres / kMile, 'f', metres < 1000 * kMile ? 2 : 0) + QStringLiteral(" mi");
}

} // namespace mineatlas::project
