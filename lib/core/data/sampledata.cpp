#include "data/sampledata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mineatlas::data {

namespace {
const QString kMarker = QStringLiteral("countries-10m.gpkg");
}

QString sampleDataDirectory(const QString& applicationDir)
{
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("MINEATLAS_SAMPLE_DATA"); !env.isEmpty())
        candidates << env;
    const QDir app(applicationDir);
    candidates << app.filePath(QStringLiteral("../share/mineatlas/sample-data")) // installed
               << app.filePath(QStringLiteral("../../sample-data"));             // build/app in the source tree
    for (const QString& c : candidates)
        if (QFileInfo::exists(QDir(c).filePath(kMarker)))
            return QDir::cleanPath(QFileInfo(c).absoluteFilePath());
    return {};
}

QStringList sampleDataFiles(const QString& directory)
{
    QStringList files;
    if (directory.isEmpty())
        return files;
    for (const char* name : {"places.gpkg", "hazards-illustrative.gpkg", "incidents-illustrative.gpkg", "countries-10m.gpkg"}) {
        const QString path = QDir(directory).filePath(QString::fromLatin1(name));
        if (QFileInfo::exists(path))
            files << path;
    }
    return files;
}

Result<QStringList> copySampleData(const QString& directory, const QString& workDirectory)
{
    if (!QDir().mkpath(workDirectory))
        return Error{QCoreApplication::translate("SampleData", "cannot make the folder %1 for a copy of the sample data")
                         .arg(QDir::toNativeSeparators(workDirectory))};
    QStringList copies;
    for (const QString& file : sampleDataFiles(directory)) {
        const QString copy = QDir(workDirectory).filePath(QFileInfo(file).fileName());
        if (!QFileInfo::exists(copy)) {
            if (!QFile::copy(file, copy))
                return Error{QCoreApplication::translate("SampleData", "cannot copy the sample file %1 to %2")
                                 .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(workDirectory))};
            // Installed files are read-only; the copy is the user's to edit.
            QFile::setPermissions(copy, QFile::permissions(copy) | QFile::WriteOwner | QFile::ReadOwner);
        }
        copies << copy;
    }
    if (copies.isEmpty())
        return Error{QCoreApplication::translate("SampleData", "no sample data in %1").arg(QDir::toNativeSeparators(directory))};
    return copies;
}

} // namespace mineatlas::data
