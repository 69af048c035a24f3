#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "feedback.h"
#include "geo/maprect.h"
#include "result.h"

namespace mineatlas::data {

/// A tile service the user adds as a basemap: an XYZ URL template ({z}/{x}/{y}) or a WMTS
/// GetCapabilities URL. Tiles are read through GDAL's WMS / WMTS drivers from a service
/// description file we write (see createBasemap), so they render like any other raster layer.
struct BasemapSource {
    enum class Kind { Xyz, Wmts };
    Kind kind = Kind::Xyz;
    QString name;        ///< layer name, also the description's file name
    QString url;         ///< XYZ: template with {z}, {x} and {y}; WMTS: the GetCapabilities URL
    QString attribution; ///< shown on the map and in exported credits
    int maxZoom = 19;    ///< XYZ: deepest zoom level the server has
    /// Tile servers whose usage policy forbids bulk downloads (OpenStreetMap): "Download this
    /// area" is limited to kLimitedDownloadMaxZoom and kLimitedDownloadMaxTiles.
    bool bulkDownloadLimited = false;
};

/// How a basemap reaches its server and where it keeps tiles.
struct BasemapOptions {
    QString cacheDir;        ///< tiles are kept under cacheDir/<name> (GDAL's WMS cache)
    QString userAgent;       ///< "MineAtlas/<version>": tile servers ask for an honest one
    int timeoutSeconds = 20; ///< per HTTP request
};

/// OpenStreetMap's standard tiles, with its attribution and the limits of its tile usage policy.
BasemapSource openStreetMap();
inline constexpr const char* kOsmTilePolicyUrl = "https://operations.osmfoundation.org/policies/tiles/";
inline constexpr int kLimitedDownloadMaxZoom = 16;
inline constexpr int kLimitedDownloadMaxTiles = 250;
/// A rough size per 256×256 PNG tile of a street map, for the estimate shown before a download.
inline constexpr double kEstimatedKiBPerTile = 15;

/// The XYZ template in GDAL's form (${z}/${x}/${y}); an error names what is missing.
Result<QString> gdalTileUrl(const QString& xyzTemplate);
/// The GDAL_WMS description (TMS mini-driver, Web Mercator, 256-pixel tiles) of an XYZ source,
/// with the cache under options.cacheDir/<name>.
Result<QByteArray> xyzDescription(const BasemapSource& source, const BasemapOptions& options);

/// Writes the service description of `source` into `dir` (WMTS: fetches the GetCapabilities
/// document and keeps a copy next to it, so the basemap opens without a network), then reads
/// one tile to check the server answers. Returns the description's path. Does network I/O:
/// call it off the GUI thread. Errors name the basemap, the URL and GDAL's message.
Result<QString> createBasemap(const BasemapSource& source, const QString& dir, const BasemapOptions& options);

/// The source recorded next to a basemap description written by createBasemap, or an MBTiles
/// file written by downloadArea (std::nullopt for any other raster). Stored beside `path` as
/// <name>.basemap.json.
std::optional<BasemapSource> readBasemapSource(const QString& path);
bool writeBasemapSource(const QString& path, const BasemapSource& source);

/// The description at `path` with GDAL's OfflineMode on: tiles come from the cache only (those
/// never fetched are blank). Empty when `path` is not a WMS / WMTS description.
QByteArray offlineDescription(const QString& path);
/// Whether a GDAL message says the server could not be reached at all (no HTTP answer).
bool isConnectionFailure(const QString& gdalMessage);

/// The Web Mercator tiles of zoom `z` that cover a lon/lat rectangle (latitudes clamped to
/// ±85.0511°). Tile y counts from the north, as XYZ servers do.
struct TileRange {
    int z = 0;
    int xMin = 0, xMax = -1, yMin = 0, yMax = -1;
    qint64 count() const { return qint64(xMax - xMin + 1) * (yMax - yMin + 1); }
    /// The range's bounds in EPSG:3857 metres.
    MapRect mercatorBounds() const;
};
TileRange tileRange(const MapRect& lonLat, int z);
/// Tiles of every zoom from zMin to zMax over `lonLat`.
qint64 tileCount(const MapRect& lonLat, int zMin, int zMax);

/// "Download this area for offline use": the tiles of `lonLat` at zMax read from the basemap
/// into an MBTiles file, lower zooms down to zMin built from them (no extra requests).
struct AreaDownload {
    QString description; ///< the basemap's description file
    MapRect lonLat;
    int zMin = 0, zMax = 0;
    QString output; ///< .mbtiles path (replaced)
};
/// Why `request` may not run for `source` (zoom order, OSM's policy limits); empty when it may.
QString downloadRefusal(const BasemapSource& source, const AreaDownload& request);
/// Runs the download (worker thread; polls `feedback` for cancel, reports progress). Returns
/// the number of tiles written. A canceled or failed download leaves no file behind.
Result<qint64> downloadArea(const AreaDownload& request, Feedback* feedback);

} // namespace mineatlas::data
