#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace hrdesk::storage {

// Bulk loading into empty tables: drops their secondary indexes and rebuilds them afterwards
// from the schema's own CREATE INDEX text (so it follows future migrations). Building an index
// once over all rows is much cheaper than updating it row by row in random key order. Runs inside
// the caller's transaction: a rollback brings the indexes back untouched, and unique indexes
// check uniqueness again when rebuilt.
class DeferredIndexes
{
public:
    bool suspend(QSqlDatabase db, const QStringList &tables, QString *error);
    bool restore(QString *error);

private:
    QSqlDatabase m_db;
    std::vector<QString> m_createStatements;
};

} // namespace hrdesk::demo
