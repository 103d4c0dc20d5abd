#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hrdesk::search {

// Bulk loads (demo data, imports) would re-tokenise a customer once per contact row through
// the search triggers of schema 6. suspend() drops those triggers inside the caller's
// transaction; finish() indexes every live employee and customer that has no search entry yet
// and recreates the triggers from their own schema text. A rollback restores everything.
// While suspended, only inserts are allowed on employee, customer and customer_contact.
class SearchIndexBulkLoad
{
public:
    bool suspend(QSqlDatabase db, QString *error);
    bool finish(QString *error);

private:
    bool exec(const QString &sql, QString *error);

    QSqlDatabase m_db;
    QStringList m_triggerSql;
    bool m_rebuildFullText = false;
};

} // namespace hrdesk::search
