#include "data/writefailure.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include "data/gdalhandles.h"

namespace mineatlas::data {

namespace {
QString reasonFromErrno(int error)
{
    switch (error) {
    case EACCES:
        return QCoreApplication::translate("WriteFailure", "the file is read-only (no write permission)");
    case EPERM:
        return QCoreApplication::translate("WriteFailure", "the system does not allow writing it (the file is immutable or protected)");
    case EROFS:
        return QCoreApplication::translate("WriteFailure", "it is on a read-only disk");
    default:
        return QCoreApplication::translate("WriteFailure", "it cannot be written (%1)").arg(QString::fromLocal8Bit(std::strerror(error)));
    }
}

bool isFollowUp(const QString& m)
{
    return m.contains(QLatin1String("ROLLBACK"), Qt::CaseInsensitive) ||
           m.contains(QLatin1String("no transaction is active"), Qt::CaseInsensitive) ||
           m.contains(QLatin1String("Transaction not established"), Qt::CaseInsensitive);
}
} // namespace

std::optional<QString> unwritableReason(const QString& path)
{
    const QByteArray file = QFileInfo(path).absoluteFilePath().toLocal8Bit();
    if (::access(file.constData(), W_OK) != 0)
        return reasonFromErrno(errno);
    // SQLite writes a journal beside the file: the folder must be writable too.
    const QByteArray dir = QFileInfo(path).absolutePath().toLocal8Bit();
    if (::access(dir.constData(), W_OK) != 0)
        return QCoreApplication::translate("WriteFailure", "its folder is read-only, so no journal can be written beside it (%1)")
            .arg(reasonFromErrno(errno));
    return std::nullopt;
}

QString writeFailureCause(const QString& path, const QStringList& failures, const QString& fallback)
{
    QString first;
    for (const QString& m : failures)
        if (!isFollowUp(m)) {
            first = m;
            break;
        }
    if (first.isEmpty() && !failures.isEmpty())
        first = failures.first();
    const QString all = failures.join(QLatin1Char(' '));
    auto has = [&](const char* text) { return all.contains(QLatin1String(text), Qt::CaseInsensitive); };
    QString cause;
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (has("disk is full") || has("database or disk is full") || has("No space left") ||
        (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < 64 * 1024))
        cause = QCoreApplication::translate("WriteFailure", "the disk is full");
    else if (has("database is locked") || has("database table is locked") || has("SQLITE_BUSY"))
        cause = QCoreApplication::translate("WriteFailure", "another program is writing to it (the file is locked); try again when it has "
                               "finished");
    else if (has("read-only") || has("readonly"))
        cause = unwritableReason(path).value_or(QCoreApplication::translate("WriteFailure", "it is open read-only"));
    else if (auto reason = QFileInfo::exists(path) ? unwritableReason(path) : std::nullopt)
        cause = *reason;
    if (cause.isEmpty())
        return first.isEmpty() ? fallback : first;
    return first.isEmpty() ? cause : QCoreApplication::translate("WriteFailure", "%1 (GDAL: %2)").arg(cause, first);
}

bool rollBackInterruptedWrite(const QString& path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0 || unwritableReason(path))
        return false;
    GdalErrorCollector quiet; // the app reports what the real open says, not this one
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_RASTER | GDAL_OF_UPDATE,
                                              nullptr, nullptr, nullptr));
    return ds != nullptr;
}

namespace {

void syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

bool replaceFileDurably(const QString& finished, const QString& target)
{
    syncPath(finished, O_RDONLY);
    if (::rename(QFile::encodeName(finished).constData(), QFile::encodeName(target).constData()) != 0)
        return false;
    syncPath(QFileInfo(target).absolutePath(), O_RDONLY | O_DIRECTORY);
    return true;
}

} // namespace mineatlas::data
