#include "hazard/workspacelistener.h"

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

WorkspaceListener::WorkspaceListener(QObject* parent) : QObject(parent) {}

WorkspaceListener::~WorkspaceListener()
{
    stop();
}

Result<bool> WorkspaceListener::start(const QString& datasetName, const QString& password)
{
    stop();
    // The PG: name is a libpq conninfo after its prefix.
    const QByteArray conninfo = withPassword(datasetName, password).mid(3).toUtf8();
    std::unique_ptr<pg_conn, PgConnectionDeleter> c(PQconnectdb(conninfo.constData()));
    if (PQstatus(c.get()) != CONNECTION_OK)
        return Error{describeConnectionFailure(datasetName, QString::fromUtf8(PQerrorMessage(c.get())))};
    const std::unique_ptr<PGresult, PgResultDeleter> r(PQexec(c.get(), "LISTEN mineatlas_hazards"));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK)
        return Error{describeConnectionFailure(datasetName, QString::fromUtf8(PQerrorMessage(c.get())))};
    PQsetnonblocking(c.get(), 1);
    const int socket = PQsocket(c.get());
    m_connection = std::move(c);
    m_datasetName = datasetName;
    m_notifier = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &WorkspaceListener::readNotifications);
    return true;
}

void WorkspaceListener::stop()
{
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
