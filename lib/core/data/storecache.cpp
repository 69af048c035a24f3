#include "data/storecache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace mineatlas::data {

namespace {
constexpr quint32 kMagic = 0x4d415354; // "MAST"
constexpr quint32 kFormatVersion = 3; // 2: source FIDs, parts and holes; 3: attribution

/// What identifies the file's content: path, size and mtime of it and its sidecars.
QByteArray fileIdentity(const QString& path)
{
    QByteArray id;
    const QFileInfo info(path);
    QStringList parts{info.absoluteFilePath()};
    for (const char* ext : {"", ".dbf", ".shx", ".prj", ".cpg"}) {
        const QFileInfo f =
            *ext ? QFileInfo(info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(ext))
                 : info;
        if (f.exists())
            parts << QStringLiteral("%1:%2:%3")
                         .arg(f.fileName())
                         .arg(f.size())
                         .arg(f.lastModified().toMSecsSinceEpoch());
    }
    return parts.join(QLatin1Char('|')).toUtf8();
}
} // namespace

StoreCache StoreCache::userCache()
{
    constexpr qint64 kCacheFilesFrom = 8 * 1024 * 1024;
    return StoreCache(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                          QStringLiteral("/MineAtlas/layers"),
                      kCacheFilesFrom);
}

StoreCache::StoreCache(QString directory, qint64 minimumFileSize)
    : m_dir(std::move(directory)), m_minimumFileSize(minimumFileSize)
{
}

QString StoreCache::entryPath(const QString& path, const QString& layerName, const geo::Crs& crs) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(fileIdentity(path));
    hash.addData(layerName.toUtf8());
    hash.addData(crs.definition().toUtf8());
    hash.addData(QByteArray::number(kFormatVersion));
    return m_dir + QLatin1Char('/') + QString::fromLatin1(hash.result().toHex()) + QStringLiteral(".mastore");
}

std::optional<VectorData> StoreCache::find(const QString& path, const QString& layerName,
                                           const geo::Crs& crs) const
{
    if (m_dir.isEmpty() || QFileInfo(path).size() < m_minimumFileSize)
        return std::nullopt;
    QFile file(entryPath(path, layerName, crs));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    in >> magic >> version;
    if (magic != kMagic || version != kFormatVersion)
        return std::nullopt;
    VectorData data;
    in >> data.layerName >> data.sourceCrsName >> data.attribution >> data.warnings;
    auto store = FeatureStore::read(in);
    if (!store) {
        file.remove(); // corrupt: next open rebuilds it
        return std::nullopt;
    }
    data.store = std::move(store);
    return data;
}

void StoreCache::insert(const QString& path, const QString& layerName, const geo::Crs& crs,
                        const VectorData& data) const
{
    if (m_dir.isEmpty() || !data.store || QFileInfo(path).size() < m_minimumFileSize || !QDir().mkpath(m_dir))
        return;
    QSaveFile file(entryPath(path, layerName, crs));
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormatVersion << data.layerName << data.sourceCrsName << data.attribution << data.warnings;
    data.store->write(out);
    if (out.status() == QDataStream::Ok)
        file.commit();
}

std::optional<DatasetInfo> StoreCache::findInfo(const QString& path) const
{
    if (m_dir.isEmpty() || QFileInfo(path).size() < m_minimumFileSize)
        return std::nullopt;
    QFile file(entryPath(path, QStringLiteral("<layers>"), geo::Crs()));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0, count = 0;
    DatasetInfo info;
    info.path = path;
    in >> magic >> version >> info.driver >> info.isRaster >> count;
    if (magic != kMagic || version != kFormatVersion || count > 100000)
        return std::nullopt;
    for (quint32 i = 0; i < count; ++i) {
        LayerInfo l;
        in >> l.name >> l.featureCount >> l.geometryType;
        info.layers.push_back(l);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return info;
}

void StoreCache::insertInfo(const QString& path, const DatasetInfo& info) const
{
    if (m_dir.isEmpty() || QFileInfo(path).size() < m_minimumFileSize || !QDir().mkpath(m_dir))
        return;
    QSaveFile file(entryPath(path, QStringLiteral("<layers>"), geo::Crs()));
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormatVersion << info.driver << info.isRaster
        << static_cast<quint32>(info.layers.size());
    for (const LayerInfo& l : info.layers)
        out << l.name << l.featureCount << l.geometryType;
    if (out.status() == QDataStream::Ok)
        file.commit();
}

} // namespace mineatlas::data
