#pragma once

#include <memory>

#include <QObject>
#include <QString>

#include "result.h"

class QSocketNotifier;
struct pg_conn;

namespace mineatlas::hazard {

/// Closes a libpq connection (PQfinish).
struct PgConnectionDeleter {
    void operator()(pg_conn* connection) const;
};

/// One change another client announced (the history trigger's NOTIFY mineatlas_hazards).
struct WorkspaceChange {
    QString table;     ///< the hazard layer's table
    QString operation; ///< INSERT, UPDATE or DELETE
    QString guid;
    QString editor;
    qint64 serverPid = 0; ///< the server process of the connection that saved it
};

/// Listens on a team workspace for others' saves: its own libpq connection (LISTEN needs one that
/// stays open; the data itself is read through GDAL), woken by a QSocketNotifier on the
/// connection's socket, so the GUI thread never polls. GUI thread (the thread it lives in) only.
class WorkspaceListener : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceListener(QObject* parent = nullptr);
    ~WorkspaceListener() override;

    /// Connects to `datasetName` ("PG:…") with `password` (kept only in the connection) and starts
    /// listening. A failure says why, in the words of describeConnectionFailure().
    Result<bool> start(const QString& datasetName, const QString& password);
    void stop();
    bool isListening() const { return m_connection != nullptr; }
    const QString& datasetName() const { return m_datasetName; }

Q_SIGNALS:
    void changed(const mineatlas::hazard::WorkspaceChange& change);
    /// The connection broke (the server went away); listening has stopped.
    void lost(const QString& message);

private:
    void readNotifications();

    std::unique_ptr<pg_conn, PgConnectionDeleter> m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QString m_datasetName;
};

} // namespace mineatlas::hazard
