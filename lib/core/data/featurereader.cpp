#include "data/featurereader.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <stdexcept>
#include <thread>
#include <vector>

#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"

namespace mineatlas::data {

namespace {

/// Flattens one OGR geometry into lon/lat rings of a single kind, remembering which part (source
/// polygon, line or point) each ring came from and which rings are holes. Made once for many
/// features: reset() keeps the rings' memory for the next.
struct GeometryFlattener {
    GeometryKind kind = GeometryKind::None;
    std::vector<int> partOf;
    std::vector<char> isHole;

    /// The rings of the current geometry, interleaved x,y.
    std::span<std::vector<double>> rings() { return {m_rings.data(), m_count}; }

    void reset()
    {
        kind = GeometryKind::None;
        m_count = 0;
        partOf.clear();
        isHole.clear();
        m_part = -1;
    }

    void add(const OGRGeometry* g)
    {
        if (!g || g->IsEmpty())
            return;
        OGRGeometryUniquePtr linear;
        if (g->hasCurveGeometry()) {
            linear.reset(g->getLinearGeometry());
            g = linear.get();
            if (!g)
                return;
        }
        switch (wkbFlatten(g->getGeometryType())) {
        case wkbPoint: {
            auto* p = g->toPoint();
            setKind(GeometryKind::Point);
            if (kind == GeometryKind::Point) {
                ++m_part;
                std::vector<double>& xy = nextRing(1);
                xy[0] = p->getX();
                xy[1] = p->getY();
                partOf.push_back(m_part);
                isHole.push_back(0);
            }
            break;
        }
        case wkbLineString:
        case wkbLinearRing:
            setKind(GeometryKind::Line);
            if (kind == GeometryKind::Line) {
                ++m_part;
                addCurve(g->toLineString(), false);
            }
            break;
        case wkbPolygon: {
            setKind(GeometryKind::Polygon);
            if (kind == GeometryKind::Polygon) {
                ++m_part;
                bool exterior = true;
                for (const OGRLinearRing* ring : *g->toPolygon()) {
                    addCurve(ring, !exterior);
                    exterior = false;
                }
            }
            break;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            for (const OGRGeometry* part : *g->toGeometryCollection())
                add(part);
            break;
        default:
            break;
        }
    }

private:
    void setKind(GeometryKind k)
    {
        // Mixed collections keep their highest-dimension parts.
        if (static_cast<int>(k) > static_cast<int>(kind)) {
            kind = k;
            m_count = 0;
            partOf.clear();
            isHole.clear();
        }
    }
    std::vector<double>& nextRing(std::size_t points)
    {
        if (m_count == m_rings.size())
            m_rings.emplace_back();
        std::vector<double>& xy = m_rings[m_count++];
        xy.resize(2 * points);
        return xy;
    }
    void addCurve(const OGRSimpleCurve* c, bool hole)
    {
        const int n = c->getNumPoints();
        std::vector<double>& xy = nextRing(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            xy[2 * i] = c->getX(i);
            xy[2 * i + 1] = c->getY(i);
        }
        partOf.push_back(m_part);
        isHole.push_back(hole ? 1 : 0);
    }
    std::vector<std::vector<double>> m_rings;
    std::size_t m_count = 0;
    int m_part = -1;
};

/// Attribute values as the reader keeps them, made once per distinct value of a text, date or
/// time field and then shared (a hazard layer's status or date column holds a few hundred values
/// over millions of rows): no UTF-8 decoding, date formatting or allocation per row for those.
class FieldValues {
public:
    explicit FieldValues(int fields) : m_fields(static_cast<std::size_t>(fields)) {}

