#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include "export/layoutsettings.h"
#include "geo/maprect.h"
#include "render/heatmap.h"
#include "render/style.h"
#include "result.h"
#include "time/temporal.h"

namespace mineatlas::project {

/// One layer of a saved project: where its data is and how it was shown. Paths are absolute in
/// memory; the file holds them relative to the project file (docs/project-format.md).
struct ProjectLayer {
    QString path;        ///< absolute
    QString sourceLayer; ///< the dataset's layer (GeoPackage table); empty: its only layer
    QString name;
    bool raster = false;
    bool visible = true;
    double opacity = 1.0;
    std::optional<render::VectorStyle> style; ///< nullopt: the default style the app gives a new layer
    std::optional<render::HeatmapStyle> heatmap;
    std::optional<time::TemporalSettings> temporal; ///< nullopt: as detected on load
    QString joinField;        ///< treaty-table join field; empty: not joined
    bool treatyStyled = false; ///< coloured by treaty status (when joined)
    bool contamination = false; ///< coloured by reported contamination (when joined)
};

/// The time control's play settings.
struct ProjectTime {
    QDate rangeStart, rangeEnd; ///< invalid: fitted to the data
    QString unit;               ///< "event", "day", "week", "month", "year"; empty: default
    double speed = 0;           ///< steps a second; 0: default
    bool loop = false;

    bool operator==(const ProjectTime&) const = default;
};

/// Everything a `.mineatlas` file holds: a plain value. Layers are top first (drawn last).
struct ProjectDocument {
    /// The version this build writes; older files are migrated on reading, newer ones refused.
    static constexpr int kVersion = 1;

    QString crs = QStringLiteral("EPSG:3857"); ///< map CRS as the user would type it (or WKT)
    MapRect view;                              ///< visible extent in map units; empty: all layers
    QSize viewSize;                            ///< the canvas in pixels when saved (for renders)
    QDate date;                                ///< treaty "as of" date
    QStringList highlighted;                   ///< states outlined on treaty maps
    ProjectTime time;
    std::optional<exporting::LayoutSettings> layout; ///< export page template
    std::vector<ProjectLayer> layers;
};

/// The project as JSON. `projectPath` is where it will be written: layer paths are stored
/// relative to its folder (and absolute as a fallback). Empty `projectPath`: absolute only.
QByteArray projectToJson(const ProjectDocument& document, const QString& projectPath);
/// Reads a project (migrating older versions). Layer paths are resolved against `projectPath`'s
/// folder first, then the absolute fallback; a file found at neither keeps the relative
/// resolution, so the caller can offer it for repair. Errors name the file and the key.
Result<ProjectDocument> projectFromJson(const QByteArray& json, const QString& projectPath);
Result<ProjectDocument> loadProjectFile(const QString& path);
/// Written with QSaveFile: a failed save leaves the previous file whole. `relative` false: layer
/// paths absolute only (recovery copies, which live elsewhere).
Result<bool> saveProjectFile(const ProjectDocument& document, const QString& path, bool relative = true);

/// Brings a project object of any older version up to ProjectDocument::kVersion, one step
/// function per version. A version newer than this build, or none, is an error naming the file.
Result<QJsonObject> migrateProject(QJsonObject object, const QString& fileName);

} // namespace mineatlas::project
