#include "project/identifycontroller.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "geo/surveypoint.h"
#include "project/project.h"

namespace mineatlas::project {

IdentifyController::IdentifyController(Project& project, QObject* parent) : QObject(parent), m_project(project) {}

std::vector<IdentifyResult> IdentifyController::identify(QPointF map, double tolerance)
{
    map.setX(m_project.crs().wrapX(map.x())); // a click on a copy of the world east of 180°
    auto results = identifyAt(m_project, map.x(), map.y(), tolerance);
    const int generation = ++*m_generation;
    struct Job {
        int index;
        QString path, layer;
        std::int64_t fid;
    };
    std::vector<Job> jobs;
    for (std::size_t i = 0; i < results.size(); ++i)
        if (results[i].kind == data::GeometryKind::Polygon)
            jobs.push_back({static_cast<int>(i), results[i].sourcePath, results[i].sourceLayer, results[i].fid});
    if (jobs.empty())
        return results;
    // One watcher per identify, owned by this controller: results arrive on this thread, one by
    // one, and those of an identify the user clicked past are dropped with it.
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    m_watcher = new QFutureWatcher<Measure>(this);
    auto* watcher = m_watcher;
    connect(watcher, &QFutureWatcher<Measure>::resultReadyAt, this, [this, watcher](int i) {
        const Measure m = watcher->resultAt(i);
        Q_EMIT measured(m.index, m.area, m.perimeter, m.error);
    });
    auto current = m_generation;
    watcher->setFuture(QtConcurrent::run([jobs, current, generation](QPromise<Measure>& promise) {
        for (const Job& job : jobs) {
            if (current->load() != generation || promise.isCanceled())
                return; // the user clicked elsewhere
            Measure m{job.index, {}, {}, {}};
            try {
                auto measure = measureSourceFeature(job.path, job.layer, job.fid);
                if (measure) {
                    m.area = geo::formatArea(measure->areaM2);
                    m.perimeter = QStringLiteral("%L1 m").arg(measure->perimeterM, 0, 'f', 0);
                } else {
                    m.error = measure.error();
                }
            } catch (...) {
                m.error = QCoreApplication::translate("Identify", "measuring failed");
            }
            promise.addResult(m);
        }
    }));
    return results;
}

QString IdentifyController::whereText(QPointF map) const
{
    const auto lonLat = m_project.coordinates().toLonLat(map);
    if (!lonLat || std::abs(lonLat->y()) > 90)
        return tr("outside the map");
    const double lat = lonLat->y(), lon = lonLat->x();
    return QStringLiteral("%1° %2, %3° %4")
        .arg(std::abs(lat), 0, 'f', 5)
        .arg(lat >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
        .arg(std::abs(lon), 0, 'f', 5)
        .arg(lon >= 0 ? QLatin1Char('E') : QLatin1Char('W'));
}

} // namespace mineatlas::project
