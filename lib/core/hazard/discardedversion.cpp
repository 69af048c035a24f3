#include <QCoreApplication>
#include <QDateTime>

#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"
#include "hazard/hazardstore.h"

// HazardStore::keepDiscarded, kept apart from hazardstore.cpp (which is near its size limit).

namespace mineatlas::hazard {

Result<bool> HazardStore::keepDiscarded(const HazardArea& mine, const QStringList& differing)
{
    if (!m_workspace)
        return false;
    if (auto connected = ensureConnected(); !connected)
        return Error{connected.error()};
    data::GdalErrorCollector errors;
    auto fail = [&](const QString& what) -> Result<bool> {
        return Error{QCoreApplication::translate("HazardStore", "%1: cannot keep your discarded version of %2 in the "
                                                                "history: %3")
                         .arg(m_path.isEmpty() ? m_layerName : workspaceLabel(m_path),
                              mine.localId.isEmpty() ? mine.guid.left(8) : mine.localId,
                              errors.failures().isEmpty() ? what : errors.failures().last())};
    };
    OGRLayer* history = m_dataset->GetLayerByName((m_layerName + QStringLiteral("_history")).toUtf8().constData());
    if (!history)
        return fail(QCoreApplication::translate("HazardStore", "the history table is missing"));
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(history->GetLayerDefn()));
    HazardArea kept = mine;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    kept.lastEditor = m_editor;
    kept.editedAt = now;
    if (!toFeature(kept, *f))
        return fail(QCoreApplication::translate("HazardStore", "the outline cannot be written"));
    if (f->GetFieldIndex("fid") >= 0)
        f->SetField("fid", static_cast<GIntBig>(mine.fid));
    f->SetField("operation", "DISCARDED");
    f->SetField("changed_at", now.date().year(), now.date().month(), now.date().day(), now.time().hour(),
                now.time().minute(), static_cast<float>(now.time().second()), 100);
    f->SetField("changed_by", m_editor.toUtf8().constData());
    QStringList fields = differing;
    fields.replaceInStrings(QStringLiteral("geometry"), QStringLiteral("geom"));
    f->SetField("changed_fields", fields.join(QLatin1Char(',')).toUtf8().constData());
    if (m_dataset->StartTransaction() != OGRERR_NONE)
        return fail(QCoreApplication::translate("HazardStore", "no transaction"));
    if (history->CreateFeature(f.get()) != OGRERR_NONE || m_dataset->CommitTransaction() != OGRERR_NONE) {
        m_dataset->RollbackTransaction();
        return fail(QCoreApplication::translate("HazardStore", "the row was not written"));
    }
    return true;
}

} // namespace mineatlas::hazard
