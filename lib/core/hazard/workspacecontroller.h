#pragma once

#include <functional>
#include <map>
#include <memory>

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "hazard/teamworkspace.h"
#include "hazard/workspacelistener.h"
#include "result.h"

namespace mineatlas::hazard {

/// What trying a workspace came to: the dataset name to load, or the problem and its message.
struct WorkspaceOutcome {
    WorkspaceProblem problem = WorkspaceProblem::None;
    QString message;     ///< empty when it opened
    QString datasetName; ///< without the password: what the layer's source path holds
    QString layer;
    bool ok() const { return problem == WorkspaceProblem::None; }
};

/// Others' saves to one workspace, gathered over a short moment (a burst of saves is one report).
struct RemoteChanges {
    QString datasetName;
    QStringList guids;   ///< changed or added areas, in arrival order, each once
    QStringList deleted; ///< deleted areas
    QStringList editors; ///< who saved them, each once
};

/// The team workspace workflow, widget-free: tries a connection and sorts what went wrong
/// (unreachable, bad credentials, no PostGIS, no tables), creates the schema when asked, keeps each
/// workspace's session password in memory only (never in settings or the project), and listens
/// for others' saves (LISTEN/NOTIFY), telling them apart from this window's own.
/// GUI thread only; owns its listeners.
class WorkspaceController : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceController(QObject* parent = nullptr);
    ~WorkspaceController() override;

    /// Opens the workspace once to check it (and migrates an older schema). On success, or when
    /// only the tables are missing, the password is remembered for this session.
    WorkspaceOutcome tryOpen(const ConnectionSettings& settings, const QString& layer);
    /// The same for a dataset name as a project or an offline copy saved it (never with a password).
    WorkspaceOutcome tryOpen(const QString& datasetName, const QString& password, const QString& layer);
    /// Creates the hazard tables (schema, history, trigger) in a database that has PostGIS.
    Result<bool> createSchema(const ConnectionSettings& settings, const QString& layer);
    /// The password given for `datasetName` this session; empty: libpq's ~/.pgpass or service file.
    QString passwordFor(const QString& datasetName) const;
    void forgetPassword(const QString& datasetName);

    /// Starts listening for changes to `datasetName` (once per workspace; again after it failed or
    /// was lost). Returns at once: the connection is made off this thread, and listening() or
    /// listenFailed() follows.
    void listen(const QString& datasetName);
    bool isListening(const QString& datasetName) const;
    /// The listening connection is still being made.
    bool isConnectingListener(const QString& datasetName) const;
    /// How this window tells its own saves from others': the server process of its own
    /// connection (HazardStore::backendPid()), asked when a change arrives.
    void setOwnConnections(std::function<QSet<qint64>()> pids) { m_ownPids = std::move(pids); }

Q_SIGNALS:
    void remoteChanges(const mineatlas::hazard::RemoteChanges& changes);
    /// Listening stopped because the connection broke.
    void listenerLost(const QString& datasetName, const QString& message);
    /// Others' changes to `datasetName` now arrive live.
    void listening(const QString& datasetName);
    /// The listening connection could not be made.
    void listenFailed(const QString& datasetName, const QString& message);

private:
    void received(const QString& datasetName, const WorkspaceChange& change);
    void flush();

    std::map<QString, QString> m_passwords;
    std::map<QString, std::unique_ptr<WorkspaceListener>> m_listeners;
    std::function<QSet<qint64>()> m_ownPids;
    std::map<QString, RemoteChanges> m_pending;
    QTimer m_flush;
};

} // namespace mineatlas::hazard
