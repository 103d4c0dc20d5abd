#include "TempWorkspace.h"

#include "TestSupport.h"
#include "core/common/Ids.h"
#include "storage/search/SearchTokens.h"

#include <QDebug>
#include <QSqlError>

#include <QSqlQuery>

namespace hrdesk::test {

TempWorkspace::TempWorkspace()
    : m_path(m_dir.filePath(QStringLiteral("test.db")))
{
    auto database = storage::Database::open(m_path, fixedTestKey(), storage::Database::Mode::CreateNew, &m_error);
    if (database)
        m_workspace = Workspace::initialize(std::move(database), newId(), &m_error);
}

qint64 rowCount(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList searchHits(QSqlDatabase db, const QString &entityType, const QString &text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT se.entity_id FROM search_fts JOIN search_entry se ON se.docid = search_fts.rowid "
                             "WHERE search_fts MATCH ? AND se.entity_type = ? ORDER BY 1"));
    q.addBindValue(search::SearchTokens::matchExpression(text));
    q.addBindValue(entityType);
    QStringList ids;
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace hrdesk::test
