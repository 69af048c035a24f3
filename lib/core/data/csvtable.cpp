#include "data/csvtable.h"

#include <QCoreApplication>

namespace mineatlas::data {

Result<CsvTable> openCsvTable(const QString& gdalPath, const QString& label, const char* const* required,
                              std::size_t requiredCount)
{
    const char* drivers[] = {"CSV", nullptr};
    const char* options[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
    CsvTable table;
    table.dataset.reset(GDALDataset::Open(gdalPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                          options, nullptr));
    if (!table.dataset || !(table.layer = table.dataset->GetLayer(0)))
        return Error{QCoreApplication::translate("CsvTable", "%1: not a CSV table").arg(label)};
    OGRFeatureDefn* defn = table.layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        table.column.insert(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()).trimmed().toLower(), i);
    QStringList missing;
    for (std::size_t i = 0; i < requiredCount; ++i)
        if (!table.column.contains(QString::fromLatin1(required[i])))
            missing << QString::fromLatin1(required[i]);
    if (!missing.isEmpty())
        return Error{QCoreApplication::translate("CsvTable", "%1: missing column(s): %2").arg(label, missing.join(QStringLiteral(", ")))};
    return table;
}

} // namespace mineatlas::data
