// bytes → the prepared-layer cache: FeatureStore::read on the raw bytes (every offset and count
// validated), and StoreCache::find on an entry file of those bytes (its hash checked first).
// What must hold: a store that is accepted is safe to walk, query and draw.
#include <atomic>

#include <QCoreApplication>
#include <QDataStream>
#include <QGuiApplication>

#include <cpl_conv.h>
#include <gdal.h>

#include "data/storecache.h"
#include "fuzzcommon.h"
#include "render/renderjob.h"

using namespace mineatlas;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    GDALAllRegister();
    // Seeds (scripts/fuzz sets the folder): a store of polygons with holes, parts and attributes,
    // as raw bytes and as a whole cache entry.
    if (const QString seeds = qEnvironmentVariable("MINEATLAS_FUZZ_SEEDS"); !seeds.isEmpty()) {
        QDir().mkpath(seeds);
        auto owned = std::make_shared<data::FeatureStore>(QStringList{"id", "name"});
        data::FeatureStore& store = *owned;
        for (int f = 0; f < 4; ++f) {
            store.beginFeature(f == 3 ? data::GeometryKind::Point : data::GeometryKind::Polygon,
                               {f, QStringLiteral("area %1").arg(f)}, f + 1);
            store.beginPart();
            if (f == 3) {
                const double p[] = {5, 5};
                store.addRing(p, 1);
                continue;
            }
            const double outer[] = {double(f), 0, f + 0.9, 0, f + 0.9, 0.9, double(f), 0.9, double(f), 0};
            const double hole[] = {f + 0.3, 0.3, f + 0.6, 0.3, f + 0.6, 0.6, f + 0.3, 0.3};
            store.addRing(outer, 5, false);
            store.addRing(hole, 4, true);
        }
        store.finish();
        QByteArray raw;
        {
            QDataStream out(&raw, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            store.write(out);
        }
        QFile rawFile(seeds + QStringLiteral("/store.bin"));
        if (rawFile.open(QIODevice::WriteOnly))
            rawFile.write(raw);
        const std::uint8_t text[] = "{\"type\":\"FeatureCollection\",\"features\":[]}";
        const QString source = fuzz::writeInput(text, sizeof text - 1, QStringLiteral("geojson"));
        const data::StoreCache cache(seeds + QStringLiteral("/entry"));
        data::VectorData entry;
        entry.store = owned;
        cache.insert(source, {}, geo::Crs::wgs84(), entry);
        for (const QString& e : QDir(seeds + QStringLiteral("/entry")).entryList({QStringLiteral("*.mastore")}))
            QFile::rename(seeds + QStringLiteral("/entry/") + e, seeds + QStringLiteral("/entry.mastore"));
        QDir(seeds + QStringLiteral("/entry")).removeRecursively();
    }
    return 0;
}

namespace {
void walk(const data::FeatureStore& s)
{
    double sum = 0;
    for (std::size_t f = 0; f < s.size(); ++f)
        for (auto r = s.ringBegin(f); r < s.ringEnd(f); ++r)
            for (auto v = s.ringStart()[r]; v < s.ringStart()[r + 1]; ++v)
                sum += s.vertex(v)[0];
    (void)s.query(s.extent());
    render::MapSettings settings;
    settings.crs = geo::Crs::webMercator();
    settings.size = QSize(32, 32);
    settings.extent = s.extent().isEmpty() ? MapRect{-1, -1, 1, 1} : s.extent();
    render::LayerSnapshot layer;
    layer.id = 1;
    layer.store = std::shared_ptr<const data::FeatureStore>(&s, [](const data::FeatureStore*) {});
    auto styled = std::make_shared<render::StyledFeatures>();
    styled->symbols = {render::Symbol{}};
    styled->symbolOf.assign(s.size(), 0);
    layer.styled = styled;
    settings.layers.push_back(layer);
    std::atomic<bool> cancel{false};
    render::renderMap(settings, cancel);
    (void)sum;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    {
        QDataStream in(bytes);
        in.setVersion(QDataStream::Qt_6_4);
        if (auto store = data::FeatureStore::read(in))
            walk(*store);
    }
    // The same bytes as a cache entry of a small source file.
    static const QString source = [] {
        const std::uint8_t text[] = "{\"type\":\"FeatureCollection\",\"features\":[]}";
        return fuzz::writeInput(text, sizeof text - 1, QStringLiteral("geojson"));
    }();
    const QString dir = fuzz::scratchDir() + QStringLiteral("/cache");
    const data::StoreCache cache(dir);
    QDir(dir).removeRecursively();
    static const auto empty = [] {
        auto s = std::make_shared<data::FeatureStore>(QStringList{});
        s->finish();
        return s;
    }();
    data::VectorData entry;
    entry.store = empty;
    cache.insert(source, {}, geo::Crs::wgs84(), entry);
    for (const QString& e : QDir(dir).entryList({QStringLiteral("*.mastore")})) {
        QFile f(dir + QLatin1Char('/') + e);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(bytes);
    }
    if (auto hit = cache.find(source, {}, geo::Crs::wgs84()); hit && hit->store)
        walk(*hit->store);
    return 0;
}
