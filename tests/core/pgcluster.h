#pragma once

// The private PostgreSQL + PostGIS cluster that ctest starts for the team tests (scripts/pg-cluster,
// fixture "pgcluster" in tests/CMakeLists.txt). Each test makes its own database from
// postgis_template (or without PostGIS), so tests never see each other's rows.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTest>

namespace mineatlas::test {

class PgCluster {
public:
    PgCluster()
    {
        const QString dir = qEnvironmentVariable("MINEATLAS_PG_DIR");
        if (dir.isEmpty()) {
            m_unavailable = QStringLiteral("MINEATLAS_PG_DIR is not set: run this test through ctest, which starts "
                                           "the cluster (scripts/pg-cluster)");
            return;
        }
        m_socket = dir + QStringLiteral("/socket");
        QFile why(dir + QStringLiteral("/unavailable"));
        if (why.open(QIODevice::ReadOnly))
            m_unavailable = QString::fromUtf8(why.readAll()).trimmed();
        else if (!QFile::exists(m_socket + QStringLiteral("/.s.PGSQL.5432")))
            m_unavailable = QStringLiteral("no PostgreSQL socket in %1: scripts/pg-cluster start %2 did not run").arg(m_socket, dir);
    }

    bool available() const { return m_unavailable.isEmpty(); }
    const QString& unavailableReason() const { return m_unavailable; }
    const QString& socket() const { return m_socket; }

    /// psql as the superuser; returns the output, or a null string on failure (with a QWARN).
    QString psql(const QString& database, const QString& sql) const
    {
        QProcess p;
        p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-tA"),
                                         QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_socket,
                                         QStringLiteral("-p"), QStringLiteral("5432"), QStringLiteral("-U"),
                                         QStringLiteral("mineatlas"), QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("psql failed: %s", qPrintable(QString::fromUtf8(p.readAllStandardError())));
            return {};
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return out.isEmpty() ? QStringLiteral("") : out; // empty, not null: it worked
    }

    /// A fresh database (an old one of the name is dropped), with PostGIS unless `postgis` is false.
    bool createDatabase(const QString& name, bool postgis = true) const
    {
        return !psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)).isNull() &&
               !psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                                                     .arg(name, postgis ? QStringLiteral("postgis_template")
                                                                        : QStringLiteral("template0")))
                    .isNull();
    }

    /// What a layer's source path holds for `database` (no password).
    QString datasetName(const QString& database, const QString& user = QStringLiteral("mineatlas")) const
    {
        return QStringLiteral("PG:host=%1 port=5432 dbname=%2 user=%3").arg(m_socket, database, user);
    }

private:
    QString m_socket;
    QString m_unavailable;
};

} // namespace mineatlas::test

/// Skips (printing why) when the cluster could not start, except under CI=true, where it fails.
#define MINEATLAS_REQUIRE_PG(cluster)                                                                              \
    do {                                                                                                           \
        if (!(cluster).available()) {                                                                              \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                               \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL is required in CI: ") + (cluster).unavailableReason())); \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server for the team tests: ") +                        \
                             (cluster).unavailableReason()));                                                      \
        }                                                                                                          \
    } while (false)
