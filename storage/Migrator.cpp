#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMigration, "hrdesk.storage.migration")

namespace hrdesk::storage {

Migrator::Migrator(std::vector<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

int Migrator::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Migrator::migrate(QSqlDatabase db, QString *error, int targetVersion) const
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const int current = currentVersion(db);
    if (current < 0) {
        if (error)
            *error = tr("Cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    if (current > latestVersion()) {
        if (error)
            *error = tr("This database was written by a newer HR Desk (schema %1; this program knows %2). "
                        "Install the newer version.").arg(current).arg(latestVersion());
        return false;
    }
    for (const Migration &m : m_migrations) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        qCInfo(lcMigration) << "migrating to schema" << m.version << m.name;
        if (!db.transaction()) {
            if (error)
                *error = tr("Cannot start the migration to schema %1: %2").arg(m.version).arg(db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        const bool ok = q.exec(m.sql)
            && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (!ok) {
            const QString reason = q.lastError().text();
            q.finish();
            db.rollback();
            if (error)
                *error = tr("The migration to schema %1 (%2) failed and was undone: %3")
                             .arg(m.version).arg(m.name, reason);
            return false;
        }
        q.finish();
        if (!db.commit()) {
            if (error)
                *error = tr("Cannot commit the migration to schema %1: %2").arg(m.version).arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace hrdesk::storage
