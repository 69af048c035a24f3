// mineatlas-load-bench: how long a vector layer takes to open and how much memory it holds.
//
//   mineatlas-load-bench [--crs EPSG:3857] FILE [LAYER]
//
// Reads the layer as File ▸ Open's worker does (data::loadVectorLayer, no store cache) and prints
// the time until the store is ready, its features and vertices, the resident memory the store
// keeps (RSS after minus before, per vertex) and the process's peak resident memory (VmHWM).
// MINEATLAS_LOAD_THREADS=1 forces the sequential reader. Not a test: nothing asserts on time.

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <gdal.h>

#include "data/vectorloader.h"
#include "geo/crs.h"

using namespace mineatlas;

namespace {

/// A line of /proc/self/status in bytes (VmRSS, VmHWM).
qint64 statusBytes(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(static_cast<qsizetype>(qstrlen(key)) + 1).trimmed().split(' ').first().toLongLong() * 1024;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    GDALAllRegister();
    data::configureGdal();
    QStringList args = app.arguments().mid(1);
    QString crsName = QStringLiteral("EPSG:3857");
    if (args.size() >= 2 && args[0] == QLatin1String("--crs")) {
        crsName = args[1];
        args = args.mid(2);
    }
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: mineatlas-load-bench [--crs EPSG:3857] FILE [LAYER]\n");
        return 2;
    }
    auto crs = geo::Crs::fromUserString(crsName);
    if (!crs) {
        std::fprintf(stderr, "%s\n", qPrintable(crs.error()));
        return 2;
    }
    const qint64 before = statusBytes("VmRSS:");
    QElapsedTimer t;
    t.start();
    const int threads = qEnvironmentVariableIntValue("MINEATLAS_LOAD_THREADS");
    auto data = data::loadVectorLayer(args[0], args.value(1), crs.value(), nullptr, nullptr, threads);
    const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (!data) {
        std::fprintf(stderr, "error: %s\n", qPrintable(data.error()));
        return 1;
    }
    const auto& store = *data.value().store;
    const qint64 held = statusBytes("VmRSS:") - before;
    const double vertices = static_cast<double>(store.vertexCount());
    std::printf("load_ms %.1f\nfeatures %zu\nvertices %zu\nheld_mb %.1f\nheld_bytes_per_vertex %.1f\n"
                "store_mb %.1f\nstore_bytes_per_vertex %.1f\npeak_rss_mb %.1f\n",
                ms, store.size(), store.vertexCount(), static_cast<double>(held) / 1048576.0,
                vertices > 0 ? static_cast<double>(held) / vertices : 0.0,
                static_cast<double>(store.memoryBytes()) / 1048576.0,
                vertices > 0 ? static_cast<double>(store.memoryBytes()) / vertices : 0.0,
                static_cast<double>(statusBytes("VmHWM:")) / 1048576.0);
    // The compact store's figures: coordinate bytes (floats, exact doubles, ring origins and
    // slots) a vertex, against 16 for x,y doubles, and the share of vertices kept exact.
    std::printf("coordinate_bytes_per_vertex %.2f\nexact_vertices %zu\n",
                vertices > 0 ? static_cast<double>(store.coordinateBytes()) / vertices : 0.0,
                store.exactVertexCount());
    return 0;
}
