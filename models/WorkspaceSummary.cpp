#include "models/WorkspaceSummary.h"

#include "core/workspace/Workspace.h"
#include "models/ModelsLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::models {

qint64 WorkspaceSummary::count(QSqlDatabase db, const QString &table, bool liveOnly)
{
    QSqlQuery q(db);
    // table names come from this file only, never from input
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + table
        + (liveOnly ? QStringLiteral(" WHERE deleted_at IS NULL") : QString());
    if (!q.exec(sql) || !q.next()) {
        qCWarning(lcModels) << "cannot count" << table << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

WorkspaceSummary WorkspaceSummary::load(Workspace &workspace)
{
    WorkspaceSummary s;
    const QSqlDatabase db = workspace.db();
    s.databasePath = workspace.database().path();
    s.cipherVersion = workspace.database().cipherVersion();
    s.schemaVersion = workspace.schemaVersion();
    s.deviceId = workspace.deviceId();
    s.databaseId = workspace.databaseId();
    s.demo = workspace.isDemo();
    s.departments = count(db, QStringLiteral("department"), true);
    s.employees = count(db, QStringLiteral("employee"), true);
    s.customers = count(db, QStringLiteral("customer"), true);
    s.auditEvents = count(db, QStringLiteral("audit_event"), false);
    return s;
}

} // namespace hrdesk::models
