#include "hazard/workspacelistener.h"

#include <mutex>
#include <thread>

#include <QSocketNotifier>

#include <libpq-fe.h>

#include "hazard/teamworkspace.h"

namespace mineatlas::hazard {

void PgConnectionDeleter::operator()(pg_conn* connection) const
{
    PQfinish(connection);
}

namespace {
struct PgResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
struct PgMemoryDeleter {
    void operator()(void* p) const { PQfreemem(p); }
};
} // namespace

/// One connection try, shared by the listener and the thread that connects. The mutex guards
/// everything: the thread hands its result over only while the listener has not abandoned it,
/// and the listener abandons it (stop, destruction) under the same lock, so neither outlives the
/// other's use of it.
struct WorkspaceListener::Attempt {
    std::mutex mutex;
    bool abandoned = false;
    std::unique_ptr<pg_conn, PgConnectionDeleter> connection; ///< set when connected and listening
    QString error;                                            ///< set when it failed
};

WorkspaceListener::WorkspaceListener(QObject* parent) : QObject(parent) {}

WorkspaceListener::~WorkspaceListener()
{
    stop();
}

void WorkspaceListener::start(const QString& datasetName, const QString& password)
{
    stop();
    m_datasetName = datasetName;
    // The PG: name is a libpq conninfo after its prefix. A server that accepts and never answers
    // would hold the thread forever without a timeout.
    QString conninfo = withPassword(datasetName, password).mid(3);
    if (!conninfo.contains(QLatin1String("connect_timeout")))
        conninfo += QStringLiteral(" connect_timeout=%1").arg(kConnectTimeoutSeconds);
    auto attempt = std::make_shared<Attempt>();
    m_attempt = attempt;
    std::thread([this, attempt, conninfo = conninfo.toUtf8(), datasetName] {
        std::unique_ptr<pg_conn, PgConnectionDeleter> c(PQconnectdb(conninfo.constData()));
        QString error;
        if (PQstatus(c.get()) != CONNECTION_OK) {
            error = describeConnectionFailure(datasetName, QString::fromUtf8(PQerrorMessage(c.get())));
        } else {
            const std::unique_ptr<PGresult, PgResultDeleter> r(PQexec(c.get(), "LISTEN mineatlas_hazards"));
            if (PQresultStatus(r.get()) != PGRES_COMMAND_OK)
                error = describeConnectionFailure(datasetName, QString::fromUtf8(PQerrorMessage(c.get())));
        }
        const std::lock_guard lock(attempt->mutex);
        if (attempt->abandoned)
            return; // the connection closes here, on this thread
        if (error.isEmpty())
            attempt->connection = std::move(c);
        else
            attempt->error = error;
        // Not abandoned, so the listener is alive: it abandons under this lock before it goes. A
        // queued call to an object deleted later is dropped by Qt.
        QMetaObject::invokeMethod(this, [this, attempt] { adopt(attempt); }, Qt::QueuedConnection);
    }).detach();
}

void WorkspaceListener::adopt(const std::shared_ptr<Attempt>& attempt)
{
    if (attempt != m_attempt)
        return; // an older try, abandoned since
    std::unique_lock lock(attempt->mutex);
    m_attempt.reset();
    if (!attempt->connection) {
        const QString error = attempt->error;
        lock.unlock();
        Q_EMIT failed(error);
        return;
    }
    m_connection = std::move(attempt->connection);
    lock.unlock();
    PQsetnonblocking(m_connection.get(), 1);
    m_notifier = std::make_unique<QSocketNotifier>(PQsocket(m_connection.get()), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &WorkspaceListener::readNotifications);
    Q_EMIT connected();
    readNotifications(); // anything that arrived between the LISTEN and the notifier
}

void WorkspaceListener::stop()
{
    if (m_attempt) {
        const std::lock_guard lock(m_attempt->mutex);
        m_attempt->abandoned = true;
        m_attempt->connection.reset(); // connected, but not yet adopted
    }
    m_attempt.reset();
    m_notifier.reset();
    m_connection.reset();
}

void WorkspaceListener::readNotifications()
{
    if (!m_connection)
        return;
    if (!PQconsumeInput(m_connection.get()) || PQstatus(m_connection.get()) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(m_connection.get()));
        stop();
        Q_EMIT lost(describeConnectionFailure(m_datasetName, why));
        return;
    }
    while (const std::unique_ptr<PGnotify, PgMemoryDeleter> n{PQnotifies(m_connection.get())}) {
        // The trigger's payload: "<table> <operation> <guid> <editor…>".
        const QString payload = QString::fromUtf8(n->extra);
        const QStringList parts = payload.split(QLatin1Char(' '));
        WorkspaceChange change;
        change.table = parts.value(0);
        change.operation = parts.value(1);
        change.guid = parts.value(2);
        change.editor = parts.mid(3).join(QLatin1Char(' '));
        change.serverPid = n->be_pid;
        Q_EMIT changed(change);
        if (!m_connection) // a receiver stopped listening
            return;
    }
}

} // namespace mineatlas::hazard
