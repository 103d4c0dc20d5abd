#include "ScratchDatabase.h"

#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::test {

ScratchDatabase::ScratchDatabase(QStringList schema)
    : m_schema(std::move(schema))
{
}

std::unique_ptr<storage::Database> ScratchDatabase::create()
{
    QString error;
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("scratch%1.db").arg(++m_counter)), fixedTestKey(),
                                      storage::Database::Mode::CreateNew, &error);
    if (!db)
        qFatal("cannot create a database: %s", qPrintable(error));
    QSqlQuery q(db->connection());
    for (const QString &statement : std::as_const(m_schema)) {
        if (!q.exec(statement))
            qFatal("cannot create the schema: %s", qPrintable(q.lastError().text()));
    }
    return db;
}

} // namespace hrdesk::test
