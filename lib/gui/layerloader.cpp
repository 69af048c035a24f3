#include "layerloader.h"

#include <QFileInfo>
#include <QPointer>

#include "data/rasterinfo.h"
#include "hazard/hazardstore.h"
#include "hazard/teamworkspace.h"
#include "project/layerfactory.h"
#include "treaty/treatystyle.h"
#include "project/project.h"

namespace mineatlas::gui {

LayerLoader::LayerLoader(project::Project& project, QObject* parent) : QObject(parent), m_project(project)
{
    connect(&m_watcher, &JobBase::finished, this, &LayerLoader::finished);
}

LayerLoader::~LayerLoader()
{
    if (m_feedback)
        m_feedback->cancel();
    m_watcher.waitForFinished();
}

void LayerLoader::open(const QString& path, const QString& layerName)
{
    m_queue.push_back({layerName.isEmpty() ? Task::Kind::Inspect : Task::Kind::LoadVector, path, layerName});
    startNext();
}

void LayerLoader::reprojectAll()
{
    for (int i = 0; i < m_project.layerCount(); ++i) {
        const project::MapLayer* l = m_project.layerAt(i);
        if (l->dataCrs() != m_project.crs().definition())
            m_queue.push_back({Task::Kind::Reproject, l->sourcePath(), l->sourceLayer(), l->id()});
    }
    startNext();
}

void LayerLoader::reload(const project::MapLayer* layer)
{
    if (!layer)
        return;
    m_queue.push_back({Task::Kind::Reproject, layer->sourcePath(), layer->sourceLayer(), layer->id()});
    startNext();
}

void LayerLoader::cancel()
{
    m_queue.clear();
    if (m_feedback)
        m_feedback->cancel();
}

void LayerLoader::startNext()
{
    // Not m_watcher.isRunning(): a task can finish before its finished() signal is delivered,
    // and replacing the future then would drop its result.
    if (m_taskRunning)
        return;
    if (m_queue.empty()) {
        if (m_busy) {
            // After a canceled CRS change some layers may still be in the old CRS: they stay hidden.
            QStringList stale;
            for (int i = 0; i < m_project.layerCount(); ++i)
                if (m_project.layerAt(i)->dataCrs() != m_project.crs().definition())
                    stale << m_project.layerAt(i)->name();
            if (!stale.isEmpty())
                Q_EMIT warning(
                    tr("Not yet in the map CRS, so hidden: %1. Choose the map CRS again to finish.")
                        .arg(stale.join(QStringLiteral(", "))));
            m_busy = false;
            Q_EMIT busyChanged(false, {});
            Q_EMIT idle();
        }
        return;
    }
    Task task = m_queue.front();
    m_queue.pop_front();
    if (task.kind == Task::Kind::Reproject) {
        const project::MapLayer* l = m_project.layerById(task.layerId);
        if (!l) {
            startNext();
            return;
        }
        task.kind =
            l->kind() == project::MapLayer::Kind::Raster ? Task::Kind::LoadRaster : Task::Kind::LoadVector;
        task.layerId = l->id();
    }
    m_feedback = queuedFeedback(this, [this](int percent) { Q_EMIT progressChanged(percent); });
    m_busy = true;
    const QString what =
        tr("Loading %1").arg(hazard::isTeamWorkspace(task.path)
                                 ? hazard::workspaceLayerName(task.path, task.layerName.isEmpty()
                                                                             ? QString::fromLatin1(hazard::HazardStore::kDefaultLayer)
                                                                             : task.layerName)
                                 : QFileInfo(task.path).fileName());
    Q_EMIT busyChanged(true, what);
    Q_EMIT progressChanged(-1);
    const geo::Crs crs = m_project.crs();
    auto feedback = m_feedback;
    // Re-reading a layer keeps its treaty join (same file, same feature order).
    auto table = task.layerId ? nullptr : m_table;
    auto cache = m_cache;
    // Only the worker's copy of the name carries a session password (messages name the workspace).
    const QString openPath =
        hazard::isTeamWorkspace(task.path) && m_passwords ? hazard::withPassword(task.path, m_passwords(task.path)) : task.path;
    m_taskRunning = true;
    m_watcher.start([task, openPath, crs, feedback, table, cache]() -> Outcome {
        Outcome out{task, crs, {}, {}, {}, {}, {}, {}, {}};
        try {
            switch (task.kind) {
            case Task::Kind::Inspect: {
                auto info = data::inspectDataset(openPath, cache.get());
                if (!info)
                    out.error = info.error();
                else
                    out.info = info.value();
                break;
            }
            case Task::Kind::LoadVector: {
                auto data =
                    data::loadVectorLayer(openPath, task.layerName, crs, feedback.get(), cache.get());
                if (!data) {
                    out.error = data.error();
                    break;
                }
                out.vector = data.value();
                if (table)
                    out.countries = project::detectCountries(*out.vector.store, *table);
                if (!hazard::isTeamWorkspace(task.path)) // status history and released land: files only
                    out.hazardExtras = project::readHazardExtras(task.path, out.vector);
                break;
            }
            case Task::Kind::LoadRaster: {
                auto footprint = data::rasterFootprint(task.path, crs);
                if (!footprint) {
                    out.error = footprint.error();
                } else {
                    out.rasterExtent = footprint->extent;
                    out.pixelSpace = footprint->pixelSpace;
                }
                break;
            }
            case Task::Kind::Reproject:
                break;
            }
        } catch (const std::exception& e) {
            out.error =
                QStringLiteral("%1: unexpected error: %2").arg(QFileInfo(task.path).fileName(), e.what());
        } catch (...) {
            out.error = QStringLiteral("%1: unexpected error").arg(QFileInfo(task.path).fileName());
        }
        return out;
    });
}

void LayerLoader::finished()
{
    m_taskRunning = false;
    Outcome out = m_watcher.result();
    const Task& task = out.task;
    // The map CRS changed while this ran: take the result, then read it again in the new CRS.
    const bool crsChanged = !(out.crs == m_project.crs());
    if (!out.error.isEmpty()) {
        if (!m_feedback->isCanceled())
            Q_EMIT error(out.error);
        startNext();
        return;
    }
    const QString baseName = QFileInfo(task.path).completeBaseName();
    switch (task.kind) {
    case Task::Kind::Inspect: {
        const data::DatasetInfo& info = out.info;
        if (info.layers.empty() && info.isRaster) {
            m_queue.push_front({Task::Kind::LoadRaster, task.path, {}});
        } else {
            QStringList names;
            if (info.layers.size() > 1 && m_chooser) {
                names = m_chooser(info);
            } else {
                for (const auto& l : info.layers)
                    names << l.name;
            }
            // Each new layer goes on top, so load the first chosen one last.
            for (const QString& n : names)
                m_queue.push_front({Task::Kind::LoadVector, task.path, n});
        }
        break;
    }
    case Task::Kind::LoadVector: {
        for (const QString& w : out.vector.warnings)
            Q_EMIT warning(w);
        if (task.layerId) {
            if (project::MapLayer* l = m_project.layerById(task.layerId)) {
                l->setDataCrs(out.crs.definition());
                l->setStore(out.vector.store);
                if (crsChanged)
                    m_queue.push_back({Task::Kind::Reproject, task.path, task.layerName, l->id()});
            }
            break;
        }
        auto layer = project::makeVectorLayer(task.path, out.vector, m_project.layerCount(),
                                              {m_table, m_highlighted}, out.countries, &out.hazardExtras);
        layer->setDataCrs(out.crs.definition());
        const QString name = layer->name();
        if (out.countries && m_table && !out.countries->unmatched.empty())
            Q_EMIT info(tr("%1: coloured by treaty status (joined on %2). %n feature(s) have no treaty "
                           "status (click one on the map for the reason).\n%3",
                           nullptr, static_cast<int>(out.countries->unmatched.size()))
                            .arg(name, out.countries->field, out.countries->unmatchedNames.join(QStringLiteral(", "))));
        // Areas go under the points and lines already open, and borders (treaty-styled country
        // layers) under the other areas too: a country layer that finishes loading after the
        // places or the hazard areas must not cover them.
        int index = 0;
        const bool isArea = out.vector.store->dominantKind() == data::GeometryKind::Polygon;
        const bool isBorders = isArea && layer->treatyStyle();
        auto staysAbove = [&](const project::MapLayer* l) {
            if (!l->store())
                return false;
            const bool area = l->store()->dominantKind() == data::GeometryKind::Polygon;
            return isBorders ? !(area && l->treatyStyle()) : !area;
        };
        if (isArea)
            while (index < m_project.layerCount() && staysAbove(m_project.layerAt(index)))
                ++index;
        project::MapLayer* added = m_project.addLayer(std::move(layer), index);
        if (crsChanged)
            m_queue.push_back({Task::Kind::Reproject, task.path, out.vector.layerName, added->id()});
        if (out.vector.store->size() == 0)
            Q_EMIT layerEmpty(added);
        Q_EMIT layerAdded(added);
        break;
    }
    case Task::Kind::LoadRaster: {
        if (task.layerId) {
            if (project::MapLayer* l = m_project.layerById(task.layerId)) {
                l->setDataCrs(out.crs.definition());
                l->setRasterExtent(out.rasterExtent);
                if (crsChanged)
                    m_queue.push_back({Task::Kind::Reproject, task.path, {}, l->id()});
            }
            break;
        }
        auto layer =
            std::make_unique<project::MapLayer>(project::MapLayer::Kind::Raster, baseName, task.path);
        layer->setDataCrs(out.crs.definition());
        layer->setPixelSpace(out.pixelSpace);
        layer->setRasterExtent(out.rasterExtent);
        // Basemaps go to the bottom of the stack.
        project::MapLayer* added = m_project.addLayer(std::move(layer), m_project.layerCount());
        if (crsChanged)
            m_queue.push_back({Task::Kind::Reproject, task.path, {}, added->id()});
        Q_EMIT layerAdded(added);
        break;
    }
    case Task::Kind::Reproject:
        break;
    }
    startNext();
}

} // namespace mineatlas::gui
