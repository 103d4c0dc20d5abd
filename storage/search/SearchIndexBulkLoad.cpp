#include "storage/search/SearchIndexBulkLoad.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::search {

namespace {

constexpr int RebuildHashSize = 64 * 1024 * 1024;
constexpr int DefaultHashSize = 1024 * 1024; // FTS5's own

} // namespace

bool SearchIndexBulkLoad::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool SearchIndexBulkLoad::suspend(QSqlDatabase db, QString *error)
{
    m_db = db;
    m_triggerSql.clear();
    QSqlQuery empty(m_db);
    if (!empty.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM search_entry)")) || !empty.next()) {
        if (error)
            *error = empty.lastError().text();
        return false;
    }
    // An empty index is rebuilt in one pass at the end, which is far cheaper than one FTS
    // insert per row; a populated one is extended row by row through its own triggers.
    m_rebuildFullText = empty.value(0).toBool();
    empty.finish();

    QStringList names;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString which = m_rebuildFullText ? QStringLiteral("name GLOB '*_search_*' OR name GLOB 'search_entry_*'")
                                            : QStringLiteral("name GLOB '*_search_*'");
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (%1)").arg(which))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        names << q.value(0).toString();
        m_triggerSql << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        if (!exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name), error))
            return false;
    }
    return true;
}

bool SearchIndexBulkLoad::finish(QString *error)
{
    const QString missingEmployees = QStringLiteral(
        "INSERT INTO search_entry (entity_type, entity_id, tokens) "
        "SELECT 'employee', s.id, s.tokens FROM employee_search_source s "
        "WHERE NOT EXISTS (SELECT 1 FROM search_entry e WHERE e.entity_type = 'employee' AND e.entity_id = s.id)");
    const QString missingCustomers = QStringLiteral(
        "INSERT INTO search_entry (entity_type, entity_id, tokens) "
        "SELECT 'customer', s.id, s.tokens FROM customer_search_source s "
        "WHERE NOT EXISTS (SELECT 1 FROM search_entry e WHERE e.entity_type = 'customer' AND e.entity_id = s.id)");
    if (!exec(missingEmployees, error) || !exec(missingCustomers, error))
        return false;
    // FTS5 flushes its pending terms to a new segment every 1 MiB by default, and then merges
    // the segments: for a rebuild of 200,000 entries that merging was a third of the time. With
    // room for the whole rebuild it writes a few large segments (which later searches read
    // faster too); the default is put back for the row-by-row updates that follow.
    if (m_rebuildFullText
        && (!exec(QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', %1)").arg(RebuildHashSize),
                  error)
            || !exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('rebuild')"), error)
            || !exec(QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', %1)").arg(DefaultHashSize),
                     error)))
        return false;
    for (const QString &sql : std::as_const(m_triggerSql)) {
        if (!exec(sql, error))
            return false;
    }
    m_triggerSql.clear();
    return true;
}

} // namespace hrdesk::search
