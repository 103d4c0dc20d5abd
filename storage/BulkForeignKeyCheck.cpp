#include "storage/BulkForeignKeyCheck.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::storage {

namespace {

bool foreignKeysOn(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() && q.value(0).toInt() == 1;
}

} // namespace

BulkForeignKeyCheck::BulkForeignKeyCheck(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_wasOn = foreignKeysOn(m_db);
    if (m_wasOn)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

BulkForeignKeyCheck::~BulkForeignKeyCheck()
{
    if (m_wasOn)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

bool BulkForeignKeyCheck::verify(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Columns: child table, child rowid, parent table, index of the foreign key.
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        if (error)
            *error = tr("Cannot check the references between the written rows: %1").arg(q.lastError().text());
        return false;
    }
    if (!q.next())
        return true;
    if (error)
        *error = tr("Row %1 of table %2 refers to a row of table %3 that does not exist.")
                     .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    return false;
}

} // namespace hrdesk::storage
