#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <optional>

#include "backgroundjob.h"
#include <QObject>
#include <QStringList>

#include "data/storecache.h"
#include "data/vectorloader.h"
#include "project/layerfactory.h"
#include "treaty/countrymatcher.h"
#include "treaty/treatytable.h"
#include "feedback.h"
#include "geo/maprect.h"

namespace mineatlas::project {
class Project;
class MapLayer;
} // namespace mineatlas::project

namespace mineatlas::gui {

/// Opens files into a Project without freezing the GUI: GDAL work runs on a worker thread, one
/// file at a time, with progress and cancel. Results and errors come back as signals (errors name
/// the file and carry GDAL's message). GUI thread only; does not own the project.
class LayerLoader : public QObject {
    Q_OBJECT
public:
    /// Asked on the GUI thread when a file has several vector layers; returns the ones to load
    /// (empty = none). Without a chooser every layer is loaded.
    using LayerChooser = std::function<QStringList(const data::DatasetInfo&)>;

    explicit LayerLoader(project::Project& project, QObject* parent = nullptr);
    ~LayerLoader() override;

    void setLayerChooser(LayerChooser chooser) { m_chooser = std::move(chooser); }
    /// With a table, vector layers that look like country borders get the treaty style.
    void setTreatyTable(std::shared_ptr<const treaty::TreatyTable> table) { m_table = std::move(table); }
    /// ISO3 codes of the states the treaty style outlines and labels.
    void setHighlighted(const QStringList& iso3) { m_highlighted = iso3; }
    /// With a cache, reopening an unchanged large file reads the prepared layer back from disk.
    void setStoreCache(std::shared_ptr<const data::StoreCache> cache) { m_cache = std::move(cache); }
    /// The password a team workspace ("PG:…") was given for this session, asked on the GUI thread
    /// when a task starts; the layer's source path never holds it.
    void setPasswordSource(std::function<QString(const QString& path)> source) { m_passwords = std::move(source); }
    /// Queues `path` (vector or raster); `layerName` empty = ask (or all layers).
    void open(const QString& path, const QString& layerName = {});
    /// Re-reads every layer in the project's current CRS (after the map CRS changed).
    void reprojectAll();
    /// Re-reads one layer from its file (after an editor changed it).
    void reload(const project::MapLayer* layer);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy, const QString& what);
    /// 0..100, or -1 when the total is unknown.
    void progressChanged(int percent);
    void warning(const QString& message);
    void info(const QString& message);
    void error(const QString& message);
    void layerAdded(mineatlas::project::MapLayer* layer);
    /// A layer opened with no features (a new hazard layer, an empty file): worth a word until
    /// it has some.
    void layerEmpty(mineatlas::project::MapLayer* layer);
    /// The queue ran empty.
    void idle();

private:
    struct Task {
        enum class Kind { Inspect, LoadVector, LoadRaster, Reproject } kind;
        QString path;
        QString layerName;
        std::uint64_t layerId = 0; ///< Reproject: the layer to refill
    };
    struct Outcome {
        Task task;
        geo::Crs crs; ///< the map CRS the task read into
        QString error;
        data::DatasetInfo info;
        data::VectorData vector;
        MapRect rasterExtent;
        bool pixelSpace = false; ///< a raster without georeferencing
        std::optional<treaty::CountryMatch> countries;
        project::HazardExtras hazardExtras; ///< status history or released area, read on the worker
    };
    void startNext();
    void finished();

    project::Project& m_project;
    LayerChooser m_chooser;
    std::shared_ptr<const treaty::TreatyTable> m_table;
    QStringList m_highlighted;
    std::shared_ptr<const data::StoreCache> m_cache;
    std::function<QString(const QString&)> m_passwords;
    std::deque<Task> m_queue;
    BackgroundJob<Outcome> m_watcher;
    std::shared_ptr<Feedback> m_feedback;
    bool m_busy = false;
    bool m_taskRunning = false;
};

} // namespace mineatlas::gui
