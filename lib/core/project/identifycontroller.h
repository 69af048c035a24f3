#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include <QFutureWatcher>
#include <QObject>
#include <QPointF>

#include "project/identify.h"

namespace mineatlas::project {

class Project;

/// The identify workflow: what is under a click, at once from the loaded layers, and for polygons
/// their ellipsoidal area and perimeter measured on the source geometry on a worker (reading a
/// feature back from a large file must not freeze the window). GUI thread only; does not own the
/// project.
class IdentifyController : public QObject {
    Q_OBJECT
public:
    explicit IdentifyController(Project& project, QObject* parent = nullptr);

    /// Identifies at a map point (`tolerance` in map units). The polygon measures follow as
    /// measured() signals; a newer identify makes the pending ones of an older one go quiet.
    std::vector<IdentifyResult> identify(QPointF map, double tolerance);
    /// The lon/lat of a map point as the status bar and the identify panel show it.
    QString whereText(QPointF map) const;

Q_SIGNALS:
    /// The measure of result `index` of the last identify(): area and perimeter as text, or an
    /// error saying why it could not be measured.
    void measured(int index, const QString& area, const QString& perimeter, const QString& error);

private:
    struct Measure {
        int index;
        QString area, perimeter, error;
    };
    Project& m_project;
    std::shared_ptr<std::atomic<int>> m_generation = std::make_shared<std::atomic<int>>(0);
    QFutureWatcher<Measure>* m_watcher = nullptr; ///< the measures of the last identify
};

} // namespace mineatlas::project
