#include "data/storecache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

#include <xxhash.h>

namespace mineatlas::data {

namespace {
constexpr quint32 kMagic = 0x4d415354; // "MAST"
// 2: source FIDs, parts and holes; 3: attribution; 4: payload length and XXH3-64 of the payload,
// source identity with sampled content.
constexpr quint32 kFormatVersion = 5; // 5: compact coordinates (float offsets per ring)
constexpr qint64 kHeaderBytes = 4 + 4 + 8 + 8; // magic, version, payload length, payload hash

/// XXH3-64 of some blocks of a file: its first and last 64 KiB and 16 blocks of 4 KiB spread over
/// it. An edit that keeps the size and modification time (a tool that restores them, a copy with
/// `cp -p` of another version) still changes the key, unless it misses every sampled block.
quint64 sampledContentHash(const QString& path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    auto add = [&](qint64 at, qint64 length) {
        if (at < 0 || at >= size || !f.seek(at))
            return;
        const QByteArray block = f.read(length);
        XXH3_64bits_update(state, block.constData(), static_cast<size_t>(block.size()));
    };
    constexpr qint64 kEdge = 64 * 1024, kBlock = 4096;
    add(0, kEdge);
    for (int i = 1; i <= 16; ++i)
        add(size / 17 * i, kBlock);
    add(std::max<qint64>(0, size - kEdge), kEdge);
    const quint64 h = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return h;
}

/// What identifies the file's content: path, size, mtime and sampled content of it and its sidecars.
QByteArray fileIdentity(const QString& path)
{
    const QFileInfo info(path);
    QStringList parts{info.absoluteFilePath()};
    for (const char* ext : {"", ".dbf", ".shx", ".prj", ".cpg"}) {
        const QFileInfo f =
            *ext ? QFileInfo(info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(ext))
                 : info;
        if (f.exists())
            parts << QStringLiteral("%1:%2:%3:%4")
                         .arg(f.fileName())
                         .arg(f.size())
                         .arg(f.lastModified().toMSecsSinceEpoch())
                         .arg(sampledContentHash(f.filePath(), f.size()), 16, 16, QLatin1Char('0'));
    }
    return parts.join(QLatin1Char('|')).toUtf8();
}

/// Hashes everything written through it on its way to the file (one pass: no second copy of a
/// large store in memory).
class HashingWriter : public QIODevice {
public:
    explicit HashingWriter(QIODevice& target) : m_target(target), m_state(XXH3_createState())
    {
        XXH3_64bits_reset(m_state);
        open(QIODevice::WriteOnly);
    }
    ~HashingWriter() override { XXH3_freeState(m_state); }
    quint64 digest() const { return XXH3_64bits_digest(m_state); }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 len) override
    {
        const qint64 n = m_target.write(data, len);
        if (n > 0) {
            XXH3_64bits_update(m_state, data, static_cast<size_t>(n));
            m_written += n;
        }
        return n;
    }

private:
    QIODevice& m_target;
    XXH3_state_t* m_state;
    qint64 m_written = 0;
};

/// Checks an entry's header and the hash of its payload; on success the file is positioned at
/// the payload. A damaged, truncated or zeroed entry (or one of another version) fails.
bool verifyEntry(QFile& file)
{
    QDataStream head(&file);
    head.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    quint64 length = 0, hash = 0;
    head >> magic >> version >> length >> hash;
    if (head.status() != QDataStream::Ok || magic != kMagic || version != kFormatVersion ||
        length != quint64(file.size() - kHeaderBytes))
        return false;
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    QByteArray chunk;
    while (!(chunk = file.read(4 << 20)).isEmpty())
        XXH3_64bits_update(state, chunk.constData(), static_cast<size_t>(chunk.size()));
    const bool ok = XXH3_64bits_digest(state) == hash;
    XXH3_freeState(state);
    return ok && file.seek(kHeaderBytes);
}

/// Writes header and payload (written by `body` into a stream) to `file`, then fills in the
/// payload's length and hash. False when any write failed (a full disk): nothing is committed.
template <class Body> bool writeEntry(QSaveFile& file, Body body)
{
    QDataStream head(&file);
    head.setVersion(QDataStream::Qt_6_4);
    head << kMagic << kFormatVersion << quint64(0) << quint64(0);
    HashingWriter hashing(file);
    QDataStream out(&hashing);
    out.setVersion(QDataStream::Qt_6_4);
    body(out);
    if (out.status() != QDataStream::Ok || head.status() != QDataStream::Ok || !file.seek(8))
        return false;
    head << quint64(hashing.written()) << hashing.digest();
    return head.status() == QDataStream::Ok;
}
} // namespace

StoreCache StoreCache::userCache()
{
    constexpr qint64 kCacheFilesFrom = 8 * 1024 * 1024;
    return StoreCache(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                          QStringLiteral("/MineAtlas/layers"),
                      kCacheFilesFrom);
}

StoreCache::StoreCache(QString directory, qint64 minimumFileSize, qint64 maximumBytes)
    : m_dir(std::move(directory)), m_minimumFileSize(minimumFileSize), m_maximumBytes(maximumBytes)
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
    if (!file.open(QIODevice::ReadWrite) && !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    if (!verifyEntry(file)) {
        file.remove(); // damaged: never trusted, rebuilt by the next open
        return std::nullopt;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    VectorData data;
    in >> data.layerName >> data.sourceCrsName >> data.attribution >> data.warnings;
    auto store = in.status() == QDataStream::Ok ? FeatureStore::read(in) : nullptr;
    if (!store) {
        file.remove();
        return std::nullopt;
    }
    // Last used now: eviction removes the entries unused the longest.
    file.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
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
        return; // a read-only cache only costs speed
    const bool ok = writeEntry(file, [&](QDataStream& out) {
        out << data.layerName << data.sourceCrsName << data.attribution << data.warnings;
        data.store->write(out);
    });
    if (!ok || !file.commit())
        return; // a full disk: QSaveFile leaves no partial entry
    evict();
}

void StoreCache::evict() const
{
    QDir dir(m_dir);
    QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.mastore")}, QDir::Files, QDir::Time | QDir::Reversed);
    qint64 total = 0;
    for (const QFileInfo& e : entries)
        total += e.size();
    for (const QFileInfo& e : entries) { // least recently used first
        if (total <= m_maximumBytes)
            break;
        if (QFile::remove(e.filePath()))
            total -= e.size();
    }
}

std::optional<DatasetInfo> StoreCache::findInfo(const QString& path) const
{
    if (m_dir.isEmpty() || QFileInfo(path).size() < m_minimumFileSize)
        return std::nullopt;
    QFile file(entryPath(path, QStringLiteral("<layers>"), geo::Crs()));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    if (!verifyEntry(file)) {
        file.remove();
        return std::nullopt;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    DatasetInfo info;
    info.path = path;
    in >> info.driver >> info.isRaster >> count;
    if (in.status() != QDataStream::Ok || count > 100000)
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
    const bool ok = writeEntry(file, [&](QDataStream& out) {
        out << info.driver << info.isRaster << static_cast<quint32>(info.layers.size());
        for (const LayerInfo& l : info.layers)
            out << l.name << l.featureCount << l.geometryType;
    });
    if (ok)
        file.commit();
}

} // namespace mineatlas::data
