#include "data/tilecache.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace mineatlas::data::tilecache {

namespace {
const QString kTagName = QStringLiteral("CACHEDIR.TAG");
const QByteArray kSignature = QByteArrayLiteral("Signature: 8a477f597d28d172789f06886806bc55");

struct CachedFile {
    QString path;
    qint64 bytes;
    qint64 modified;
};

std::vector<CachedFile> files(const QString& dir)
{
    std::vector<CachedFile> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QString tag = QDir(dir).absoluteFilePath(kTagName);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == tag)
            continue;
        const QFileInfo info = it.fileInfo();
        out.push_back({path, info.size(), info.lastModified().toMSecsSinceEpoch()});
    }
    return out;
}
} // namespace

bool prepare(const QString& dir)
{
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return false;
    if (isTagged(dir))
        return true;
    QFile tag(QDir(dir).absoluteFilePath(kTagName));
    if (!tag.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    tag.write(kSignature + "\n# This file is a cache directory tag created by MineAtlas (basemap tiles).\n"
                           "# For information about cache directory tags see https://bford.info/cachedir/\n");
    return tag.flush();
}

bool isTagged(const QString& dir)
{
    QFile tag(QDir(dir).absoluteFilePath(kTagName));
    return tag.open(QIODevice::ReadOnly) && tag.read(kSignature.size()) == kSignature;
}

qint64 sizeBytes(const QString& dir)
{
    qint64 total = 0;
    for (const CachedFile& f : files(dir))
        total += f.bytes;
    return total;
}

Result<qint64> clear(const QString& dir)
{
    if (!QFileInfo(dir).isDir())
        return qint64(0); // nothing cached yet
    if (!isTagged(dir))
        return Error{QCoreApplication::translate("TileCache", "%1 is not a MineAtlas tile cache (no CACHEDIR.TAG): nothing was removed")
                         .arg(QDir::toNativeSeparators(dir))};
    qint64 freed = 0;
    QStringList failed;
    for (const CachedFile& f : files(dir)) {
        if (QFile::remove(f.path))
            freed += f.bytes;
        else
            failed << QDir::toNativeSeparators(f.path);
    }
    // The emptied sub-folders go too (deepest first); the tagged folder itself stays.
    const QDir root(dir);
    QStringList subdirs;
    QDirIterator it(dir, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        subdirs << it.next();
    std::sort(subdirs.begin(), subdirs.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& d : subdirs)
        root.rmdir(d);
    if (!failed.isEmpty())
        return Error{QCoreApplication::translate("TileCache", "%1: %2 file(s) could not be removed: %3")
                         .arg(QDir::toNativeSeparators(dir))
                         .arg(failed.size())
                         .arg(failed.mid(0, 3).join(QStringLiteral(", ")))};
    return freed;
}

qint64 prune(const QString& dir, qint64 maxBytes)
{
    if (maxBytes < 0 || !isTagged(dir))
        return 0;
    std::vector<CachedFile> all = files(dir);
    qint64 total = 0;
    for (const CachedFile& f : all)
        total += f.bytes;
    if (total <= maxBytes)
        return 0;
    std::sort(all.begin(), all.end(),
              [](const CachedFile& a, const CachedFile& b) { return a.modified < b.modified; });
    qint64 freed = 0;
    for (const CachedFile& f : all) {
        if (total - freed <= maxBytes)
            break;
        if (QFile::remove(f.path))
            freed += f.bytes;
    }
    return freed;
}

} // namespace mineatlas::data::tilecache
