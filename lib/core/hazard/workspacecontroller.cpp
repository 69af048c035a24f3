#include "hazard/workspacecontroller.h"

#include <QCoreApplication>

#include "hazard/hazardstore.h"

namespace mineatlas::hazard {

namespace {
constexpr int kFlushMs = 150; // a burst of saves (an import, a split) is reported once
}

WorkspaceController::WorkspaceController(QObject* parent) : QObject(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(kFlushMs);
    connect(&m_flush, &QTimer::timeout, this, &WorkspaceController::flush);
}

WorkspaceController::~WorkspaceController() = default;

WorkspaceOutcome WorkspaceController::tryOpen(const ConnectionSettings& settings, const QString& layer)
{
    return tryOpen(settings.datasetName(), settings.password, layer);
}

WorkspaceOutcome WorkspaceController::tryOpen(const QString& datasetName, const QString& password, const QString& layer)
{
    WorkspaceOutcome out;
    out.datasetName = datasetName;
    out.layer = layer.isEmpty() ? QString::fromLatin1(HazardStore::kDefaultLayer) : layer;
    auto store = HazardStore::openWorkspace(out.datasetName, password, out.layer, false, &out.problem);
    if (store) {
        out.problem = WorkspaceProblem::None;
    } else {
        if (out.problem == WorkspaceProblem::None)
            out.problem = WorkspaceProblem::Other;
        out.message = store.error();
    }
    if (out.problem == WorkspaceProblem::None || out.problem == WorkspaceProblem::NoTables) {
        if (password.isEmpty())
            m_passwords.erase(out.datasetName);
        else
            m_passwords[out.datasetName] = password;
    }
    return out;
}

Result<bool> WorkspaceController::createSchema(const ConnectionSettings& settings, const QString& layer)
{
    auto store = HazardStore::create(settings.datasetName(),
                                     layer.isEmpty() ? QString::fromLatin1(HazardStore::kDefaultLayer) : layer,
                                     settings.password);
    if (!store)
        return Error{store.error()};
    return true;
}

QString WorkspaceController::passwordFor(const QString& datasetName) const
{
    const auto it = m_passwords.find(datasetName);
    return it == m_passwords.end() ? QString() : it->second;
}

void WorkspaceController::forgetPassword(const QString& datasetName)
{
    m_passwords.erase(datasetName);
}

void WorkspaceController::listen(const QString& datasetName)
{
    auto& listener = m_listeners[datasetName];
    if (listener && (listener->isListening() || listener->isConnecting()))
        return;
    if (!listener) {
        listener = std::make_unique<WorkspaceListener>();
        connect(listener.get(), &WorkspaceListener::changed, this,
                [this, datasetName](const WorkspaceChange& c) { received(datasetName, c); });
        connect(listener.get(), &WorkspaceListener::lost, this,
                [this, datasetName](const QString& message) { Q_EMIT listenerLost(datasetName, message); });
        connect(listener.get(), &WorkspaceListener::failed, this,
                [this, datasetName](const QString& message) { Q_EMIT listenFailed(datasetName, message); });
        connect(listener.get(), &WorkspaceListener::connected, this,
                [this, datasetName] { Q_EMIT listening(datasetName); });
    }
    listener->start(datasetName, passwordFor(datasetName));
}

bool WorkspaceController::isListening(const QString& datasetName) const
{
    const auto it = m_listeners.find(datasetName);
    return it != m_listeners.end() && it->second->isListening();
}

bool WorkspaceController::isConnectingListener(const QString& datasetName) const
{
    const auto it = m_listeners.find(datasetName);
    return it != m_listeners.end() && it->second->isConnecting();
}

void WorkspaceController::received(const QString& datasetName, const WorkspaceChange& change)
{
    if (m_ownPids && m_ownPids().contains(change.serverPid))
        return; // this window's own save: already on its map
    RemoteChanges& r = m_pending[datasetName];
    r.datasetName = datasetName;
    QStringList& list = change.operation == QLatin1String("DELETE") ? r.deleted : r.guids;
    if (!change.guid.isEmpty() && !list.contains(change.guid))
        list << change.guid;
    if (change.operation == QLatin1String("DELETE"))
        r.guids.removeAll(change.guid);
    if (!change.editor.isEmpty() && !r.editors.contains(change.editor))
        r.editors << change.editor;
    m_flush.start();
}

void WorkspaceController::flush()
{
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (const auto& [name, changes] : pending)
        Q_EMIT remoteChanges(changes);
}

} // namespace mineatlas::hazard
