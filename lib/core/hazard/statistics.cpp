#include "hazard/statistics.h"

#include <algorithm>
#include <map>
#include <set>

#include <QFileInfo>

#include "data/ogrgeometry.h"
#include "geo/geodesy.h"
#include "hazard/hazardstore.h"

namespace mineatlas::hazard {

namespace {
int classOrder(const QString& c)
{
    return c == QLatin1String("CHA") ? 0 : c == QLatin1String("SHA") ? 1 : 2;
}
int statusOrder(const QString& s)
{
    return s == QLatin1String("open") ? 0 : s == QLatin1String("worked on") ? 1 : s == QLatin1String("closed") ? 2 : 3;
}
} // namespace

HazardStatistics computeStatistics(const std::vector<HazardArea>& areas, const std::vector<double>& frameLonLat,
                                   QDate asOf)
{
    HazardStatistics out;
    OGRGeometryUniquePtr frame;
    if (frameLonLat.size() >= 8)
        frame = data::toMultiPolygon({{frameLonLat}});
    std::map<std::pair<QString, QString>, ClassStatistics> classes;
    struct Known {
        QDate reported, changed;
        double total, remaining;
        bool closed;
    };
    std::vector<Known> known;
    std::set<QDate> dates;
    for (const HazardArea& a : areas) {
        if (asOf.isValid() && a.dateOfInformation.isValid() && a.dateOfInformation > asOf)
            continue;
        if (frame && !HazardStore::toGeometry(a)->Intersects(frame.get()))
            continue;
        const double total = geo::polygonsArea(a.polygons).areaM2;
        ++out.count;
        out.incomplete += missingRequiredFields(a).isEmpty() ? 0 : 1;
        out.totalM2 += total;
        out.remainingM2 += a.remainingAreaM2;
        ClassStatistics& c = classes[{a.classificationValue(), a.statusValue()}];
        c.classification = a.classificationValue();
        c.status = a.statusValue();
        ++c.count;
        c.totalM2 += total;
        c.remainingM2 += a.remainingAreaM2;
        known.push_back({a.dateOfInformation, a.statusDate, total, a.remainingAreaM2,
                         a.status == Status::Closed && a.statusOther.isEmpty()});
        for (QDate d : {a.dateOfInformation, a.statusDate})
            if (d.isValid() && (!asOf.isValid() || d <= asOf))
                dates.insert(d);
    }
    for (auto& [key, c] : classes)
        out.byClass.push_back(c);
    std::sort(out.byClass.begin(), out.byClass.end(), [](const ClassStatistics& a, const ClassStatistics& b) {
        if (classOrder(a.classification) != classOrder(b.classification))
            return classOrder(a.classification) < classOrder(b.classification);
        if (a.classification != b.classification)
            return a.classification < b.classification;
        return statusOrder(a.status) < statusOrder(b.status);
    });
    if (asOf.isValid() && !dates.empty())
        dates.insert(asOf); // the chart runs to the page's date
    for (QDate d : dates) {
        double remaining = 0;
        for (const Known& k : known) {
            if (k.reported.isValid() && k.reported > d)
                continue; // not known yet
            const bool changed = k.changed.isValid() && k.changed <= d;
            remaining += !changed ? k.total : (k.closed ? 0.0 : k.remaining);
        }
        out.remainingOverTime.emplace_back(d, remaining);
    }
    return out;
}

Result<HazardStatistics> statisticsOf(const QString& path, const QString& layer, const std::vector<double>& frameLonLat,
                                      QDate asOf)
{
    auto store = HazardStore::open(path, layer, true);
    if (!store)
        return Error{store.error()};
    auto areas = store.value()->readAll();
    if (!areas)
        return Error{areas.error()};
    return computeStatistics(areas.value(), frameLonLat, asOf);
}

} // namespace mineatlas::hazard