    /// The value of field `i`; `badText` is set when it is text that is not valid UTF-8.
    QVariant value(const OGRFeature& f, int i, bool& badText)
    {
        badText = false;
        if (!f.IsFieldSetAndNotNull(i))
            return {};
        const OGRFieldType type = f.GetFieldDefnRef(i)->GetType();
        switch (type) {
        case OFTInteger:
            return f.GetFieldAsInteger(i);
        case OFTInteger64:
            return static_cast<qlonglong>(f.GetFieldAsInteger64(i));
        case OFTReal:
            return f.GetFieldAsDouble(i);
        default:
            break;
        }
        Field& field = m_fields[static_cast<std::size_t>(i)];
        std::string_view key;
        char dateKey[sizeof(OGRField::Date)];
        if (type == OFTString) {
            key = f.GetFieldAsString(i);
        } else if (type == OFTDate || type == OFTDateTime || type == OFTTime) {
            std::memcpy(dateKey, &f.GetRawFieldRef(i)->Date, sizeof dateKey);
            key = std::string_view(dateKey, sizeof dateKey);
        } else {
            return text(f, i, badText); // lists, binary: as GDAL words them, one at a time
        }
        if (field.off)
            return text(f, i, badText);
        if (auto it = field.known.find(key); it != field.known.end()) {
            badText = it->second.bad;
            ++field.hits;
            return it->second.value;
        }
        QVariant v = text(f, i, badText);
        if (field.known.size() < kMaxKept)
            field.known.emplace(std::string(key), Known{v, badText});
        else if (++field.misses > 4 * kMaxKept && field.hits < field.misses)
            field.off = true; // mostly distinct values (an ID column): looking up only costs
        return v;
    }

private:
    static QVariant text(const OGRFeature& f, int i, bool& badText)
    {
        const char* raw = f.GetFieldAsString(i);
        QString s = QString::fromUtf8(raw);
        // Bytes that are not UTF-8 (a Latin-1 CSV or DBF without its .cpg) decode to U+FFFD.
        badText = s.contains(QChar::ReplacementCharacter) && std::string_view(raw).find("\xEF\xBF\xBD") == std::string_view::npos;
        return s;
    }
    struct Known {
        QVariant value;
        bool bad = false;
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
    };
    struct Field {
        std::unordered_map<std::string, Known, Hash, std::equal_to<>> known;
        std::size_t hits = 0, misses = 0;
        bool off = false;
    };
    static constexpr std::size_t kMaxKept = 4096;
    std::vector<Field> m_fields;
};

} // namespace

void ReadReport::add(const ReadReport& other)
{
    noGeometry += other.noGeometry;
    droppedVertices += other.droppedVertices;
    badText += other.badText;
    emptyTopology += other.emptyTopology;
    gdalFailures << other.gdalFailures;
    plausibility.add(other.plausibility);
}

FeatureReader::FeatureReader(geo::CoordinateTransform toLonLat, geo::CoordinateTransform toMap, const Setup& setup)
    : m_toLonLat(std::move(toLonLat)), m_toMap(std::move(toMap)), m_wrap(setup.wrap), m_topoJson(setup.topoJson)
{
    m_report.plausibility = CoordinatePlausibility(setup.geographicSource);
}

Result<FeatureReader> FeatureReader::create(const Setup& setup)
{
    const QString lonLat = QStringLiteral("EPSG:4326");
    auto toLonLat = geo::CoordinateTransform::create(setup.sourceDefinition, lonLat);
    if (!toLonLat)
        return Error{toLonLat.error()};
    auto toMap = geo::CoordinateTransform::create(lonLat, setup.mapDefinition);
    if (!toMap)
        return Error{toMap.error()};
    return FeatureReader(std::move(toLonLat.value()), std::move(toMap.value()), setup);
}

bool FeatureReader::read(OGRLayer& layer, FeatureStore& store, std::int64_t limit,
                         const std::function<bool(std::int64_t)>& poll)
{
    const int fieldCount = layer.GetLayerDefn()->GetFieldCount();
    GeometryFlattener flat;
    FieldValues values(fieldCount);
    // The rings to store: most are the flattened ones transformed where they are; rings cut at the
    // antimeridian or the drawable box, and points, come from `wrapped`.
    struct Piece {
        double* xy;
        std::size_t points;
        int part;
        bool hole;
    };
    std::vector<Piece> pieces;
    std::vector<std::vector<double>> wrapped;
    std::vector<double> buffer;
    std::int64_t readCount = 0, unreported = 0;
    QVariantList attributes;
    while (limit < 0 || readCount < limit) {
        OGRFeatureUniquePtr feature(layer.GetNextFeature());
        if (!feature)
            break;
        ++readCount;
        if (++unreported == 256) {
            if (!poll(unreported))
                return false;
            unreported = 0;
        }
        flat.reset();
        flat.add(feature->GetGeometryRef());
        // Features without geometry keep their attributes (kind None, no rings); only a missing
        // (null) geometry is worth a warning, an empty one is a legitimate "nothing to draw".
        if (!feature->GetGeometryRef())
            ++m_report.noGeometry;
        else if (m_topoJson && feature->GetGeometryRef()->IsEmpty())
            ++m_report.emptyTopology;
        CoordinatePlausibility& plausible = m_report.plausibility;
        if (!plausible.acceptSource(flat.rings(), flat.kind == GeometryKind::Polygon))
            flat.reset();
        if (!m_toLonLat.isIdentity())
            for (auto& ring : flat.rings())
                m_toLonLat.transform(ring.data(), ring.size() / 2);
        if (!plausible.acceptLonLat(flat.rings()))
            flat.reset();
        pieces.clear();
        wrapped.clear();
        for (std::size_t r = 0; r < flat.rings().size(); ++r) {
            auto& ring = flat.rings()[r];
            if (flat.kind != GeometryKind::Point && m_wrap.keepsAsIs(ring.data(), ring.size() / 2,
                                                                     flat.kind == GeometryKind::Polygon)) {
                pieces.push_back({ring.data(), ring.size() / 2, flat.partOf[r], flat.isHole[r] != 0});
                continue;
            }
            const std::size_t before = wrapped.size();
            if (flat.kind == GeometryKind::Polygon)
                m_wrap.polygonRing(ring, wrapped);
            else if (flat.kind == GeometryKind::Line)
                m_wrap.line(ring, wrapped);
            else if (m_wrap.contains(ring[0], ring[1]))
                wrapped.push_back({ring[0], ring[1]});
            for (std::size_t w = before; w < wrapped.size(); ++w)
                pieces.push_back({nullptr, w, flat.partOf[r], flat.isHole[r] != 0}); // placed below
        }
        for (Piece& p : pieces) // `wrapped` has stopped growing: its rings stay where they are now
            if (!p.xy) {
                p.xy = wrapped[p.points].data();
                p.points = wrapped[p.points].size() / 2;
            }
        attributes.clear();
        attributes.reserve(fieldCount);
        for (int i = 0; i < fieldCount; ++i) {
            bool badText = false;
            attributes << values.value(*feature, i, badText);
            m_report.badText += badText;
        }
        store.beginFeature(flat.kind, std::move(attributes), feature->GetFID());
        int part = -1;
        for (const Piece& p : pieces) {
            const double* xy = p.xy;
            std::size_t points = p.points;
            if (m_toMap.transform(p.xy, p.points) != 0) {
                // Vertices PROJ could not place (outside what the map CRS can show) are dropped.
                buffer.clear();
                for (std::size_t i = 0; i < 2 * p.points; i += 2) {
                    if (std::isnan(p.xy[i])) {
                        ++m_report.droppedVertices;
                        continue;
                    }
                    buffer.push_back(p.xy[i]);
                    buffer.push_back(p.xy[i + 1]);
                }
                xy = buffer.data();
                points = buffer.size() / 2;
            }
            if (points == 0)
                continue;
            if (p.part != part) {
                part = p.part;
                store.beginPart();
            }
            store.addRing(xy, points, p.hole);
        }
    }
    return unreported == 0 || poll(unreported);
}

namespace {

/// One reading thread: its own dataset, layer and reader (PROJ transforms are not shared).
struct Worker {
    GDALDatasetUniquePtr ds;
    OGRLayer* layer = nullptr; ///< owned by ds
    std::optional<FeatureReader> reader;
    QString error;
};

/// A consecutive stretch of the layer (GeoPackage: FIDs [from, to); FlatGeobuf: positions) and
/// the part of the store read from it, handed over once `done`.
struct Range {
    std::int64_t from = 0, to = 0;
    bool first = false, last = false;
    std::unique_ptr<FeatureStore> part;
    std::atomic<bool> done{false};
};

/// The smallest and largest FID of a GeoPackage table, by its integer primary key (an index look-up
/// each); false when the layer has none.
bool fidRange(GDALDataset& ds, OGRLayer& layer, std::int64_t& minFid, std::int64_t& maxFid)
{
    const QByteArray fidColumn = layer.GetFIDColumn();
    if (fidColumn.isEmpty())
        return false;
    auto quoted = [](QByteArray name) { return '"' + name.replace('"', "\"\"") + '"'; };
    // Two subqueries: SQLite answers a lone MIN or MAX of the key from the b-tree, but scans the
    // whole table for both in one SELECT (0.85 s of a 2 M-row file's open).
    const QByteArray table = quoted(QByteArray(layer.GetName())), key = quoted(fidColumn);
    const QByteArray sql = "SELECT (SELECT MIN(" + key + ") FROM " + table + "), (SELECT MAX(" + key + ") FROM " +
                           table + ")";
    struct ResultSet {
        GDALDataset& ds;
        OGRLayer* layer;
        ~ResultSet()
        {
            if (layer)
                ds.ReleaseResultSet(layer);
        }
    } result{ds, ds.ExecuteSQL(sql.constData(), nullptr, "SQLITE")};
    if (!result.layer)
        return false;
    OGRFeatureUniquePtr row(result.layer->GetNextFeature());
    if (!row || !row->IsFieldSetAndNotNull(0) || !row->IsFieldSetAndNotNull(1))
        return false;
    minFid = row->GetFieldAsInteger64(0);
    maxFid = row->GetFieldAsInteger64(1);
    return maxFid >= minFid;
}

} // namespace

ParallelRead readInParallel(const QString& path, GDALDataset& ds, OGRLayer& layer, std::int64_t total, int threads,
                            const FeatureReader::Setup& setup, FeatureStore& store, ReadReport& report,
                            Feedback* feedback, std::int64_t rangeRows)
{
    const QByteArray driver = ds.GetDriverName();
    const bool gpkg = driver == "GPKG", fgb = driver == "FlatGeobuf";
    if ((!gpkg && !fgb) || threads < 2 || total < threads || layer.GetAttrQueryString() ||
        layer.GetSpatialFilter())
        return ParallelRead::NotSplit;
    std::int64_t minFid = 0, maxFid = 0;
    if (gpkg && !fidRange(ds, layer, minFid, maxFid))
        return ParallelRead::NotSplit;
    if (gpkg)
        threads = static_cast<int>(std::min<std::int64_t>(threads, maxFid - minFid + 1));

    // The ranges. A GeoPackage is cut into many FID ranges that threads take in turn as they
    // finish one, so a thread that runs slower (a busy core, a slower stretch of the file) costs
    // at most one range at the end, not half the layer. FlatGeobuf cannot seek by position (a
    // thread skips to its start): one range a thread.
    const std::int64_t span = gpkg ? maxFid - minFid + 1 : total;
    const std::int64_t rangeCount =
        gpkg ? std::clamp<std::int64_t>((span + std::max<std::int64_t>(rangeRows, 1) - 1) / std::max<std::int64_t>(rangeRows, 1),
                                        threads, std::max<std::int64_t>(threads, span / 16))
             : threads;
    std::vector<Range> ranges(static_cast<std::size_t>(rangeCount));
    for (std::int64_t k = 0; k < rangeCount; ++k) {
        Range& r = ranges[static_cast<std::size_t>(k)];
        r.from = (gpkg ? minFid : 0) + span * k / rangeCount;
        r.to = (gpkg ? minFid : 0) + span * (k + 1) / rangeCount;
        r.first = k == 0;
        r.last = k + 1 == rangeCount;
    }
    const QByteArray fidColumn = '"' + QByteArray(layer.GetFIDColumn()).replace('"', "\"\"") + '"';
    auto fidFilter = [&](const Range& r) {
        QByteArray filter;
        if (!r.first)
            filter += fidColumn + " >= " + QByteArray::number(static_cast<qlonglong>(r.from));
        if (!r.last)
            filter += (filter.isEmpty() ? "" : " AND ") + fidColumn + " < " +
                      QByteArray::number(static_cast<qlonglong>(r.to));
        return filter;
    };

    // Everything that can fail before reading is set up here, on this thread: then a worker that
    // cannot open simply means the sequential reader, with nothing read twice.
    QStringList fields;
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    std::vector<Worker> workers(static_cast<std::size_t>(threads));
    for (Worker& w : workers) {
        w.ds.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr,
                                     nullptr));
        w.layer = w.ds ? w.ds->GetLayerByName(layer.GetName()) : nullptr;
        auto reader = FeatureReader::create(setup);
        if (!w.layer || !reader)
            return ParallelRead::NotSplit;
        w.reader.emplace(std::move(reader.value()));
        if (gpkg && w.layer->SetAttributeFilter(fidFilter(ranges[1]).constData()) != OGRERR_NONE)
            return ParallelRead::NotSplit;
    }
    store.reserve(static_cast<std::size_t>(total));

