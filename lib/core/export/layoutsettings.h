#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include "result.h"

namespace mineatlas::exporting {

/// What a map page or a one-page brief looks like: the page, the texts and which elements it
/// shows where. A plain value; saved as a small JSON template (docs/layout-template.md) so a weekly
/// brief looks the same every week.
struct LayoutSettings {
    enum class Kind { Map, Brief };
    enum class Place { Right, Bottom };

    Kind kind = Kind::Map;
    QString title = QCoreApplication::translate("Legend", "Mine Ban Treaty status"); // in the interface language
    QString subtitle;
    QPageSize::PageSizeId page = QPageSize::A4;
    bool landscape = true;
    double marginMm = 10;
    int dpi = 300; ///< PNG pixels per inch; PDF and SVG are vector (this sets raster parts only)

    bool legend = true;
    Place legendPlace = Place::Right;
    bool scaleBar = true;
    bool northArrow = true;
    bool date = true;
    bool attribution = true;
    bool locator = false; ///< a small world map with the frame marked

    QSizeF pageSizeMm() const;

    /// The template as JSON ({"kind": "mineatlas-layout", "version": 1, ...}).
    QByteArray toJson() const;
    /// Reads a template; unknown keys are ignored, a wrong kind, version or value is an error
    /// naming the key.
    static Result<LayoutSettings> fromJson(const QByteArray& json, const QString& fileName = {});
    static Result<LayoutSettings> load(const QString& path);
    /// Written to a temporary file and renamed: a failed save leaves the old template whole.
    Result<bool> save(const QString& path) const;

    static QString pageName(QPageSize::PageSizeId page);
    static bool pageFromName(const QString& name, QPageSize::PageSizeId& page);
};

/// Where each element of the page goes, in millimetres from the page's top left.
struct LayoutGeometry {
    QRectF title;
    QRectF map;
    QRectF legend;      ///< empty when the legend is off
    QRectF table;       ///< brief: the country table and hazard statistics
    QRectF footer;      ///< date and attribution
};

LayoutGeometry layoutGeometry(const LayoutSettings& settings);

} // namespace mineatlas::exporting
