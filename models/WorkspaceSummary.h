#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::models {

// What the overview shows about an open database, read in one go (live rows only).
struct WorkspaceSummary
{
    QString databasePath;
    QString cipherVersion;
    int schemaVersion = 0;
    QString deviceId;
    QString databaseId;
    bool demo = false;
    qint64 departments = 0;
    qint64 employees = 0;
    qint64 customers = 0;
    qint64 auditEvents = 0;

    static WorkspaceSummary load(Workspace &workspace);
    // -1 when the table cannot be counted (logged), so a broken count is not shown as zero.
    static qint64 count(QSqlDatabase db, const QString &table, bool liveOnly);
};

} // namespace hrdesk::models
