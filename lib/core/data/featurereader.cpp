#include "data/featurereader.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <cmath>
#include <memory>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"

namespace mineatlas::data {

namespace {

QVariant fieldValue(const OGRFeature& f, int i)
{
    if (!f.IsFieldSetAndNotNull(i))
        return {};
    switch (f.GetFieldDefnRef(i)->GetType()) {
    case OFTInteger:
        return f.GetFieldAsInteger(i);
    case OFTInteger64:
        return static_cast<qlonglong>(f.GetFieldAsInteger64(i));
    case OFTReal:
        return f.GetFieldAsDouble(i);
    default:
        return QString::fromUtf8(f.GetFieldAsString(i));
    }
}

/// Flattens one OGR geometry into lon/lat rings of a single kind, remembering which part (source
/// polygon, line or point) each ring came from and which rings are holes.
struct GeometryFlattener {
    GeometryKind kind = GeometryKind::None;
    std::vector<std::vector<double>> rings;
    std::vector<int> partOf;
    std::vector<char> isHole;

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
                rings.push_back({p->getX(), p->getY()});
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
            rings.clear();
            partOf.clear();
            isHole.clear();
        }
    }
    void addCurve(const OGRSimpleCurve* c, bool hole)
    {
        std::vector<double> xy(static_cast<std::size_t>(c->getNumPoints()) * 2);
        for (int i = 0; i < c->getNumPoints(); ++i) {
            xy[2 * i] = c->getX(i);
            xy[2 * i + 1] = c->getY(i);
        }
        rings.push_back(std::move(xy));
        partOf.push_back(m_part);
        isHole.push_back(hole ? 1 : 0);
    }
    int m_part = -1;
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
    std::vector<std::vector<double>> wrapped;
    std::vector<std::pair<int, char>> wrappedRole; // part and hole flag of each wrapped ring
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
        GeometryFlattener flat;
        flat.add(feature->GetGeometryRef());
        // Features without geometry keep their attributes (kind None, no rings); only a missing
        // (null) geometry is worth a warning, an empty one is a legitimate "nothing to draw".
        if (!feature->GetGeometryRef())
            ++m_report.noGeometry;
        else if (m_topoJson && feature->GetGeometryRef()->IsEmpty())
            ++m_report.emptyTopology;
        auto dropGeometry = [&flat] {
            flat.kind = GeometryKind::None;
            flat.rings.clear();
            flat.partOf.clear();
            flat.isHole.clear();
        };
        CoordinatePlausibility& plausible = m_report.plausibility;
        if (!plausible.acceptSource(flat.rings, flat.kind == GeometryKind::Polygon))
            dropGeometry();
        if (!m_toLonLat.isIdentity())
            for (auto& ring : flat.rings)
                m_toLonLat.transform(ring.data(), ring.size() / 2);
        if (!plausible.acceptLonLat(flat.rings))
            dropGeometry();
        wrapped.clear();
        wrappedRole.clear();
        for (std::size_t r = 0; r < flat.rings.size(); ++r) {
            const auto& ring = flat.rings[r];
            if (flat.kind == GeometryKind::Polygon)
                m_wrap.polygonRing(ring, wrapped);
            else if (flat.kind == GeometryKind::Line)
                m_wrap.line(ring, wrapped);
            else if (m_wrap.contains(ring[0], ring[1]))
                wrapped.push_back({ring[0], ring[1]});
            wrappedRole.resize(wrapped.size(), {flat.partOf[r], flat.isHole[r]});
        }
        attributes.clear();
        attributes.reserve(fieldCount);
        for (int i = 0; i < fieldCount; ++i) {
            QVariant v = fieldValue(*feature, i);
            if (v.typeId() == QMetaType::QString && v.toString().contains(QChar::ReplacementCharacter) &&
                !QByteArray(feature->GetFieldAsString(i)).contains("\xEF\xBF\xBD"))
                ++m_report.badText; // bytes that are not UTF-8 (a Latin-1 CSV or DBF without its .cpg)
            attributes << v;
        }
        store.beginFeature(flat.kind, std::move(attributes), feature->GetFID());
        int part = -1;
        for (std::size_t r = 0; r < wrapped.size(); ++r) {
            auto& ring = wrapped[r];
            m_toMap.transform(ring.data(), ring.size() / 2);
            buffer.clear();
            for (std::size_t i = 0; i < ring.size(); i += 2) {
                if (std::isnan(ring[i])) {
                    ++m_report.droppedVertices;
                    continue;
                }
                buffer.push_back(ring[i]);
                buffer.push_back(ring[i + 1]);
            }
            if (buffer.empty())
                continue;
            if (wrappedRole[r].first != part) {
                part = wrappedRole[r].first;
                store.beginPart();
            }
            store.addRing(buffer.data(), buffer.size() / 2, wrappedRole[r].second != 0);
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
