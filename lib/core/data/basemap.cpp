#include "data/basemap.h"

#include <cmath>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cpl_http.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"

namespace mineatlas::data {

namespace {

constexpr double kMercatorHalfWorld = 20037508.342789244;
constexpr double kMaxMercatorLat = 85.0511287798066;

/// A file name for the basemap's description: letters, digits, space, '-', '_' and '.' kept.
QString safeFileName(const QString& name)
{
    QString out;
    for (const QChar c : name.trimmed())
        out += (c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') ||
                c == QLatin1Char('_') || c == QLatin1Char('.'))
                   ? c
                   : QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("basemap") : out;
}

QString sidecarPath(const QString& descriptionPath)
{
    const QFileInfo info(descriptionPath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".basemap.json");
}

QString cacheElement(const BasemapSource& source, const BasemapOptions& options)
{
    const QString path = QDir(options.cacheDir).absoluteFilePath(safeFileName(source.name));
    // Unique off: the cache is ours and per basemap, and the same tiles must be found when the
    // description is opened from memory in offline mode.
    return QStringLiteral("<Cache><Path>%1</Path><Unique>false</Unique></Cache>").arg(path.toHtmlEscaped());
}

struct HttpResultFree {
    void operator()(CPLHTTPResult* r) const { CPLHTTPDestroyResult(r); }
};
using HttpResultPtr = std::unique_ptr<CPLHTTPResult, HttpResultFree>;

struct TranslateOptionsFree {
    void operator()(GDALTranslateOptions* o) const { GDALTranslateOptionsFree(o); }
};
using TranslateOptionsPtr = std::unique_ptr<GDALTranslateOptions, TranslateOptionsFree>;

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush();
}

/// Reads a 256×256 window of the coarsest overview: one tile, the cheapest proof the server
/// (or the cache) answers.
QString probe(const QString& descriptionPath)
{
    GdalErrorCollector errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(descriptionPath.toUtf8().constData(),
                                              GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!ds || ds->GetRasterCount() == 0)
        return errors.message(QCoreApplication::translate("Basemap", "GDAL cannot open the service description"));
    GDALRasterBand* band = ds->GetRasterBand(1);
    if (band->GetOverviewCount() > 0)
        band = band->GetOverview(band->GetOverviewCount() - 1);
    const int w = std::min(256, band->GetXSize()), h = std::min(256, band->GetYSize());
    std::vector<GByte> pixels(static_cast<std::size_t>(w) * h);
    if (band->RasterIO(GF_Read, 0, 0, w, h, pixels.data(), w, h, GDT_Byte, 0, 0, nullptr) != CE_None)
        return errors.message(QCoreApplication::translate("Basemap", "no tile could be read"));
    return {};
}

struct ScaledProgress {
    Feedback* feedback;
    double base, span;
};

int CPL_STDCALL scaledProgress(double done, const char*, void* data)
{
    const auto* p = static_cast<const ScaledProgress*>(data);
    if (!p->feedback)
        return TRUE;
    p->feedback->setProgress(p->base + p->span * std::clamp(done, 0.0, 1.0));
    return p->feedback->isCanceled() ? FALSE : TRUE;
}

Result<QString> writeWmtsDescription(const BasemapSource& source, const QString& descriptionPath,
                                     const BasemapOptions& options)
{
    GdalErrorCollector errors;
    const QString capsPath = QFileInfo(descriptionPath).absolutePath() + QLatin1Char('/') +
                             QFileInfo(descriptionPath).completeBaseName() +
                             QStringLiteral(".capabilities.xml");
    const QByteArray url = source.url.trimmed().toUtf8();
    const QByteArray timeout = "TIMEOUT=" + QByteArray::number(options.timeoutSeconds);
    const QByteArray agent = "USERAGENT=" + options.userAgent.toUtf8();
    const char* httpOptions[] = {timeout.constData(), agent.constData(), "MAX_RETRY=0", nullptr};
    HttpResultPtr reply(CPLHTTPFetch(url.constData(), const_cast<char**>(httpOptions)));
    if (!reply || reply->nStatus != 0 || reply->nDataLen == 0)
        return Error{QCoreApplication::translate("Basemap", "%1: cannot read the GetCapabilities document at %2: %3")
                         .arg(source.name, source.url,
                              reply && reply->pszErrBuf ? QString::fromUtf8(reply->pszErrBuf)
                                                        : errors.message(QCoreApplication::translate("Basemap", "no answer")))};
    const QByteArray caps(reinterpret_cast<const char*>(reply->pabyData), reply->nDataLen);
    if (!caps.contains("Capabilities"))
        return Error{
            QCoreApplication::translate("Basemap", "%1: %2 is not a WMTS GetCapabilities document").arg(source.name, source.url)};
    if (!writeFile(capsPath, caps))
        return Error{QCoreApplication::translate("Basemap", "%1: cannot write %2").arg(source.name, capsPath)};
    // A copy of the capabilities: the basemap then opens (from the cache) with no network.
    QByteArray openName = "WMTS:" + capsPath.toUtf8();
    GDALDatasetUniquePtr ds(GDALDataset::Open(openName.constData(), GDAL_OF_RASTER | GDAL_OF_VERBOSE_ERROR));
    if (ds && ds->GetRasterCount() == 0) {
        // Several layers, styles or tile matrix sets: the first one listed.
        if (const char* first = ds->GetMetadataItem("SUBDATASET_1_NAME", "SUBDATASETS")) {
            openName = first;
            ds.reset(GDALDataset::Open(openName.constData(), GDAL_OF_RASTER | GDAL_OF_VERBOSE_ERROR));
        }
    }
    if (!ds || ds->GetRasterCount() == 0)
        return Error{QCoreApplication::translate("Basemap", "%1: GDAL cannot read the WMTS service at %2: %3")
                         .arg(source.name, source.url, errors.message(QCoreApplication::translate("Basemap", "no usable layer")))};
    GDALDriver* wmts = GetGDALDriverManager()->GetDriverByName("WMTS");
    GDALDatasetUniquePtr copy(wmts ? wmts->CreateCopy(descriptionPath.toUtf8().constData(), ds.get(), FALSE,
                                                      nullptr, nullptr, nullptr)
                                   : nullptr);
    if (!copy)
        return Error{QCoreApplication::translate("Basemap", "%1: cannot write %2: %3")
                         .arg(source.name, descriptionPath,
                              errors.message(QCoreApplication::translate("Basemap", "GDAL's WMTS driver failed")))};
    copy.reset();
    QFile f(descriptionPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Basemap", "%1: cannot read back %2").arg(source.name, descriptionPath)};
    QString xml = QString::fromUtf8(f.readAll());
    f.close();
    static const QRegularExpression cache(QStringLiteral("<Cache\\s*/>|<Cache>.*</Cache>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QString element = cacheElement(source, options);
    if (xml.contains(cache))
        xml.replace(cache, element);
    else
        xml.replace(QStringLiteral("</GDAL_WMTS>"), element + QStringLiteral("\n</GDAL_WMTS>"));
    if (!writeFile(descriptionPath, xml.toUtf8()))
        return Error{QCoreApplication::translate("Basemap", "%1: cannot write %2").arg(source.name, descriptionPath)};
    return descriptionPath;
}

} // namespace

BasemapSource openStreetMap()
{
    BasemapSource s;
    s.kind = BasemapSource::Kind::Xyz;
    s.name = QStringLiteral("OpenStreetMap");
    s.url = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    s.attribution = QStringLiteral("© OpenStreetMap contributors (openstreetmap.org/copyright)");
    s.maxZoom = 19;
    s.bulkDownloadLimited = true;
    return s;
}

Result<QString> gdalTileUrl(const QString& xyzTemplate)
{
    QString url = xyzTemplate.trimmed();
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme().isEmpty() ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https") &&
         parsed.scheme() != QLatin1String("file")))
        return Error{QCoreApplication::translate("Basemap", "“%1” is not a web address (http:// or https://)").arg(url)};
    for (const char* key : {"z", "x", "y"}) {
        const QString plain = QStringLiteral("{%1}").arg(QLatin1String(key));
        const QString gdal = QStringLiteral("${%1}").arg(QLatin1String(key));
        if (!url.contains(gdal)) {
            if (!url.contains(plain))
                return Error{
                    QCoreApplication::translate("Basemap", "“%1” has no %2: a tile address needs {z}, {x} and {y}").arg(url, plain)};
            url.replace(plain, gdal);
        }
    }
    return url;
}

Result<QByteArray> xyzDescription(const BasemapSource& source, const BasemapOptions& options)
{
    auto url = gdalTileUrl(source.url);
    if (!url)
        return Error{QStringLiteral("%1: %2").arg(source.name, url.error())};
    const QString h = QString::number(kMercatorHalfWorld, 'f', 6);
    const QString xml =
        QStringLiteral("<GDAL_WMS>\n"
                       "  <Service name=\"TMS\"><ServerUrl>%1</ServerUrl></Service>\n"
                       "  <DataWindow>\n"
                       "    <UpperLeftX>-%2</UpperLeftX><UpperLeftY>%2</UpperLeftY>\n"
                       "    <LowerRightX>%2</LowerRightX><LowerRightY>-%2</LowerRightY>\n"
                       "    <TileLevel>%3</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>\n"
                       "    <YOrigin>top</YOrigin>\n"
                       "  </DataWindow>\n"
                       "  <Projection>EPSG:3857</Projection>\n"
                       "  <BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>\n"
                       "  <BandsCount>4</BandsCount>\n"
                       "  <MaxConnections>2</MaxConnections>\n"
                       "  <Timeout>%4</Timeout>\n"
                       "  <UserAgent>%5</UserAgent>\n"
                       "  <ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>\n"
                       "  %6\n"
                       "</GDAL_WMS>\n")
            .arg(url.value().toHtmlEscaped(), h)
            .arg(std::clamp(source.maxZoom, 0, 24))
            .arg(std::max(1, options.timeoutSeconds))
            .arg(options.userAgent.toHtmlEscaped(), cacheElement(source, options));
    return xml.toUtf8();
}

Result<QString> createBasemap(const BasemapSource& source, const QString& dir, const BasemapOptions& options)
{
    if (source.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Basemap", "The basemap needs a name")};
    if (!QDir().mkpath(dir))
        return Error{QCoreApplication::translate("Basemap", "%1: cannot create the folder %2").arg(source.name, dir)};
    const QString path = QDir(dir).absoluteFilePath(safeFileName(source.name) + QStringLiteral(".xml"));
    if (source.kind == BasemapSource::Kind::Xyz) {
        auto xml = xyzDescription(source, options);
        if (!xml)
            return Error{xml.error()};
        if (!writeFile(path, xml.value()))
            return Error{QCoreApplication::translate("Basemap", "%1: cannot write %2").arg(source.name, path)};
    } else {
        const QUrl parsed(source.url.trimmed());
        if (!parsed.isValid() ||
            (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
            return Error{QCoreApplication::translate("Basemap", "%1: “%2” is not a web address (http:// or https://)")
                             .arg(source.name, source.url)};
        auto written = writeWmtsDescription(source, path, options);
        if (!written)
            return written;
    }
    if (const QString failure = probe(path); !failure.isEmpty()) {
        QFile::remove(path);
        const QString host = QUrl(source.url.trimmed()).host();
        if (isConnectionFailure(failure))
            return Error{
                QCoreApplication::translate("Basemap", "%1: cannot reach the tile server %2 (no network, or the address is wrong). "
                               "GDAL: %3")
                    .arg(source.name, host, failure)};
        return Error{QCoreApplication::translate("Basemap", "%1: the tile server %2 did not give a tile. GDAL: %3")
                         .arg(source.name, host, failure)};
    }
    if (!writeBasemapSource(path, source))
        return Error{QCoreApplication::translate("Basemap", "%1: cannot write %2").arg(source.name, sidecarPath(path))};
    return path;
}

bool writeBasemapSource(const QString& path, const BasemapSource& source)
{
    QJsonObject o{{QStringLiteral("kind"),
                   source.kind == BasemapSource::Kind::Wmts ? QStringLiteral("wmts") : QStringLiteral("xyz")},
                  {QStringLiteral("name"), source.name},
                  {QStringLiteral("url"), source.url},
                  {QStringLiteral("attribution"), source.attribution},
                  {QStringLiteral("maxZoom"), source.maxZoom},
                  {QStringLiteral("bulkDownloadLimited"), source.bulkDownloadLimited}};
    return writeFile(sidecarPath(path), QJsonDocument(o).toJson());
}

std::optional<BasemapSource> readBasemapSource(const QString& path)
{
    QFile f(sidecarPath(path));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    BasemapSource s;
    s.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("wmts") ? BasemapSource::Kind::Wmts
                                                                                 : BasemapSource::Kind::Xyz;
    s.name = o.value(QStringLiteral("name")).toString();
    s.url = o.value(QStringLiteral("url")).toString();
    s.attribution = o.value(QStringLiteral("attribution")).toString();
    s.maxZoom = o.value(QStringLiteral("maxZoom")).toInt(19);
    s.bulkDownloadLimited = o.value(QStringLiteral("bulkDownloadLimited")).toBool();
    return s;
}

QByteArray offlineDescription(const QString& path)
{
    if (!path.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray xml = f.read(1 << 20);
    for (const QByteArray& end : {QByteArray("</GDAL_WMS>"), QByteArray("</GDAL_WMTS>")}) {
        const qsizetype at = xml.lastIndexOf(end);
        if (at >= 0 && xml.trimmed().startsWith("<GDAL_WMS")) {
            xml.insert(at, "<OfflineMode>true</OfflineMode>\n");
            return xml;
        }
    }
    return {};
}

bool isConnectionFailure(const QString& m)
{
    return m.contains(QLatin1String("HTTP status code: 0")) ||
           m.contains(QLatin1String("Couldn't connect")) || m.contains(QLatin1String("Could not resolve")) ||
           m.contains(QLatin1String("Failed to connect")) ||
           m.contains(QLatin1String("Timeout was reached")) || m.contains(QLatin1String("timed out"));
}

MapRect TileRange::mercatorBounds() const
{
    const double size = 2 * kMercatorHalfWorld / std::ldexp(1.0, z);
    return {-kMercatorHalfWorld + xMin * size, kMercatorHalfWorld - (yMax + 1) * size,
            -kMercatorHalfWorld + (xMax + 1) * size, kMercatorHalfWorld - yMin * size};
}

TileRange tileRange(const MapRect& lonLat, int z)
{
    TileRange r;
    r.z = z;
    if (lonLat.isEmpty())
        return r;
    const double n = std::ldexp(1.0, z);
    const auto column = [n](double lon) { return (std::clamp(lon, -180.0, 180.0) + 180) / 360 * n; };
    const auto row = [n](double lat) {
        const double phi = std::clamp(lat, -kMaxMercatorLat, kMaxMercatorLat) * M_PI / 180;
        return (1 - std::asinh(std::tan(phi)) / M_PI) / 2 * n;
    };
    const int last = static_cast<int>(n) - 1;
    // A rectangle ending exactly on a tile edge does not reach into the next tile.
    constexpr double edge = 1e-9;
    r.xMin = std::clamp(static_cast<int>(std::floor(column(lonLat.xMin))), 0, last);
    r.xMax = std::clamp(static_cast<int>(std::floor(column(lonLat.xMax) - edge)), 0, last);
    r.yMin = std::clamp(static_cast<int>(std::floor(row(lonLat.yMax))), 0, last);
    r.yMax = std::clamp(static_cast<int>(std::floor(row(lonLat.yMin) - edge)), 0, last);
    return r;
}

qint64 tileCount(const MapRect& lonLat, int zMin, int zMax)
{
    qint64 total = 0;
    for (int z = zMin; z <= zMax; ++z)
        total += tileRange(lonLat, z).count();
    return total;
}

QString downloadRefusal(const BasemapSource& source, const AreaDownload& request)
{
    if (request.lonLat.isEmpty())
        return QCoreApplication::translate("Basemap", "There is no area to download");
    if (request.zMin < 0 || request.zMin > request.zMax)
        return QCoreApplication::translate("Basemap", "The lowest zoom (%1) must not be above the highest (%2)")
            .arg(request.zMin)
            .arg(request.zMax);
    if (source.kind == BasemapSource::Kind::Xyz && request.zMax > source.maxZoom)
        return QCoreApplication::translate("Basemap", "%1 has tiles down to zoom %2 only").arg(source.name).arg(source.maxZoom);
    if (!source.bulkDownloadLimited)
        return {};
    const qint64 tiles = tileCount(request.lonLat, request.zMin, request.zMax);
    if (request.zMax > kLimitedDownloadMaxZoom || tiles > kLimitedDownloadMaxTiles)
        return QCoreApplication::translate("Basemap", "%1's tile usage policy forbids bulk downloads (%2): MineAtlas downloads at most %3 "
                   "tiles, down to zoom %4, from it. This area needs %5 tiles: choose a smaller area or "
                   "fewer zoom levels, or use a tile provider that allows offline use.")
            .arg(source.name, QLatin1String(kOsmTilePolicyUrl))
            .arg(kLimitedDownloadMaxTiles)
            .arg(kLimitedDownloadMaxZoom)
            .arg(tiles);
    return {};
}

Result<qint64> downloadArea(const AreaDownload& request, Feedback* feedback)
{
    GdalErrorCollector errors;
    const QString outName = QFileInfo(request.output).fileName();
    GDALDatasetUniquePtr src(GDALDataset::Open(request.description.toUtf8().constData(),
                                               GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!src)
        return Error{QStringLiteral("%1: %2").arg(QFileInfo(request.description).fileName(),
                                                  errors.message(QCoreApplication::translate("Basemap", "GDAL cannot open it")))};
    // The tile grid below is Web Mercator's: other services (a WMTS in a national CRS) are not
    // cut into the tiles the MBTiles file holds.
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    if (!src->GetSpatialRef() || !src->GetSpatialRef()->IsSame(&mercator))
        return Error{
            QCoreApplication::translate("Basemap", "%1: only Web Mercator (EPSG:3857) basemaps can be downloaded for offline use")
                .arg(QFileInfo(request.description).completeBaseName())};
    // The source's terms hold here too, whatever the caller checked.
    if (auto source = readBasemapSource(request.description))
        if (const QString refusal = downloadRefusal(*source, request); !refusal.isEmpty())
            return Error{refusal};
    const TileRange range = tileRange(request.lonLat, request.zMax);
    if (range.count() <= 0)
        return Error{QCoreApplication::translate("Basemap", "%1: the area holds no tiles").arg(outName)};
    const MapRect m = range.mercatorBounds();
    QFile::remove(request.output);
    if (feedback && feedback->isCanceled())
        return Error{QCoreApplication::translate("Basemap", "%1: download canceled").arg(outName)};
    QStringList args = {QStringLiteral("-of"),
                        QStringLiteral("MBTiles"),
                        QStringLiteral("-projwin"),
                        QString::number(m.xMin, 'f', 6),
                        QString::number(m.yMax, 'f', 6),
                        QString::number(m.xMax, 'f', 6),
                        QString::number(m.yMin, 'f', 6),
                        QStringLiteral("-outsize"),
                        QString::number((range.xMax - range.xMin + 1) * 256),
                        QString::number((range.yMax - range.yMin + 1) * 256),
                        QStringLiteral("-co"),
                        QStringLiteral("TILE_FORMAT=PNG"),
                        QStringLiteral("-co"),
                        QStringLiteral("NAME=%1").arg(QFileInfo(request.output).completeBaseName())};
    std::vector<QByteArray> bytes;
    std::vector<char*> argv;
    for (const QString& a : args)
        bytes.push_back(a.toUtf8());
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    TranslateOptionsPtr options(GDALTranslateOptionsNew(argv.data(), nullptr));
    const int levels = request.zMax - request.zMin;
    ScaledProgress copyProgress{feedback, 0, levels > 0 ? 0.85 : 1.0};
    GDALTranslateOptionsSetProgress(options.get(), scaledProgress, &copyProgress);
    int usageError = 0;
    GDALDatasetUniquePtr out(GDALDataset::FromHandle(GDALTranslate(
        request.output.toUtf8().constData(), GDALDataset::ToHandle(src.get()), options.get(), &usageError)));
    const auto fail = [&](const QString& what) -> Result<qint64> {
        out.reset();
        QFile::remove(request.output);
        if (feedback && feedback->isCanceled())
            return Error{QCoreApplication::translate("Basemap", "%1: download canceled").arg(outName)};
        return Error{QStringLiteral("%1: %2").arg(outName, errors.message(what))};
    };
    if (!out || (feedback && feedback->isCanceled()))
        return fail(QCoreApplication::translate("Basemap", "the tiles could not be downloaded"));
    if (levels > 0) {
        // Lower zooms from the tiles just fetched: no more requests to the server.
        std::vector<int> factors;
        for (int k = 1; k <= levels; ++k)
            factors.push_back(1 << k);
        ScaledProgress overviewProgress{feedback, 0.85, 0.15};
        if (GDALBuildOverviews(GDALDataset::ToHandle(out.get()), "AVERAGE", static_cast<int>(factors.size()),
                               factors.data(), 0, nullptr, scaledProgress, &overviewProgress) != CE_None ||
            (feedback && feedback->isCanceled()))
            return fail(QCoreApplication::translate("Basemap", "the lower zoom levels could not be built"));
    }
    out.reset();
    // What was written, read back through GDAL.
    // "SQLITE:" opens the file as the SQLite database it is (the MBTiles driver shows rasters).
    GDALDatasetUniquePtr db(
        GDALDataset::Open(("SQLITE:" + request.output).toUtf8().constData(), GDAL_OF_VECTOR));
    if (!db)
        return fail(QCoreApplication::translate("Basemap", "the file written cannot be read back"));
    OGRLayer* result = db->ExecuteSQL("SELECT COUNT(*) FROM tiles", nullptr, nullptr);
    qint64 tiles = -1;
    if (result) {
        if (OGRFeatureUniquePtr f{result->GetNextFeature()})
            tiles = f->GetFieldAsInteger64(0);
        db->ReleaseResultSet(result);
    }
    if (tiles < 0)
        return fail(QCoreApplication::translate("Basemap", "the file written has no tiles table"));
    db.reset();
    // The file keeps its source's name and attribution (shown on the map and in exports).
    if (auto source = readBasemapSource(request.description)) {
        source->name = QFileInfo(request.output).completeBaseName();
        writeBasemapSource(request.output, *source);
    }
    if (feedback)
        feedback->setProgress(1);
    return tiles;
}

} // namespace mineatlas::data
