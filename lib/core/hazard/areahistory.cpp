#include "hazard/areahistory.h"

#include <QCoreApplication>

namespace mineatlas::hazard {

Result<std::vector<AreaVersion>> AreaHistory::versions(const HazardStore& store, const QString& guid)
{
    if (guid.isEmpty())
        return Error{QCoreApplication::translate("AreaHistory", "Select a hazard area first")};
    auto all = store.versions(guid);
    if (!all)
        return all;
    if (all->empty())
        return Error{QCoreApplication::translate("AreaHistory", "%1: no area with GUID %2").arg(store.path(), guid)};
    return all;
}

HazardArea AreaHistory::restored(const AreaVersion& version, const std::optional<HazardArea>& current)
{
    HazardArea a = version.area;
    if (current) {
        a.fid = current->fid;
        a.rowVersion = current->rowVersion;
        a.recordedDate = current->recordedDate.isValid() ? current->recordedDate : a.recordedDate;
    } else {
        a.fid = -1;
    }
    return a;
}

QStringList AreaHistory::changedFields(const AreaVersion&, const AreaVersion* previous)
{
    QStringList out;
    if (!previous)
        return out;
    for (const QString& f : previous->changedFields)
        out << (f == QLatin1String("geom") ? QCoreApplication::translate("AreaHistory", "outline") : fieldLabel(f));
    return out;
}

const AreaVersion* AreaHistory::previousApplied(const std::vector<AreaVersion>& versions, std::size_t i)
{
    while (i-- > 0)
        if (versions[i].operation != QLatin1String("DISCARDED"))
            return &versions[i];
    return nullptr;
}

QString AreaHistory::describe(const AreaVersion& v, const AreaVersion* previous)
{
    if (v.operation == QLatin1String("DISCARDED")) {
        const QString when = v.replacedAt.isValid() ? v.replacedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                                    : QCoreApplication::translate("AreaHistory", "unknown time");
        QString text = QCoreApplication::translate("AreaHistory", "Not applied: %1's version (from version %2), discarded %3 "
                                                                  "when taking theirs")
                           .arg(v.replacedBy.isEmpty() ? QCoreApplication::translate("AreaHistory", "unknown") : v.replacedBy)
                           .arg(v.area.rowVersion)
                           .arg(when);
        if (!v.changedFields.isEmpty())
            text += QCoreApplication::translate("AreaHistory", "; differed in %1").arg(changedFields(v, &v).join(QStringLiteral(", ")));
        return text;
    }
    const QString when = v.area.editedAt.isValid() ? v.area.editedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                                   : QCoreApplication::translate("AreaHistory", "unknown time");
    const QString who = v.area.lastEditor.isEmpty() ? QCoreApplication::translate("AreaHistory", "unknown") : v.area.lastEditor;
    QString text = QCoreApplication::translate("AreaHistory", "Version %1 by %2, %3").arg(v.area.rowVersion).arg(who, when);
    if (v.operation == QLatin1String("CURRENT"))
        text += QCoreApplication::translate("AreaHistory", " (current)");
    else if (v.operation == QLatin1String("DELETE"))
        text += QCoreApplication::translate("AreaHistory", " (then deleted by %1)").arg(v.replacedBy);
    // What this version changed is recorded with the one it replaced.
    if (previous && !previous->changedFields.isEmpty())
        text += QCoreApplication::translate("AreaHistory", ": changed %1").arg(changedFields(v, previous).join(QStringLiteral(", ")));
    else if (!previous)
        text += QCoreApplication::translate("AreaHistory", ": first recorded");
    return text;
}

Result<HazardArea> AreaHistory::restore(HazardStore& store, const AreaVersion& version)
{
    auto current = store.readByGuid(version.area.guid);
    if (!current)
        return Error{current.error()};
    ChangeSet changes;
    HazardArea a = restored(version, current.value());
    if (current.value())
        changes.updates.push_back(a);
    else
        changes.inserts.push_back(a);
    if (auto ok = store.apply(changes); !ok)
        return Error{ok.error()};
    return current.value() ? changes.updates.front() : changes.inserts.front();
}

} // namespace mineatlas::hazard
