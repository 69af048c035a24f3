#pragma once

#include <QString>
#include <QStringList>

#include "geo/surveypoint.h"

class QSettings;

namespace mineatlas::project {

/// How areas are written in the measure tool's readout.
enum class AreaUnit { Automatic, SquareMetres, Hectares, SquareKilometres };
/// How distances are written in the measure tool's readout.
enum class LengthUnits { Metric, Imperial };

/// What a user sets once in Edit ▸ Preferences and keeps between sessions. A plain value: it is
/// read from and written to the QSettings it is given (the app passes its own), and knows no
/// widget. The QSettings keys are part of the contract with the rest of the app (the language
/// key is read at startup to install the translators).
struct Preferences {
    /// "" follows the system's locale; otherwise one of availableLanguages().
    QString language;
    AreaUnit areaUnit = AreaUnit::Automatic;
    LengthUnits lengthUnits = LengthUnits::Metric;
    geo::CoordinateFormat coordinateFormat = geo::CoordinateFormat::DecimalDegrees;
    /// The map CRS a new map starts in ("EPSG:3857"); empty = the CRS used last.
    QString defaultCrs;
    /// How close (screen pixels) a click must be to a vertex or an edge to land on it.
    int snapTolerancePx = 10;
    /// Where basemap tiles are kept; empty = the user's cache folder (defaultTileCacheDir()).
    QString tileCacheDir;
    /// The tile cache is pruned (oldest first) down to this size; 0 = no limit.
    int tileCacheLimitMiB = 500;

    static constexpr int kMinSnapPx = 1;
    static constexpr int kMaxSnapPx = 50;

    static Preferences load(const QSettings& settings);
    void save(QSettings& settings) const;
    bool operator==(const Preferences&) const = default;

    /// The languages MineAtlas ships, by the codes stored in ui/language.
    static QStringList availableLanguages();
    /// `tileCacheDir`, or the default under the user's cache folder when it is empty.
    QString effectiveTileCacheDir() const;
    static QString defaultTileCacheDir();
};

/// The QSettings keys (kept here so every reader uses the same names).
namespace prefkeys {
inline constexpr const char* kLanguage = "ui/language";
inline constexpr const char* kAreaUnit = "units/area";
inline constexpr const char* kLengthUnits = "units/length";
inline constexpr const char* kCoordinateFormat = "view/coordinateFormat";
inline constexpr const char* kDefaultCrs = "map/defaultCrs";
inline constexpr const char* kSnapTolerance = "edit/snapTolerancePx";
inline constexpr const char* kTileCacheDir = "basemap/cacheDir";
inline constexpr const char* kTileCacheLimit = "basemap/cacheLimitMiB";
} // namespace prefkeys

/// "12,345 m²", "1.23 ha", "0.0123 km²" in the chosen unit; Automatic writes m² and ha below a
/// square kilometre, ha and km² from there (English digit grouping, as the other readouts).
QString formatAreaIn(double m2, AreaUnit unit);
/// "850 m" / "12.35 km" (metric), "2,789 ft" / "7.67 mi" (imperial, international foot and mile).
QString formatLengthIn(double metres, LengthUnits units);

} // namespace mineatlas::project
