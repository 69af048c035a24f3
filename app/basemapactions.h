#pragma once

#include <memory>

#include <QObject>
#include <QSet>
#include <QString>

#include "backgroundjob.h"
#include "data/basemap.h"
#include "feedback.h"
#include "result.h"

class QAction;
class QLabel;
class QMenu;

namespace mineatlas::project {
class MapLayer;
}

namespace mineatlas {

struct WindowContext;

/// Layer ▸ Add basemap… and Layer ▸ Download basemap area for offline use…, and the credits of
/// the basemaps shown in the map's bottom-right corner. Creating a basemap (which asks the
/// server for a tile) and downloading run off the GUI thread, with progress and cancel in the
/// status bar. GUI thread only.
class BasemapActions : public QObject {
    Q_OBJECT
public:
    BasemapActions(WindowContext& context, QMenu* layerMenu);
    ~BasemapActions() override;

    QAction* addAction() const { return m_add; }
    QAction* downloadAction() const { return m_download; }
    /// The credits shown over the map ("© OpenStreetMap contributors"); hidden without basemaps.
    QLabel* credits() const { return m_credits; }
    /// Where basemap descriptions are written and tiles cached (settings, else the user's dirs).
    static QString basemapDir();
    static QString cacheDir();

protected:
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void addBasemap();
    void downloadArea();
    void created();
    void downloaded();
    void updateCredits();
    data::BasemapOptions options() const;

    WindowContext& m_context;
    QAction* m_add;
    QAction* m_download;
    QLabel* m_credits;
    BackgroundJob<Result<QString>> m_create;
    BackgroundJob<Result<qint64>> m_downloadJob;
    std::shared_ptr<Feedback> m_feedback;
    QString m_downloadOutput;
    QSet<std::uint64_t> m_basemaps; ///< ids of the layers that are basemaps (credits shown)
    bool m_createCanceled = false;
};

} // namespace mineatlas
