#include "hazard/teamworkspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <ogrsf_frmts.h>

#include "data/gdalhandles.h"

namespace mineatlas::hazard {

namespace {

/// A libpq conninfo value, quoted when it needs it.
QString conninfoValue(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("'%1'").arg(v);
}

QByteArray sqlIdentifier(const QString& name)
{
    QByteArray n = name.toUtf8();
    n.replace('"', "\"\"");
    return '"' + n + '"';
}

QByteArray sqlText(const QString& value)
{
    QByteArray v = value.toUtf8();
    v.replace('\'', "''");
    return '\'' + v + '\'';
}

/// key=value pairs of a PG: name (values unquoted).
QList<std::pair<QString, QString>> conninfoPairs(const QString& name)
{
    QList<std::pair<QString, QString>> out;
    static const QRegularExpression pair(QStringLiteral("(\\w+)\\s*=\\s*('((?:[^'\\\\]|\\\\.)*)'|\\S+)"));
    for (auto it = pair.globalMatch(name.mid(3)); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(3).isNull() ? m.captured(2) : m.captured(3);
        value.replace(QStringLiteral("\\'"), QStringLiteral("'")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        out.push_back({m.captured(1), value});
    }
    return out;
}

} // namespace

QString ConnectionSettings::datasetName() const
{
    QStringList parts;
    auto add = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            parts << QStringLiteral("%1=%2").arg(QLatin1String(key), conninfoValue(value));
    };
    add("service", service);
    add("host", host);
    if (port > 0)
        add("port", QString::number(port));
    add("dbname", database);
    add("user", user);
    add("sslmode", sslMode);
    return QStringLiteral("PG:") + parts.join(QLatin1Char(' '));
}

QString ConnectionSettings::openName() const
{
    return withPassword(datasetName(), password);
}

ConnectionSettings ConnectionSettings::fromDatasetName(const QString& name)
{
    ConnectionSettings s;
    for (const auto& [key, value] : conninfoPairs(name)) {
        if (key == QLatin1String("service"))
            s.service = value;
        else if (key == QLatin1String("host"))
            s.host = value;
        else if (key == QLatin1String("port"))
            s.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            s.database = value;
        else if (key == QLatin1String("user"))
            s.user = value;
        else if (key == QLatin1String("sslmode"))
            s.sslMode = value;
    }
    return s;
}

QString ConnectionSettings::label() const
{
    // A Unix socket's directory says nothing to a reader ("tw on /var/run/postgresql"): "(local)".
    if (host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@')))
        return shortLabel();
    const QString db = database.isEmpty() ? (service.isEmpty() ? QCoreApplication::translate("TeamWorkspace", "(default database)")
                                                               : QStringLiteral("service %1").arg(service))
                                          : database;
    return host.isEmpty() ? db : QStringLiteral("%1 on %2").arg(db, host);
}

QString ConnectionSettings::shortLabel() const
{
    QString where;
    if (host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@')))
        where = QCoreApplication::translate("TeamWorkspace", "local");
    else if (!host.isEmpty())
        where = port > 0 && port != 5432 ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
    QString db = database;
    if (db.isEmpty())
        db = service.isEmpty() ? QCoreApplication::translate("TeamWorkspace", "(default database)")
                               : QCoreApplication::translate("TeamWorkspace", "service %1").arg(service);
    return where.isEmpty() ? db : QStringLiteral("%1 (%2)").arg(db, where);
}

QString workspaceLayerName(const QString& datasetName, const QString& layer)
{
    return QStringLiteral("%1 @ %2").arg(layer, ConnectionSettings::fromDatasetName(datasetName).shortLabel());
}

bool isTeamWorkspace(const QString& datasetName)
{
    return datasetName.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

QString withPassword(const QString& datasetName, const QString& password)
{
    if (password.isEmpty())
        return datasetName;
    return datasetName + QStringLiteral(" password=") + conninfoValue(password);
}

QString workspaceLabel(const QString& datasetName)
{
    return ConnectionSettings::fromDatasetName(datasetName).label();
}

WorkspaceProblem classifyConnectionFailure(const QString& message)
{
    const QString m = message.toLower();
    if (m.contains(QLatin1String("password authentication failed")) || m.contains(QLatin1String("no password supplied")) ||
        m.contains(QLatin1String("authentication failed")) || m.contains(QLatin1String("role \"")))
        return WorkspaceProblem::BadCredentials;
    if (m.contains(QLatin1String("database \"")) && m.contains(QLatin1String("does not exist")))
        return WorkspaceProblem::NoDatabase;
    if (m.contains(QLatin1String("could not connect")) || m.contains(QLatin1String("connection refused")) ||
        m.contains(QLatin1String("no such file or directory")) || m.contains(QLatin1String("could not translate host")) ||
        m.contains(QLatin1String("timeout expired")) || m.contains(QLatin1String("server closed the connection")) ||
        m.contains(QLatin1String("connection to server")) || m.contains(QLatin1String("terminating connection")))
        return WorkspaceProblem::Unreachable;
    return WorkspaceProblem::Other;
}

QString describeConnectionFailure(const QString& datasetName, const QString& gdalMessage)
{
    const QString where = workspaceLabel(datasetName);
    const QString detail = gdalMessage.simplified();
    switch (classifyConnectionFailure(gdalMessage)) {
    case WorkspaceProblem::BadCredentials:
        return QCoreApplication::translate("TeamWorkspace", "%1: the server refused the user name or password (%2). Check them, or the entry in "
                              "~/.pgpass or the service file.")
            .arg(where, detail);
    case WorkspaceProblem::NoDatabase:
        return QCoreApplication::translate("TeamWorkspace", "%1: there is no such database on the server (%2).").arg(where, detail);
    case WorkspaceProblem::Unreachable:
        return QCoreApplication::translate("TeamWorkspace", "%1: the server cannot be reached (%2). Check the host and port, the network, and "
                              "that PostgreSQL is running.")
            .arg(where, detail);
    default:
        return QCoreApplication::translate("TeamWorkspace", "%1: cannot open the workspace: %2").arg(where, detail);
    }
}

bool hasPostgis(GDALDataset& ds)
{
    OGRLayer* r = ds.ExecuteSQL("SELECT extname FROM pg_extension WHERE extname = 'postgis'", nullptr, nullptr);
    if (!r)
        return false;
    const bool found = OGRFeatureUniquePtr(r->GetNextFeature()) != nullptr;
    ds.ReleaseResultSet(r);
    return found;
}

int workspaceSchemaVersion(GDALDataset& ds, const QString& layer)
{
    data::GdalErrorCollector quiet; // no table yet: version 0, not an error
    OGRLayer* r = ds.ExecuteSQL(("SELECT version FROM mineatlas_schema WHERE layer_name = " + sqlText(layer)).constData(),
                                nullptr, nullptr);
    if (!r)
        return 0;
    OGRFeatureUniquePtr f(r->GetNextFeature());
    const int version = f ? f->GetFieldAsInteger(0) : 0;
    ds.ReleaseResultSet(r);
    return version;
}

Result<bool> migrateConcurrencySchema(GDALDataset& ds, OGRLayer& areas, int& version, bool workspace)
{
    if (version >= 3)
        return true;
    if (version < 2)
        return Error{QCoreApplication::translate("TeamWorkspace", "cannot migrate to hazard schema version 3 from version %1").arg(version)};
    data::GdalErrorCollector errors;
    if (ds.StartTransaction() != OGRERR_NONE)
        return Error{QCoreApplication::translate("TeamWorkspace", "cannot start the migration to hazard schema version 3")};
    auto fail = [&](const QString& what) -> Result<bool> {
        ds.RollbackTransaction();
        return Error{QCoreApplication::translate("TeamWorkspace", "cannot migrate to hazard schema version 3: %1%2")
                         .arg(what, errors.failures().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(errors.failures().last()))};
    };
    for (const auto& [name, type] : {std::pair{"row_version", OFTInteger64}, std::pair{"last_editor", OFTString},
                                     std::pair{"edited_at", OFTDateTime}}) {
        if (areas.GetLayerDefn()->GetFieldIndex(name) >= 0)
            continue;
        OGRFieldDefn field(name, type);
        if (areas.CreateField(&field) != OGRERR_NONE)
            return fail(QCoreApplication::translate("TeamWorkspace", "cannot add %1").arg(QString::fromLatin1(name)));
    }
    const QString layer = QString::fromUtf8(areas.GetName());
    const QByteArray table = sqlIdentifier(layer);
    auto run = [&](const QByteArray& sql) {
        errors.clear();
        if (OGRLayer* r = ds.ExecuteSQL(sql.constData(), nullptr, nullptr))
            ds.ReleaseResultSet(r);
        return errors.failures().isEmpty();
    };
    if (!run("UPDATE " + table + " SET row_version = 1 WHERE row_version IS NULL"))
        return fail(QCoreApplication::translate("TeamWorkspace", "cannot number the existing rows"));
    if (workspace) {
        const QByteArray history = sqlIdentifier(layer + QStringLiteral("_history"));
        const QByteArray function = sqlIdentifier(layer + QStringLiteral("_keep_history"));
        // Every earlier version, with who replaced it, when and which fields changed. LIKE keeps the
        // area columns in the same order, so the trigger can copy OLD.* as it is.
        const QByteArray steps[] = {
            "CREATE TABLE IF NOT EXISTS " + history +
                " (history_id bigserial PRIMARY KEY, operation text NOT NULL, changed_at timestamptz NOT NULL,"
                " changed_by text, changed_fields text, LIKE " + table + ")",
            "CREATE INDEX IF NOT EXISTS " + sqlIdentifier(layer + QStringLiteral("_history_guid")) + " ON " + history + " (guid)",
            // BEFORE: a writer that does not know row versions (QGIS, psql) still moves the version on,
            // so MineAtlas clients see its change as a conflict instead of overwriting it. A no-op
            // UPDATE (how a MineAtlas save locks the row) leaves no history.
            "CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "DECLARE changed text; who text;\n"
            "BEGIN\n"
            "  who := coalesce(nullif(current_setting('mineatlas.editor', true), ''), current_user);\n"
            "  IF TG_OP = 'UPDATE' THEN\n"
            "    IF NEW IS NOT DISTINCT FROM OLD THEN RETURN NEW; END IF;\n"
            "    IF NEW.row_version IS NOT DISTINCT FROM OLD.row_version THEN\n"
            "      NEW.row_version := coalesce(OLD.row_version, 0) + 1;\n"
            "    END IF;\n"
            "    SELECT string_agg(key, ',' ORDER BY key) INTO changed\n"
            "      FROM jsonb_each(to_jsonb(NEW)) n JOIN jsonb_each(to_jsonb(OLD)) o USING (key)\n"
            "     WHERE n.value IS DISTINCT FROM o.value AND key NOT IN ('row_version', 'last_editor', 'edited_at');\n"
            "  END IF;\n"
            "  IF TG_OP IN ('UPDATE', 'DELETE') THEN\n"
            "    INSERT INTO " + history + " SELECT nextval(pg_get_serial_sequence('" + history +
                "', 'history_id')), TG_OP, now(), who, changed, OLD.*;\n"
            "  END IF;\n"
            "  PERFORM pg_notify('mineatlas_hazards', TG_TABLE_NAME || ' ' || TG_OP || ' ' ||\n"
            "                    coalesce(CASE WHEN TG_OP = 'DELETE' THEN OLD.guid ELSE NEW.guid END, '') || ' ' || who);\n"
            "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n"
            "  RETURN NEW;\n"
            "END $$",
            "DROP TRIGGER IF EXISTS " + sqlIdentifier(layer + QStringLiteral("_history")) + " ON " + table,
            "CREATE TRIGGER " + sqlIdentifier(layer + QStringLiteral("_history")) + " BEFORE INSERT OR UPDATE OR DELETE ON " +
                table + " FOR EACH ROW EXECUTE FUNCTION " + function + "()",
            "CREATE TABLE IF NOT EXISTS mineatlas_schema (layer_name text PRIMARY KEY, version integer NOT NULL)",
            "INSERT INTO mineatlas_schema VALUES (" + sqlText(layer) +
                ", 3) ON CONFLICT (layer_name) DO UPDATE SET version = excluded.version",
        };
        for (const QByteArray& sql : steps)
            if (!run(sql))
                return fail(QCoreApplication::translate("TeamWorkspace", "cannot create the history table"));
    } else {
        areas.SetMetadataItem("MINEATLAS_HAZARD_SCHEMA", "3");
    }
    if (ds.CommitTransaction() != OGRERR_NONE)
        return Error{QCoreApplication::translate("TeamWorkspace", "cannot migrate to hazard schema version 3: the commit failed")};
    version = 3;
    return true;
}

} // namespace mineatlas::hazard
