#pragma once

#include <memory>

#include <QObject>
#include <QString>

struct pg_conn;
class QSocketNotifier;

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
/// stays open; the data itself is read through GDAL). The connection and the LISTEN are made on a
/// thread of their own, so a slow or silent server never freezes the window (libpq's
/// connect_timeout ends a try that gets no answer); once connected, a QSocketNotifier on the
/// connection's socket wakes the listener's thread for each notification, so nothing polls.
/// Lives in (and is used from) one thread with an event loop, the GUI thread in the app.
class WorkspaceListener : public QObject {
    Q_OBJECT
public:
    /// How long a connection try may wait for the server (libpq's connect_timeout).
    static constexpr int kConnectTimeoutSeconds = 10;

    explicit WorkspaceListener(QObject* parent = nullptr);
    ~WorkspaceListener() override;

    /// Starts connecting to `datasetName` ("PG:…") with `password` (kept only in the connection)
    /// and returns at once; connected() or failed() follows.
    void start(const QString& datasetName, const QString& password);
    /// Stops listening, or abandons a connection try under way (its thread closes it).
    void stop();
    bool isListening() const { return m_connection != nullptr; }
    bool isConnecting() const { return m_attempt != nullptr; }
    const QString& datasetName() const { return m_datasetName; }

Q_SIGNALS:
    /// Listening from now on.
    void connected();
    /// The connection try failed, in the words of describeConnectionFailure().
    void failed(const QString& message);
    void changed(const mineatlas::hazard::WorkspaceChange& change);
    /// The connection broke (the server went away); listening has stopped.
    void lost(const QString& message);

private:
    struct Attempt;
    void adopt(const std::shared_ptr<Attempt>& attempt);
    void readNotifications();

    std::shared_ptr<Attempt> m_attempt; ///< the connection try under way, if any
    std::unique_ptr<pg_conn, PgConnectionDeleter> m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QString m_datasetName;
};

} // namespace mineatlas::hazard
