#include "hazard/conflictresolution.h"

#include <QCoreApplication>
#include <QLocale>

#include "hazard/editsession.h"
#include "hazard/hazardstore.h"

namespace mineatlas::hazard {

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString geometryText(const HazardArea& a)
{
    std::size_t vertices = 0, rings = 0;
    for (const auto& polygon : a.polygons)
        for (const auto& ring : polygon) {
            ++rings;
            vertices += ring.size() / 2;
        }
    return QCoreApplication::translate("ConflictResolution", "%n polygon(s), %1 ring(s), %2 vertices", nullptr,
                                       static_cast<int>(a.polygons.size()))
        .arg(rings)
        .arg(vertices);
}

} // namespace

QStringList conflictFields()
{
    return {QStringLiteral("local_id"),         QStringLiteral("classification"),    QStringLiteral("status"),
            QStringLiteral("status_date"),      QStringLiteral("status_reason"),     QStringLiteral("contamination"),
            QStringLiteral("evidence"),         QStringLiteral("evidence_desc"),     QStringLiteral("estimated_area_m2"),
            QStringLiteral("remaining_area_m2"), QStringLiteral("date_of_information"), QStringLiteral("reported_by"),
            QStringLiteral("notes"),            QStringLiteral("geometry")};
}

QString conflictFieldText(const std::optional<HazardArea>& area, const QString& f)
{
    if (!area)
        return {};
    const HazardArea& a = *area;
    if (f == QLatin1String("local_id"))
        return a.localId;
    if (f == QLatin1String("classification"))
        return a.classificationValue();
    if (f == QLatin1String("status"))
        return a.statusValue();
    if (f == QLatin1String("status_date"))
        return dateText(a.statusDate);
    if (f == QLatin1String("status_reason"))
        return a.statusReason;
    if (f == QLatin1String("contamination"))
        return a.contaminationValue();
    if (f == QLatin1String("evidence"))
        return a.evidenceValue();
    if (f == QLatin1String("evidence_desc"))
        return a.evidenceDescription;
    if (f == QLatin1String("estimated_area_m2"))
        return QString::number(a.estimatedAreaM2, 'f', 1);
    if (f == QLatin1String("remaining_area_m2"))
        return QString::number(a.remainingAreaM2, 'f', 1);
    if (f == QLatin1String("date_of_information"))
        return dateText(a.dateOfInformation);
    if (f == QLatin1String("reported_by"))
        return a.reportedBy;
    if (f == QLatin1String("notes"))
        return a.notes;
    if (f == QLatin1String("geometry"))
        return geometryText(a);
    return {};
}

QStringList differingFields(const Conflict& c)
{
    QStringList out;
    for (const QString& f : conflictFields()) {
        const bool differ = f == QLatin1String("geometry")
                                ? (!c.mine || !c.theirs || c.mine->polygons != c.theirs->polygons)
                                : conflictFieldText(c.mine, f) != conflictFieldText(c.theirs, f);
        if (differ)
            out << f;
    }
    return out;
}

HazardArea mergeAreas(const HazardArea& mine, const HazardArea& theirs, const QSet<QString>& fromTheirs)
{
    HazardArea m = mine;
    auto take = [&](const char* field) { return fromTheirs.contains(QLatin1String(field)); };
    if (take("local_id"))
        m.localId = theirs.localId;
    if (take("classification")) {
        m.classification = theirs.classification;
        m.classificationOther = theirs.classificationOther;
    }
    if (take("status")) {
        m.status = theirs.status;
        m.statusOther = theirs.statusOther;
    }
    if (take("status_date"))
        m.statusDate = theirs.statusDate;
    if (take("status_reason"))
        m.statusReason = theirs.statusReason;
    if (take("contamination")) {
        m.contamination = theirs.contamination;
        m.contaminationOther = theirs.contaminationOther;
    }
    if (take("evidence")) {
        m.evidence = theirs.evidence;
        m.evidenceOther = theirs.evidenceOther;
    }
    if (take("evidence_desc"))
        m.evidenceDescription = theirs.evidenceDescription;
    if (take("estimated_area_m2"))
        m.estimatedAreaM2 = theirs.estimatedAreaM2;
    if (take("remaining_area_m2"))
        m.remainingAreaM2 = theirs.remainingAreaM2;
    if (take("date_of_information"))
        m.dateOfInformation = theirs.dateOfInformation;
    if (take("reported_by"))
        m.reportedBy = theirs.reportedBy;
    if (take("notes"))
        m.notes = theirs.notes;
    if (take("geometry"))
        m.polygons = theirs.polygons;
    m.guid = theirs.guid;
    m.fid = theirs.fid;
    m.recordedDate = theirs.recordedDate.isValid() ? theirs.recordedDate : mine.recordedDate;
    m.rowVersion = theirs.rowVersion;
    return m;
}

Result<std::optional<HazardArea>> resolveConflict(EditSession& session, const Conflict& c, ConflictChoice choice,
                                                  const QSet<QString>& fromTheirs)
{
    const QString name = c.mine && !c.mine->localId.isEmpty()       ? c.mine->localId
                         : c.theirs && !c.theirs->localId.isEmpty() ? c.theirs->localId
                                                                    : c.guid.left(8);
    switch (choice) {
    case ConflictChoice::TakeTheirs:
        // The store holds theirs; mine goes to the history as not applied (a workspace), so that
        // taking theirs never loses it: Area history shows it and can restore it.
        if (c.mine && session.store())
            if (auto kept = session.store()->keepDiscarded(*c.mine, differingFields(c)); !kept)
                return Error{kept.error()};
        return c.theirs;
    case ConflictChoice::KeepMine: {
        if (!c.mine) { // my deletion over their change
            if (!c.theirs)
                return std::optional<HazardArea>();
            if (auto ok = session.deleteArea(c.guid); !ok)
                return Error{ok.error()};
            return std::optional<HazardArea>();
        }
        HazardArea mine = *c.mine;
        mine.rowVersion = c.theirs ? c.theirs->rowVersion : 0; // checked against what the user saw
        auto saved = session.replaceArea(
            mine, QCoreApplication::translate("ConflictResolution", "keep my version of %1").arg(name));
        if (!saved)
            return Error{saved.error()};
        return std::optional<HazardArea>(saved.value());
    }
    case ConflictChoice::Merge: {
        if (!c.mine || !c.theirs)
            return Error{QCoreApplication::translate("ConflictResolution",
                                                     "%1: one side deleted the area; choose keep mine or take theirs")
                             .arg(name)};
        auto saved = session.replaceArea(mergeAreas(*c.mine, *c.theirs, fromTheirs),
                                         QCoreApplication::translate("ConflictResolution", "merge versions of %1").arg(name));
        if (!saved)
            return Error{saved.error()};
        return std::optional<HazardArea>(saved.value());
    }
    }
    return Error{QStringLiteral("unknown choice")};
}

} // namespace mineatlas::hazard
