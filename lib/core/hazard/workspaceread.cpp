#include <algorithm>
#include <thread>

#include <QCoreApplication>

#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"
#include "hazard/hazardstore.h"

// HazardStore::readAllOnTwoConnections, kept apart from hazardstore.cpp (near its size limit).

namespace mineatlas::hazard {

namespace {
/// Below this many rows one connection is as quick: a second one costs its own start.
constexpr double kSplitFrom = 20000;
} // namespace

std::optional<Result<std::vector<HazardArea>>> HazardStore::readAllOnTwoConnections() const
{
    if (!m_workspace || !m_layer || !m_splitReads)
        return std::nullopt;
    double estimate = 0;
    {
        data::GdalErrorCollector quiet;
        QByteArray table = m_layerName.toUtf8();
        table.replace('\'', "''");
        const QByteArray sql = "SELECT reltuples FROM pg_class WHERE oid = to_regclass('\"" + table + "\"')";
        if (OGRLayer* r = m_dataset->ExecuteSQL(sql.constData(), nullptr, nullptr)) {
            if (OGRFeatureUniquePtr f{r->GetNextFeature()})
                estimate = f->GetFieldAsDouble(0);
            m_dataset->ReleaseResultSet(r);
        }
    }
    if (estimate < kSplitFrom)
        return std::nullopt;
    auto other = openWorkspace(m_path, m_password, m_layerName, true, nullptr);
    if (!other)
        return std::nullopt;
    // Odd fids on the other connection (its own thread, its own dataset), even ones here.
    Result<std::vector<HazardArea>> odd = std::vector<HazardArea>();
    std::thread reader([&] { odd = other.value()->readFiltered(QStringLiteral("fid % 2 = 1")); });
    auto even = readFiltered(QStringLiteral("fid % 2 = 0"));
    reader.join();
    if (!even)
        return Result<std::vector<HazardArea>>(Error{even.error()});
    if (!odd)
        return Result<std::vector<HazardArea>>(Error{odd.error()});
    std::vector<HazardArea> all = std::move(even.value());
    all.reserve(all.size() + odd->size());
    std::move(odd->begin(), odd->end(), std::back_inserter(all));
    // In fid order, as one connection gives them here (a table filled by inserts).
    std::sort(all.begin(), all.end(), [](const HazardArea& a, const HazardArea& b) { return a.fid < b.fid; });
    return Result<std::vector<HazardArea>>(std::move(all));
}

} // namespace mineatlas::hazard
