#include "project/identifycontroller.h"

#include <QCoreApplication>
#include <QPointer>
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
    QPointer<IdentifyController> self(this);
    auto current = m_generation;
    (void)QtConcurrent::run([jobs, self, current, generation] {
        for (const Job& job : jobs) {
            if (current->load() != generation)
                return; // the user clicked elsewhere
            QString area, perimeter, error;
            try {
                auto m = measureSourceFeature(job.path, job.layer, job.fid);
                if (m) {
                    area = geo::formatArea(m->areaM2);
                    perimeter = QStringLiteral("%L1 m").arg(m->perimeterM, 0, 'f', 0);
                } else {
                    error = m.error();
                }
            } catch (...) {
                error = QStringLiteral("measuring failed");
            }
            QMetaObject::invokeMethod(qApp, [self, current, generation, index = job.index, area, perimeter, error] {
                if (self && current->load() == generation)
                    Q_EMIT self->measured(index, area, perimeter, error);
            });
        }
    });
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
