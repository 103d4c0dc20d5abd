#include "storage/DeferredIndexes.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::storage {

bool DeferredIndexes::suspend(QSqlDatabase db, const QStringList &tables, QString *error)
{
    m_db = db;
    m_createStatements.clear();
    QStringList names;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Indexes without sql belong to PRIMARY KEY/UNIQUE constraints and cannot be dropped.
        if (!q.exec(QStringLiteral("SELECT name, sql, tbl_name FROM sqlite_master "
                                   "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            if (!tables.contains(q.value(2).toString()))
                continue;
            names << q.value(0).toString();
            m_createStatements.push_back(q.value(1).toString());
        }
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            *error = drop.lastError().text();
            return false;
        }
    }
    return true;
}

bool DeferredIndexes::restore(QString *error)
{
    for (const QString &statement : m_createStatements) {
        QSqlQuery create(m_db);
        if (!create.exec(statement)) {
            *error = create.lastError().text();
            return false;
        }
    }
    m_createStatements.clear();
    return true;
}

} // namespace hrdesk::demo
