#pragma once

#include <optional>

#include <QString>

#include "data/vectorloader.h"

namespace mineatlas::data {

/// Prepared feature stores on disk, so that reopening an unchanged large file skips GDAL parsing,
/// PROJ and index building. Keyed by the file's path, size, modification time and a hash of
/// sampled blocks of its content (and its shapefile companions), the layer and the map CRS; a
/// changed file simply misses. Every entry carries the XXH3 hash of its bytes, checked on each read
/// before anything in it is used, and every offset is validated: a damaged, truncated or zeroed
/// entry is deleted and rebuilt, never trusted. The directory is the caller's choice (the app uses
/// the user's cache dir) and is safe to delete at any time; a read-only or full one only costs
/// speed. Entries are written to a temporary name and renamed, so concurrent readers never see half
/// a file; past `maximumBytes` the entries used least recently are removed.
class StoreCache {
public:
    static constexpr qint64 kDefaultMaximumBytes = qint64(4) << 30; // 4 GiB
    explicit StoreCache(QString directory, qint64 minimumFileSize = 0, qint64 maximumBytes = kDefaultMaximumBytes);
    /// The cache the app and mineatlas-render share: ~/.cache/MineAtlas/layers (XDG), for files
    /// of 8 MB and more (smaller ones open quickly anyway).
    static StoreCache userCache();

    std::optional<VectorData> find(const QString& path, const QString& layerName, const geo::Crs& crs) const;
    /// Stores `data` (best effort: a full disk only means no cache).
    void insert(const QString& path, const QString& layerName, const geo::Crs& crs, const VectorData& data) const;
    /// The same for what a file holds (its layers), so a reopen does not parse it to list them.
    std::optional<DatasetInfo> findInfo(const QString& path) const;
    void insertInfo(const QString& path, const DatasetInfo& info) const;
    const QString& directory() const { return m_dir; }

private:
    QString entryPath(const QString& path, const QString& layerName, const geo::Crs& crs) const;
    /// Removes least recently used entries until the cache fits its size limit.
    void evict() const;

    QString m_dir;
    qint64 m_minimumFileSize;
    qint64 m_maximumBytes;
};

} // namespace mineatlas::data
