#pragma once

#include <QString>

#include "result.h"

namespace mineatlas::data {

/// The folder where basemap tiles are kept (GDAL's WMS cache, one sub-folder per basemap). It is
/// marked with a CACHEDIR.TAG (the Cache Directory Tagging convention, which backup tools honour)
/// the first time MineAtlas uses it, and only a folder so marked is ever emptied or pruned: a
/// mistyped location can never cost a user their files. Plain functions on the file system;
/// any thread, but not two at once on the same folder.
namespace tilecache {

/// Creates `dir` if needed and writes its CACHEDIR.TAG. Returns false if it cannot.
bool prepare(const QString& dir);
/// Whether `dir` carries MineAtlas's CACHEDIR.TAG.
bool isTagged(const QString& dir);
/// Bytes in the files under `dir` (the tag excluded).
qint64 sizeBytes(const QString& dir);
/// Removes everything under `dir` but the tag. Returns the bytes freed, or an error naming the
/// folder (not a tile cache, or a file that could not be removed).
Result<qint64> clear(const QString& dir);
/// Removes the least recently modified files until at most `maxBytes` remain. Returns the bytes
/// freed; an untagged folder is left alone (0).
qint64 prune(const QString& dir, qint64 maxBytes);

} // namespace tilecache
} // namespace mineatlas::data