    std::atomic<std::int64_t> progress{0};
    std::atomic<bool> canceled{false};
    std::atomic<std::size_t> nextRange{0};
    std::atomic<int> running{threads};
    auto readRange = [&](Worker& w, Range& r) {
        auto part = std::make_unique<FeatureStore>(fields);
        part->setPrecision(setup.precision);
        part->reserve(static_cast<std::size_t>(std::min(r.to - r.from, total)));
        std::int64_t limit = -1;
        if (gpkg) {
            if (w.layer->SetAttributeFilter(fidFilter(r).constData()) != OGRERR_NONE)
                throw std::runtime_error("GDAL cannot select the features of FIDs " + std::to_string(r.from) + " to " +
                                         std::to_string(r.to));
        } else {
            limit = r.to - r.from;
            if (r.from > 0) {
                // FlatGeobuf has no fast seek by position: skip to this range's first feature
                // with nothing decoded (no fields, no geometry), then read for real.
                std::vector<QByteArray> names{"OGR_GEOMETRY"};
                OGRFeatureDefn* d = w.layer->GetLayerDefn();
                for (int i = 0; i < d->GetFieldCount(); ++i)
                    names.emplace_back(d->GetFieldDefn(i)->GetNameRef());
                std::vector<const char*> ignored;
                for (const QByteArray& n : names)
                    ignored.push_back(n.constData());
                ignored.push_back(nullptr);
                w.layer->SetIgnoredFields(ignored.data());
                w.layer->SetNextByIndex(r.from);
                w.layer->SetIgnoredFields(nullptr);
            }
        }
        const bool ok = w.reader->read(*w.layer, *part, limit, [&](std::int64_t n) {
            progress.fetch_add(n, std::memory_order_relaxed);
            return !canceled.load(std::memory_order_relaxed);
        });
        r.part = std::move(part);
        r.done.store(true, std::memory_order_release);
        return ok;
    };
    std::vector<std::thread> threadsRunning;
    for (std::size_t t = 0; t < workers.size(); ++t)
        threadsRunning.emplace_back([&, t] {
            Worker& w = workers[t];
            try {
                GdalErrorCollector errors;
                for (;;) {
                    const std::size_t k = gpkg ? nextRange.fetch_add(1) : t;
                    if (k >= ranges.size() || canceled.load())
                        break;
                    if (!readRange(w, ranges[k])) {
                        canceled.store(true);
                        break;
                    }
                    if (!gpkg)
                        break;
                }
                w.reader->report().gdalFailures << errors.failures();
            } catch (const std::exception& e) {
                w.error = QString::fromUtf8(e.what());
                canceled.store(true);
            } catch (...) {
                w.error = QStringLiteral("unexpected error");
                canceled.store(true);
            }
            running.fetch_sub(1, std::memory_order_release);
        });
    // This thread joins the finished ranges onto the store in order as they come, instead of
    // waiting idle and then joining them all after the last one.
    std::size_t appended = 0;
    auto appendFinished = [&] {
        while (appended < ranges.size() && ranges[appended].done.load(std::memory_order_acquire) &&
               !canceled.load()) {
            store.append(std::move(*ranges[appended].part));
            ranges[appended].part.reset();
            ++appended;
        }
    };
    while (running.load(std::memory_order_acquire) > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (feedback) {
            if (feedback->isCanceled())
                canceled.store(true);
            feedback->setProgress(std::min(0.99, static_cast<double>(progress.load()) / static_cast<double>(total)));
        }
        appendFinished();
    }
    for (std::thread& t : threadsRunning)
        t.join();
    for (Worker& w : workers)
        if (!w.error.isEmpty())
            throw std::runtime_error(w.error.toStdString());
    if (canceled.load() || (feedback && feedback->isCanceled()))
        return ParallelRead::Canceled;
    appendFinished();
    for (Worker& w : workers) {
        report.add(w.reader->report());
        w.layer = nullptr;
        w.ds.reset();
    }
    return ParallelRead::Done;
}

} // namespace mineatlas::data
